// .docx → report text with mammoth, which reads paragraphs and real tables, merged cells
// included (gridSpan → colspan, vMerge → rowspan). Its HTML goes through the same writer
// as web pages, so a Word table comes out as TAB rows like Word's own text export.
//
// Pages: a .docx has no layout, but Word records where its pages began the last time it
// laid the document out (<w:lastRenderedPageBreak/>, WPS too), besides the page breaks
// the clerk typed (<w:br w:type="page"/>). mammoth ignores both, so each is marked with a
// private-use character before reading; the lines the marks land on are the pages'
// first lines, and the marks are taken out again. A document saved by a tool that never
// laid it out (no marks) has no pages, and locations name none.

import JSZip from 'jszip';
import * as mammoth from 'mammoth';
import { htmlToText } from './html';

export interface DocxText {
  text: string;
  /** First line (0-based) of each page, when Word recorded its pages. */
  pageStarts?: number[];
}

/** U+E000, private use: never in a report's own text. */
const PAGE_MARK = '\uE000';
const PAGE_MARK_RUN = `<w:t>${PAGE_MARK}</w:t>`;

/**
 * A mark after each <w:lastRenderedPageBreak/> (in its place) and each page break. A plain
 * scan with indexOf: a regular expression over a tag that never closes would backtrack.
 */
function withPageMarks(xml: string): [string, number] {
  let out = '';
  let marks = 0;
  let from = 0;
  for (;;) {
    const at = xml.indexOf('<w:', from);
    if (at < 0) break;
    const end = xml.indexOf('>', at);
    if (end < 0) break;
    const tag = xml.slice(at, end + 1);
    const name = /^<w:(\w+)/.exec(tag)?.[1];
    if (name === 'lastRenderedPageBreak') {
      out += xml.slice(from, at) + PAGE_MARK_RUN;
      marks++;
    } else if (name === 'br' && tag.includes('w:type="page"')) {
      out += xml.slice(from, end + 1) + PAGE_MARK_RUN;
      marks++;
    } else {
      out += xml.slice(from, end + 1);
    }
    from = end + 1;
  }
  return [out + xml.slice(from), marks];
}

/** The document with a mark where each page began; undefined when nothing marks a page. */
async function markPages(bytes: Buffer): Promise<Buffer | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) return undefined;
  const xml = await part.async('string');
  if (xml.includes(PAGE_MARK)) return undefined;
  const [marked, marks] = withPageMarks(xml);
  if (marks === 0) return undefined;
  zip.file('word/document.xml', marked);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The pages' first lines from the marks, and the text without them. */
function pagesOf(text: string): DocxText {
  const lines = text.split('\n');
  const pageStarts = [0];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(PAGE_MARK)) continue;
    // Word marks the first run on the new page; a mark at the very start of the
    // document (or twice on one line) begins no new page.
    if (i > pageStarts[pageStarts.length - 1]) pageStarts.push(i);
    lines[i] = lines[i].split(PAGE_MARK).join('');
  }
  return { text: lines.join('\n'), pageStarts };
}

async function toText(bytes: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true, externalFileAccess: false });
  return htmlToText(result.value, { findBody: false });
}

export async function readDocx(bytes: Buffer): Promise<DocxText> {
  const marked = await markPages(bytes);
  if (!marked) return { text: await toText(bytes) };
  return pagesOf(await toText(marked));
}
