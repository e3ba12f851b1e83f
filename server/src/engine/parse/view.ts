// What the parser reads: the text as written, or a view of it (see text/view.ts) when
// the text as written cannot be read line by line:
//   - an HTML page's source: its text, block elements as lines, table cells split by TAB;
//   - Word style junk pasted with web text (Normal 0 7.8 磅 … table.MsoNormalTable{…}) and
//     PDF page footers (-1-, — 2 —, 第 3 页) left out;
//   - PDF text hard-wrapped mid-sentence: wrapped lines joined back;
//   - headings run together with the text around them (a web page flattened onto one
//     line, a heading run onto the end of a paragraph's line): each section heading put on
//     a line of its own, whether its title is one of the view's fixed list (TITLES) or
//     worded otherwise and named by its key words, as the section reader reads it.
// Each step is one pass over the text, so the view costs time linear in the text.

import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { LineMark, SourceText } from '../text/source';
import { ViewBuilder, ViewText, type OffsetMap, type VirtualMarks } from '../text/view';
import { trimmedSpan } from '../text/source';
import { charTable, isSpaceCode } from '../text/chars';
import { fastPaths } from '../fast';
import { endsOnKeywordHeading, headingBoundary, keywordHeadings, mayEndOnKeywordHeading } from './inline-headings';

export function readView(text: string): SourceText {
  const original = new SourceText(text);
  let current = { text, map: undefined as OffsetMap | undefined, virtual: undefined as VirtualMarks | undefined };
  let changed = false;
  // A page's block tags need a <: a text without one is no page (most texts, told by the line marks).
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const html = fastPaths.lineMarks ? (original.allMarks & LineMark.ANGLE) !== 0 && isHtmlSource(original) : isHtmlPage(text);
  if (html) {
    const b = htmlText(text);
    current = { text: b.text(), map: b.map, virtual: b.virtual };
    changed = true;
  }
  // The text as written is looked at through its own lines and their marks: no second split.
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const lines = html || !fastPaths.lineMarks ? lineView(current.text, current.map, current.virtual) : writtenLineView(original);
  if (lines) {
    current = { text: lines.text(), map: lines.map, virtual: lines.virtual };
    changed = true;
  }
  if (!changed) return original;
  return new ViewText(current.text, current.map!, current.virtual!, original, html);
}

// ---------------------------------------------------------------------------------------
// HTML pages

/** An HTML page's source rather than a text with an HTML table in it. */
export function isHtmlPage(text: string): boolean {
  const blocks = text.match(/<(?:p|div|span|br|h[1-6])\b/gi);
  return blocks !== null && blocks.length >= 5;
}

/** isHtmlPage's block tags, one at a time. */
const BLOCK_TAG = /<(?:p|div|span|br|h[1-6])\b/gi;

/**
 * isHtmlPage on a SourceText: the block tags are counted in the lines with a < or > (its
 * marks), up to five; a tag never spans a line break. A text with a stray 《<》 or a> b in
 * one line is not searched through.
 */
function isHtmlSource(src: SourceText): boolean {
  let blocks = 0;
  for (let line = 0; line < src.lineCount; line++) {
    if ((src.lineMarks[line] & LineMark.ANGLE) === 0) continue;
    const text = src.lineText(line);
    BLOCK_TAG.lastIndex = 0;
    while (BLOCK_TAG.exec(text)) if (++blocks >= 5) return true;
  }
  return false;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'button']);
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'dd',
  'dt',
  'dl',
  'caption',
]);

/** The page's text: a line per block, a TAB between the cells of a table row. */
function htmlText(html: string): ViewBuilder {
  const b = new ViewBuilder(html);
  let skip = 0;
  let cellDepth = 0;
  let cellsInRow = 0;
  let lineOpen = false;
  const newline = (at: number) => {
    if (lineOpen) b.insert('\n', at);
    lineOpen = false;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        const at = parser.startIndex;
        if (SKIPPED.has(name)) skip++;
        if (skip > 0) return;
        if (name === 'tr') {
          newline(at);
          cellsInRow = 0;
        } else if (name === 'td' || name === 'th') {
          // The TAB points just past <td …>: an empty cell is filled inside its tag.
          if (cellsInRow > 0) b.insert('\t', parser.endIndex + 1);
          cellsInRow++;
          cellDepth++;
          lineOpen = true;
        } else if (BLOCKS.has(name)) {
          // Inside a cell, lines (商业<p>企业, 结果<br/>纠正) only part words.
          if (cellDepth > 0) {
            if (name === 'br') b.insert(' ', at);
          } else newline(at);
        }
      },
      onclosetag(name) {
        const at = parser.startIndex;
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
        else if (cellDepth > 0 && BLOCKS.has(name) && name !== 'br') b.insert(' ', at);
        // A block's end (a </tr> or </table> too) ends the line.
        else if (BLOCKS.has(name) && cellDepth === 0) newline(at);
      },
      ontext(data) {
        if (skip > 0) return;
        const start = parser.startIndex;
        copyText(b, html, start, start + data.length);
        if (/\S/.test(data.replace(/&nbsp;/gi, ' '))) lineOpen = true;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return b;
}

/** Text of an HTML text node: entities decoded, line breaks in the source as spaces. */
function copyText(b: ViewBuilder, html: string, start: number, end: number): void {
  const entity = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});|[\r\n\t]/gi;
  entity.lastIndex = start;
  let from = start;
  let m: RegExpExecArray | null;
  while ((m = entity.exec(html)) && m.index < end) {
    b.copy(from, m.index);
    const decoded = m[0].startsWith('&') ? decodeHTML(m[0]).replace(/\u00a0/g, ' ') : ' ';
    b.replace(decoded, m.index, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  b.copy(from, end);
}

// ---------------------------------------------------------------------------------------
// Lines: junk, page footers, hard wraps, inline headings

/** Page numbers and footers a PDF's text keeps between lines. */
const FOOTER_TEXT =
  /^(?:[-—–－]+[ \t]*\d{1,4}[ \t]*[-—–－]+|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*(?:[,，/／][ \t]*)?共[ \t]*\d{1,4}[ \t]*页)?|\d{1,4}[ \t]*\/[ \t]*\d{1,4})$/;
const FOOTER = {
  test: (line: string): boolean => {
    const t = line.trim();
    return t.length <= 40 && FOOTER_TEXT.test(t);
  },
};

/** Word's style sheet pasted with the text of a web page. */
const MSO_START = /Normal\s+0\s+[\d.]+\s*磅/g;
const MSO_END = /MsoNormalTable\s*\{[^{}]{0,3000}\}/y;

/** Section titles as they are written in the wild, stray characters included. */
const TITLES = [
  '(?:政府信息公开(?:工作)?)?总体情况',
  '主动公开政府信息的?情况',
  '收到和处理政府信息公开申请的?情况',
  '(?:因)?政府信息公开(?:工作)?(?:被申请)?行政.?复议[、和与及]?(?:提起)?行政诉讼的?情况',
  '(?:政府信息公开工作)?存在的?主要问题(?:及|和|以及)改进(?:情况|措施)',
  '其[他它](?:需要)?报告的?事项',
  '信息处理费(?:收取)?情况',
].join('|');
/** A section heading inside a line: 一、总体情况 run together with what surrounds it. */
const INLINE_HEADING = new RegExp(
  `(?:(?<![第一二三四五六七八九十])[一二三四五六七八]|(?<![.．第])[1-8])[ \\t]*、[ \\t]*(?:${TITLES})`,
  'g',
);
/**
 * A section heading that ends a trimmed line, run together with what comes before it or
 * alone. The look-behind at a line's start sees no character, as in the text it sees white
 * space or a line break: the line's copy and the text give the same answer.
 */
const HEADING_END = new RegExp(`(?:${INLINE_HEADING.source})$`);
/** The last characters of TITLES (情况, 措施, 事项): a line ending on another has no heading at its end. */
const TITLE_LAST = charTable('况施项');
/** Where a heading's title may go on without a line break: punctuation after it, or nothing. */
function goesOn(text: string, at: number, end: number): boolean {
  while (at < end && /[ \t\u3000]/.test(text[at])) at++;
  return at >= end || /[。：:，,；;]/.test(text[at]);
}

/**
 * 二、主动公开政府信息情况。 表1 …: a heading closed by a full stop, with the section's
 * text (its table) going on after it on the same line: the line breaks after the stop.
 */
function fullStop(text: string, at: number): number | undefined {
  while (at < text.length && /[ \t\u3000]/.test(text[at])) at++;
  if (text[at] !== '。') return undefined;
  return /\S/.test(text.slice(at + 1, at + 3)) ? at + 1 : undefined;
}

const SENTENCE_END = /[。！？；：!?;:）)”」》】…]$/;
const STARTS_ITEM =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[条章节]|第二十条)/;
const METADATA = /^[^\s:：，。]{1,6}[:：]/;
const COLUMNS = /\S[ \u3000]{2,}\S/;

/**
 * A text's lines as two lists of offsets, not a record per line (issue 11: a 16 MB text has
 * half a million lines, and records kept through the view's building made most of its
 * garbage collector's work): line i's text is [starts[i], ends[i]), its line break runs on
 * to the next line's start (the text's end for the last line).
 */
interface Lines {
  starts: readonly number[];
  ends: readonly number[];
  /** Each line's LineMark bits, when the lines are a SourceText's. */
  marks?: readonly number[];
}

/** Start of the line after line i (past line i's line break). */
function nextStart(lines: Lines, i: number, length: number): number {
  return i + 1 < lines.starts.length ? lines.starts[i + 1] : length;
}

function splitLines(text: string): Lines {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  // The next LF and CR found by indexOf (native), not a test of every character.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    const i = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    let next = i + 1;
    if (i === cr && text.charCodeAt(i + 1) === 10) next++;
    starts.push(start);
    ends.push(i);
    if (i >= text.length) break;
    start = next;
  }
  return { starts, ends };
}

/** splitLines of a SourceText's text, from the lines it has found (the same lines) and their marks. */
function writtenLines(src: SourceText): Lines {
  const ends = new Array<number>(src.lineCount);
  for (let line = 0; line < ends.length; line++) ends[line] = src.lineEnd(line);
  return { starts: src.lineStarts, ends, marks: src.lineMarks };
}

/** Hard-wrapped prose, as a PDF's text has it: most long lines stop mid-sentence. */
function isHardWrapped(text: string, lines: Lines): boolean {
  let prose = 0;
  let wrapped = 0;
  for (let i = 0; i < lines.starts.length; i++) {
    // Short lines measured before any copy is made.
    const bounds = trimmedSpan(text, lines.starts[i], lines.ends[i]);
    if (bounds.end - bounds.start < 12) continue;
    const raw = text.slice(lines.starts[i], lines.ends[i]);
    const t = raw.trim();
    if (/[\t|<>]/.test(raw) || COLUMNS.test(t)) continue;
    prose++;
    if (!SENTENCE_END.test(t)) wrapped++;
  }
  return prose >= 20 && wrapped >= prose * 0.6;
}

/**
 * Whether line `line` goes on in line `next` (-1: none), the hard wrap of a PDF's text.
 * With the quick checks, read in place: no copy of either line, its patterns run at the
 * lines' first characters in the text itself (sticky), its last character looked up.
 */
function joinsNext(text: string, lines: Lines, line: number, next: number): boolean {
  if (next < 0) return false;
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.lineView) return joinsInPlace(text, lines, line, next);
  const rawA = text.slice(lines.starts[line], lines.ends[line]);
  const rawB = text.slice(lines.starts[next], lines.ends[next]);
  if (/[\t|<>]/.test(rawA + rawB)) return false;
  const a = rawA.trim();
  const b = rawB.trim();
  if (a === '' || b === '' || SENTENCE_END.test(a) || STARTS_ITEM.test(b) || FOOTER.test(b)) return false;
  // Page metadata (发布时间：…, 来源：…) is a line of its own.
  if (METADATA.test(a) || METADATA.test(b)) return false;
  if (COLUMNS.test(a) || COLUMNS.test(b)) return false;
  // A heading or a short numbered sub-heading stays on its own line.
  INLINE_HEADING.lastIndex = 0;
  const h = INLINE_HEADING.exec(a);
  if (h && h.index === 0 && a.length <= h[0].length + 2) return false;
  if (STARTS_ITEM.test(a) && a.length <= 30) return false;
  // So does a heading run together at the end of a line (…如有疑问请联系。一、总体情况): the
  // next line starts the section's text, not the rest of its title.
  if (HEADING_END.test(a)) return false;
  // So does one worded otherwise (…联系。六、其他事项).
  if (endsOnKeywordHeading(a)) return false;
  return true;
}

/** STARTS_ITEM, METADATA and a heading (HEADING_AT) at one place: a trimmed line's first character. */
const STARTS_ITEM_AT = new RegExp(STARTS_ITEM.source.slice(1), 'y');
const METADATA_AT = new RegExp(METADATA.source.slice(1), 'y');
/** What joinsNext's [\t|<>] looks for. */
const CELL_CHARS = charTable('\t|<>');

/**
 * joinsNext read in place. Each pattern anchored at a trimmed line's start runs sticky at
 * that offset of the text: the character before it is white space or a line break (or
 * none), which neither the patterns' look-behinds nor their ^ tell from a string's start,
 * and none of them can match on past the line's last character (what follows it on its
 * line is white space, where none of them goes on).
 */
function joinsInPlace(text: string, lines: Lines, line: number, next: number): boolean {
  const marks = lines.marks;
  if (marks) {
    if (((marks[line] | marks[next]) & LineMark.CELLS) !== 0) return false;
  } else if (hasCellChar(text, lines.starts[line], lines.ends[line]) || hasCellChar(text, lines.starts[next], lines.ends[next]))
    return false;
  const a = trimmedSpan(text, lines.starts[line], lines.ends[line]);
  const b = trimmedSpan(text, lines.starts[next], lines.ends[next]);
  if (a.end === a.start || b.end === b.start || SENTENCE_END_CHAR[text.charCodeAt(a.end - 1)] === 1) return false;
  if (startsAt(STARTS_ITEM_AT, text, b.start) || isFooterLine(text, b.start, b.end)) return false;
  // Page metadata (发布时间：…, 来源：…) is a line of its own.
  if (startsAt(METADATA_AT, text, a.start) || startsAt(METADATA_AT, text, b.start)) return false;
  if (hasColumns(text, a.start, a.end) || hasColumns(text, b.start, b.end)) return false;
  // A heading or a short numbered sub-heading stays on its own line.
  HEADING_AT.lastIndex = a.start;
  if (HEADING_AT.test(text) && a.end - a.start <= HEADING_AT.lastIndex - a.start + 2) return false;
  if (a.end - a.start <= 30 && startsAt(STARTS_ITEM_AT, text, a.start)) return false;
  // A heading at the line's end: its title's last character first, then the line's copy.
  if (TITLE_LAST[text.charCodeAt(a.end - 1)] === 1 && HEADING_END.test(text.slice(a.start, a.end))) return false;
  // One worded otherwise: a 、 in the line (its marks), then near its end, then the line's copy.
  if (
    (!marks || (marks[line] & LineMark.COMMA) !== 0) &&
    mayEndOnKeywordHeading(text, a.start, a.end) &&
    endsOnKeywordHeading(text.slice(a.start, a.end))
  )
    return false;
  return true;
}

/** Whether the sticky pattern matches at `at`. */
function startsAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** /[\t|<>]/.test(text.slice(start, end)). */
function hasCellChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CELL_CHARS[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * COLUMNS.test(text.slice(start, end)): two or more spaces (ASCII or 全角) with text (not
 * white space) on both sides, in [start, end).
 */
export function hasColumns(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x3000) continue;
    // A run of spaces starts at i: text before it, and after it two or more of them, then text.
    if (isSpaceCode(text.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000)) j++;
    if (j - i >= 2 && j < end && !isSpaceCode(text.charCodeAt(j))) return true;
    i = j;
  }
  return false;
}

/** The line-level view, or undefined when the text needs none of it. */
function lineView(text: string, map?: OffsetMap, virtual?: VirtualMarks): ViewBuilder | undefined {
  const lines = splitLines(text);
  const wrapped = isHardWrapped(text, lines);
  // Most texts need none of it (a report as written): found without building the view.
  if (!wrapped && !changesSomeLine(text, lines)) return undefined;
  return buildLineView(text, lines, wrapped, map, virtual);
}

/**
 * lineView of a text as written, its quick checks made on the lines and line marks its
 * SourceText has already found: most texts need no view, and are told so without a Line
 * record, a copy or a pattern for most of their lines. When a check cannot say no, the
 * view is built as lineView builds it.
 */
function writtenLineView(src: SourceText): ViewBuilder | undefined {
  const wrapped = mayBeHardWrapped(src) && isWrittenHardWrapped(src);
  if (!wrapped && !changesSomeWrittenLine(src)) return undefined;
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  return buildLineView(src.text, fastPaths.lineView ? writtenLines(src) : splitLines(src.text), wrapped);
}

/**
 * isHardWrapped on the SourceText's own lines (the same lines splitLines finds): no Line
 * records, and a line is copied only when it is long enough to count and has none of
 * TAB, pipe, angle bracket (its marks); its last character is read by char code.
 */
function isWrittenHardWrapped(src: SourceText): boolean {
  const { text, lineStarts, lineMarks } = src;
  let prose = 0;
  let wrapped = 0;
  for (let line = 0; line < lineStarts.length; line++) {
    if ((lineMarks[line] & LineMark.CELLS) !== 0) continue;
    const bounds = trimmedSpan(text, lineStarts[line], src.lineEnd(line));
    if (bounds.end - bounds.start < 12) continue;
    // COLUMNS needs text on both sides of its spaces: the line's own white space at its ends
    // changes nothing. Read in place: a copy of the line kept with the text as written
    // (lineText's) would be kept all through the lint of a text read through a view.
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.lineView ? hasColumns(text, bounds.start, bounds.end) : COLUMNS.test(src.lineText(line))) continue;
    prose++;
    if (SENTENCE_END_CHAR[text.charCodeAt(bounds.end - 1)] !== 1) wrapped++;
  }
  return prose >= 20 && wrapped >= prose * 0.6;
}

/** SENTENCE_END's characters, for the last character of a line. */
const SENTENCE_END_CHAR = charTable('。！？；：!?;:）)”」》】…');
/**
 * isHardWrapped needs 20 prose lines, 60% of them wrapped: at least 12 lines of 12
 * characters or more, without TAB, pipe or angle bracket, that end on no SENTENCE_END. A
 * text with fewer such lines is not hard-wrapped (COLUMNS, which isHardWrapped also asks
 * of a line, only leaves lines out).
 */
function mayBeHardWrapped(src: SourceText): boolean {
  const { text, lineStarts, lineMarks } = src;
  let candidates = 0;
  for (let line = 0; line < lineStarts.length; line++) {
    const marks = lineMarks[line];
    if ((marks & LineMark.TEXT) === 0 || (marks & LineMark.CELLS) !== 0) continue;
    let start = lineStarts[line];
    // A line whose text and line break take fewer than 12 characters is short (a table of
    // one cell per line has hundreds): told by the next line's start, without its end.
    if ((line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length) - start < 12) continue;
    let end = src.lineEnd(line);
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end - start < 12 || SENTENCE_END_CHAR[text.charCodeAt(end - 1)] === 1) continue;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    if (end - start >= 12 && ++candidates >= 12) return true;
  }
  return false;
}

/**
 * changesSomeLine on the SourceText's own lines. A page footer needs a digit (FOOTER_TEXT's
 * \d), which the line marks tell, and one starting with a digit a / after it. An
 * inline heading needs a 、 with one of its numerals before it and a title's first character
 * after it, or the end of a sentence or a cell before the numeral (mayHaveHeading): the 、
 * are looked for only in the lines the marks say have one,
 * each in its own line's text (a search in the whole text runs through the tables' digits,
 * which a native search for 、 trips on), and only a line with such a 、 is read by lineCuts.
 * A text with Word's style sheet (磅) is looked at as changesSomeLine looks at it.
 */
function changesSomeWrittenLine(src: SourceText): boolean {
  const { text, lineStarts, lineMarks } = src;
  if ((src.allMarks & LineMark.POUND) !== 0) return changesSomeLine(text, splitLines(text));
  for (let line = 0; line < lineStarts.length; line++) {
    const marks = lineMarks[line];
    if ((marks & LineMark.DIGIT) === 0) continue;
    const start = lineStarts[line];
    // The first character past white space (the line has a digit: it is in the line), read
    // before the line's end: one starting with a digit is a footer only with a / after it,
    // which the line's marks (ISO) tell. A table laid out one cell per line (0, 12, 2021年)
    // is told so without its end, its bounds or a copy.
    let first = start;
    while (isSpaceCode(text.charCodeAt(first))) first++;
    const lead = text.charCodeAt(first);
    if (FOOTER_FIRST[lead] !== 1 || (lead >= 0x30 && lead <= 0x39 && (marks & LineMark.ISO) === 0)) continue;
    const end = src.lineEnd(line);
    const bounds = trimmedSpan(text, start, end);
    if (bounds.end === bounds.start || bounds.end - bounds.start > 40) continue;
    if (FOOTER_FIRST[text.charCodeAt(bounds.start)] !== 1 || !mayBeNumberedFooter(text, bounds.start, bounds.end)) continue;
    if (FOOTER.test(text.slice(start, end))) return true;
  }
  for (let line = 0; line < lineStarts.length; line++) {
    if ((lineMarks[line] & LineMark.COMMA) === 0) continue;
    const s = src.lineText(line);
    for (let at = s.indexOf('、'); at >= 0; at = s.indexOf('、', at + 1)) {
      let before = at - 1;
      while (before >= 0 && (s.charCodeAt(before) === 0x20 || s.charCodeAt(before) === 0x09)) before--;
      if (before < 0 || HEADING_NUMERALS[s.charCodeAt(before)] !== 1) continue;
      let after = at + 1;
      while (after < s.length && (s.charCodeAt(after) === 0x20 || s.charCodeAt(after) === 0x09)) after++;
      // A title of TITLES, or text ending before the numeral (keywordHeadingAt's boundary).
      if ((after >= s.length || TITLE_FIRST[s.charCodeAt(after)] !== 1) && !headingBoundary(s, before, 0)) continue;
      if (cutsLine(s)) return true;
      // The line's other 、 are read with it.
      break;
    }
  }
  return false;
}

/**
 * Whether the trimmed line [start, end) may be a footer by its first characters: one that
 * starts with a digit can only be FOOTER_TEXT's 3 / 12 (\d{1,4}[ \t]*\/), which table rows
 * starting with a number (0 0 0 …, 1. 属于国家秘密) are not.
 */
function mayBeNumberedFooter(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && at - start < 4 && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
  if (at === start) return true;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  return at < end && text.charCodeAt(at) === 0x2f;
}

/**
 * The line-level view of `text` as lineView builds it, without its quick check: what the
 * quick check is tested against (test/unit/fast-paths.test.ts). Undefined when unchanged.
 */
export function lineViewBuilt(text: string): string | undefined {
  const lines = splitLines(text);
  return buildLineView(text, lines, isHardWrapped(text, lines))?.text();
}

/**
 * Whether some line is a page footer or has Word style junk or a heading to break out
 * (what copyLine changes), in a text that is not hard-wrapped. Lines are looked at by
 * their first character and by indexOf before any is copied: most are none of these.
 */
function changesSomeLine(text: string, lines: Lines): boolean {
  // Style sheets need 磅; headings a numeral, 、 and a title's first character around it.
  const junk = text.includes('磅');
  // The next 、 at or after the line's start, found once for all lines: a search from each
  // line would run on to the next 、 however far it is, for every line.
  let comma = text.indexOf('、');
  for (let i = 0; i < lines.starts.length; i++) {
    const start = lines.starts[i];
    const end = lines.ends[i];
    const bounds = trimmedSpan(text, start, end);
    if (bounds.end > bounds.start && bounds.end - bounds.start <= 40 && FOOTER_FIRST[text.charCodeAt(bounds.start)] === 1) {
      if (FOOTER.test(text.slice(start, end))) return true;
    }
    if (comma >= 0 && comma < start) comma = text.indexOf('、', start);
    if (!junk && (comma < 0 || comma >= end || !mayHaveHeading(text, comma, start, end))) continue;
    if (lineCuts(text.slice(start, end)).some(cuts)) return true;
  }
  return false;
}

/** What a footer line's text starts with (FOOTER_TEXT's first characters). */
const FOOTER_FIRST = charTable('-—–－第0123456789');
/** INLINE_HEADING's numerals, and the first characters of its TITLES. */
const HEADING_NUMERALS = charTable('一二三四五六七八12345678');
const TITLE_FIRST = charTable('政总主收因存其信');

/**
 * Whether [start, end), whose first 、 is at `first`, has a 、 with one of INLINE_HEADING's numerals before it and a
 * title's first character after it (spaces and TABs between): what the pattern needs; or
 * such a numeral after the end of a sentence or a cell (headingBoundary): what a heading
 * worded otherwise needs (keywordHeadingAt). Prose has 、 in most lines; few have these
 * around it.
 */
function mayHaveHeading(text: string, first: number, start: number, end: number): boolean {
  for (let at = first; at >= 0 && at < end; at = text.indexOf('、', at + 1)) {
    let before = at - 1;
    while (before >= start && (text[before] === ' ' || text[before] === '\t')) before--;
    if (before < start || HEADING_NUMERALS[text.charCodeAt(before)] !== 1) continue;
    let after = at + 1;
    while (after < end && (text[after] === ' ' || text[after] === '\t')) after++;
    if (after < end && TITLE_FIRST[text.charCodeAt(after)] === 1) return true;
    // A heading worded otherwise needs text ending before its numeral (keywordHeadingAt).
    if (headingBoundary(text, before, start)) return true;
  }
  return false;
}

/** INLINE_HEADING at one place: a heading the line starts with. */
const HEADING_AT = new RegExp(INLINE_HEADING.source, 'y');

/**
 * Whether copyLine changes the line: lineCuts(line).some(cuts), told without the cuts' list
 * or a match's array for a line that may have a heading (changesSomeWrittenLine's). Only a
 * heading the line starts with can leave it as it is (cut `at` -1, nothing after it to break
 * off); any later one breaks the line, and a heading's numeral never lies inside another
 * heading, so the leftmost match decides. Word's style sheet (磅) is read by lineCuts.
 */
export function cutsLine(line: string): boolean {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.lineView || line.includes('磅')) return lineCuts(line).some(cuts);
  let firstText = 0;
  while (firstText < line.length && LEAD_SPACE[line.charCodeAt(firstText)] === 1) firstText++;
  INLINE_HEADING.lastIndex = 0;
  HEADING_AT.lastIndex = firstText;
  if (HEADING_AT.test(line)) {
    const after = HEADING_AT.lastIndex;
    if (fullStop(line, after) !== undefined || !goesOn(line, after, line.length)) return true;
    INLINE_HEADING.lastIndex = after;
  }
  if (INLINE_HEADING.test(line)) return true;
  // A heading worded otherwise is always after the line's first text: it breaks the line.
  return keywordHeadings(line, firstText).length > 0;
}

/** What lineCuts passes over before a line's first text. */
const LEAD_SPACE = charTable(' \t\u3000\ufeff');

/** Whether a cut changes the line (see copyLine). */
function cuts(c: Cut): boolean {
  return c.skipTo !== undefined || c.at >= 0 || c.breakAfter !== undefined;
}

function buildLineView(text: string, lines: Lines, wrapped: boolean, map?: OffsetMap, virtual?: VirtualMarks): ViewBuilder | undefined {
  const b = new ViewBuilder(text, map, virtual);
  let changed = false;
  let joining = false;
  // What copyLine cuts needs 磅 (Word's style sheet) or a 、 with a heading's numeral and
  // title around it: the next 、 found once for all lines, as changesSomeLine finds it.
  const junk = text.includes('磅');
  let comma = text.indexOf('、');
  const { starts, ends } = lines;
  for (let i = 0; i < starts.length; i++) {
    const end = ends[i];
    let start = starts[i];
    if (isFooterLine(text, start, end)) {
      changed = true;
      continue; // the line and its line break
    }
    if (joining) {
      // The previous line goes on here: leave out this line's indentation.
      // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
      if (fastPaths.lineView) {
        while (start < end && INDENT[text.charCodeAt(start)] === 1) start++;
        if (isAlphanumeric(lastText(text, starts[i - 1], ends[i - 1])) && isAlphanumeric(text.charCodeAt(start))) b.insert(' ', start);
      } else {
        while (start < end && /[ \t\u3000]/.test(text[start])) start++;
        const prev = text
          .slice(starts[i - 1], ends[i - 1])
          .trimEnd()
          .slice(-1);
        if (/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z]/.test(text[start] ?? '')) b.insert(' ', start);
      }
    }
    if (comma >= 0 && comma < start) comma = text.indexOf('、', start);
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (!fastPaths.lineView || junk || (comma >= 0 && comma < end && mayHaveHeading(text, comma, start, end))) {
      changed = copyLine(b, text, start, end) || changed;
    } else b.copy(start, end);
    joining = wrapped && joinsNext(text, lines, i, nextKept(text, lines, i + 1));
    if (joining) changed = true;
    else b.copy(end, nextStart(lines, i, text.length));
  }
  return changed ? b : undefined;
}

/** A wrapped line's indentation, left out where the line before goes on. */
const INDENT = charTable(' \t\u3000');

/** The char code of the last character of [start, end) that is not white space (-1: none). */
function lastText(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start ? text.charCodeAt(end - 1) : -1;
}

/** [0-9A-Za-z] by char code (NaN, past the text's end, is none). */
function isAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * FOOTER.test(text.slice(start, end)), told no without a copy for a line whose text is
 * empty, longer than a footer or starting with none of a footer's first characters.
 */
function isFooterLine(text: string, start: number, end: number): boolean {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.lineView) {
    const bounds = trimmedSpan(text, start, end);
    if (bounds.end === bounds.start || bounds.end - bounds.start > 40 || FOOTER_FIRST[text.charCodeAt(bounds.start)] !== 1) return false;
  }
  return FOOTER.test(text.slice(start, end));
}

/** The first line from `from` on that is no page footer, among the next four; -1 when none. */
function nextKept(text: string, lines: Lines, from: number): number {
  // A few footer lines at most lie between two lines of text.
  for (let i = from; i < Math.min(lines.starts.length, from + 4); i++) {
    if (!isFooterLine(text, lines.starts[i], lines.ends[i])) return i;
  }
  return -1;
}

/** A place copyLine changes a line: offsets in the line; `at` -1 for a heading the line starts with. */
interface Cut {
  at: number;
  skipTo?: number;
  breakAfter?: number;
}

/** Copies one line, leaving out Word style junk and breaking it around inline headings. */
function copyLine(b: ViewBuilder, text: string, start: number, end: number): boolean {
  // Patterns run over the line alone: a search from `start` over the whole text would
  // cost the rest of the text on every line.
  const cuts = lineCuts(text.slice(start, end)).map((c): Cut => ({
    at: c.at < 0 ? -1 : start + c.at,
    skipTo: c.skipTo === undefined ? undefined : start + c.skipTo,
    breakAfter: c.breakAfter === undefined ? undefined : start + c.breakAfter,
  }));
  if (!cuts.some((c) => c.skipTo !== undefined || c.at >= 0 || c.breakAfter !== undefined)) {
    b.copy(start, end);
    return false;
  }
  const events: { at: number; kind: 'break' | 'skip'; to?: number }[] = [];
  for (const c of cuts) {
    if (c.skipTo !== undefined) events.push({ at: c.at, kind: 'skip', to: c.skipTo });
    else {
      if (c.at >= 0) events.push({ at: c.at, kind: 'break' });
      if (c.breakAfter !== undefined) events.push({ at: c.breakAfter, kind: 'break' });
    }
  }
  events.sort((x, y) => x.at - y.at);
  let from = start;
  for (const ev of events) {
    if (ev.at < from) continue;
    b.copy(from, ev.at);
    if (ev.kind === 'skip') {
      from = ev.to!;
    } else {
      b.insert('\n', ev.at);
      from = ev.at;
    }
  }
  b.copy(from, end);
  return true;
}

/** Where Word style junk is left out of a line and where it breaks around inline headings (offsets in the line). */
function lineCuts(line: string): Cut[] {
  const cuts: Cut[] = [];
  MSO_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MSO_START.exec(line))) {
    const within = line.slice(m.index, m.index + 2000).indexOf('MsoNormalTable');
    if (within < 0) continue;
    const close = m.index + within;
    MSO_END.lastIndex = close;
    const e = MSO_END.exec(line);
    if (!e) continue;
    cuts.push({ at: m.index, skipTo: close + e[0].length });
    MSO_START.lastIndex = close + e[0].length;
  }
  let firstText = 0;
  while (firstText < line.length && /[ \t\u3000\ufeff]/.test(line[firstText])) firstText++;
  INLINE_HEADING.lastIndex = 0;
  const inline: number[] = [];
  while ((m = INLINE_HEADING.exec(line))) {
    const after = m.index + m[0].length;
    const stop = fullStop(line, after);
    inline.push(m.index);
    cuts.push({
      at: m.index <= firstText ? -1 : m.index,
      breakAfter: stop !== undefined ? stop : goesOn(line, after, line.length) ? undefined : after,
    });
  }
  // Headings worded otherwise (keywordHeadingAt): the line breaks before each, its title
  // read up to a stop or the line's end as the section reader reads it. A numeral TITLES
  // found a heading at is cut as that heading.
  for (const at of keywordHeadings(line, firstText, inline)) cuts.push({ at });
  return cuts;
}
