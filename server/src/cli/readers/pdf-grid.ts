// Tables of a PDF page rebuilt from their borders (the "lattice" way of Tabula and
// pdfplumber). The ruling lines that touch each other make one table; the distinct x of
// its vertical lines and y of its horizontal lines cut it into a grid; two neighbouring
// grid cells with no border between them are one merged cell (a group label such as
// 三、本年度办理结果 spanning twenty rows, a header spanning seven columns). Every piece of
// text goes to the cell it sits in, whatever line it wrapped onto or however the numbers
// are centred, and each grid row is written as the TAB line Word exports for it: the
// cells that start in that row, left to right, an empty cell as nothing between two TABs,
// a merged cell only on its first row.

import type { Segment } from './pdf-rulings';

export interface Piece {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  size: number;
}

export interface GridCell {
  text: string;
  /** Left and right borders. */
  x0: number;
  x1: number;
}

export interface GridRow {
  /** Middle of the row, to place it among the page's other lines. */
  y: number;
  cells: GridCell[];
}

/** Lines and points closer than this (points) are the same. */
const TOL = 1.5;
/** Past this many segments on a page, the grid is not built (the stream reading is used). */
const MAX_SEGMENTS = 4000;
/** Pieces whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size is a space between words (Latin text). */
const WORD_GAP = 0.2;
/** Where a glyph's middle sits above its baseline, as a share of the font size. */
const MIDDLE = 0.35;

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function touches(a: Segment, b: Segment): boolean {
  return a.x0 - TOL <= b.x1 && b.x0 - TOL <= a.x1 && a.y0 - TOL <= b.y1 && b.y0 - TOL <= a.y1;
}

/** Sorted distinct values, those closer than TOL taken as one. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1] > TOL) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** The index of the band [edges[i], edges[i + 1]] holding v (edges ascending), or -1. */
function band(edges: number[], v: number): number {
  if (v < edges[0] - TOL || v > edges[edges.length - 1] + TOL) return -1;
  for (let i = 0; i < edges.length - 1; i++) if (v <= edges[i + 1]) return i;
  return edges.length - 2;
}

const LATIN_END = /[\x21-\x7e]$/;
const LATIN_START = /^[\x21-\x7e]/;

/**
 * The text of one cell: its pieces line by line, top to bottom, each left to right. A
 * line wrapped inside the cell joins the one before without a space, as Chinese text
 * does; Latin words and numbers keep the space between them.
 */
export function cellText(pieces: Piece[]): string {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - p.y) < SAME_LINE * Math.max(line[0].size, p.size)) line.push(p);
    else lines.push([p]);
  }
  let text = '';
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let end: number | undefined;
    for (const p of line) {
      const str = p.str.replace(/\s+/g, ' ').trim();
      if (str === '') continue;
      const wordGap = end === undefined || p.x - end > WORD_GAP * p.size;
      if (text !== '' && wordGap && LATIN_END.test(text) && LATIN_START.test(str)) text += ' ';
      text += str;
      end = Math.max(end ?? -Infinity, p.x + p.width);
    }
  }
  return text;
}

interface Grid {
  xs: number[];
  ys: number[];
}

function gridOf(segments: Segment[]): Grid | undefined {
  const h = segments.filter((s) => s.dir === 'h');
  const v = segments.filter((s) => s.dir === 'v');
  if (h.length < 2 || v.length < 2) return undefined;
  const xs = cluster(v.map((s) => s.x0));
  const ys = cluster(h.map((s) => s.y0));
  if (xs.length < 2 || ys.length < 2) return undefined;
  return { xs, ys };
}

/** The rows of one table, and the pieces it took. */
function tableRows(segments: Segment[], grid: Grid, pieces: Piece[], taken: Set<Piece>): GridRow[] {
  const { xs } = grid;
  // Rows top to bottom: y decreases down a PDF page.
  const ys = [...grid.ys].reverse();
  const columns = xs.length - 1;
  const rowCount = ys.length - 1;
  const h = segments.filter((s) => s.dir === 'h');
  const v = segments.filter((s) => s.dir === 'v');
  const ruledH = (y: number, x: number) => h.some((s) => Math.abs(s.y0 - y) <= TOL && s.x0 - TOL <= x && x <= s.x1 + TOL);
  const ruledV = (x: number, y: number) => v.some((s) => Math.abs(s.x0 - x) <= TOL && s.y0 - TOL <= y && y <= s.y1 + TOL);
  const cells = new UnionFind(rowCount * columns);
  for (let r = 0; r < rowCount; r++) {
    const midY = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < columns; c++) {
      const midX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < columns && !ruledV(xs[c + 1], midY)) cells.union(r * columns + c, r * columns + c + 1);
      if (r + 1 < rowCount && !ruledH(ys[r + 1], midX)) cells.union(r * columns + c, (r + 1) * columns + c);
    }
  }
  const text = new Map<number, Piece[]>();
  const descending = [...ys].reverse();
  for (const p of pieces) {
    if (taken.has(p)) continue;
    const c = band(xs, p.x + p.width / 2);
    const rAscending = band(descending, p.y + MIDDLE * p.size);
    if (c < 0 || rAscending < 0) continue;
    const r = rowCount - 1 - rAscending;
    const root = cells.find(r * columns + c);
    const list = text.get(root) ?? [];
    list.push(p);
    text.set(root, list);
    taken.add(p);
  }
  const rows: GridRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const out: GridCell[] = [];
    for (let c = 0; c < columns; c++) {
      const root = cells.find(r * columns + c);
      // A merged cell is written once, in its first row and first column (the root is
      // its smallest index, which is there when the merged cell is a rectangle).
      if (root !== r * columns + c) continue;
      let last = c;
      while (last + 1 < columns && cells.find(r * columns + last + 1) === root) last++;
      out.push({ text: cellText(text.get(root) ?? []), x0: xs[c], x1: xs[last + 1] });
    }
    if (out.some((cell) => cell.text !== '')) rows.push({ y: (ys[r] + ys[r + 1]) / 2, cells: out });
  }
  return rows;
}

/**
 * The tables drawn on a page, as rows of cells, and the pieces of text outside them
 * (paragraphs, headings, tables drawn without borders), left for the line reading.
 */
export function gridTables(segments: Segment[], pieces: Piece[]): { rows: GridRow[]; rest: Piece[] } {
  if (segments.length < 4 || segments.length > MAX_SEGMENTS) return { rows: [], rest: pieces };
  const groups = new UnionFind(segments.length);
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) if (touches(segments[i], segments[j])) groups.union(i, j);
  }
  const tables = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const root = groups.find(i);
    tables.set(root, [...(tables.get(root) ?? []), s]);
  });
  const taken = new Set<Piece>();
  const rows: GridRow[] = [];
  for (const table of tables.values()) {
    const grid = gridOf(table);
    // A table has at least two columns and one row; a lone box or a rule is not one.
    if (!grid || grid.xs.length < 3) continue;
    rows.push(...tableRows(table, grid, pieces, taken));
  }
  return { rows, rest: pieces.filter((p) => !taken.has(p)) };
}

const FIGURE = /^[0-9０-９]+$/;

/**
 * A row that a page break cut in two: Word and LibreOffice let a tall row (a long label
 * wrapped in its cell) run on at the top of the next page, in the same columns, with the
 * merged group cells beside it left empty there. The part on the new page is the rest of
 * the row above when every cell it fills has the borders of a cell of that row, and the two parts
 * never both hold text in a column unless both are label text (a label wraps; a figure
 * does not). A table row whose every figure is blank at the top of a page looks the same
 * and is taken as the rest of the row before it: both are errors the rules then report.
 *
 * A merged cell beside the cut row (a group label such as 三、本年度办理结果 spanning its
 * rows) is cut with it, and its text may go on too (三、本年度办 | 理结果): the row above has
 * no cell of its own in those columns, and the rest joins the merged cell, written on the
 * row it starts in: the nearest row above with a cell in those columns, which must have
 * exactly those borders. `above`: the rows at the foot of the page before, top to bottom,
 * the cut row last. Returns the rows that took text, or undefined when `below` is not the
 * rest of the cut row (nothing is changed then).
 */
export function joinSplitRow(above: GridRow[], below: GridRow): GridRow[] | undefined {
  const cut = above[above.length - 1];
  const filled = below.cells.filter((cell) => cell.text !== '');
  if (!cut || filled.length === 0) return undefined;
  const same = (a: GridCell, b: GridCell) => Math.abs(a.x0 - b.x0) <= TOL && Math.abs(a.x1 - b.x1) <= TOL;
  const overlapping = (row: GridRow, cell: GridCell) => row.cells.filter((a) => Math.min(a.x1, cell.x1) - Math.max(a.x0, cell.x0) > TOL);
  const targets: { row: GridRow; cell: GridCell }[] = [];
  for (const cell of filled) {
    // The same borders: a header row of two cells under a one-cell heading row is a new row.
    let target: { row: GridRow; cell: GridCell } | undefined;
    const own = cut.cells.find((a) => same(a, cell));
    if (own) target = { row: cut, cell: own };
    else if (overlapping(cut, cell).length === 0) {
      // Covered by a merged cell that starts higher up.
      for (let r = above.length - 2; r >= 0 && !target; r--) {
        const over = overlapping(above[r], cell);
        if (over.length === 0) continue;
        if (over.length === 1 && same(over[0], cell)) target = { row: above[r], cell: over[0] };
        break;
      }
    }
    if (!target) return undefined;
    if (target.cell.text !== '' && (FIGURE.test(target.cell.text) || FIGURE.test(cell.text))) return undefined;
    targets.push(target);
  }
  filled.forEach((cell, i) => (targets[i].cell.text += cell.text));
  return [...new Set(targets.map((t) => t.row))];
}
