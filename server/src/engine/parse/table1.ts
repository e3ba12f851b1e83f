// Reads table 1 (主动公开政府信息情况): block headings, column-header rows, data rows.

import type { GridRow, MatchedLabel, Span, Table, TableRow } from '../model';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019, type FormatVersion, type Table1Block } from '../format/table1';
import type { RowSpec } from '../format/labels';
import { bestMatch, isNumeric } from './match';
import { takeValues, toCells } from './cells';
import { normalizeLabel } from '../text/normalize';
import { LABEL_MATCH, TABLE_WORDS_MATCH } from '../heuristics';

/** The catalogue of one format version, shaped for matching. */
function catalogue(blocks: Table1Block[]) {
  return {
    blocks,
    headings: blocks.map((b) => ({ label: b.heading, block: b })),
    dataRows: blocks.flatMap((b) => b.rows.map((r) => ({ ...r, block: b }))),
    columns: blocks.flatMap((b) => b.columns.slice(1)),
  };
}
const CATALOGUES = { 2019: catalogue(TABLE1_BLOCKS_2019), 2021: catalogue(TABLE1_BLOCKS) };
const CONTENT = [{ label: '信息内容' }];

/** Labels only one of the two formats uses, normalised. */
function ownLabels(mine: Table1Block[], other: Table1Block[]): Set<string> {
  const labels = (blocks: Table1Block[]) =>
    new Set(blocks.flatMap((b) => [b.heading, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]).map(normalizeLabel));
  const theirs = labels(other);
  return new Set([...labels(mine)].filter((l) => !theirs.has(l)));
}
const ONLY_2019 = ownLabels(TABLE1_BLOCKS_2019, TABLE1_BLOCKS);
const ONLY_2021 = ownLabels(TABLE1_BLOCKS, TABLE1_BLOCKS_2019);

/** 2019 when more of the table's labels are the trial format's own than the 2021 format's. */
export function table1Format(rows: GridRow[]): FormatVersion {
  let old = 0;
  let current = 0;
  // Nested loops: a flatMap of the rows' cells cost more than the counting.
  for (const row of rows) {
    for (const cell of row.cells) {
      const label = normalizeLabel(cell.text);
      if (ONLY_2019.has(label)) old++;
      if (ONLY_2021.has(label)) current++;
    }
  }
  return old > current ? 2019 : 2021;
}

function labelCells(row: GridRow): Span[] {
  return row.cells.filter((c) => c.text !== '' && !isNumeric(c.text));
}

export function readTable1(rows: GridRow[], table: Table): void {
  table.format = table1Format(rows);
  const { headings, dataRows, columns: allColumns } = CATALOGUES[table.format];
  let block: Table1Block | undefined;
  for (const [index, grid] of rows.entries()) {
    const labels = labelCells(grid);
    const first = labels[0];
    const heading = first && /第/.test(first.text) ? bestMatch(first.text, headings, TABLE_WORDS_MATCH) : undefined;
    if (heading) {
      block = heading.item.block;
      table.labels.push(label(first, heading.item.label, heading.exact, 'heading'));
      const row = plainRow(grid, 'heading', block.key);
      table.rows.push(row);
      if (!table.blockHeadings.has(block.key)) table.blockHeadings.set(block.key, row);
      continue;
    }
    if (first && bestMatch(first.text, CONTENT, TABLE_WORDS_MATCH)) {
      // A header row after its block's heading row is that block's; without one (the
      // heading row left out) it heads the rows that follow it, not the block before.
      if (table.rows[table.rows.length - 1]?.kind !== 'heading') block = nextDataBlock(rows, index + 1, headings, dataRows) ?? block;
      const row = plainRow(grid, 'header', block?.key);
      table.rows.push(row);
      const columns = block ? block.columns.slice(1) : allColumns;
      for (const cell of labels.slice(1)) {
        const m = bestMatch(cell.text, columns, LABEL_MATCH);
        if (m) table.labels.push(label(cell, m.item.label, m.exact, 'column'));
      }
      if (block && !table.blockHeaders.has(block.key)) table.blockHeaders.set(block.key, row);
      continue;
    }
    const data = dataRow(grid, labels, dataRows);
    if (data) {
      table.labels.push(label(data.cell, data.spec.label, data.exact, 'row'));
      if (!table.data.has(data.spec.key)) table.data.set(data.spec.key, data.row);
      table.rows.push(data.row);
      continue;
    }
    table.rows.push(plainRow(grid, 'unknown', block?.key));
  }
}

/** The block of the first data row from `from` on, unless a block heading comes first. */
function nextDataBlock(
  rows: GridRow[],
  from: number,
  headings: { label: string; block: Table1Block }[],
  dataRows: (RowSpec & { block: Table1Block })[],
): Table1Block | undefined {
  for (let i = from; i < rows.length; i++) {
    const labels = labelCells(rows[i]);
    if (labels[0] && /第/.test(labels[0].text) && bestMatch(labels[0].text, headings, TABLE_WORDS_MATCH)) return undefined;
    for (const cell of labels) {
      const m = bestMatch(cell.text, dataRows, LABEL_MATCH);
      if (m) return m.item.block;
    }
  }
  return undefined;
}

function dataRow(grid: GridRow, labels: Span[], dataRows: (RowSpec & { block: Table1Block })[]) {
  for (const cell of labels) {
    const m = bestMatch(cell.text, dataRows, LABEL_MATCH);
    if (!m) continue;
    const spec: RowSpec = m.item;
    const block = m.item.block;
    const expected = block.columns.length - 1;
    const after = grid.cells.slice(grid.cells.indexOf(cell) + 1);
    const values = takeValues(after, expected);
    const row: TableRow = {
      grid,
      kind: 'data',
      spec,
      block: block.key,
      values: toCells(values, {
        rowKey: spec.key,
        rowName: spec.short,
        columns: block.columns.slice(1),
      }),
      expected,
      malformed: values.length !== expected,
      found: values.length,
    };
    return { row, spec, cell, exact: m.exact };
  }
  return undefined;
}

function plainRow(grid: GridRow, kind: TableRow['kind'], block?: string): TableRow {
  return { grid, kind, block, values: [], expected: 0, malformed: false, found: 0 };
}

export function label(span: Span, canonical: string, exact: boolean, what: MatchedLabel['what']): MatchedLabel {
  return { span, canonical, exact, what };
}
