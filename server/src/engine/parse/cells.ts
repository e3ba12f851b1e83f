// Number cells: reading their values, and finding which cells of a row hold the numbers
// when merged-cell gaps pad the row with empty cells.

import type { Cell, Span } from '../model';
import type { Localized } from '../types';

export function readNumber(text: string, decimals: boolean): Pick<Cell, 'status' | 'value' | 'problem'> {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return { status: 'blank', value: null };
  if (/^\d+$/.test(t)) return { status: 'ok', value: Number(t) };
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return { status: 'ok', value: Number(t.replace(/,/g, '')) };
  if (/^[-−－]\d+(\.\d+)?$/.test(t)) return { status: 'invalid', value: null, problem: 'negative' };
  if (/^\d+\.\d+$/.test(t)) {
    return decimals ? { status: 'ok', value: Number(t) } : { status: 'invalid', value: null, problem: 'fraction' };
  }
  return { status: 'invalid', value: null, problem: 'text' };
}

/**
 * The value cells of a row: the cells after its label, with the empty cells that merged
 * headers leave at either end dropped until the count fits (trailing ones first, since
 * exports pad rows at the end). What remains may still be too many or too few (GR107),
 * or hold empty cells inside (GR103).
 */
export function takeValues(cells: Span[], expected: number): Span[] {
  const values = cells.slice();
  while (values.length > expected && values[values.length - 1].text === '') values.pop();
  while (values.length > expected && values[0].text === '') values.shift();
  return values;
}

export interface CellNames {
  rowKey: string;
  rowName: Localized;
  columns: { key: string; short: Localized }[];
  decimals: boolean;
}

export function toCells(values: Span[], names: CellNames): Cell[] {
  return values.map((span, i) => {
    const column = names.columns[i];
    return {
      ...span,
      ...readNumber(span.text, names.decimals),
      rowKey: names.rowKey,
      columnKey: column?.key ?? `extra${i}`,
      rowName: names.rowName,
      columnName: column?.short ?? { zh: `第${i + 1}列`, en: `column ${i + 1}` },
    };
  });
}
