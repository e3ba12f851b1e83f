// Reads table 2 (收到和处理政府信息公开申请情况): header rows, then 25 data rows whose
// labels may share a row with their group (三、本年度办理结果 / （三）不予公开) or slip
// into another column.

import type { GridRow, Table, TableRow } from '../model';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_HEADER_EXTRAS, TABLE2_OTHER_2019, TABLE2_ROWS } from '../format/table2';
import { isNumeric, matcher } from './match';
import type { RowSpec } from '../format/labels';
import { valueCells } from './cells';
import { label } from './table1';
import { LABEL_MATCH, SHAPE_LABEL_MATCH } from '../heuristics';

const HEADER_LABELS = [...TABLE2_COLUMNS, ...TABLE2_HEADER_EXTRAS];
const GROUP_LABELS = TABLE2_GROUPS.map((g) => ({ label: g }));
/** The labels each cell is matched against, each with its threshold: made once. */
const headerShape = matcher(HEADER_LABELS, SHAPE_LABEL_MATCH);
const headerLabel = matcher(HEADER_LABELS, LABEL_MATCH);
const groupShape = matcher(GROUP_LABELS, SHAPE_LABEL_MATCH);
const rowLabel = matcher(TABLE2_ROWS, LABEL_MATCH);
const other2019 = matcher([TABLE2_OTHER_2019], SHAPE_LABEL_MATCH);

export function readTable2(rows: GridRow[], table: Table): void {
  for (const grid of rows) {
    // One pass: each cell is a label, a number or empty.
    const labels: number[] = [];
    let hasNumbers = false;
    const cells = grid.cells;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i].text;
      if (isNumeric(text)) hasNumbers = true;
      else if (text !== '') labels.push(i);
    }
    // Before the first data row, a row without numbers naming columns is the header
    // (its 其他 must not be taken for the row 3.其他).
    const header = !hasNumbers && table.data.size === 0 && labels.some((i) => headerShape(cells[i].text));
    const data = header ? undefined : (dataRow(grid, labels) ?? otherRow2019(grid, labels, hasNumbers));
    if (data) {
      if (data.row.spec === TABLE2_OTHER_2019) table.format = 2019;
      table.rows.push(data.row);
      table.labels.push(label(data.cell, data.row.spec!.label, data.exact, 'row'));
      if (!table.data.has(data.row.spec!.key)) table.data.set(data.row.spec!.key, data.row);
      continue;
    }
    if (!hasNumbers && table.data.size === 0) {
      table.rows.push({ grid, kind: 'header', values: [], expected: 0, malformed: false, found: 0 });
      for (const i of labels) {
        const cell = cells[i];
        if (cell.text.includes('勾稽')) continue; // the corner note, not a column
        const m = headerLabel(cell.text);
        if (m) table.labels.push(label(cell, m.item.label, m.exact, 'column'));
      }
      continue;
    }
    table.rows.push({ grid, kind: 'unknown', values: [], expected: 0, malformed: false, found: 0 });
  }
}

/** The trial format's （六）其他处理: the group label alone, with numbers of its own. */
function otherRow2019(grid: GridRow, labels: number[], hasNumbers: boolean) {
  const at = labels.find((i) => other2019(grid.cells[i].text));
  if (at === undefined || !hasNumbers || labels.length !== 1) return undefined;
  return rowWith(grid, at, TABLE2_OTHER_2019, true);
}

/** The row's most specific label: a later cell wins, since group labels come first. */
function dataRow(grid: GridRow, labels: number[]) {
  let best: { at: number; spec: (typeof TABLE2_ROWS)[number]; score: number; exact: boolean } | undefined;
  for (const i of labels) {
    const text = grid.cells[i].text;
    if (groupShape(text)) continue;
    const m = rowLabel(text);
    if (m && (!best || m.score >= best.score - 0.05)) best = { at: i, spec: m.item, score: m.score, exact: m.exact };
  }
  if (!best) return undefined;
  return rowWith(grid, best.at, best.spec, best.exact);
}

function rowWith(grid: GridRow, at: number, spec: RowSpec, exact: boolean) {
  const expected = TABLE2_COLUMNS.length;
  const values = valueCells(grid.cells, at + 1, expected, { rowKey: spec.key, rowName: spec.short, columns: TABLE2_COLUMNS });
  const row: TableRow = {
    grid,
    kind: 'data',
    spec,
    values,
    expected,
    malformed: values.length !== expected,
    found: values.length,
  };
  return { row, cell: grid.cells[at], exact };
}
