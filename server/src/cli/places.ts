// Where a finding is, in the reviewer's terms: a line means little in a Word file or a
// PDF, so we also name the page (PDF, Word), the section, and for a cell its table, row and
// column, all read from the engine's model of the same text.

import type { ReportModel } from '../engine';
import type { Locale, Position } from '../engine/types';

export interface Place {
  /** 1-based page of a PDF, or of a Word file that recorded its pages. */
  page?: number;
  /** Section numeral 一 … 六. */
  section?: string;
  /** Table 1, 2 or 3. */
  table?: number;
  row?: string;
  column?: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

function pageOf(line: number, pageStarts: readonly number[]): number {
  let page = 0;
  // Pages are few: a linear scan is fine; binary search for long PDFs.
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pageStarts[mid] <= line) {
      page = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return page + 1;
}

export function placeOf(at: Position, model: ReportModel, locale: Locale, pageStarts?: readonly number[]): Place {
  const place: Place = {};
  const line = at.line;
  if (pageStarts && pageStarts.length > 0) place.page = pageOf(line, pageStarts);
  const section = model.sections.find((s) => s.firstLine <= line && line <= s.lastLine);
  if (section) place.section = NUMERALS[section.id - 1];
  const table = model.tables.find((t) => t.firstLine <= line && line <= t.lastLine);
  if (!table) return place;
  place.table = table.id;
  const row = table.rows.find((r) => r.grid.firstLine <= line && line <= r.grid.lastLine);
  if (!row) return place;
  const offset = model.source.offsetAt(at);
  const cell = row.values.find((c) => c.start <= offset && offset <= c.end) ?? row.values[0];
  if (cell) {
    place.row = cell.rowName[locale];
    const sameColumn = row.values.find((c) => c.start <= offset && offset <= c.end);
    if (sameColumn) place.column = sameColumn.columnName[locale];
  } else if (row.spec) {
    place.row = row.spec.short[locale];
  }
  return place;
}

/** `p. 3, 三, table 2, row 一, column 自然人` — empty when nothing is known. */
export function describePlace(place: Place, locale: Locale): string {
  const parts: string[] = [];
  if (locale === 'zh') {
    if (place.page) parts.push(`第 ${place.page} 页`);
    if (place.section) parts.push(`第${place.section}部分`);
    if (place.table) parts.push(`表${NUMERALS[place.table - 1]}`);
    if (place.row) parts.push(`行「${place.row}」`);
    if (place.column) parts.push(`列「${place.column}」`);
    return parts.join('，');
  }
  if (place.page) parts.push(`p. ${place.page}`);
  if (place.section) parts.push(`section ${place.section}`);
  if (place.table) parts.push(`table ${place.table}`);
  if (place.row) parts.push(`row ${place.row}`);
  if (place.column) parts.push(`column ${place.column}`);
  return parts.join(', ');
}
