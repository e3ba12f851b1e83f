// Reads table 2 (收到和处理政府信息公开申请情况): header rows, then 25 data rows whose
// labels may share a row with their group (三、本年度办理结果 / （三）不予公开) or slip
// into another column.

import type { GridRow, Span, Table, TableRow } from '../model';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_HEADER_EXTRAS, TABLE2_OTHER_2019, TABLE2_ROWS } from '../format/table2';
import { bestMatch, isNumeric } from './match';
import type { RowSpec } from '../format/labels';
import { takeValues, toCells } from './cells';
import { label } from './table1';
import { LABEL_MATCH, SHAPE_LABEL_MATCH } from '../heuristics';

const HEADER_LABELS = [...TABLE2_COLUMNS, ...TABLE2_HEADER_EXTRAS];
const GROUP_LABELS = TABLE2_GROUPS.map((g) => ({ label: g }));
/** One catalogue for all reports (a list made per call is a catalogue built per call). */
const OTHER_2019 = [TABLE2_OTHER_2019];

export function readTable2(rows: GridRow[], table: Table): void {
  for (const grid of rows) {
    // One pass: each cell is a label, a number or empty.
    const labels: Span[] = [];
    let hasNumbers = false;
    for (const c of grid.cells) {
      if (isNumeric(c.text)) hasNumbers = true;
      else if (c.text !== '') labels.push(c);
    }
    // Before the first data row, a row without numbers naming columns is the header
    // (its 其他 must not be taken for the row 3.其他).
    const header = !hasNumbers && table.data.size === 0 && labels.some((c) => bestMatch(c.text, HEADER_LABELS, SHAPE_LABEL_MATCH));
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
      for (const cell of labels) {
        if (/勾稽/.test(cell.text)) continue; // the corner note, not a column
        const m = bestMatch(cell.text, HEADER_LABELS, LABEL_MATCH);
        if (m) table.labels.push(label(cell, m.item.label, m.exact, 'column'));
      }
      continue;
    }
    table.rows.push({ grid, kind: 'unknown', values: [], expected: 0, malformed: false, found: 0 });
  }
}

/** The trial format's （六）其他处理: the group label alone, with numbers of its own. */
function otherRow2019(grid: GridRow, labels: Span[], hasNumbers: boolean) {
  const cell = labels.find((c) => bestMatch(c.text, OTHER_2019, SHAPE_LABEL_MATCH));
  if (!cell || !hasNumbers || labels.length !== 1) return undefined;
  return rowWith(grid, cell, TABLE2_OTHER_2019, true);
}

/** The row's most specific label: a later cell wins, since group labels come first. */
function dataRow(grid: GridRow, labels: Span[]) {
  let best: { cell: Span; spec: (typeof TABLE2_ROWS)[number]; score: number; exact: boolean } | undefined;
  for (const cell of labels) {
    if (bestMatch(cell.text, GROUP_LABELS, SHAPE_LABEL_MATCH)) continue;
    const m = bestMatch(cell.text, TABLE2_ROWS, LABEL_MATCH);
    if (m && (!best || m.score >= best.score - 0.05)) best = { cell, spec: m.item, score: m.score, exact: m.exact };
  }
  if (!best) return undefined;
  return rowWith(grid, best.cell, best.spec, best.exact);
}

function rowWith(grid: GridRow, cell: Span, spec: RowSpec, exact: boolean) {
  const expected = TABLE2_COLUMNS.length;
  const values = takeValues(grid.cells.slice(grid.cells.indexOf(cell) + 1), expected);
  const row: TableRow = {
    grid,
    kind: 'data',
    spec,
    values: toCells(values, { rowKey: spec.key, rowName: spec.short, columns: TABLE2_COLUMNS }),
    expected,
    malformed: values.length !== expected,
    found: values.length,
  };
  return { row, cell, exact };
}
