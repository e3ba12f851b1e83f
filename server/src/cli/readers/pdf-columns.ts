// Tables of a PDF page drawn without borders (the "stream" way of Tabula and pdfplumber,
// led by the format). With no lines to cut cells by, the table's columns come from its
// header: the format names every column (自然人 … 总计, 结果维持 … 总计, 信息内容 · 本年制发件数 …),
// and a header cell is text stacked in one place, one line or several (商业 / 企业, one
// character a line in a narrow column). The header labels found in the format's order give
// each column's x-extent; every piece of text below goes to the column whose extent holds
// it, and the table goes on while each line's pieces do. Rows come from the figures: the
// figures of a row stand on one baseline, and the lines of its label sit beside them —
// level with them (cells aligned to the top) or centred on them (Word's and LibreOffice's
// 居中); group labels (三、本年度办理结果, （三）不予公开) stand apart, in a column of their
// own. Only a reading with exactly one answer is taken: a table whose header is found but
// whose rows cannot be told apart with confidence is left to the line reading and named
// (`unsure`), so that the caller says once that it could not be read rather than
// reporting what a guess made of it.

import { bestMatch } from '../../engine/parse/match';
import { LABEL_MATCH, SHAPE_LABEL_MATCH } from '../../engine/heuristics';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019 } from '../../engine/format/table1';
import { TABLE2_COLUMNS, TABLE2_GROUPS } from '../../engine/format/table2';
import { TABLE3_COLUMNS } from '../../engine/format/table3';
import type { ColumnSpec } from '../../engine/format/labels';
import type { GridCell, GridRow, Piece } from './pdf-grid';
import { startsSection } from './pdf-headings';

/** Pieces whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.5;
/** Pieces closer than this many font sizes are one run of text (one cell's line). */
const JOIN_GAP = 0.5;
/** Successive lines of one cell: between these many font sizes apart. */
const PITCH_MIN = 0.9;
const PITCH_MAX = 1.8;
/** Lines of one table (header or body) are at most this many font sizes apart. */
const TABLE_GAP = 2.6;
/** How far (font sizes) a piece may reach past its column's extent. */
const SLACK = 0.25;
/** How far (font sizes) a row's label may sit from where its figures say it should. */
const ROW_TOLERANCE = 0.3;
/** Font sizes within this ratio are the same (table text, not a heading). */
const SAME_SIZE = 0.15;
/** The longest header cell, in lines (a six-character label one character a line). */
const MAX_STACK = 12;
/** A stack stops growing past this many characters (the format's longest header or group label is 9). */
const MAX_STACK_TEXT = 16;
/** Past this many short runs of text on a page, headers are not looked for (the line reading is used). */
const MAX_FRAGMENTS = 3000;

export type TableId = 1 | 2 | 3;

interface Fragment {
  pieces: Piece[];
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  pieces: Piece[];
}

/** A header the format names: the table, and its columns' labels in order. */
interface HeaderSpec {
  table: TableId;
  /** Table 1's first column (信息内容) holds the row labels. */
  labelColumn: boolean;
  columns: ColumnSpec[];
}

function uniqueBlocks(): HeaderSpec[] {
  const seen = new Set<string>();
  const out: HeaderSpec[] = [];
  for (const block of [...TABLE1_BLOCKS, ...TABLE1_BLOCKS_2019]) {
    const key = block.columns.map((c) => c.label).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ table: 1, labelColumn: true, columns: block.columns });
  }
  return out;
}

const HEADERS: HeaderSpec[] = [
  { table: 2, labelColumn: false, columns: TABLE2_COLUMNS },
  { table: 3, labelColumn: false, columns: [...TABLE3_COLUMNS, ...TABLE3_COLUMNS, ...TABLE3_COLUMNS] },
  ...uniqueBlocks(),
];

const GROUPS = TABLE2_GROUPS.map((label) => ({ label }));
/** Figures and what clerks write in a figure's place. */
const VALUE = /^(?:[-−－+]?[0-9０-９][0-9０-９,，.．]*|[/／—–-]+|无)$/;
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;
/** The number a row label of table 2 starts with: 一、 （一） 1. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|[0-9０-９]+[.．、])/;
const BLOCK_HEADING = /^第二十条第/;

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_SIZE * Math.max(a, b);
}

/** Pieces on one baseline, top to bottom. */
function linesOf(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - p.y) < SAME_LINE * Math.max(line.size, p.size)) {
      line.pieces.push(p);
      line.size = Math.max(line.size, p.size);
    } else lines.push({ y: p.y, size: p.size, pieces: [p] });
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  return lines;
}

/** Runs of touching pieces on one line: a cell's line of text each. */
function fragmentsOf(pieces: Piece[], y: number): Fragment[] {
  const out: Fragment[] = [];
  for (const p of [...pieces].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && p.x - last.x1 <= JOIN_GAP * p.size) {
      last.pieces.push(p);
      last.text += p.str.trim();
      last.x1 = Math.max(last.x1, p.x + p.width);
      last.size = Math.max(last.size, p.size);
    } else out.push({ pieces: [p], text: p.str.trim(), x0: p.x, x1: p.x + p.width, y, size: p.size });
  }
  return out;
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;

/** Text stacked down one place, one fragment a line: a header cell or a group label. */
interface Stack {
  fragments: Fragment[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

function stackOf(fragments: Fragment[]): Stack {
  return {
    fragments,
    text: fragments.map((f) => f.text).join(''),
    x0: Math.min(...fragments.map((f) => f.x0)),
    x1: Math.max(...fragments.map((f) => f.x1)),
    top: fragments[0].y,
    bottom: fragments[fragments.length - 1].y,
  };
}

/** Every stack starting at each fragment: the fragment, then those under it, line by line. */
function stacks(fragments: Fragment[]): Stack[] {
  const byY = [...fragments].sort((a, b) => b.y - a.y);
  const below = (f: Fragment) =>
    byY.filter((g) => g !== f && f.y - g.y >= PITCH_MIN * f.size && f.y - g.y <= PITCH_MAX * f.size && overlaps(f, g));
  const out: Stack[] = [];
  const grow = (chain: Fragment[]) => {
    out.push(stackOf(chain));
    if (chain.length >= MAX_STACK || chain.reduce((n, f) => n + f.text.length, 0) > MAX_STACK_TEXT) return;
    for (const g of below(chain[chain.length - 1])) grow([...chain, g]);
  };
  for (const f of byY) grow([f]);
  return out;
}

interface Matched {
  stack: Stack;
  column: ColumnSpec;
  score: number;
}

/** The best reading of each place as one of the labels: stacks that share a fragment keep the better. */
function labelStacks(all: Stack[], labels: readonly ColumnSpec[] | readonly { label: string }[], threshold: number): Matched[] {
  const found: Matched[] = [];
  for (const stack of all) {
    const m = bestMatch(stack.text, labels as ColumnSpec[], threshold);
    if (m) found.push({ stack, column: m.item, score: m.score });
  }
  found.sort((a, b) => b.score - a.score || b.stack.fragments.length - a.stack.fragments.length);
  const used = new Set<Fragment>();
  const kept: Matched[] = [];
  for (const m of found) {
    if (m.stack.fragments.some((f) => used.has(f))) continue;
    for (const f of m.stack.fragments) used.add(f);
    kept.push(m);
  }
  return kept;
}

export interface Header {
  spec: HeaderSpec;
  /** The columns' stacks, left to right. */
  columns: Stack[];
  top: number;
  bottom: number;
  size: number;
}

/** Headers of the format on the page: its labels, in its order, side by side. */
export function findHeaders(lines: Line[]): Header[] {
  const fragments = lines.flatMap((l) => fragmentsOf(l.pieces, l.y)).filter((f) => !VALUE.test(f.text) && f.text.length <= 20);
  // A page of thousands of short runs (a character per item, a chart's labels) is no table's page.
  if (fragments.length > MAX_FRAGMENTS) return [];
  const all = stacks(fragments);
  const out: Header[] = [];
  for (const spec of HEADERS) {
    const matched = labelStacks(all, spec.columns, LABEL_MATCH);
    // Stacks close together (their lines within a table's line gap) make one header.
    matched.sort((a, b) => b.stack.top - a.stack.top);
    const clusters: Matched[][] = [];
    for (const m of matched) {
      const near = clusters.find((c) =>
        c.some(
          (o) =>
            m.stack.top >= o.stack.bottom - TABLE_GAP * o.stack.fragments[0].size &&
            o.stack.top >= m.stack.bottom - TABLE_GAP * m.stack.fragments[0].size,
        ),
      );
      if (near) near.push(m);
      else clusters.push([m]);
    }
    for (const cluster of clusters) {
      cluster.sort((a, b) => a.stack.x0 + a.stack.x1 - (b.stack.x0 + b.stack.x1));
      if (cluster.length !== spec.columns.length) continue;
      if (!cluster.every((m, i) => m.column === spec.columns[i])) continue;
      // Side by side: each column right of the one before.
      if (!cluster.every((m, i) => i === 0 || m.stack.x0 >= cluster[i - 1].stack.x1 - SLACK * m.stack.fragments[0].size)) continue;
      const size = cluster[0].stack.fragments[0].size;
      out.push({
        spec,
        columns: cluster.map((m) => m.stack),
        top: Math.max(...cluster.map((m) => m.stack.top)),
        bottom: Math.min(...cluster.map((m) => m.stack.bottom)),
        size,
      });
    }
  }
  return out.sort((a, b) => b.top - a.top);
}

/** Where each figure column's cells lie: up to halfway to the next column's header. */
export interface Bands {
  table: TableId;
  /** Left edge of the first figure column: row labels stand left of it. */
  labelRight: number;
  /** Figure columns: [from, to] each. */
  columns: [number, number][];
  size: number;
}

function bandsOf(header: Header): Bands {
  const figures = header.spec.labelColumn ? header.columns.slice(1) : header.columns;
  const columns: [number, number][] = [];
  for (let i = 0; i < figures.length; i++) {
    const left = i > 0 ? (figures[i - 1].x1 + figures[i].x0) / 2 : undefined;
    const right = i + 1 < figures.length ? (figures[i].x1 + figures[i + 1].x0) / 2 : undefined;
    columns.push([left ?? -Infinity, right ?? Infinity]);
  }
  // The outer edges: as far out as the nearest inner edge is from the header's text, at least
  // two characters (a figure wider than a one-character label).
  const first = figures[0];
  const last = figures[figures.length - 1];
  const reach = (s: Stack, edge: number) => Math.max(2 * header.size, Math.abs(edge - (s.x0 + s.x1) / 2));
  const firstRight = columns[0][1];
  const lastLeft = columns[columns.length - 1][0];
  const labelColumn = header.spec.labelColumn ? header.columns[0] : undefined;
  columns[0][0] = labelColumn
    ? (labelColumn.x1 + first.x0) / 2
    : (first.x0 + first.x1) / 2 - reach(first, Number.isFinite(firstRight) ? firstRight : first.x1);
  columns[columns.length - 1][1] = (last.x0 + last.x1) / 2 + reach(last, Number.isFinite(lastLeft) ? lastLeft : last.x0);
  return { table: header.spec.table, labelRight: columns[0][0], columns, size: header.size };
}

/** The figure column holding a piece, 'label' left of them, or undefined when it is not one place. */
function placeOf(p: { x: number; width: number; size: number }, bands: Bands): number | 'label' | undefined {
  const slack = SLACK * p.size;
  const x1 = p.x + p.width;
  if (x1 <= bands.labelRight + slack) return bands.table === 3 ? undefined : 'label';
  const middle = p.x + p.width / 2;
  const i = bands.columns.findIndex(([a, b]) => middle >= a && middle < b);
  if (i < 0) return undefined;
  const [a, b] = bands.columns[i];
  return p.x >= a - slack && x1 <= b + slack ? i : undefined;
}

/** A piece holding figures of two columns ("0 0"): split at its spaces, by the width of its characters. */
function splitPiece(p: Piece): Piece[] {
  const words = [...p.str.matchAll(/\S+/g)];
  if (words.length < 2 || !words.every((w) => VALUE.test(w[0]))) return [p];
  const per = p.width / Math.max(1, p.str.length);
  return words.map((w) => {
    const part = { ...p, str: w[0], x: p.x + (w.index ?? 0) * per, width: w[0].length * per };
    origins.set(part, p);
    return part;
  });
}

/** The piece of the page each split part came from: what is taken from the line reading. */
const origins = new WeakMap<Piece, Piece>();
const originOf = (p: Piece) => origins.get(p) ?? p;

interface BodyLine {
  y: number;
  size: number;
  labels: Piece[];
  /** Text per figure column. */
  values: Map<number, Piece[]>;
}

/** The line's pieces in their places, or undefined when a piece is in none (the table ends). */
function placeLine(line: Line, bands: Bands): BodyLine | undefined {
  if (!sameSize(line.size, bands.size)) return undefined;
  const out: BodyLine = { y: line.y, size: line.size, labels: [], values: new Map() };
  let before: { piece: Piece; place: number | 'label' } | undefined;
  for (const piece of line.pieces.flatMap(splitPiece)) {
    const place = placeOf(piece, bands);
    if (place === undefined) return undefined;
    // Text running on across a column's edge is one cell wider than the column (a block's
    // heading over the figure columns, a line of prose): not a row of this table.
    if (before && before.place !== place && piece.x - (before.piece.x + before.piece.width) <= JOIN_GAP * piece.size) {
      if (!(VALUE.test(before.piece.str.trim()) && VALUE.test(piece.str.trim()))) return undefined;
    }
    before = { piece, place };
    if (place === 'label') out.labels.push(piece);
    else out.values.set(place, [...(out.values.get(place) ?? []), piece]);
  }
  // The next block of table 1 starts: its heading (第二十条第…) or its header (信息内容 …).
  const text = line.pieces.map((p) => p.str.trim()).join('');
  if (BLOCK_HEADING.test(text) || /^信息内容/.test(text)) return undefined;
  // The next section's heading (三、收到和处理政府信息公开申请情况; no figure beside it), short
  // enough to stand in the label column and in the table's size: at the top of the page after
  // a table that ended at the page's foot, it was read as the rest of the table's last row
  // (行政事业性收费三、依申请公开情况), and the row came out missing.
  if (out.values.size === 0 && startsSection(text)) return undefined;
  return out;
}

type Mode = 'centre' | 'top';

interface Run {
  from: number;
  to: number;
}

/**
 * Label lines (top to bottom) given to the rows (their figures' baselines, top to bottom),
 * each row a run of consecutive lines level with its figures (top) or centred on them.
 * `orphans`: lines before the first row that may be the rest of a row the page break cut.
 */
function partition(
  lines: number[],
  rows: number[],
  mode: Mode,
  size: number,
  orphans: boolean,
): { prefix: number; runs: Run[]; trailing: number } | undefined {
  const tol = ROW_TOLERANCE * size;
  let start = 0;
  if (mode === 'top') {
    start = lines.findIndex((y) => Math.abs(y - rows[0]) <= tol);
    if (start < 0 || (start > 0 && !orphans)) return undefined;
  }
  const tryFrom = (first: number) => {
    const runs: Run[] = [];
    let a = first;
    for (let i = 0; i < rows.length; i++) {
      if (a >= lines.length) return undefined;
      let b: number | undefined;
      if (mode === 'top') {
        if (Math.abs(lines[a] - rows[i]) > tol) return undefined;
        b = a;
        const next = rows[i + 1];
        // Up to the line level with the next row's figures; the last row takes the lines that follow it closely.
        while (b + 1 < lines.length && (next === undefined ? lines[b] - lines[b + 1] <= PITCH_MAX * size : lines[b + 1] > next + tol)) b++;
      } else {
        let sum = 0;
        for (let k = a; k < lines.length; k++) {
          sum += lines[k];
          const mean = sum / (k - a + 1);
          if (Math.abs(mean - rows[i]) <= tol) {
            b = k;
            break;
          }
          if (mean < rows[i] - tol) break;
        }
        if (b === undefined) return undefined;
      }
      runs.push({ from: a, to: b });
      a = b + 1;
    }
    return { prefix: first, runs, trailing: lines.length - a };
  };
  if (mode === 'top') return tryFrom(start);
  for (let first = 0; first <= (orphans ? lines.length - 1 : 0); first++) {
    const got = tryFrom(first);
    if (got) return got;
  }
  return undefined;
}

const sameParts = (a: ReturnType<typeof partition>, b: ReturnType<typeof partition>) =>
  a !== undefined &&
  b !== undefined &&
  a.prefix === b.prefix &&
  a.trailing === b.trailing &&
  a.runs.every((r, i) => r.from === b.runs[i].from && r.to === b.runs[i].to);

/** A cell left of the figures in a row: where its text stands, and its edges as written. */
export interface CutCell {
  x0: number;
  x1: number;
  edges: [number, number];
}

/** A table running on past the page's foot: its columns, for the next page's top. */
export interface Carry {
  bands: Bands;
  /** The label cell's edges in the rows written so far (for joining a row the break cut). */
  labelCell: [number, number];
  /**
   * The cells left of the figures in the last row written (a group label beside the row's
   * label, then the label): the row the break may have cut, whose cells may all go on.
   */
  cutCells?: CutCell[];
  /** The table could not be read on the page before: its rest here is not read either. */
  unsure?: true;
}

/** The start of a header at a page's foot: its pieces, where they stand, and whose header it seems. */
export interface HeadCarry {
  pieces: Piece[];
  top: number;
  bottom: number;
  table: TableId;
}

export interface ColumnReading {
  rows: GridRow[];
  rest: Piece[];
  carry?: Carry;
  /** Tables whose header was found but whose rows could not be told apart: top and bottom on the page. */
  unsure: { table: TableId; top: number; bottom: number; continued?: true; fromHead?: true }[];
  /** Where on the page the table that goes on at the next page (`carry`) starts, when it starts on this page. */
  carryTop?: number;
  /** The start of a header at the page's foot (its lines, left to the line reading here): for the next page's `head`. */
  headCarry?: HeadCarry;
  /** The `head` given was read with this page, its lines here: they are to be taken from the page before. */
  headUsed?: true;
}

/** The text of a cell from its pieces: lines top to bottom, each left to right. */
function textOf(pieces: Piece[]): string {
  return linesOf(pieces)
    .map((l) => l.pieces.map((p) => p.str.trim()).join(''))
    .join('');
}

/**
 * The rows of one table's body: from `lines` (already placed), starting at the first.
 * Returns the rows and how many lines they used, or undefined when they are not certain.
 */
function bodyRows(
  placed: BodyLine[],
  bands: Bands,
  continued: boolean,
  atFoot: boolean,
  labelCell: [number, number],
  cutCells?: CutCell[],
): { rows: GridRow[]; used: number; groupBelow?: true; cutCells?: CutCell[] } | undefined {
  const rowLines = placed.filter((l) => l.values.size > 0);
  const size = bands.size;
  if (rowLines.length === 0 && !continued) {
    // A header and nothing under it: the rows are missing, as the engine will say.
    if (placed.length === 0) return { rows: [], used: 0 };
    // Table 1's rows are one line each: a label without a figure is a row left blank.
    if (bands.table !== 1 || placed.some((l, i) => i > 0 && placed[i - 1].y - l.y > PITCH_MAX * size)) return undefined;
    return {
      rows: placed.map((l) => ({
        y: l.y,
        cells: [
          { text: textOf(l.labels), x0: labelCell[0], x1: labelCell[1] },
          ...bands.columns.map(([a, b]) => ({ text: '', x0: a, x1: b })),
        ],
      })),
      used: placed.length,
    };
  }
  if (rowLines.length === 0) {
    // At the top of a page, only the rest of the label of the row the break cut.
    if (placed.length === 0 || !placed.every((l, i) => i === 0 || placed[i - 1].y - l.y <= PITCH_MAX * size)) return undefined;
    const fragments = placed.flatMap((l) => fragmentsOf(l.labels, l.y));
    const row = {
      y: placed[0].y,
      cells: [...restCells(fragments, labelCell, cutCells), ...bands.columns.map(([a, b]) => ({ text: '', x0: a, x1: b }))],
    };
    // The row the break cut is still the last.
    return { rows: [row], used: placed.length, ...(cutCells ? { cutCells } : {}) };
  }
  // Group labels of table 2 in their own column: stacks of label text that read as a group.
  // One alone beside a row's figures may be that row's label (the 2019 format's （六）其他处理
  // is a row): read first as groups, then, if the rows do not come out, as labels.
  const labelFragments = placed.flatMap((l) => fragmentsOf(l.labels, l.y));
  const candidates =
    bands.table === 2
      ? labelStacks(stacks(labelFragments), GROUPS as unknown as ColumnSpec[], SHAPE_LABEL_MATCH).map((m) => ({
          stack: m.stack,
          alone: m.stack.fragments.some((f) =>
            rowLines.some(
              (r) =>
                Math.abs(r.y - f.y) < SAME_LINE * size && labelFragments.filter((g) => Math.abs(g.y - f.y) < SAME_LINE * size).length === 1,
            ),
          ),
        }))
      : [];
  // A row the page's foot cuts: its figures stand level with the part of its label above
  // the break, and the label's next lines follow them, as far as the page goes.
  const atFootCut = (p: NonNullable<ReturnType<typeof partition>>, labelLines: { y: number }[]) => {
    if (!atFoot || p.trailing === 0 || p.runs.length === 0) return p;
    const last = p.runs[p.runs.length - 1];
    const rest = labelLines.slice(last.to);
    if (!rest.every((l, i) => i === 0 || rest[i - 1].y - l.y <= PITCH_MAX * size)) return p;
    return { ...p, runs: [...p.runs.slice(0, -1), { from: last.from, to: labelLines.length - 1 }], trailing: 0 };
  };
  const attempt = (groups: Stack[]) => {
    const groupFragments = new Set(groups.flatMap((g) => g.fragments));
    // The label lines: what is left of each line's label text.
    const labelLines: { y: number; fragments: Fragment[] }[] = [];
    for (const line of placed) {
      const own = labelFragments.filter((f) => f.y === line.y && !groupFragments.has(f));
      if (own.length > 0) labelLines.push({ y: line.y, fragments: own });
    }
    if (bands.table === 3 || labelLines.length === 0) {
      return labelLines.length > 0 ? undefined : { groups, labelLines, parts: { prefix: 0, runs: [] as Run[], trailing: 0 } };
    }
    const found = (['centre', 'top'] as Mode[])
      .map((mode) =>
        partition(
          labelLines.map((l) => l.y),
          rowLines.map((r) => r.y),
          mode,
          size,
          continued,
        ),
      )
      .filter((p) => p !== undefined)
      .map((p) => atFootCut(p, labelLines))
      // Each row's label starts with its number (1. （一） 一、): a numbered line inside a run starts the next row.
      .filter((p) =>
        p.runs.every((run) => labelLines.slice(run.from + 1, run.to + 1).every((l) => !l.fragments.some((f) => NUMBERED.test(f.text)))),
      );
    if (found.length === 0 || !found.every((p) => sameParts(p, found[0]))) return undefined;
    return { groups, labelLines, parts: found[0] };
  };
  const reading =
    attempt(candidates.map((c) => c.stack)) ??
    (candidates.some((c) => c.alone) ? attempt(candidates.filter((c) => !c.alone).map((c) => c.stack)) : undefined);
  if (!reading) return undefined;
  const { labelLines, parts } = reading;
  const rowsY = rowLines.map((r) => r.y);
  // Label lines past the last row's are not the table's (a note under it is read as text).
  const lastLabelY = parts.runs.length > 0 ? labelLines[parts.runs[parts.runs.length - 1].to].y : Infinity;
  const rowsEnd = Math.min(rowsY[rowsY.length - 1], lastLabelY);
  // Nor is a group label that starts below them: no row of it is here (its rows are on the
  // next page, or it is no group). It is read as text, like those lines; given to the last
  // row, it would be in a row while its line is left to the line reading: its text twice.
  const groups = reading.groups.filter((g) => g.top >= rowsEnd);
  // A group beside the rows may reach lower than they do (a character a line): the table
  // goes down to its last line, so that what a row holds is taken from the line reading.
  const lastY = Math.min(rowsEnd, ...groups.map((g) => g.bottom));
  // lastY is a placed line's own y (rows, label lines and groups keep their line's), and the
  // lines are already told apart: no tolerance, which would take the next line with it (half
  // a size below is another line) while no row holds its text.
  const used = placed.findIndex((l) => l.y < lastY);
  let usedCount = used < 0 ? placed.length : used;
  // At the page's foot, nothing under the rows but table 2's group labels: their rows are on
  // the next page, where the table goes on (read by its columns, not left to the line reading).
  const below = reading.groups.filter((g) => g.top < rowsEnd);
  const belowFragments = new Set(below.flatMap((g) => g.fragments));
  const groupBelow =
    atFoot &&
    usedCount < placed.length &&
    placed
      .slice(usedCount)
      .every((l) => l.values.size === 0 && labelFragments.filter((f) => f.y === l.y).every((f) => belowFragments.has(f)));
  // A label over several lines (（三）不 | 予公开) would come out of the line reading as lines
  // of their own, each read as something else: it is a row of its own, its text joined. One
  // line is left to the line reading, which reads it whole.
  const footGroups = groupBelow && below.every((g) => g.top !== g.bottom) ? below : [];
  if (footGroups.length > 0) usedCount = placed.length;
  const out: GridRow[] = [];
  const cellsOf = (row: BodyLine): GridCell[] =>
    bands.columns.map(([a, b], i) => ({ text: textOf(row.values.get(i) ?? []), x0: a, x1: b }));
  if (parts.prefix > 0) {
    // The rest of a row the page break cut: its label only, joined to the row above by the reader.
    const fragments = labelLines.slice(0, parts.prefix).flatMap((l) => l.fragments);
    out.push({
      y: labelLines[0].y,
      cells: [...restCells(fragments, labelCell, cutCells), ...bands.columns.map(([a, b]) => ({ text: '', x0: a, x1: b }))],
    });
  }
  const groupAt = new Map<number, Stack[]>();
  for (const g of groups) {
    // Written on the row beside its first line, or the first row under it.
    let at = rowLines.findIndex((r, i) => {
      const run = parts.runs[i];
      const top = run ? labelLines[run.from].y : r.y;
      return top <= g.top + SAME_LINE * size;
    });
    if (at < 0) at = rowLines.length - 1;
    groupAt.set(at, [...(groupAt.get(at) ?? []), g]);
  }
  // The last row's cells left of its figures: the row a page break may cut (see restCells).
  let cut: CutCell[] | undefined;
  rowLines.forEach((row, i) => {
    const run = parts.runs[i];
    const cells: GridCell[] = [];
    const at: CutCell[] = [];
    for (const g of groupAt.get(i) ?? []) {
      cells.push({ text: g.text, x0: g.x0, x1: g.x1 });
      at.push({ x0: g.x0, x1: g.x1, edges: [g.x0, g.x1] });
    }
    let top = row.y;
    if (run) {
      const lines = labelLines.slice(run.from, run.to + 1);
      top = Math.max(top, lines[0].y);
      // Text side by side is in cells side by side (a group's first character beside the row's
      // label); the row's own label is the last, in the label column's edges.
      const cellsOfLabel = clusters(lines.flatMap((l) => l.fragments));
      cellsOfLabel.forEach((c, k) => {
        const last = k === cellsOfLabel.length - 1;
        cells.push(last ? { text: c.text, x0: labelCell[0], x1: labelCell[1] } : c);
        at.push({ x0: c.x0, x1: c.x1, edges: last ? labelCell : [c.x0, c.x1] });
      });
    }
    cut = run ? at : undefined;
    out.push({ y: top, cells: [...cells, ...cellsOf(row)] });
  });
  if (footGroups.length > 0) cut = undefined;
  for (const g of footGroups) out.push({ y: g.top, cells: [{ text: g.text, x0: g.x0, x1: g.x1 }] });
  const read = { rows: out, used: usedCount, ...(cut ? { cutCells: cut } : {}) };
  return groupBelow ? { ...read, groupBelow } : read;
}

/**
 * The rest of a row the page break cut, at the next page's top: its label text, in the cells
 * of that row it stands under (`cutCells`: a group label beside the row's label goes on
 * too, （四）无法提 | 供 beside 1.本机关不掌握相关 | 政府信息), each with that cell's edges so
 * that the reader joins it there. Text under no such cell, or when the row's cells are not
 * known, is the label's.
 */
function restCells(fragments: Fragment[], labelCell: [number, number], cutCells?: CutCell[]): GridCell[] {
  if (!cutCells || cutCells.length < 2) return [{ text: textOf(fragments.flatMap((f) => f.pieces)), x0: labelCell[0], x1: labelCell[1] }];
  const parts = cutCells.map(() => [] as Piece[]);
  for (const f of fragments) {
    // The cell whose text it stands most under; the label's when under none.
    const overlap = (cell: CutCell) => Math.min(cell.x1, f.x1) - Math.max(cell.x0, f.x0);
    let best = cutCells.length - 1;
    cutCells.forEach((cell, i) => {
      if (overlap(cell) > Math.max(0, overlap(cutCells[best]))) best = i;
    });
    parts[best].push(...f.pieces);
  }
  return cutCells.map((cell, i) => ({ text: textOf(parts[i]), x0: cell.edges[0], x1: cell.edges[1] }));
}

/** Fragments that overlap across lines as cells, left to right, each its text top to bottom. */
function clusters(fragments: Fragment[]): GridCell[] {
  const groups: Fragment[][] = [];
  for (const f of [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const hits = groups.filter((g) => g.some((o) => overlaps(o, f)));
    const merged = [...hits.flat(), f];
    for (const h of hits) groups.splice(groups.indexOf(h), 1);
    groups.push(merged);
  }
  return groups
    .map((g) => ({ text: textOf(g.flatMap((f) => f.pieces)), x0: Math.min(...g.map((f) => f.x0)), x1: Math.max(...g.map((f) => f.x1)) }))
    .sort((a, b) => a.x0 - b.x0);
}

/** Header lines as rows: the cells spanning several columns by level, then the columns' labels. */
function headerRows(header: Header, lines: Line[]): { rows: GridRow[]; pieces: Set<Piece> } {
  const leaf = new Set(header.columns.flatMap((s) => s.fragments.flatMap((f) => f.pieces)));
  const pieces = new Set<Piece>(leaf);
  const rows: GridRow[] = [];
  // Upwards from the labels: lines of the table's size, close together, not a section's heading.
  const index = lines.findIndex((l) => l.y <= header.top + SAME_LINE * header.size);
  let top = index;
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    const text = line.pieces.map((p) => p.str).join('');
    if (!sameSize(line.size, header.size) || line.y - lines[i + 1].y > TABLE_GAP * header.size) break;
    if (SECTION_HEADING.test(text.trim()) || line.pieces.some((p) => VALUE.test(p.str.trim()))) break;
    top = i;
    if (BLOCK_HEADING.test(text.trim())) break;
  }
  const zone = lines.slice(top).filter((l) => l.y >= header.bottom - SAME_LINE * header.size);
  const extras: Fragment[] = zone.flatMap((l) =>
    fragmentsOf(
      l.pieces.filter((p) => !leaf.has(p)),
      l.y,
    ),
  );
  for (const f of extras) for (const p of f.pieces) pieces.add(p);
  // Extra cells written over several lines (the corner note) are joined; each level a row.
  const joined: Fragment[][] = [];
  for (const f of extras) {
    const above = joined.find((group) => {
      const last = group[group.length - 1];
      return (
        last.y - f.y <= PITCH_MAX * f.size &&
        last.y - f.y >= PITCH_MIN * f.size &&
        overlaps(last, f) &&
        !headerLabel(last.text) &&
        !headerLabel(f.text)
      );
    });
    if (above) above.push(f);
    else joined.push([f]);
  }
  const levels: { y: number; cells: GridCell[] }[] = [];
  for (const group of joined) {
    const s = stackOf(group);
    const level = levels.find((l) => Math.abs(l.y - s.top) < SAME_LINE * header.size);
    const cell = { text: s.text, x0: s.x0, x1: s.x1 };
    if (level) level.cells.push(cell);
    else levels.push({ y: s.top, cells: [cell] });
  }
  for (const level of levels.sort((a, b) => b.y - a.y)) rows.push({ y: level.y, cells: level.cells.sort((a, b) => a.x0 - b.x0) });
  rows.push({ y: header.top, cells: header.columns.map((s) => ({ text: s.text, x0: s.x0, x1: s.x1 })) });
  return { rows, pieces };
}

const EXTRA_LABELS = ['申请人情况', '法人或其他组织', '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'].map((label) => ({ label }));

function headerLabel(text: string): boolean {
  return bestMatch(text, EXTRA_LABELS, SHAPE_LABEL_MATCH) !== undefined;
}

function labelCellOf(bands: Bands, lines: BodyLine[]): [number, number] {
  const xs = lines.flatMap((l) => l.labels.map((p) => p.x));
  return [xs.length > 0 ? Math.min(...xs) : bands.labelRight - 1, bands.labelRight];
}

/**
 * The tables of a page drawn without borders, as rows of cells, and the pieces left for
 * the line reading. `carry`: the table the page before ended in, whose rows may go on at
 * this page's top.
 */
export function columnTables(pieces: Piece[], carry?: Carry, headCarry?: HeadCarry): ColumnReading {
  const head = headCarry?.pieces;
  // The start of a header at the page before's foot, set just above this page's top.
  if (headCarry && head && head.length > 0 && pieces.length > 0) {
    const { shifted, moved } = headAbove(head, pieces);
    const read = columnTablesOf([...shifted, ...pieces.map((p) => moved.get(p) ?? p)], carry);
    const rest = new Set(read.rest);
    // Used whole, by a table read here, or not at all: its lines stay on the page before.
    if (shifted.every((p) => !rest.has(p))) return { ...read, rest: pieces.filter((p) => rest.has(moved.get(p) ?? p)), headUsed: true };
    // A header found with it whose rows cannot be told apart: left to the line reading (its
    // start on the page before, its rest here), and named, from the page before.
    const top = Math.max(...pieces.map((p) => p.y));
    const named = read.unsure.filter((u) => u.top > top);
    if (named.length > 0) {
      const plain = columnTablesOf(pieces, carry);
      return {
        ...plain,
        unsure: [...plain.unsure, ...named.map((u) => ({ table: u.table, top, bottom: u.bottom, fromHead: true as const }))],
        ...(read.carry?.unsure && !plain.carry ? { carry: read.carry } : {}),
      };
    }
    // No header of the format even with it (the word processor clipped a cut cell's text: 结果 |
    // and nothing more): a table under it, its figures at this page's top, cannot be read
    // either. Left to the line reading, and named, from the page before.
    const plain = columnTablesOf(pieces, carry);
    const lines = linesOf(pieces);
    const size = Math.max(...head.map((p) => p.size));
    let end = 0;
    while (end + 1 < lines.length && sameSize(lines[end + 1].size, size) && lines[end].y - lines[end + 1].y <= TABLE_GAP * size) end++;
    const block = lines.slice(0, end + 1);
    const bottom = block[block.length - 1].y;
    const figures = block.some((l) => l.pieces.some((p) => VALUE.test(p.str.trim()) && /[0-9０-９]/.test(p.str)));
    const readHere =
      plain.rows.some((r) => r.y >= bottom - SAME_LINE * size) || plain.unsure.some((u) => u.top >= bottom - SAME_LINE * size);
    if (figures && !readHere && sameSize(block[0].size, size)) {
      return { ...plain, unsure: [...plain.unsure, { table: headCarry.table, top: block[0].y, bottom, fromHead: true }] };
    }
    return plain;
  }
  return columnTablesOf(pieces, carry);
}

/**
 * The pieces of `head` moved up the page to stand over `pieces`' top line, a line apart, as
 * if the page break had not been there; and the rest of the header cells at the page's top
 * (the lines above its first figure) set at their cells' top: a cell cut by the break goes on
 * at the top of its part, or centred or at the bottom there (商业企 | 业 one line or two
 * lower than 社会公 | 益组织), which would leave a gap in the stacked label.
 */
function headAbove(head: Piece[], pieces: Piece[]): { shifted: Piece[]; moved: Map<Piece, Piece> } {
  const headLines = linesOf(head);
  const size = Math.max(...head.map((p) => p.size));
  // A line of text apart: the closest lines of the head that are a line apart (not two cells' lines side by side, a few points apart).
  const gaps = headLines
    .slice(1)
    .map((l, i) => headLines[i].y - l.y)
    .filter((g) => g >= PITCH_MIN * size && g <= PITCH_MAX * size);
  const pitch = gaps.length > 0 ? Math.min(...gaps) : 1.4 * size;
  const lines = linesOf(pieces);
  const top = lines[0].y;
  const bottom = headLines[headLines.length - 1].y;
  const shifted = head.map((p) => ({ ...p, y: p.y - bottom + top + pitch }));
  // The rest of the header: the top lines in the header's size, close together, with no figure.
  const zone: Line[] = [];
  for (const line of lines) {
    if (!sameSize(line.size, size) || line.pieces.some((p) => VALUE.test(p.str.trim()))) break;
    if (zone.length > 0 && zone[zone.length - 1].y - line.y > TABLE_GAP * size) break;
    zone.push(line);
  }
  const moved = new Map<Piece, Piece>();
  const placed: Fragment[] = [];
  for (const line of zone) {
    for (const f of fragmentsOf(line.pieces, line.y)) {
      const above = placed.filter((g) => overlaps(g, f));
      const y = above.length > 0 ? Math.min(...above.map((g) => g.y)) - pitch : top;
      placed.push({ ...f, y });
      if (y !== f.y) for (const p of f.pieces) moved.set(p, { ...p, y: p.y - f.y + y });
    }
  }
  return { shifted, moved };
}

function columnTablesOf(pieces: Piece[], carry?: Carry): ColumnReading {
  // Page numbers (— 3 —, 第 3 页) are no table's: left to the line reading, which drops them.
  // A bare number is not taken for one here: it may be a row's figure on a line of its own.
  const lines = linesOf(pieces).filter(
    (l) =>
      !PAGE_NUMBER.test(
        l.pieces
          .map((p) => p.str)
          .join(' ')
          .trim(),
      ),
  );
  const taken = new Set<Piece>();
  const rows: GridRow[] = [];
  const unsure: ColumnReading['unsure'] = [];
  let next: Carry | undefined;
  let carryTop: number | undefined;
  const body = (from: number, bands: Bands, continued: boolean, labelCell?: [number, number], cutCells?: CutCell[]) => {
    const placed: BodyLine[] = [];
    for (let i = from; i < lines.length; i++) {
      const line = lines[i];
      if (i > from && lines[i - 1].y - line.y > TABLE_GAP * bands.size) break;
      const p = placeLine(line, bands);
      if (!p) break;
      placed.push(p);
    }
    const cell = labelCell ?? labelCellOf(bands, placed);
    // The table stopped at a line that still has figures under its columns (a label running
    // into them, a figure wider than its column): the rows below would be read another way.
    // Not certain: none of it is read by columns.
    const stop = lines[from + placed.length];
    const cut =
      stop !== undefined &&
      sameSize(stop.size, bands.size) &&
      stop.pieces.filter((p) => VALUE.test(p.str.trim()) && typeof placeOf(p, bands) === 'number').length >= 2;
    const read = cut ? undefined : bodyRows(placed, bands, continued, isLastOnPage(lines, from + placed.length), cell, cutCells);
    return { placed, read, cell };
  };
  // A table running on from the page before: its rows at the top of this page.
  if (carry?.unsure && lines.length > 0) {
    const { placed } = body(0, carry.bands, true, carry.labelCell);
    if (placed.length > 0) {
      unsure.push({ table: carry.bands.table, top: placed[0].y, bottom: placed[placed.length - 1].y, continued: true });
      if (isLastOnPage(lines, placed.length)) next = carry;
    }
  } else if (carry && lines.length > 0) {
    const { placed, read } = body(0, carry.bands, true, carry.labelCell, carry.cutCells);
    if (read) {
      rows.push(...read.rows);
      for (const l of placed.slice(0, read.used)) for (const p of [...l.labels, ...[...l.values.values()].flat()]) taken.add(originOf(p));
      if ((read.used === placed.length || read.groupBelow) && isLastOnPage(lines, placed.length)) next = carryOn(carry, read);
    } else if (placed.length > 0) {
      // Its rows here cannot be told apart: left to the line reading, and named, as a table
      // whose first page could not be read (a guess at them would be reported as missing rows).
      unsure.push({ table: carry.bands.table, top: placed[0].y, bottom: placed[placed.length - 1].y, continued: true });
      if (isLastOnPage(lines, placed.length)) next = { ...carry, unsure: true };
    }
  }
  for (const header of findHeaders(lines)) {
    if (header.columns.some((s) => s.fragments.some((f) => f.pieces.some((p) => taken.has(p))))) continue;
    const bands = bandsOf(header);
    const head = headerRows(header, lines);
    const from = lines.findIndex((l) => l.y < header.bottom - SAME_LINE * header.size);
    const { placed, read, cell } = from < 0 ? { placed: [], read: undefined, cell: [0, 0] as [number, number] } : body(from, bands, false);
    if (!read) {
      // Left to the line reading, and named: the caller checks no figure of it unless that reading is clean.
      const bottom = placed.length > 0 ? placed[placed.length - 1].y : header.bottom;
      const top = Math.max(header.top, ...head.rows.map((r) => r.y));
      unsure.push({ table: header.spec.table, top, bottom });
      if (from >= 0 && placed.length > 0 && isLastOnPage(lines, from + placed.length)) {
        next = { bands, labelCell: cell, unsure: true };
        carryTop = top;
      }
      continue;
    }
    for (const p of head.pieces) taken.add(p);
    rows.push(...head.rows);
    rows.push(...read.rows);
    for (const l of placed.slice(0, read.used)) for (const p of [...l.labels, ...[...l.values.values()].flat()]) taken.add(originOf(p));
    if ((read.used === placed.length || read.groupBelow) && isLastOnPage(lines, from + placed.length)) {
      next = carryOn({ bands, labelCell: cell }, read);
      carryTop = Math.max(header.top, ...head.rows.map((r) => r.y));
    }
  }
  const headCarry = next ? undefined : headAtFoot(lines, taken);
  return {
    rows,
    rest: pieces.filter((p) => !taken.has(p)),
    carry: next,
    unsure,
    ...(next && carryTop !== undefined ? { carryTop } : {}),
    ...(headCarry ? { headCarry } : {}),
  };
}

/**
 * The start of a table's header at the page's foot, its rest on the next page (商业企 | 业: a
 * label stacked a character a line, cut by the break): the lines at the foot, close together
 * in one size, with no figure and nothing read, holding at least two of a header's labels
 * or of the cells over them.
 * Neither part is a header the format names; the next page reads them as one.
 */
function headAtFoot(lines: Line[], taken: Set<Piece>): HeadCarry | undefined {
  let end = lines.length;
  while (end > 0 && isLastOnPage(lines, end - 1)) end--;
  if (end === 0) return undefined;
  const size = lines[end - 1].size;
  let start = end;
  while (start > 0) {
    const line = lines[start - 1];
    if (line.pieces.some((p) => taken.has(p) || VALUE.test(p.str.trim())) || !sameSize(line.size, size)) break;
    if (start < end && line.y - lines[start].y > TABLE_GAP * size) break;
    start--;
  }
  if (start === end) return undefined;
  const block = lines.slice(start, end);
  const all = stacks(block.flatMap((l) => fragmentsOf(l.pieces, l.y)).filter((f) => f.text.length <= 20));
  // Its labels, or the cells over them (申请人情况, 法人或其他组织, 行政复议 …).
  const found = HEADERS.map((spec) => ({ spec, n: labelStacks(all, [...spec.columns, ...EXTRA_LABELS], LABEL_MATCH).length }));
  if (!found.some((f) => f.n >= 2)) return undefined;
  // Whose: the most of a header's own labels and of the cells over them.
  const own = HEADERS.map((spec) => ({ spec, n: labelStacks(all, [...spec.columns, ...EXTRA_OF[spec.table]], LABEL_MATCH).length }));
  const table = own.reduce((best, f) => (f.n > best.n ? f : best)).spec.table;
  return { pieces: block.flatMap((l) => l.pieces), top: block[0].y, bottom: block[block.length - 1].y, table };
}

/** The cells over a table's column labels, by table. */
const EXTRA_OF: Record<TableId, { label: string }[]> = {
  1: [],
  2: ['申请人情况', '法人或其他组织'].map((label) => ({ label })),
  3: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'].map((label) => ({ label })),
};

/** The table goes on at the next page: its last row there the one this page's rows end with. */
function carryOn(carry: Carry, read: { cutCells?: CutCell[] }): Carry {
  const { bands, labelCell, unsure } = carry;
  return { bands, labelCell, ...(unsure ? { unsure } : {}), ...(read.cutCells ? { cutCells: read.cutCells } : {}) };
}

/** Nothing but a page number after line `end`: the table may go on on the next page. */
function isLastOnPage(lines: Line[], end: number): boolean {
  return lines.slice(end).every((l) =>
    PAGE_FURNITURE.test(
      l.pieces
        .map((p) => p.str)
        .join('')
        .trim(),
    ),
  );
}

const PAGE_NUMBER = /^(?:[—–-]\s*\d+\s*[—–-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const PAGE_FURNITURE = /^(?:[—–-]\s*\d+\s*[—–-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d+)$/;
