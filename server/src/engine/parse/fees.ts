// Reads the 2025 variant's fee table (五、信息处理费收取情况): a header row of its three
// columns, 通知收取件数 · 通知收取金额（元） · 实际收取金额（元）, and one data row,
// 信息处理费收取情况, with the three numbers. Read by lines in the export's layout (TAB,
// one cell per line, pipes, Markdown, HTML); failing that, as a stream of labels and
// numbers (a web page flattened onto one line).

import type { FeeSection, FeeTable, GridRow, Layout, TableRow } from '../model';
import type { SourceText } from '../text/source';
import { FEE_TABLE_COLUMNS, FEE_TABLE_ROW } from '../format/fees';
import { detectLayout, gridRows, tableLineRuns } from './grid';
import { bestMatch, isNumeric } from './match';
import { takeValues, toCells } from './cells';
import { label } from './table1';
import { readTokenRows } from './tokens';
import { LABEL_MATCH } from '../heuristics';

const EXPECTED = FEE_TABLE_COLUMNS.length;

/** What may stand in a value cell: a number (an amount with its unit), or a clerk's placeholder for 0. */
function valueLike(text: string): boolean {
  return isNumeric(text) || /^[0-9０-９][0-9０-９,，.．]*\s*万?元$/.test(text) || /^(?:[/／\\、]|[—–－‐-]+|无|空|暂无)$/.test(text);
}

/**
 * The fee table of these rows, or undefined when they hold none (neither its header nor
 * its data row). The data row is the row labelled 信息处理费收取情况 (a label alone before
 * the header is the table's caption), or, after the header, a row of values alone.
 */
function fromRows(rows: GridRow[], layout: Layout): FeeTable | undefined {
  if (rows.length === 0) return undefined;
  const table: FeeTable = { layout, firstLine: rows[0].firstLine, lastLine: rows[rows.length - 1].lastLine, labels: [] };
  let header = false;
  for (const grid of rows) {
    const { cells } = grid;
    const words = cells.filter((c) => c.text !== '' && !valueLike(c.text));
    const rowLabel = words.map((c) => ({ c, m: bestMatch(c.text, [FEE_TABLE_ROW], LABEL_MATCH) })).find((x) => x.m);
    const at = rowLabel ? cells.indexOf(rowLabel.c) : -1;
    const caption = rowLabel !== undefined && !header && cells.slice(at + 1).every((c) => c.text === '');
    const bare = !rowLabel && header && words.length === 0 && cells.some((c) => c.text !== '');
    if (!table.row && ((rowLabel && !caption) || bare)) {
      if (rowLabel) table.labels.push(label(rowLabel.c, FEE_TABLE_ROW.label, rowLabel.m!.exact, 'row'));
      const values = takeValues(cells.slice(at + 1), EXPECTED);
      const row: TableRow = {
        grid,
        kind: 'data',
        spec: FEE_TABLE_ROW,
        values: toCells(values, { rowKey: FEE_TABLE_ROW.key, rowName: FEE_TABLE_ROW.short!, columns: FEE_TABLE_COLUMNS }),
        expected: EXPECTED,
        malformed: values.length !== EXPECTED,
        found: values.length,
      };
      table.row = row;
      table.lastLine = grid.lastLine;
      continue;
    }
    for (const c of words) {
      const m = bestMatch(c.text, FEE_TABLE_COLUMNS, LABEL_MATCH);
      if (!m) continue;
      table.labels.push(label(c, m.item.label, m.exact, 'column'));
      header = true;
    }
  }
  return table.row || header ? table : undefined;
}

export function readFeeTable(src: SourceText, section: FeeSection): FeeTable | undefined {
  const first = section.firstLine + 1;
  const last = section.lastLine;
  if (first > last) return undefined;
  for (const run of tableLineRuns(src, first, last)) {
    const layout = detectLayout(src, run);
    const table = fromRows(gridRows(src, run, layout), layout);
    if (table?.row) return table;
  }
  const reading = readTokenRows(src.text, src.lineStarts[first], src.lineEnd(last), (offset) => src.lineAt(offset));
  const table = fromRows(reading.fees.rows, 'tab');
  if (table && reading.fees.unreadable) {
    table.unreadable = reading.fees.unreadable;
    table.row = undefined;
  }
  return table;
}
