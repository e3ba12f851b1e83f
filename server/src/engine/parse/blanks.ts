// Blank cells of a table read as a stream of labels and numbers (tokens.ts): a row with
// fewer numbers than its columns has blank cells, and where they stand can sometimes be
// read from the text around its numbers, the way a reader's eye places them:
//
//   slots    every cell of the table's full rows is set off by the same separator (one
//            space in web text, one line break in Word's save-as-text, one cell per line):
//            a separator written twice is an empty cell between (予以公开␣␣0␣0…, a blank
//            line between a label and its numbers).
//   columns  numbers aligned in columns by runs of spaces (pdftotext -layout): a row's
//            numbers fall under the numbers of the nearest full rows on the same page,
//            and the column none falls under is the blank one.
//
// Only when every number falls into exactly one cell is the row placed; otherwise the
// row stays as it was (unreadable, GR108). Each incomplete row looks at a bounded number of
// neighbouring rows and characters: reading stays linear.

import type { Span } from '../model';

export interface PlacedToken {
  start: number;
  end: number;
  /** Written right after the previous token, without a separator. */
  glued?: boolean;
  word?: boolean;
}

export interface PlacingRow {
  labels: PlacedToken[];
  numbers: PlacedToken[];
  expected?: number;
  table?: number | string;
}

/** Full rows looked at on each side of an incomplete row. */
const NEIGHBOURS = 4;
/** A line longer than this is not a table line laid out in columns. */
const MAX_LINE = 512;

/** Blank cells placed for the rows where their place is certain: the row's cells, blanks included. */
export function placeBlanks(text: string, rows: PlacingRow[]): Map<PlacingRow, Span[]> {
  const placed = new Map<PlacingRow, Span[]>();
  const units = new Map<PlacingRow['table'], string | undefined>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!incomplete(row)) continue;
    if (!units.has(row.table)) units.set(row.table, tableUnit(text, rows, row.table));
    const unit = units.get(row.table);
    const cells = unit !== undefined ? bySlots(text, row, unit) : byColumns(text, rows, i);
    if (cells) placed.set(row, cells);
  }
  return placed;
}

/** A row with some numbers but fewer than its columns, each set apart from the one before. */
function incomplete(row: PlacingRow): boolean {
  const n = row.numbers.length;
  return (
    row.expected !== undefined &&
    n > 0 &&
    n < row.expected &&
    row.labels.length > 0 &&
    row.numbers.every((t) => !t.glued && !t.word) &&
    row.labels[row.labels.length - 1].end <= row.numbers[0].start
  );
}

function full(row: PlacingRow): boolean {
  return row.expected !== undefined && row.numbers.length === row.expected && row.numbers.every((t) => !t.glued && !t.word);
}

const LABEL_CLOSE = /^[”’"'）)\]】」』]+/;

/** The white space before each number of the row: after its label, then after each number. */
function separators(text: string, row: PlacingRow): string[] | undefined {
  const out: string[] = [];
  let from = row.labels[row.labels.length - 1].end;
  for (const n of row.numbers) {
    if (n.start < from) return undefined;
    let sep = text.slice(from, n.start);
    // The label's closing quote or bracket, left out of the label token (稳定”).
    if (n === row.numbers[0]) sep = sep.replace(LABEL_CLOSE, '');
    if (sep === '' || /\S/.test(sep)) return undefined;
    out.push(sep);
    from = n.end;
  }
  return out;
}

/** The one separator every full row of the table sets its cells off by, if there is one. */
function tableUnit(text: string, rows: PlacingRow[], table: PlacingRow['table']): string | undefined {
  let unit: string | undefined;
  for (const row of rows) {
    if (row.table !== table || !full(row) || row.labels.length === 0) continue;
    const seps = separators(text, row);
    if (!seps) return undefined;
    for (const sep of seps) {
      if (unit === undefined) unit = sep;
      else if (sep !== unit) return undefined;
    }
  }
  return unit;
}

/** Slots: each separator written k + 1 times holds k blank cells, in its middle. */
function bySlots(text: string, row: PlacingRow, unit: string): Span[] | undefined {
  const seps = separators(text, row);
  if (!seps) return undefined;
  const cells: Span[] = [];
  let blanks = 0;
  seps.forEach((sep, i) => {
    const n = row.numbers[i];
    const k = sep.length / unit.length - 1;
    if (Number.isInteger(k) && sep === unit.repeat(k + 1)) {
      const sepStart = n.start - sep.length;
      for (let b = 1; b <= k; b++) cells.push(blank(sepStart + b * unit.length));
      blanks += k;
    } else blanks = Number.NaN;
    cells.push(cell(text, n));
  });
  return blanks === row.expected! - row.numbers.length ? cells : undefined;
}

/** The column of an offset on its line (characters, as pdftotext lays them out), or undefined past MAX_LINE. */
export function columnOf(text: string, offset: number): { column: number; lineStart: number } | undefined {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') {
    if (offset - i > MAX_LINE) return undefined;
    i--;
  }
  // A page break (form feed) opens the first line of a page and takes no column.
  const feed = text[i] === '\f' ? 1 : 0;
  return { column: offset - i - feed, lineStart: i + feed };
}

interface Placed {
  columns: { start: number; end: number }[];
  lineStart: number;
  lineEnd: number;
}

/** The row's numbers on one line, with their columns; undefined when on several lines. */
function onOneLine(text: string, row: PlacingRow): Placed | undefined {
  const first = columnOf(text, row.numbers[0].start);
  if (!first) return undefined;
  const columns = [];
  for (const n of row.numbers) {
    const column = n.start - first.lineStart;
    if (/[\n\r\f]/.test(text.slice(row.numbers[0].start, n.end))) return undefined;
    columns.push({ start: column, end: column + (n.end - n.start) });
  }
  let lineEnd = row.numbers[row.numbers.length - 1].end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') {
    if (lineEnd - first.lineStart > MAX_LINE) return undefined;
    lineEnd++;
  }
  return { columns, lineStart: first.lineStart, lineEnd };
}

/** The nearest full row of the same table on each side, on the same page. */
function anchors(text: string, rows: PlacingRow[], at: number): Placed[] {
  const row = rows[at];
  const found: Placed[] = [];
  for (const step of [-1, 1]) {
    for (let k = at + step, seen = 0; k >= 0 && k < rows.length && seen < NEIGHBOURS; k += step, seen++) {
      const other = rows[k];
      if (other.table !== row.table || !full(other)) continue;
      const [a, b] = step < 0 ? [other.numbers[0].start, row.numbers[0].start] : [row.numbers[0].start, other.numbers[0].start];
      // Another page may set its columns elsewhere.
      if (b - a > MAX_LINE * NEIGHBOURS || text.slice(a, b).includes('\f')) break;
      const placed = onOneLine(text, other);
      if (placed) found.push(placed);
      break;
    }
  }
  return found;
}

/** The column under which each number of the row falls, by one full row; undefined unless exactly one each. */
function assign(row: Placed, anchor: Placed): number[] | undefined {
  const out: number[] = [];
  for (const c of row.columns) {
    const under = anchor.columns.flatMap((a, j) => (a.start < c.end && c.start < a.end ? [j] : []));
    if (under.length !== 1 || (out.length > 0 && under[0] <= out[out.length - 1])) return undefined;
    out.push(under[0]);
  }
  return out;
}

/** Columns: the row's numbers fall under those of the full rows next to it; the columns left are blank. */
function byColumns(text: string, rows: PlacingRow[], at: number): Span[] | undefined {
  const row = rows[at];
  const here = onOneLine(text, row);
  if (!here) return undefined;
  const near = anchors(text, rows, at);
  if (near.length === 0) return undefined;
  const assigned = near.map((a) => assign(here, a));
  const first = assigned[0];
  if (!first || assigned.some((a) => !a || a.join() !== first.join())) return undefined;
  const anchor = near[0];
  // A full row of another block of the table (table 1's blocks have one or three columns)
  // has no column for each of this row's cells: nothing placed by it.
  if (anchor.columns.length < row.expected!) return undefined;
  const cells: Span[] = [];
  let next = 0;
  for (let j = 0; j < row.expected!; j++) {
    if (first[next] === j) {
      cells.push(cell(text, row.numbers[next]));
      next++;
      continue;
    }
    // The blank's place: under its column, with white space kept on both sides.
    // Before the first number: what the line holds left of it (a wrapped label's words).
    const before = next > 0 ? row.numbers[next - 1].end : textEnd(text, here.lineStart, row.numbers[0].start);
    const after = next < row.numbers.length ? row.numbers[next].start : here.lineEnd;
    const lowest = before === here.lineStart ? before : before + 1;
    const want = here.lineStart + anchor.columns[j].start;
    const at = Math.min(Math.max(want, lowest), after - 1);
    if (at < lowest || at >= after || /\S/.test(text.slice(before, after))) return undefined;
    cells.push(blank(at));
  }
  return cells;
}

/** Where the text of [lineStart, end) stops, white space at its end left out. */
function textEnd(text: string, lineStart: number, end: number): number {
  let i = end;
  while (i > lineStart && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u3000')) i--;
  return i;
}

function cell(text: string, t: PlacedToken): Span {
  return { text: text.slice(t.start, t.end), start: t.start, end: t.end };
}

function blank(at: number): Span {
  return { text: '', start: at, end: at };
}
