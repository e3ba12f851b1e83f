// The empty tables of the national format, zeros filled, as rows of cells. Rendered in a
// document's own layout when a fix inserts a missing table or row.

import { table1Blocks, type FormatVersion } from '../format/table1';
import { TABLE2_COLUMNS, TABLE2_CORNER, TABLE2_ROWS } from '../format/table2';
import { TABLE3_COLUMNS, TABLE3_VALUE_COUNT } from '../format/table3';
import type { RowSpec } from '../format/labels';

const zeros = (n: number) => Array<string>(n).fill('0');

/** A slot of table 1 in the format's order: a block heading, a column-header row or a data row. */
export interface Table1Slot {
  kind: 'heading' | 'header' | 'data';
  block: string;
  spec?: RowSpec;
  cells: string[];
}

export function table1Slots(format: FormatVersion = 2021): Table1Slot[] {
  return table1Blocks(format).flatMap((b) => [
    { kind: 'heading' as const, block: b.key, cells: [b.heading] },
    { kind: 'header' as const, block: b.key, cells: b.columns.map((c) => c.label) },
    ...b.rows.map((r) => ({ kind: 'data' as const, block: b.key, spec: r, cells: [r.label, ...zeros(b.columns.length - 1)] })),
  ]);
}

export function table2RowCells(spec: RowSpec): string[] {
  return [spec.label, ...zeros(TABLE2_COLUMNS.length)];
}

export function emptyTable(id: 1 | 2 | 3): string[][] {
  if (id === 1) return table1Slots().map((s) => s.cells);
  if (id === 2) {
    const seen = new Set<string>();
    const header = [
      [TABLE2_CORNER, '申请人情况'],
      ['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['', '', ...TABLE2_COLUMNS.slice(1, -1).map((c) => c.label), ''],
    ];
    const rows = TABLE2_ROWS.map((spec) => {
      // A group's label goes in front of its first item, as the format prints it.
      const group = spec.group && !seen.has(spec.group) ? spec.group : undefined;
      // Stryker disable next-line ConditionalExpression: adding undefined to the set changes nothing read
      if (spec.group) seen.add(spec.group);
      return group ? [group, ...table2RowCells(spec)] : table2RowCells(spec);
    });
    return [...header, ...rows];
  }
  const five = TABLE3_COLUMNS.map((c) => c.label);
  return [
    ['行政复议', '', '', '', '', '行政诉讼'],
    [...five, '未经复议直接起诉', '', '', '', '', '复议后起诉'],
    ['', '', '', '', '', ...five, ...five],
    zeros(TABLE3_VALUE_COUNT),
  ];
}
