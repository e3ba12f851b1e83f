// Reads table 2 (收到和处理政府信息公开申请情况): header rows, then 25 data rows whose
// labels may share a row with their group (三、本年度办理结果 / （三）不予公开) or slip
// into another column.

import type { GridRow, Table, TableRow } from '../model';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_HEADER_EXTRAS, TABLE2_OTHER_2019, TABLE2_ROWS } from '../format/table2';
import { isNumeric, matcher } from './match';
import type { RowSpec } from '../format/labels';
import { valueCells, type CellNames } from './cells';
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

/** The label cells' indexes of the row being read: one list for every row. */
const labels: number[] = [];

export function readTable2(rows: GridRow[], table: Table): void {
  for (const grid of rows) {
    // One pass: each cell is a label, a number or empty.
    labels.length = 0;
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
    if (!header && (dataRow(grid, labels, table) || otherRow2019(grid, labels, hasNumbers, table))) continue;
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

/** The trial format's （六）其他处理: the group label alone, with numbers of its own; added to the table if so. */
function otherRow2019(grid: GridRow, labels: number[], hasNumbers: boolean, table: Table): boolean {
  const at = labels.find((i) => other2019(grid.cells[i].text));
  if (at === undefined || !hasNumbers || labels.length !== 1) return false;
  addRow(table, grid, at, TABLE2_OTHER_2019, true);
  return true;
}

/** The row's most specific label (a later cell wins, since group labels come first), added to the table if any. */
function dataRow(grid: GridRow, labels: number[], table: Table): boolean {
  // The best so far in four variables, not a record per candidate.
  let at = -1;
  let spec: RowSpec | undefined;
  let score = 0;
  let exact = false;
  for (const i of labels) {
    const text = grid.cells[i].text;
    if (groupShape(text)) continue;
    const m = rowLabel(text);
    if (m && (!spec || m.score >= score - 0.05)) {
      at = i;
      spec = m.item;
      score = m.score;
      exact = m.exact;
    }
  }
  if (!spec) return false;
  addRow(table, grid, at, spec, exact);
  return true;
}

/** Each row's cell names, made once per row of the format (not a record per row read). */
const NAMES = new Map<RowSpec, CellNames>();

function addRow(table: Table, grid: GridRow, at: number, spec: RowSpec, exact: boolean): void {
  if (spec === TABLE2_OTHER_2019) table.format = 2019;
  const row = rowWith(grid, at, spec);
  table.rows.push(row);
  table.labels.push(label(grid.cells[at], spec.label, exact, 'row'));
  if (!table.data.has(spec.key)) table.data.set(spec.key, row);
}

function rowWith(grid: GridRow, at: number, spec: RowSpec): TableRow {
  const expected = TABLE2_COLUMNS.length;
  let names = NAMES.get(spec);
  if (!names) {
    names = { rowKey: spec.key, rowName: spec.short, columns: TABLE2_COLUMNS };
    NAMES.set(spec, names);
  }
  const values = valueCells(grid.cells, at + 1, expected, names);
  const row: TableRow = {
    grid,
    kind: 'data',
    spec,
    values,
    expected,
    malformed: values.length !== expected,
    found: values.length,
  };
  return row;
}
