// Finds tables 1–3 in the report: takes the table-like lines of each section, reads them
// as rows in the export's layout, decides row by row which table a row belongs to (so
// a table is found even when its section heading is missing), then reads each table.

import type { GridRow, Layout, Section, Table } from '../model';
import type { SourceText } from '../text/source';
import { detectLayout, gridRows, tableLineRuns } from './grid';
import { bestMatch, isNumeric, type Labelled } from './match';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019 } from '../format/table1';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_HEADER_EXTRAS, TABLE2_ROWS } from '../format/table2';
import { TABLE3_HEADER_LABELS } from '../format/table3';
import { sectionSpec } from '../format/sections';
import { readTable1 } from './table1';
import { readTable2 } from './table2';
import { readTable3 } from './table3';
import { TABLE3_MIN_NUMBERS, TABLE_WORDS_MATCH } from '../heuristics';

type TableId = 1 | 2 | 3;

const VOCABULARY: Record<TableId, Labelled[]> = {
  1: [
    ...TABLE1_BLOCKS_2019.map((b) => ({ label: b.heading })),
    { label: '信息内容' },
    ...[...TABLE1_BLOCKS, ...TABLE1_BLOCKS_2019].flatMap((b) => [...b.columns.slice(1), ...b.rows]),
  ],
  2: [...TABLE2_ROWS, ...TABLE2_GROUPS.map((g) => ({ label: g })), ...TABLE2_COLUMNS, ...TABLE2_HEADER_EXTRAS],
  3: TABLE3_HEADER_LABELS,
};

/** Which table a row's labels belong to; undefined when they say nothing. */
function classify(row: GridRow): TableId | undefined {
  const votes: Record<TableId, number> = { 1: 0, 2: 0, 3: 0 };
  let numbers = 0;
  for (const cell of row.cells) {
    if (cell.text === '') continue;
    if (isNumeric(cell.text)) {
      numbers++;
      continue;
    }
    if (/勾稽/.test(cell.text)) votes[2] += 1;
    for (const id of [1, 2, 3] as TableId[]) {
      const m = bestMatch(cell.text, VOCABULARY[id], TABLE_WORDS_MATCH);
      if (m) votes[id] += m.score;
    }
  }
  const best = ([1, 2, 3] as TableId[]).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  if (votes[best] > 0) return best;
  // Table 3's data row is fifteen bare numbers.
  if (numbers >= TABLE3_MIN_NUMBERS) return 3;
  return undefined;
}

interface Draft {
  id: TableId;
  layout: Layout;
  rows: GridRow[];
}

export function parseTables(src: SourceText, sections: Section[]): Table[] {
  const drafts = new Map<TableId, Draft>();
  for (const section of sections) {
    const fallback = sectionSpec(section.id).table;
    for (const run of tableLineRuns(src, section.firstLine + 1, section.lastLine)) {
      const layout = detectLayout(src, run);
      const rows = gridRows(src, run, layout);
      const ids = rows.map(classify);
      // Rows that say nothing (numbers only, blanks) belong with their neighbours.
      let last: TableId | undefined = fallback ?? ids.find((id) => id !== undefined);
      for (let i = 0; i < rows.length; i++) {
        const id = ids[i] ?? last;
        last = id;
        if (id === undefined) continue;
        let draft = drafts.get(id);
        if (!draft) {
          draft = { id, layout, rows: [] };
          drafts.set(id, draft);
        }
        draft.rows.push(rows[i]);
      }
    }
  }
  const tables: Table[] = [];
  for (const draft of [...drafts.values()].sort((a, b) => a.id - b.id)) {
    const table: Table = {
      id: draft.id,
      format: 2021,
      layout: draft.layout,
      firstLine: draft.rows[0].firstLine,
      lastLine: draft.rows[draft.rows.length - 1].lastLine,
      rows: [],
      labels: [],
      blockHeadings: new Map(),
      blockHeaders: new Map(),
      data: new Map(),
    };
    if (draft.id === 1) readTable1(draft.rows, table);
    else if (draft.id === 2) readTable2(draft.rows, table);
    else readTable3(draft.rows, table);
    tables.push(table);
  }
  return tables;
}
