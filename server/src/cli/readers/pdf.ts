// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the worker module has no types; this file declares it
/// <reference path="./pdfjs-worker.d.ts" />
// .pdf → report text with pdf.js. A PDF has no lines or cells, only pieces of text at
// positions, and the lines it draws. A table drawn with borders is rebuilt from them
// (pdf-grid.ts): each piece of text goes to the cell it sits in, and each row becomes the
// TAB line Word exports for it. A table drawn without borders is read by the columns its
// header names (pdf-columns.ts), when its rows can be told apart with certainty. Elsewhere
// (paragraphs, tables neither way readable) pieces on one baseline make a line, read left to
// right; a wide horizontal gap between two pieces is a cell boundary and becomes a TAB, as in
// the TAB layout Word exports. A PDF without any text (a scan) cannot be read: the caller
// says so once (没有文字层) and runs no rule on it.

// The legacy build runs on Node without browser globals; the worker module is loaded in
// this thread (pdf.js looks for globalThis.pdfjsWorker) so that nothing is fetched at run
// time and the bundle stays one file.
// Loaded on first use: pdf.js is most of the CLI's size and most runs read no PDF.
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

// Its polyfills of built-ins Node already has are undone (builtins.ts): they slowed the whole
// process.
// Once per process: PDFs read at once must not take a snapshot of the built-ins while another
// call's import has replaced them and not yet put them back.
let pdfjsLoaded: Promise<Pdfjs> | undefined;
export function loadPdfjs(): Promise<Pdfjs> {
  return (pdfjsLoaded ??= loadKeepingBuiltIns(async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const global = globalThis as { pdfjsWorker?: unknown };
    global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  }));
}

export interface PdfText {
  text: string;
  /** First line (0-based) of each page in `text`. */
  pageStarts: number[];
  pages: number;
  /** No piece of text on any page: a scanned document. */
  noTextLayer: boolean;
  /**
   * Tables drawn without borders whose header was found but whose rows could not be told
   * apart: their lines as the line reading wrote them (0-based, inclusive).
   */
  unsureTables: { table: TableId; firstLine: number; lastLine: number }[];
}

import { loadKeepingBuiltIns } from './builtins';
import { gridTables, joinSplitRow, type GridRow, type Piece } from './pdf-grid';
import { rulings, type PathOps, type Segment } from './pdf-rulings';
import { columnTables, type Carry, type HeadCarry, type TableId } from './pdf-columns';
import { startsSection } from './pdf-headings';

/** Pieces whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.5;
/** A gap wider than this many font sizes separates two table cells. */
const CELL_GAP = 1.2;
/** Successive lines of one wrapped cell are at most this many font sizes apart. */
const LINE_PITCH = 1.45;
/** A line ending within this many font sizes of the right edge is full: it wraps. */
const RIGHT_MARGIN = 1.5;
/** How far (in font sizes) left of a cell's start a wrapped piece may begin. */
const ALIGN = 0.6;
/** A gap wider than this share of the font size is a space between words (Latin text). */
const WORD_GAP = 0.2;

function isPiece(item: unknown): item is { str: string; transform: number[]; width: number; height: number } {
  return typeof (item as { str?: unknown }).str === 'string';
}

interface PdfCell {
  x: number;
  text: string;
}

interface PdfLine {
  /** Baseline of the line's first piece: where it stands on the page. */
  top: number;
  y: number;
  size: number;
  cells: PdfCell[];
  /** Right end of the last piece. */
  end: number;
}

/** Pieces on one baseline, left to right, cut into cells at wide gaps. */
function lineCells(row: Piece[]): PdfCell[] {
  row.sort((a, b) => a.x - b.x);
  const cells: PdfCell[] = [];
  let end = -Infinity;
  for (const piece of row) {
    const gap = piece.x - end;
    const cell = cells[cells.length - 1];
    if (!cell || gap > CELL_GAP * piece.size) cells.push({ x: piece.x, text: piece.str });
    else if (gap > WORD_GAP * piece.size && /[\x21-\x7e]$/.test(cell.text) && /^[\x21-\x7e]/.test(piece.str)) cell.text += ' ' + piece.str;
    else cell.text += piece.str;
    end = Math.max(end, piece.x + piece.width);
  }
  for (const cell of cells) cell.text = cell.text.trim();
  return cells;
}

/**
 * A table cell too narrow for its text wraps onto more lines inside the same row: such a
 * line follows a table line (two or more cells) at the distance of one line of text,
 * closer than the next row, whose cell padding and border add to it. Its pieces are
 * appended to the cells they sit under.
 */
function isCellContinuation(previous: PdfLine, line: PdfLine, leftEdge: number): boolean {
  if (previous.cells.length < 2) return false;
  if (previous.y - line.y > LINE_PITCH * Math.max(previous.size, line.size)) return false;
  // Numbers never wrap: a line holding one is a row of its own. Text back at the table's
  // left edge is the paragraph after the table.
  if (line.cells.some((cell) => /^[0-9０-９]+$/.test(cell.text))) return false;
  const first = previous.cells[0].x;
  const underLaterCell = line.cells.some((cell) => cell.x > first + ALIGN * line.size);
  // Under the first cell, inside the table's padding rather than at the text's margin.
  const underFirstCell = first > leftEdge + ALIGN * line.size && line.cells[0].x >= first - ALIGN * line.size;
  return underLaterCell || underFirstCell;
}

/** The end of a sentence: where a paragraph may end. */
const SENTENCE_END = /[。！？；：!?;:]$/;
/**
 * A paragraph wraps at the right margin: a one-cell line that reaches the text's right
 * edge goes on in the next one-cell line. Headings and short lines end before the edge.
 * A paragraph whose last line happens to fill the width is followed by the next: a section
 * heading after the end of a sentence (…如有疑问请联系。 / 六、其他事项) starts a line of its
 * own, not the rest of the paragraph. Glued to the paragraph, a heading the line view does
 * not break out (its title a variant: 一、基本情况, 六、其他事项) was not read, and the section
 * came out missing (GR002).
 */
function isParagraphContinuation(previous: PdfLine, line: PdfLine, rightEdge: number): boolean {
  if (previous.cells.length !== 1 || line.cells.length !== 1) return false;
  if (previous.y - line.y > 2 * LINE_PITCH * Math.max(previous.size, line.size)) return false;
  if (SENTENCE_END.test(previous.cells[0].text) && startsSection(line.cells[0].text)) return false;
  return previous.end >= rightEdge - RIGHT_MARGIN * previous.size;
}

const NUMBER = /^[0-9０-９]+$/;

/**
 * An empty cell leaves no text in a PDF, so a row with a blank would just have one number
 * fewer, and the engine could not tell which cell is blank. The table's number columns
 * are known from where the numbers of all its rows start; a row that skips a column
 * between its first number and the last column its neighbours use (rows of the same
 * block start their numbers in the same column) gets an empty cell there, as the same
 * table exported from Word has.
 */
function fillEmptyCells(lines: PdfLine[]): void {
  let start = 0;
  while (start < lines.length) {
    if (lines[start].cells.length < 2) {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && lines[end].cells.length >= 2) end++;
    fillBlock(lines.slice(start, end));
    start = end;
  }
}

function fillBlock(rows: PdfLine[]): void {
  const size = rows.reduce((m, r) => Math.max(m, r.size), 0) || 10;
  // Column positions: the starts of number cells, merged when closer than a character.
  const xs = rows.flatMap((r) => r.cells.filter((c) => NUMBER.test(c.text)).map((c) => c.x)).sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of xs) if (columns.length === 0 || x - columns[columns.length - 1] > size) columns.push(x);
  if (columns.length < 2) return;
  const columnOf = (x: number) => columns.reduce((best, c, i) => (Math.abs(c - x) < Math.abs(columns[best] - x) ? i : best), 0);
  const spans = rows.map((r) => {
    const numbers = r.cells.filter((c) => NUMBER.test(c.text));
    return numbers.length === 0 ? undefined : { first: columnOf(numbers[0].x), last: columnOf(numbers[numbers.length - 1].x) };
  });
  rows.forEach((row, i) => {
    const span = spans[i];
    if (!span) return;
    // The last column used by the nearest rows whose numbers start in the same column.
    const near = [spans[i - 1], spans[i + 1]].filter((s) => s !== undefined && s.first === span.first);
    const last = near.reduce((m, s) => Math.max(m, s!.last), span.last);
    const firstNumber = row.cells.findIndex((c) => NUMBER.test(c.text));
    const labels = row.cells.slice(0, firstNumber);
    const filled: PdfCell[] = [];
    let next = span.first;
    for (const cell of row.cells.slice(firstNumber)) {
      const at = NUMBER.test(cell.text) ? columnOf(cell.x) : next;
      for (; next < at; next++) filled.push({ x: columns[next], text: '' });
      filled.push(cell);
      next = Math.max(next, at + 1);
    }
    for (; next <= last; next++) filled.push({ x: columns[next], text: '' });
    row.cells = [...labels, ...filled];
  });
}

/**
 * Word and WPS centre a row's numbers vertically: when the row's label wraps onto two or
 * three lines, the numbers come out on a line of their own, below the label's first line.
 * A line of numbers only, one line below a line of text only, belongs to that text's row.
 */
function isCenteredNumbers(previous: PdfLine, line: PdfLine): boolean {
  if (line.cells.length < 2 || !line.cells.every((c) => NUMBER.test(c.text))) return false;
  if (previous.cells.some((c) => NUMBER.test(c.text))) return false;
  if (previous.y - line.y > LINE_PITCH * Math.max(previous.size, line.size)) return false;
  // The numbers are right of every label cell.
  return line.cells[0].x > previous.cells[previous.cells.length - 1].x;
}

/**
 * A row label wrapped in its cell with the numbers centred beside its last line: the
 * label's first line is a line of its own, just above, starting where the label does.
 */
function isLabelStart(previous: PdfLine, line: PdfLine): boolean {
  if (previous.cells.length !== 1 || NUMBER.test(previous.cells[0].text)) return false;
  if (line.cells.length < 3 || NUMBER.test(line.cells[0].text) || !line.cells.slice(1).some((c) => NUMBER.test(c.text))) return false;
  if (previous.y - line.y > LINE_PITCH * Math.max(previous.size, line.size)) return false;
  return Math.abs(previous.cells[0].x - line.cells[0].x) <= ALIGN * line.size && previous.end < line.cells[1].x;
}

/** Page furniture printed between the lines of a table: —3—, - 3 -, 第 3 页. */
const PAGE_NUMBER = /^(?:[—–-]\s*\d+\s*[—–-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

interface PageLines {
  lines: { y: number; text: string; row?: GridRow }[];
  /** A table without borders that goes on past the page's foot. */
  carry?: Carry;
  /** Tables without borders whose header was found but not their rows (`continued`: the rows of a table from the page before). */
  unsure: { table: TableId; top: number; bottom: number; continued?: true; fromHead?: true }[];
  /** Where the table that goes on at the next page starts on this one, when it does. */
  carryTop?: number;
  /** The start of a header at the page's foot, for the next page. */
  headCarry?: HeadCarry;
  /** The header start of the page before was read with this page. */
  headUsed?: true;
}

function pageLines(all: Piece[], segments: Segment[], carry?: Carry, head?: HeadCarry): PageLines {
  const grid = gridTables(segments, all);
  // What has no borders: tables read by their header's columns, the rest line by line.
  const columns = columnTables(grid.rest, carry, head);
  const tables = { rows: [...grid.rows, ...columns.rows] };
  const pieces = columns.rest;
  // Top to bottom, then left to right.
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const piece of pieces) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (ref && Math.abs(ref.y - piece.y) < SAME_LINE * Math.max(ref.size, piece.size)) row.push(piece);
    else rows.push([piece]);
  }
  const lines: PdfLine[] = [];
  const leftEdge = pieces.reduce((m, p) => Math.min(m, p.x), Infinity);
  const rightEdge = pieces.reduce((m, p) => Math.max(m, p.x + p.width), -Infinity);
  for (const row of rows) {
    if (
      PAGE_NUMBER.test(
        row
          .map((p) => p.str)
          .join('')
          .trim(),
      )
    )
      continue;
    const line: PdfLine = {
      top: row[0].y,
      y: row[0].y,
      size: row.reduce((m, p) => Math.max(m, p.size), 0),
      cells: lineCells(row),
      end: row.reduce((m, p) => Math.max(m, p.x + p.width), -Infinity),
    };
    const previous = lines[lines.length - 1];
    if (previous && isLabelStart(previous, line)) {
      // The label's first line, then the rest of the label with the row's numbers.
      line.cells[0] = { x: previous.cells[0].x, text: previous.cells[0].text + line.cells[0].text };
      line.top = previous.top;
      lines[lines.length - 1] = line;
    } else if (previous && isParagraphContinuation(previous, line, rightEdge)) {
      previous.cells[0].text += line.cells[0].text;
      previous.y = line.y;
      previous.end = line.end;
    } else if (previous && isCenteredNumbers(previous, line)) {
      // The row's label started on the line above; its numbers sit lower, centred.
      previous.cells.push(...line.cells);
      previous.y = line.y;
      previous.end = line.end;
    } else if (previous && isCellContinuation(previous, line, leftEdge)) {
      for (const cell of line.cells) {
        const under = [...previous.cells].reverse().find((c) => c.x <= cell.x + ALIGN * line.size) ?? previous.cells[0];
        under.text += cell.text;
      }
      previous.y = line.y;
    } else {
      lines.push(line);
    }
  }
  fillEmptyCells(lines);
  // The tables' rows go in among the other lines where they stand on the page.
  const placed = [
    ...lines.map((line) => ({ y: line.top, text: line.cells.map((cell) => cell.text).join('\t') })),
    ...tables.rows.map((row) => ({ y: row.y, text: '', row })),
  ];
  return {
    lines: placed.sort((a, b) => b.y - a.y),
    carry: columns.carry,
    unsure: columns.unsure,
    carryTop: columns.carryTop,
    headCarry: columns.headCarry,
    headUsed: columns.headUsed,
  };
}

function rowText(row: GridRow): string {
  return row.cells.map((cell) => cell.text).join('\t');
}

/**
 * The text of a document from its pages' pieces and rulings, page after page: a table going
 * on past a page's foot is read on at the next page's top (`Carry`), and a row the page break
 * cut is joined to its first part. `page` returns how many lines the text has so far.
 */
export function pageReader(): { page(pieces: Piece[], segments: Segment[]): number; text(pages: number): PdfText } {
  const lines: string[] = [];
  const pageStarts: number[] = [];
  // The table rows at the foot of the page before, top to bottom, the last a row the page
  // break may have cut (with the merged cells beside it).
  let footRows: { row: GridRow; index: number }[] = [];
  let pieces = 0;
  let carry: Carry | undefined;
  // The first line of the table that goes on from the page before: a table whose rest cannot
  // be read is not read at all, from its top (its rows before the break are no surer than the
  // rest: a group label cut by the break reads as a row, the rows after it come out missing).
  let carriedFrom: number | undefined;
  // The start of a header at the page before's foot (its lines the last there, from `from`):
  // read with this page's rest of it, its lines move here.
  let head: { carry: HeadCarry; from: number } | undefined;
  const unsure = new Map<TableId, { table: TableId; firstLine: number; lastLine: number }>();
  return {
    page(onPage, segments) {
      pieces += onPage.length;
      const onPageLines = pageLines(onPage, segments, carry, head?.carry);
      if (head && onPageLines.headUsed) lines.splice(head.from);
      // A header begun at the page before's foot, its table here not read: named from there.
      const headFrom = head && !onPageLines.headUsed ? head.from : undefined;
      head = undefined;
      pageStarts.push(lines.length);
      carry = onPageLines.carry;
      // The page's lines that are table rows, where they went; a row joined to the one the
      // break cut stands for that row.
      const written: ({ row: GridRow; index: number }[] | undefined)[] = [];
      // Where each of the page's lines went.
      const at: number[] = [];
      for (const [i, line] of onPageLines.lines.entries()) {
        const joined =
          i === 0 && line.row && footRows.length > 0
            ? joinSplitRow(
                footRows.map((r) => r.row),
                line.row,
              )
            : undefined;
        if (joined) {
          for (const r of footRows) if (joined.includes(r.row)) lines[r.index] = rowText(r.row);
          written.push(footRows);
          at.push(footRows[footRows.length - 1].index);
          continue;
        }
        // A line of a table that could not be read: where the caller will say so.
        const region = onPageLines.unsure.find((u) => line.y <= u.top + 2 && line.y >= u.bottom - 2);
        if (region) {
          const known = unsure.get(region.table);
          const index = lines.length;
          const start = region.continued ? carriedFrom : region.fromHead ? headFrom : undefined;
          const from = start !== undefined ? Math.min(start, known?.firstLine ?? index) : (known?.firstLine ?? index);
          unsure.set(region.table, { table: region.table, firstLine: from, lastLine: index });
        }
        at.push(lines.length);
        written.push(line.row ? [{ row: line.row, index: lines.length }] : undefined);
        lines.push(line.row ? rowText(line.row) : line.text);
      }
      if (written.length > 0) {
        // The rows at the page's foot: its last lines, as long as they are table rows.
        let k = written.length;
        while (k > 0 && written[k - 1] !== undefined) k--;
        footRows = written.slice(k).flatMap((w) => w!);
      }
      const foot = onPageLines.headCarry;
      if (foot) {
        // Its lines must be the page's last: they are taken back from there.
        const first = onPageLines.lines.findIndex((l) => l.y <= foot.top + 2);
        const theirs = first >= 0 && onPageLines.lines.slice(first).every((l) => !l.row && l.y >= foot.bottom - 2);
        if (theirs && at[first] === lines.length - (onPageLines.lines.length - first)) head = { carry: foot, from: at[first] };
      }
      if (!carry) carriedFrom = undefined;
      else if (onPageLines.carryTop !== undefined) {
        const first = onPageLines.lines.findIndex((l) => l.y <= onPageLines.carryTop! + 2);
        carriedFrom = first < 0 ? lines.length : at[first];
      }
      return lines.length;
    },
    text(pages) {
      return {
        text: lines.join('\n') + '\n',
        pageStarts,
        pages,
        noTextLayer: pieces === 0,
        unsureTables: [...unsure.values()],
      };
    },
  };
}

/**
 * `firstLines`: stop after the page on which the text passes that many lines (last year's
 * lookup reads a PDF's title, not the whole file). Pages are read in order and only the
 * table rows at a page's foot are ever changed afterwards (a row the page break cut, and
 * the merged group cells beside it, joined from the next page), so the first `firstLines`
 * lines are those of the whole text but for such rows (a title is none).
 */
export async function readPdf(bytes: Uint8Array, options: { firstLines?: number } = {}): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const document = await task.promise;
  try {
    const reader = pageReader();
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const onPage: Piece[] = [];
      for (const item of content.items) {
        if (!isPiece(item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform;
        onPage.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      const operators = await page.getOperatorList();
      const segments = rulings(operators.fnArray, operators.argsArray, pdfjs.OPS as PathOps);
      const read = reader.page(onPage, segments);
      page.cleanup();
      if (options.firstLines !== undefined && read > options.firstLines) break;
    }
    return reader.text(document.numPages);
  } finally {
    await document.destroy();
  }
}
