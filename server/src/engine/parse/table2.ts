// Reads table 2 (收到和处理政府信息公开申请情况): header rows, then 25 data rows whose
// labels may share a row with their group (三、本年度办理结果 / （三）不予公开) or slip
// into another column.

import type { GridRow, Table, TableRow } from '../model';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_HEADER_EXTRAS, TABLE2_OTHER_2019, TABLE2_ROWS } from '../format/table2';
import { matcher } from './match';
import { cellTexts, EMPTY_TEXT, NUMBER_TEXT, type CellText } from './texts';
import type { RowSpec } from '../format/labels';
import { rowValues, spanOf, type CellNames } from './cells';
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

/**
 * The label cells' indexes of the row being read: one list for every row, as long as the
 * longest row's labels so far; the row's are its first `count` (emptying it with
 * `length = 0` was a call into the runtime per row).
 */
const labels: number[] = [];
let count = 0;

// Each asked once per text (texts.ts): the answers kept on the word's record.
const isHeaderShaped = (w: CellText) => (w.header2Shape ??= headerShape(w.text) !== undefined);
const isGroupShaped = (w: CellText) => (w.group2Shape ??= groupShape(w.text) !== undefined);
const isOther2019 = (w: CellText) => (w.other2019 ??= other2019(w.text) !== undefined);
function rowOf(w: CellText) {
  if (w.row2 === undefined) w.row2 = rowLabel(w.text) ?? null;
  return w.row2;
}
function columnOf(w: CellText) {
  if (w.column2 === undefined) w.column2 = headerLabel(w.text) ?? null;
  return w.column2;
}

export function readTable2(rows: GridRow[], table: Table, texts: CellText[][] = rows.map((r) => cellTexts(r.cells))): void {
  for (let r = 0; r < rows.length; r++) {
    const grid = rows[r];
    const told = texts[r];
    // One pass: each cell is a label, a number or empty.
    count = 0;
    let hasNumbers = false;
    for (let i = 0; i < told.length; i++) {
      if (told[i] === NUMBER_TEXT) hasNumbers = true;
      else if (told[i] !== EMPTY_TEXT) labels[count++] = i;
    }
    // Before the first data row, a row without numbers naming columns is the header
    // (its 其他 must not be taken for the row 3.其他).
    let header = false;
    // A loop, not labels.some(): no closure per row.
    if (!hasNumbers && table.data.size === 0) for (let k = 0; k < count && !header; k++) header = isHeaderShaped(told[labels[k]]);
    if (!header && (dataRow(grid, told, labels, table) || otherRow2019(grid, told, labels, hasNumbers, table))) continue;
    if (!hasNumbers && table.data.size === 0) {
      table.rows.push({ grid, kind: 'header', values: [], expected: 0, malformed: false, found: 0 });
      for (let k = 0; k < count; k++) {
        const i = labels[k];
        if (told[i].text.includes('勾稽')) continue; // the corner note, not a column
        const m = columnOf(told[i]);
        if (m) table.labels.push(label(spanOf(grid, i, told[i]), m.item.label, m.exact, 'column'));
      }
      continue;
    }
    table.rows.push({ grid, kind: 'unknown', values: [], expected: 0, malformed: false, found: 0 });
  }
}

/** The trial format's （六）其他处理: the group label alone, with numbers of its own; added to the table if so. */
function otherRow2019(grid: GridRow, told: CellText[], labels: number[], hasNumbers: boolean, table: Table): boolean {
  let at: number | undefined;
  for (let k = 0; k < count && at === undefined; k++) if (isOther2019(told[labels[k]])) at = labels[k];
  if (at === undefined || !hasNumbers || count !== 1) return false;
  addRow(table, grid, told, at, TABLE2_OTHER_2019, true);
  return true;
}

/** The row's most specific label (a later cell wins, since group labels come first), added to the table if any. */
function dataRow(grid: GridRow, told: CellText[], labels: number[], table: Table): boolean {
  // The best so far in four variables, not a record per candidate.
  let at = -1;
  let spec: RowSpec | undefined;
  let score = 0;
  let exact = false;
  for (let k = 0; k < count; k++) {
    const i = labels[k];
    if (isGroupShaped(told[i])) continue;
    const m = rowOf(told[i]);
    if (m && (!spec || m.score >= score - 0.05)) {
      at = i;
      spec = m.item;
      score = m.score;
      exact = m.exact;
    }
  }
  if (!spec) return false;
  addRow(table, grid, told, at, spec, exact);
  return true;
}

/** Each row's cell names, made once per row of the format (not a record per row read). */
const NAMES = new Map<RowSpec, CellNames>();

function addRow(table: Table, grid: GridRow, told: CellText[], at: number, spec: RowSpec, exact: boolean): void {
  if (spec === TABLE2_OTHER_2019) table.format = 2019;
  const row = rowWith(grid, told, at, spec);
  table.rows.push(row);
  table.labels.push(label(spanOf(grid, at, told[at]), spec.label, exact, 'row'));
  if (!table.data.has(spec.key)) table.data.set(spec.key, row);
}

function rowWith(grid: GridRow, told: CellText[], at: number, spec: RowSpec): TableRow {
  const expected = TABLE2_COLUMNS.length;
  let names = NAMES.get(spec);
  if (!names) {
    names = { rowKey: spec.key, rowName: spec.short, columns: TABLE2_COLUMNS };
    NAMES.set(spec, names);
  }
  const values = rowValues(grid, told, at + 1, expected, names);
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
