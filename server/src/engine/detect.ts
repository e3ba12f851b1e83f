// Is this text an annual report? Used to switch plain-text or Markdown files to the
// govreport language. Cheap: it looks at the first part of the text only.

import { SourceText } from './text/source';
import { headingIds } from './parse/sections';
import { DETECT_MIN_HEADINGS, DETECT_SAMPLE_LENGTH } from './heuristics';

export function looksLikeReport(text: string): boolean {
  const sample = text.length > DETECT_SAMPLE_LENGTH ? text.slice(0, DETECT_SAMPLE_LENGTH) : text;
  if (!/政府信息公开/.test(sample)) return false;
  return headingIds(new SourceText(sample)).size >= DETECT_MIN_HEADINGS;
}
