// Finds tables 1–3 in the report: takes the table-like lines of each section, reads them
// as rows in the export's layout, decides row by row which table a row belongs to (so
// a table is found even when its section heading is missing), then reads each table.

import type { GridRow, Layout, Section, Span, Table, TableRow, UnreadableTable } from '../model';
import { normalizeLabel } from '../text/normalize';
import type { SourceText } from '../text/source';
import { detectLayout, gridRows, resetLineCells, tableLineRuns } from './grid';
import { bestMatch, isNumeric, type Labelled } from './match';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019, table1Blocks } from '../format/table1';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_HEADER_EXTRAS, TABLE2_ROWS, table2Rows } from '../format/table2';
import { TABLE3_HEADER_LABELS } from '../format/table3';
import { sectionSpec } from '../format/sections';
import { readTable1, table1Format } from './table1';
import { readTable2 } from './table2';
import { readTable3 } from './table3';
import { readTokenRows } from './tokens';
import type { Localized } from '../types';
import { TABLE3_MIN_NUMBERS, TABLE_MAX_ROWS, TABLE_WORDS_MATCH } from '../heuristics';
import { isBlank, LineMark } from '../text/source';
import { fastPaths } from '../fast';
import { cellText, cellTexts, EMPTY_TEXT, NUMBER_TEXT, type CellText } from './texts';

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

/** Every label of the three tables, normalised: what a header cell may be. */
const LABELS = new Set(
  ([1, 2, 3] as TableId[]).flatMap((id) => VOCABULARY[id].flatMap((l) => [l.label, ...(l.accepted ?? [])])).map(normalizeLabel),
);

/**
 * Header words a converter split across two cells where a line broke them (商业企 | 业,
 * 结果维 | 持) put back together: two neighbouring cells of a row without numbers, neither
 * a label, that make one. `texts` are the rows' cell texts (texts.ts), told once for every
 * reader after; a joined row's are replaced with it.
 */
function joinSplitWords(rows: GridRow[], texts: CellText[][]): void {
  for (let r = 0; r < rows.length; r++) {
    const told = texts[r];
    if (told.includes(NUMBER_TEXT)) continue;
    // The row's cells are copied only once a pair joins (most rows have none).
    let cells: Span[] | undefined;
    let joined: CellText[] | undefined;
    for (let i = 0; i < told.length; i++) {
      const a = told[i];
      const b = told[i + 1];
      if (
        b !== undefined &&
        a !== EMPTY_TEXT &&
        b !== EMPTY_TEXT &&
        !isLabel(a, a.text) &&
        !isLabel(b, b.text) &&
        LABELS.has(normalizeLabel(a.text + b.text))
      ) {
        // Only now the row's spans (a LineRow makes them from its line).
        const row = rows[r].cells;
        cells ??= row.slice(0, i);
        joined ??= told.slice(0, i);
        const text = a.text + b.text;
        cells.push({ text, start: row[i].start, end: row[i + 1].end });
        joined.push(cellText(text));
        i++;
      } else {
        cells?.push(rows[r].cells[i]);
        joined?.push(a);
      }
    }
    if (cells) {
      rows[r] = { cells, firstLine: rows[r].firstLine, lastLine: rows[r].lastLine };
      texts[r] = joined!;
    }
  }
}

/** A word is one of the tables' labels (asked once per text). */
function isLabel(word: CellText, text: string): boolean {
  return (word.label ??= LABELS.has(normalizeLabel(text)));
}

function labelVotes(text: string): readonly [number, number, number, number] {
  const votes: [number, number, number, number] = [/勾稽/.test(text) ? 1 : 0, 0, 0, 0];
  for (const id of [1, 2, 3] as TableId[]) {
    const m = bestMatch(text, VOCABULARY[id], TABLE_WORDS_MATCH);
    if (m) votes[id] = m.score;
  }
  // Frozen: its elements then held as numbers of their own, so an unoptimised read of one makes no new number.
  return Object.freeze(votes);
}

/** Which table a row's labels belong to; 0 when they say nothing. */
function classify(texts: CellText[]): TableId | 0 {
  // Three sums, not a record per row.
  let one = 0;
  let two = 0;
  let three = 0;
  let numbers = 0;
  for (let i = 0; i < texts.length; i++) {
    const told = texts[i];
    if (told === EMPTY_TEXT) continue;
    if (told === NUMBER_TEXT) {
      numbers++;
      continue;
    }
    // A word's votes are three catalogue matches, made once per text.
    const vote = (told.vote ??= labelVotes(told.text));
    // In the order the votes were always added (sums of fractions depend on it). A zero
    // is not added: x + 0 is x for every sum here (none is -0), and a cold lint makes a
    // new number for every fractional sum (most words vote for one table only).
    if (vote[0]) two += 1;
    if (vote[1] !== 0) one += vote[1];
    if (vote[2] !== 0) two += vote[2];
    if (vote[3] !== 0) three += vote[3];
  }
  // The first of the highest: table 1 over 2 over 3 on a tie.
  const best: TableId = two > one ? (three > two ? 3 : 2) : three > one ? 3 : 1;
  if ((best === 1 ? one : best === 2 ? two : three) > 0) return best;
  // Table 3's data row is fifteen bare numbers.
  if (numbers >= TABLE3_MIN_NUMBERS) return 3;
  return 0;
}

interface Draft {
  id: TableId;
  layout: Layout;
  rows: GridRow[];
  /** Each row's cell texts. */
  texts: CellText[][];
}

export interface TablesRead {
  tables: Table[];
  unreadable: UnreadableTable[];
}

/**
 * Drafts by table id (index 1–3): a list of four places, not a Map (a lint makes several,
 * each a Map and its table otherwise).
 */
type Drafts = (Draft | undefined)[];
const drafts = (): Drafts => [undefined, undefined, undefined, undefined];

/** Each row's table as classify tells it, for the reading under way (one list for every reading). */
const IDS: number[] = [];

/** Table rows of one reading (by lines, or by tokens), grouped into drafts by table. */
function addRows(drafts: Drafts, rows: GridRow[], texts: CellText[][], layout: Layout, fallback: TableId | undefined): void {
  for (let i = 0; i < rows.length; i++) IDS[i] = classify(texts[i]);
  // Rows that say nothing (numbers only, blanks) belong with their neighbours.
  let last = fallback ?? 0;
  for (let i = 0; i < rows.length && last === 0; i++) last = IDS[i];
  for (let i = 0; i < rows.length; i++) {
    const id = (IDS[i] || last) as TableId | 0;
    last = id;
    if (id === 0) continue;
    let draft = drafts[id];
    if (!draft) {
      draft = { id, layout, rows: [], texts: [] };
      drafts[id] = draft;
    }
    draft.rows.push(rows[i]);
    draft.texts.push(texts[i]);
  }
  // Not kept at the length of a page flattened onto one line (its rows by the thousand).
  // Stryker disable next-line all: the bound changes no result (only memory)
  if (IDS.length > 1 << 16) IDS.length = 0;
}

function build(draft: Draft): Table {
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
  if (draft.id === 1) readTable1(draft.rows, table, draft.texts);
  else if (draft.id === 2) readTable2(draft.rows, table, draft.texts);
  else readTable3(draft.rows, table, draft.texts);
  return table;
}

/**
 * How well a reading went: data rows holding exactly their numbers. In the line reading,
 * a row with cells to spare is read too: its separators say how many cells it has, and
 * the extra one is a blank or a word among the numbers (4 | 1 |  | 0 …, 4 | 1 | 无 | 0 …)
 * that the stream reading, which sees only numbers, would silently drop — so the row's
 * GR107 stands. Unless the extra cell is text before the numbers: then the label may have
 * run on into the next cell (1.本机关不掌握 | 相关政府信息 | 0 …), which the stream reads.
 */
function score(table: Table | undefined, byLines = false): number {
  if (!table) return 0;
  let n = 0;
  // Index loops here and below, not for…of: a cold lint (the CLI's) makes an iterator result per step.
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (row.kind !== 'data') continue;
    if (!row.malformed) n++;
    else if (byLines && row.found > row.expected && !labelRunsOn(row)) n++;
  }
  return n;
}

/** The row's first value cell is a word, not a number or a blank. */
function labelRunsOn(row: TableRow): boolean {
  const first = row.values[0];
  return first !== undefined && first.text !== '' && !isNumeric(first.text);
}

const TABLE_NAME: Record<TableId, { zh: string; en: string }> = {
  1: { zh: '表一', en: 'Table 1' },
  2: { zh: '表二', en: 'Table 2' },
  3: { zh: '表三', en: 'Table 3' },
};

/** Lines of the runs that can hold a row (not blank), counted without reading them. */
function rowLines(src: SourceText, runs: number[][]): { count: number; first: number; last: number } {
  let count = 0;
  // With the marks, a blank line is told without its text (fast.ts lineMarks).
  const marked = fastPaths.lineMarks;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    for (let i = 0; i < run.length; i++)
      if (marked ? (src.lineMarks[run[i]] & LineMark.TEXT) !== 0 : !isBlank(src.lineText(run[i]))) count++;
  }
  return { count, first: runs[0]?.[0] ?? 0, last: runs[runs.length - 1]?.at(-1) ?? 0 };
}

/**
 * Each table is read twice — by lines in the export's layout, and as a stream of labels
 * and numbers — and the better reading is kept (the line reading on a tie). Tables whose
 * digits run together beyond a unique split are reported unreadable, not read wrong.
 */
export function readTables(src: SourceText, sections: Section[]): TablesRead {
  resetLineCells();
  // By table id, in lists of four places (index 1–3), not Maps.
  const byLines = drafts();
  const byTokens = drafts();
  const unreadable: Shaky[] = [undefined, undefined, undefined, undefined];
  /** Tables with more lines than any report's (TABLE_MAX_ROWS): not read, reported once. */
  const oversized: (UnreadableTable | undefined)[] = [undefined, undefined, undefined, undefined];
  /** Row lines read so far, per table of the section (0: sections without a table). */
  const read = [0, 0, 0, 0];
  for (const section of sections) {
    const fallback = sectionSpec(section.id).table;
    const runs = tableLineRuns(src, section.firstLine + 1, section.lastLine);
    // Counted before any row is built: past the bound nothing of it is read, by lines or by tokens.
    const lines = rowLines(src, runs);
    const total = read[fallback ?? 0] + lines.count;
    if (total > TABLE_MAX_ROWS) {
      if (fallback && !oversized[fallback]) oversized[fallback] = oversizedTable(src, fallback, lines, total);
      continue;
    }
    read[fallback ?? 0] = total;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      const layout = detectLayout(src, run);
      const texts: CellText[][] = [];
      const rows = gridRows(src, run, layout, texts);
      joinSplitWords(rows, texts);
      addRows(byLines, rows, texts, layout, fallback);
    }
  }
  const linesRead: (Table | undefined)[] = [undefined, undefined, undefined, undefined];
  for (let id = 1; id <= 3; id++) {
    const draft = byLines[id];
    if (draft) linesRead[id] = build(draft);
  }
  // The stream reading can at best tie with a line reading that has every row of its
  // format, each with exactly its numbers, and a tie keeps the lines: the streams are
  // read only for the tables still wanting (half the time of a typical lint otherwise).
  const wanting = ([1, 2, 3] as TableId[]).filter((id) => !oversized[id] && !complete(linesRead[id]));
  if (wanting.length > 0) readStreams(src, sections, wanting, linesRead, oversized, byTokens, unreadable);
  const tables: Table[] = [];
  const notRead: UnreadableTable[] = [];
  for (const id of [1, 2, 3] as TableId[]) {
    const tooLong = oversized[id];
    if (tooLong) {
      notRead.push(tooLong);
      continue;
    }
    const lines = linesRead[id];
    const tokens = wanting.includes(id) ? byTokens[id] && build(byTokens[id]) : undefined;
    const best = score(tokens) > score(lines, true) ? tokens : lines;
    const shaky = wanting.includes(id) ? unreadable[id] : undefined;
    if (shaky && score(best) === 0) {
      notRead.push(unreadableTable(id, shaky));
      continue;
    }
    if (best) tables.push(best);
  }
  return { tables, unreadable: notRead };
}

/** Unread tables of a reading: why, and the rows it could not read. */
type Shaky = { reason: Localized; rows: GridRow[] } | undefined;

/**
 * The stream reading of the sections, for the tables still wanting (drafts into `byTokens`,
 * unreadable tables into `unreadable`). Apart from readTables, as are the two below: code
 * that most lints never run, out of the function every lint runs (V8 optimises a function
 * later the longer its bytecode, and compiles it at greater cost).
 */
function readStreams(
  src: SourceText,
  sections: Section[],
  wanting: TableId[],
  linesRead: (Table | undefined)[],
  oversized: (UnreadableTable | undefined)[],
  byTokens: Drafts,
  unreadable: Shaky[],
): void {
  const lineOf = (offset: number) => src.lineAt(offset);
  // A table is settled once a section's stream gave its rows (the first such section's are
  // the ones compared) and its line reading has a good row (so it cannot be unreadable):
  // what later sections' streams say cannot change it, and once every wanting table is
  // settled they are not read.
  const readable = new Set(wanting.filter((id) => score(linesRead[id]) > 0));
  const settled = () => wanting.every((id) => readable.has(id) && byTokens[id] !== undefined);
  for (const section of sections) {
    if (fastPaths.streams && settled()) break;
    const fallback = sectionSpec(section.id).table;
    // An oversized table is not read as a stream either (one GR108, no rows built).
    if (!fallback || oversized[fallback] || section.firstLine + 1 > section.lastLine) continue;
    const reading = readTokenRows(src.text, src.lineStarts[section.firstLine + 1], src.lineEnd(section.lastLine), lineOf, fallback);
    const sectionDrafts = drafts();
    // Pushed, not mapped: a mapped list is of another kind than the line reading's (holey),
    // and addRows' optimised code, having seen only those, was thrown away at the first stream.
    const texts: CellText[][] = [];
    for (let r = 0; r < reading.rows.length; r++) texts.push(cellTexts(reading.rows[r].cells));
    addRows(sectionDrafts, reading.rows, texts, 'tab', fallback);
    for (let id = 1; id <= 3; id++) {
      const draft = sectionDrafts[id];
      if (!draft) continue;
      const reason = reading.unreadable.get(id as TableId);
      if (reason) unreadable[id] = { reason, rows: draft.rows };
      else if (!byTokens[id]) byTokens[id] = draft;
    }
    for (const [id, reason] of reading.unreadable) if (!unreadable[id]) unreadable[id] = { reason, rows: [] };
  }
}

/** A table with more lines than any report's, as not read. */
function oversizedTable(src: SourceText, id: TableId, lines: { first: number; last: number }, total: number): UnreadableTable {
  const name = TABLE_NAME[id];
  return {
    id,
    start: src.lineStarts[lines.first],
    end: src.lineEnd(lines.last),
    firstLine: lines.first,
    lastLine: lines.last,
    reason: {
      zh: `${name.zh}有 ${total.toLocaleString('en-US')} 行，远多于格式的行数，本表不作检查`,
      en: `${name.en} has ${total.toLocaleString('en-US')} rows, far more than the format's; the table is not checked`,
    },
  };
}

/** A table whose digits run together beyond a unique split, as not read. */
function unreadableTable(id: TableId, shaky: NonNullable<Shaky>): UnreadableTable {
  const first = shaky.rows[0];
  const lastRow = shaky.rows[shaky.rows.length - 1];
  const cells = shaky.rows.flatMap((r) => r.cells);
  const start = cells.length > 0 ? Math.min(...cells.map((c) => c.start)) : 0;
  const end = cells.length > 0 ? Math.max(...cells.map((c) => c.end)) : 0;
  const table: UnreadableTable = {
    id,
    start,
    end,
    firstLine: first?.firstLine ?? 0,
    lastLine: lastRow?.lastLine ?? 0,
    reason: shaky.reason,
  };
  // Table 1's labels say which format it follows even when its numbers cannot be read.
  if (id === 1 && shaky.rows.length > 0) table.format = table1Format(shaky.rows);
  return table;
}

/** Every row of the table's format read, none with more or fewer numbers than its columns. */
function complete(table: Table | undefined): boolean {
  if (!table) return false;
  const rows =
    table.id === 1
      ? table1Blocks(table.format).reduce((n, b) => n + b.rows.length, 0)
      : table.id === 2
        ? table2Rows(table.format).length
        : 1;
  return table.data.size >= rows && table.rows.every((r) => r.kind !== 'data' || !r.malformed);
}
