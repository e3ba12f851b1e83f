// .docx → report text with mammoth, which reads paragraphs and real tables, merged cells
// included (gridSpan → colspan, vMerge → rowspan). Its HTML goes through the same writer
// as web pages, so a Word table comes out as TAB rows like Word's own text export.

import * as mammoth from 'mammoth';
import { htmlToText } from './html';

export async function readDocx(bytes: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true, externalFileAccess: false });
  return htmlToText(result.value, { findBody: false });
}
