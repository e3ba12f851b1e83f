// Reads table 1 (主动公开政府信息情况): block headings, column-header rows, data rows.

import type { GridRow, MatchedLabel, Span, Table, TableRow } from '../model';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019, type FormatVersion, type Table1Block } from '../format/table1';
import type { ColumnSpec, RowSpec } from '../format/labels';
import { matcher, type Matcher } from './match';
import { rowValues, spanOf, type CellNames } from './cells';
import { normalizeLabel } from '../text/normalize';
import { LABEL_MATCH, TABLE_WORDS_MATCH } from '../heuristics';
import { cellTexts, WORD, type CellText } from './texts';

/** The catalogue of one format version, shaped for matching, with its matchers made once. */
function catalogue(blocks: Table1Block[]) {
  const headings = blocks.map((b) => ({ label: b.heading, block: b }));
  const dataRows = blocks.flatMap((b) => b.rows.map((r) => ({ ...r, block: b })));
  const columns = blocks.flatMap((b) => b.columns.slice(1));
  return {
    heading: matcher(headings, TABLE_WORDS_MATCH),
    dataRow: matcher(dataRows, LABEL_MATCH),
    column: matcher(columns, LABEL_MATCH),
  };
}
const CATALOGUES = { 2019: catalogue(TABLE1_BLOCKS_2019), 2021: catalogue(TABLE1_BLOCKS) };
const content = matcher([{ label: '信息内容' }], TABLE_WORDS_MATCH);

/**
 * Each block's value columns (its columns after 信息内容) and a matcher of their labels,
 * made once: a list sliced per row was a new catalogue, built and matched afresh, per row.
 */
const VALUE_COLUMNS = new Map<Table1Block, { columns: ColumnSpec[]; match: Matcher<ColumnSpec> }>(
  [...TABLE1_BLOCKS, ...TABLE1_BLOCKS_2019].map((b) => {
    const columns = b.columns.slice(1);
    return [b, { columns, match: matcher(columns, LABEL_MATCH) }];
  }),
);

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
export function table1Format(rows: GridRow[], texts?: CellText[][]): FormatVersion {
  let old = 0;
  let current = 0;
  // Nested loops: a flatMap of the rows' cells cost more than the counting.
  for (let r = 0; r < rows.length; r++) {
    const told = texts ? texts[r] : cellTexts(rows[r].cells);
    for (let i = 0; i < told.length; i++) {
      const format = ownFormat(told[i]);
      if (format === 1) old++;
      else if (format === 2) current++;
    }
  }
  return old > current ? 2019 : 2021;
}

/** 1 a label only the trial format has, 2 one only the 2021 format has, 0 neither (asked once per text). */
function ownFormat(told: CellText): number {
  if (told.format < 0) {
    const label = normalizeLabel(told.text);
    told.format = ONLY_2019.has(label) ? 1 : ONLY_2021.has(label) ? 2 : 0;
  }
  return told.format;
}

/** The index of the row's first label cell (a word: not empty, not a number) at or after `from`, or -1. */
function nextLabel(told: CellText[], from: number): number {
  for (let i = from; i < told.length; i++) if (told[i].kind === WORD) return i;
  return -1;
}

type Catalogue = (typeof CATALOGUES)[FormatVersion];

export function readTable1(rows: GridRow[], table: Table, texts: CellText[][] = rows.map((r) => cellTexts(r.cells))): void {
  table.format = table1Format(rows, texts);
  const catalogue = CATALOGUES[table.format];
  let block: Table1Block | undefined;
  for (let index = 0; index < rows.length; index++) {
    const grid = rows[index];
    const told = texts[index];
    const at = nextLabel(told, 0);
    // The first label's text ('' without one: no label is empty).
    const first = at >= 0 ? told[at].text : '';
    const heading = first.includes('第') ? catalogue.heading(first) : undefined;
    if (heading) {
      block = heading.item.block;
      table.labels.push(label(spanOf(grid, at, told[at]), heading.item.label, heading.exact, 'heading'));
      const row = plainRow(grid, 'heading', block.key);
      table.rows.push(row);
      if (!table.blockHeadings.has(block.key)) table.blockHeadings.set(block.key, row);
      continue;
    }
    if (first !== '' && content(first)) {
      // A header row after its block's heading row is that block's; without one (the
      // heading row left out) it heads the rows that follow it, not the block before.
      if (table.rows[table.rows.length - 1]?.kind !== 'heading') block = nextDataBlock(rows, texts, index + 1, catalogue) ?? block;
      const row = plainRow(grid, 'header', block?.key);
      table.rows.push(row);
      const column = block ? VALUE_COLUMNS.get(block)!.match : catalogue.column;
      for (let i = nextLabel(told, at + 1); i >= 0; i = nextLabel(told, i + 1)) {
        const m = column(told[i].text);
        if (m) table.labels.push(label(spanOf(grid, i, told[i]), m.item.label, m.exact, 'column'));
      }
      if (block && !table.blockHeaders.has(block.key)) table.blockHeaders.set(block.key, row);
      continue;
    }
    const data = at >= 0 ? dataRow(grid, told, at, catalogue) : undefined;
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
function nextDataBlock(rows: GridRow[], texts: CellText[][], from: number, catalogue: Catalogue): Table1Block | undefined {
  for (let r = from; r < rows.length; r++) {
    const told = texts[r];
    const at = nextLabel(told, 0);
    if (at < 0) continue;
    if (told[at].text.includes('第') && catalogue.heading(told[at].text)) return undefined;
    for (let i = at; i >= 0; i = nextLabel(told, i + 1)) {
      const m = catalogue.dataRow(told[i].text);
      if (m) return m.item.block;
    }
  }
  return undefined;
}

/** Each data row's cell names, made once per row of the format (not a record per row read). */
const NAMES = new Map<RowSpec, CellNames>();

/** The row's data-row label, the first label cell (from `at` on) that is one, and its values. */
function dataRow(grid: GridRow, told: CellText[], at: number, catalogue: Catalogue) {
  for (let i = at; i >= 0; i = nextLabel(told, i + 1)) {
    const m = catalogue.dataRow(told[i].text);
    if (!m) continue;
    const spec: RowSpec = m.item;
    const block = m.item.block;
    const expected = block.columns.length - 1;
    let names = NAMES.get(spec);
    if (!names) {
      names = { rowKey: spec.key, rowName: spec.short, columns: VALUE_COLUMNS.get(block)!.columns };
      NAMES.set(spec, names);
    }
    const values = rowValues(grid, told, i + 1, expected, names);
    const row: TableRow = {
      grid,
      kind: 'data',
      spec,
      block: block.key,
      values,
      expected,
      malformed: values.length !== expected,
      found: values.length,
    };
    return { row, spec, cell: spanOf(grid, i, told[i]), exact: m.exact };
  }
  return undefined;
}

function plainRow(grid: GridRow, kind: TableRow['kind'], block?: string): TableRow {
  return { grid, kind, block, values: [], expected: 0, malformed: false, found: 0 };
}

export function label(span: Span, canonical: string, exact: boolean, what: MatchedLabel['what']): MatchedLabel {
  return { span, canonical, exact, what };
}
