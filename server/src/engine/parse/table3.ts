// Reads table 3 (行政复议、行政诉讼情况): header rows, then one row of fifteen numbers.

import type { GridRow, Table } from '../model';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_HEADER_LABELS, TABLE3_VALUE_COUNT } from '../format/table3';
import { matcher } from './match';
import { cellTexts, EMPTY_TEXT, NUMBER_TEXT, WORD, type CellText } from './texts';
import { rowValues, spanOf } from './cells';
import { label } from './table1';
import type { Localized } from '../types';
import { LABEL_MATCH } from '../heuristics';

export const APPEALS_ROW = 'appeals';
const ROW_NAME: Localized = { zh: '表三', en: 'table 3' };

/** Column i of the data row: group i/5, column i%5. */
export const TABLE3_CELL_COLUMNS = TABLE3_GROUPS.flatMap((g) =>
  TABLE3_COLUMNS.map((c) => ({
    key: `${g.key}.${c.key}`,
    short: { zh: `${g.short.zh} ${c.short.zh}`, en: `${g.short.en}, ${c.short.en}` },
  })),
);

/** A row of the data row's cells, every one of them blank (a new report's table 3). */
function blankDataRow(told: CellText[]): boolean {
  if (told.length < TABLE3_VALUE_COUNT) return false;
  for (let i = 0; i < told.length; i++) if (told[i] !== EMPTY_TEXT) return false;
  return true;
}

const headerLabel = matcher(TABLE3_HEADER_LABELS, LABEL_MATCH);

/** How many of the row's cells hold numbers. */
function numbersIn(told: CellText[]): number {
  let n = 0;
  for (let i = 0; i < told.length; i++) if (told[i] === NUMBER_TEXT) n++;
  return n;
}

export function readTable3(rows: GridRow[], table: Table, texts: CellText[][] = rows.map((r) => cellTexts(r.cells))): void {
  // The blank row is the data row only when no row holds numbers: an empty row left
  // between the header and the figures is not.
  let figures = false;
  for (let r = 0; r < rows.length && !figures; r++) figures = numbersIn(texts[r]) >= 3;
  for (let r = 0; r < rows.length; r++) {
    const grid = rows[r];
    const told = texts[r];
    const numbers = numbersIn(told);
    if ((numbers >= 3 || (!figures && blankDataRow(told))) && !table.data.has(APPEALS_ROW)) {
      // A label (数量 …) can only stand before the numbers; text among them is a bad value.
      let lastLabel = -1;
      for (let i = 0; i < told.length && told[i] !== NUMBER_TEXT; i++) if (told[i] !== EMPTY_TEXT) lastLabel = i;
      const values = rowValues(grid, told, lastLabel + 1, TABLE3_VALUE_COUNT, {
        rowKey: APPEALS_ROW,
        rowName: ROW_NAME,
        columns: TABLE3_CELL_COLUMNS,
      });
      const row = {
        grid,
        kind: 'data' as const,
        values,
        expected: TABLE3_VALUE_COUNT,
        malformed: values.length !== TABLE3_VALUE_COUNT,
        found: values.length,
      };
      table.rows.push(row);
      table.data.set(APPEALS_ROW, row);
      continue;
    }
    table.rows.push({ grid, kind: numbers === 0 ? 'header' : 'unknown', values: [], expected: 0, malformed: false, found: 0 });
    for (let i = 0; i < told.length; i++) {
      if (told[i].kind !== WORD) continue;
      const m = headerLabel(told[i].text);
      if (m) table.labels.push(label(spanOf(grid, i, told[i]), m.item.label, m.exact, 'column'));
    }
  }
}
