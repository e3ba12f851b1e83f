// Edit helpers shared by fixes: insert whole lines in the document's own line ending.

import type { ReportModel } from '../model';
import type { OffsetEdit } from './rule';

/** Insert `lines` as new lines after line `line`. */
export function insertLinesAfter(model: ReportModel, line: number, lines: string[]): OffsetEdit {
  const { source } = model;
  const at = source.lineEnd(line);
  return { start: at, end: at, newText: lines.map((l) => source.eol + l).join('') };
}

/** Insert `lines` as new lines before line `line` (or at the end of the text). */
export function insertLinesBefore(model: ReportModel, line: number, lines: string[]): OffsetEdit {
  const { source } = model;
  if (line >= source.lineCount) return insertLinesAfter(model, source.lineCount - 1, lines);
  const at = source.lineStarts[line];
  return { start: at, end: at, newText: lines.map((l) => l + source.eol).join('') };
}
