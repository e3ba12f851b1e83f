// Is this text an annual report? Used to switch plain-text or Markdown files to the
// govreport language. Cheap: it looks at the first part of the text only.

import { SourceText } from './text/source';
import { headingIds } from './parse/sections';

const SAMPLE = 200_000;

export function looksLikeReport(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!/政府信息公开/.test(sample)) return false;
  return headingIds(new SourceText(sample)).size >= 3;
}
