// Reads table 3 (行政复议、行政诉讼情况): header rows, then one row of fifteen numbers.

import type { GridRow, Table } from '../model';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_HEADER_LABELS, TABLE3_VALUE_COUNT } from '../format/table3';
import { bestMatch, isNumeric } from './match';
import { takeValues, toCells } from './cells';
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
function blankDataRow(grid: GridRow): boolean {
  return grid.cells.length >= TABLE3_VALUE_COUNT && grid.cells.every((c) => c.text === '');
}

export function readTable3(rows: GridRow[], table: Table): void {
  // The blank row is the data row only when no row holds numbers: an empty row left
  // between the header and the figures is not.
  const figures = rows.some((g) => g.cells.filter((c) => isNumeric(c.text)).length >= 3);
  for (const grid of rows) {
    const numbers = grid.cells.filter((c) => isNumeric(c.text)).length;
    const labels = grid.cells.filter((c) => c.text !== '' && !isNumeric(c.text));
    if ((numbers >= 3 || (!figures && blankDataRow(grid))) && !table.data.has(APPEALS_ROW)) {
      // A label (数量 …) can only stand before the numbers; text among them is a bad value.
      const firstNumber = grid.cells.findIndex((c) => isNumeric(c.text));
      const before = labels.filter((c) => grid.cells.indexOf(c) < firstNumber);
      const lastLabel = before.length > 0 ? grid.cells.indexOf(before[before.length - 1]) : -1;
      const values = takeValues(grid.cells.slice(lastLabel + 1), TABLE3_VALUE_COUNT);
      const row = {
        grid,
        kind: 'data' as const,
        values: toCells(values, { rowKey: APPEALS_ROW, rowName: ROW_NAME, columns: TABLE3_CELL_COLUMNS }),
        expected: TABLE3_VALUE_COUNT,
        malformed: values.length !== TABLE3_VALUE_COUNT,
        found: values.length,
      };
      table.rows.push(row);
      table.data.set(APPEALS_ROW, row);
      continue;
    }
    table.rows.push({ grid, kind: numbers === 0 ? 'header' : 'unknown', values: [], expected: 0, malformed: false, found: 0 });
    for (const cell of labels) {
      const m = bestMatch(cell.text, TABLE3_HEADER_LABELS, LABEL_MATCH);
      if (m) table.labels.push(label(cell, m.item.label, m.exact, 'column'));
    }
  }
}
