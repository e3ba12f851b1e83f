// Table text → rows of cells, whatever the export's layout:
//   tab          one row per line, cells split by TAB (merged cells leave empty cells)
//   cellPerLine  one cell per line, each starting with TAB, rows separated by blank lines
//   pipe         cells split by ` | ` (web copies)
//   markdown     | a | b | rows with a |---| separator
//   html         <tr><td>…</td></tr> rows of a web page's <table>, on one line or several
// Every cell keeps its offsets; an empty cell is a zero-width span where a number would go.

import type { GridRow, Layout, Span } from '../model';
import type { SourceText } from '../text/source';
import { isBlank, LineMark } from '../text/source';
import { fastPaths } from '../fast';
import { isSpaceCode } from '../text/chars';
import { isTableLine } from './sections';
import { cellTexts, EMPTY_TEXT, NUMBER_TEXT, wordAt, type CellText } from './texts';
import {
  CELL_PER_LINE_SHARE,
  HTML_LINES_SHARE,
  MARKDOWN_LEADING_PIPE_SHARE,
  PIPE_LINES_SHARE,
  TABLE_LABEL_LINE_MAX_LENGTH,
  TABLE_MAX_SHORT_LINES,
} from '../heuristics';

/**
 * `| --- | :---: |`: Markdown's separator line. Split at pipes rather than matched with one
 * pattern, whose runs of optional spaces around optional pipes backtracked quadratically
 * on a long padded line.
 */
export function isMarkdownRule(text: string): boolean {
  const cells = text.trim().split('|');
  if (cells.length > 1 && cells[0].trim() === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.every((cell) => /^:?-{3,}:?$/.test(cell.trim()));
}

/** /^\s*\|/: the line's first character after white space is a pipe (by char codes, not a pattern run per row). */
export function startsWithPipe(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x7c;
}

/** /\|\s*$/: the line's last character before white space is a pipe. */
export function endsWithPipe(text: string): boolean {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === 0x7c;
}

export function detectLayout(src: SourceText, lines: number[]): Layout {
  // One pass over the lines, counting; each pattern asked only of lines with its mark.
  let texts = 0;
  let html = 0;
  let onePerLine = 0;
  let piped = 0;
  let leading = 0;
  const marked = fastPaths.lineMarks;
  // An index loop, not for…of: a cold lint (the CLI's) makes an iterator result per step.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const marks = src.lineMarks[line];
    if (marked) {
      // With the marks, a line's text is cut only for the pattern or the pipe it has: a
      // TAB line's (most table lines) is not, nor kept by lineText for the whole lint.
      if ((marks & LineMark.TEXT) === 0) continue;
      texts++;
      if ((marks & LineMark.ANGLE) !== 0 && /<(?:tr|td|th)\b/i.test(src.lineText(line))) html++;
      if ((marks & LineMark.TAB) !== 0 && onlyLeadingTab(src, line)) onePerLine++;
      if ((marks & LineMark.PIPE) !== 0) {
        piped++;
        if (startsWithPipe(src.lineText(line))) leading++;
      }
      continue;
    }
    const t = src.lineText(line);
    if (isBlank(t)) continue;
    texts++;
    if (t.includes('<') && /<(?:tr|td|th)\b/i.test(t)) html++;
    // /^\t[^\t]*$/
    if (t.charCodeAt(0) === 9 && t.indexOf('\t', 1) < 0) onePerLine++;
    if (t.includes('|')) {
      piped++;
      if (startsWithPipe(t)) leading++;
    }
  }
  if (texts === 0) return 'tab';
  if (html >= texts * HTML_LINES_SHARE) return 'html';
  if (onePerLine >= texts * CELL_PER_LINE_SHARE) return 'cellPerLine';
  if (piped >= texts * PIPE_LINES_SHARE) return leading >= piped * MARKDOWN_LEADING_PIPE_SHARE ? 'markdown' : 'pipe';
  return 'tab';
}

/**
 * /^\t[^\t]*$/ of the line, read in the text: its first character a TAB, no other TAB
 * before its end. The search past the line's end stops at the next TAB, which starts
 * the next line searched or lies past it: the searches do not overlap.
 */
function onlyLeadingTab(src: SourceText, line: number): boolean {
  const start = src.lineStarts[line];
  const end = src.lineEnd(line);
  if (start >= end || src.text.charCodeAt(start) !== 9) return false;
  const next = src.text.indexOf('\t', start + 1);
  return next < 0 || next >= end;
}

function span(src: SourceText, start: number, end: number): Span {
  // trimmedSpan's loops written out: one object per cell, not two (every cell of every table).
  const text = src.text;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { text: text.slice(start, end), start, end };
}

/** Split one line into cells at every occurrence of `sep` (one character). */
function splitLine(src: SourceText, line: number, sep: string): Span[] {
  const base = src.lineStarts[line];
  const whole = src.text;
  const written = src.original === src;
  // The separator (one character: a TAB, a pipe) found by char codes in the whole text:
  // indexOf on the line's slice cost more than the rest of the cell.
  const code = sep.charCodeAt(0);
  const lineEnd = src.lineEnd(line);
  // The cells counted first (one more than the separators), so that the row's list is made
  // at its length: a list grown by push was made twice as long as most rows, and one
  // gathered in a shared list was copied out.
  let count = 1;
  for (let k = base; k < lineEnd; k++) if (whole.charCodeAt(k) === code) count++;
  const cells = new Array<Span>(count);
  let n = 0;
  let from = base;
  for (;;) {
    let at = from;
    while (at < lineEnd && whole.charCodeAt(at) !== code) at++;
    const last = at >= lineEnd;
    // span's trimming written out, so that an empty cell's record is made with its gap
    // (one object, not one grown by a property: every row has empty cells).
    const start = cellStart(whole, from, at);
    const stop = cellStop(whole, start, at);
    let gap: Span['gap'];
    if (written && start === stop) {
      // An empty cell's gap (see Span.gap): the white space between its separators; where
      // they touch, the separator after it, or for a last cell the one before it unless an
      // empty cell before already took that one.
      if (at > from) gap = { start: from, end: at };
      else if (!last) gap = { start: at, end: at + 1 };
      else if (n > 0 && cells[n - 1].text !== '') gap = { start: from - 1, end: from };
    }
    cells[n++] = gap ? { text: '', start, end: stop, gap } : { text: whole.slice(start, stop), start, end: stop };
    if (last) break;
    from = at + 1;
  }
  return cells;
}

/**
 * The cells of the TAB and pipe lines that readTables reads, four numbers a cell: its
 * start and end, and an empty cell's gap (start and end; -1 without one). One list for
 * every row of a reading, filled again by the next (resetLineCells), not a record per
 * cell: the readers make a Cell of the values and a Span of the labels they match, and
 * no other cell is looked at again (a TableRow's grid makes its spans when asked).
 */
let OFFSETS: number[] = [];
let used = 0;
/** Which reading OFFSETS holds: a row of an earlier one reads its cells from its line instead. */
let reading = 0;

/** Starts a reading's offsets afresh (readTables, before its first row). */
export function resetLineCells(): void {
  // A list grown past a report's (a line of a million TABs) is not kept for the next.
  // Stryker disable next-line all: the bound changes no result (only memory)
  if (OFFSETS.length > 1 << 16) OFFSETS = [];
  // Stryker disable next-line all: the bound changes no result (only memory)
  if (TOLD.length > 1 << 16) TOLD.length = 0;
  used = 0;
  reading++;
}

/** The offsets list of the reading under way (see OFFSETS). */
export function lineCellOffsets(): readonly number[] {
  return OFFSETS;
}

/**
 * A row of one TAB or pipe line whose cells are held as offsets (OFFSETS from `base`, valid
 * until the next reading) and its cell texts (told by the reading, next to the row). Its
 * `cells` are split from the line when first asked, as splitLine splits them.
 */
export class LineRow implements GridRow {
  firstLine: number;
  lastLine: number;
  // Private: a row compares and prints as its lines (its cells are asked of `cells`).
  readonly #src: SourceText;
  readonly #pipe: boolean;
  readonly #base: number;
  readonly #reading = reading;
  #cells: Span[] | undefined = undefined;
  constructor(src: SourceText, line: number, pipe: boolean, base: number) {
    this.firstLine = line;
    this.lastLine = line;
    this.#src = src;
    this.#pipe = pipe;
    this.#base = base;
  }
  get cells(): Span[] {
    return (this.#cells ??= this.#pipe ? pipeCells(this.#src, this.firstLine) : splitLine(this.#src, this.firstLine, '\t'));
  }
  set cells(cells: Span[]) {
    this.#cells = cells;
  }
  /** Where its first cell's four offsets are in lineCellOffsets(). */
  get base(): number {
    return this.#base;
  }
  /** Its offsets are still in lineCellOffsets() (no reading began since it was read). */
  get held(): boolean {
    return this.#reading === reading;
  }
  get text(): string {
    return this.#src.text;
  }
  /**
   * Word cell i as a Span, as `cells` would hold it (a label the readers match), `text` its
   * text as told (the word record's, not copied again from the line).
   */
  wordAt(i: number, text: string): Span {
    if (this.#cells !== undefined || this.#reading !== reading) return this.cells[i];
    const k = this.#base + 4 * i;
    return { text, start: OFFSETS[k], end: OFFSETS[k + 1] };
  }
}

/**
 * splitLine (pipeCells for a pipe line) read as a LineRow: the cells' offsets put in
 * OFFSETS and their texts told into `texts`, without a Span per cell or a copy of a
 * number's text.
 */
function lineRow(src: SourceText, line: number, pipe: boolean, texts: CellText[][]): LineRow {
  const whole = src.text;
  const written = src.original === src;
  const code = pipe ? 0x7c : 9;
  const lineEnd = src.lineEnd(line);
  // The list and its length in locals, stored back once (a module variable is a load and a
  // store per use); the texts gathered in TOLD, copied out at their count (one pass over
  // the line, not one more to count its separators).
  const offsets = OFFSETS;
  let u = used;
  const first = u;
  let n = 0;
  let from = src.lineStarts[line];
  for (;;) {
    let at = from;
    while (at < lineEnd && whole.charCodeAt(at) !== code) at++;
    const last = at >= lineEnd;
    const start = cellStart(whole, from, at);
    const stop = cellStop(whole, start, at);
    // The gap as splitLine finds it.
    let gapStart = -1;
    let gapEnd = -1;
    if (start === stop) {
      if (written) {
        if (at > from) {
          gapStart = from;
          gapEnd = at;
        } else if (!last) {
          gapStart = at;
          gapEnd = at + 1;
        } else if (n > 0 && TOLD[n - 1] !== EMPTY_TEXT) {
          gapStart = from - 1;
          gapEnd = from;
        }
      }
      TOLD[n++] = EMPTY_TEXT;
    } else TOLD[n++] = textAt(whole, start, stop);
    // Appended in order (no holes: the list stays one of small integers).
    offsets[u++] = start;
    offsets[u++] = stop;
    offsets[u++] = gapStart;
    offsets[u++] = gapEnd;
    if (last) break;
    from = at + 1;
  }
  used = u;
  // pipeCells' outer pipes.
  let head = 0;
  if (pipe && n > 1 && TOLD[0] === EMPTY_TEXT && startsWithPipe(src.lineText(line))) head = 1;
  if (pipe && n - head > 1 && TOLD[n - 1] === EMPTY_TEXT && endsWithPipe(src.lineText(line))) n--;
  texts.push(TOLD.slice(head, n));
  return new LineRow(src, line, pipe, first + 4 * head);
}

/** A row's cell texts as lineRow tells them, before they are copied out (its first `n`). */
const TOLD: CellText[] = [];

/** cellText of the text [start, end) (not empty): plain digits told without a copy of it. */
function textAt(whole: string, start: number, end: number): CellText {
  let i = start;
  while (i < end) {
    const c = whole.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  if (i === end) return NUMBER_TEXT;
  return wordAt(whole, start, end);
}

function pipeCells(src: SourceText, line: number): Span[] {
  const cells = splitLine(src, line, '|');
  // `| a | b |` and `a | b |`: nothing lies outside the outer pipes.
  if (cells.length > 1 && cells[0].text === '' && startsWithPipe(src.lineText(line))) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].text === '' && endsWithPipe(src.lineText(line))) cells.pop();
  return cells;
}

/**
 * Cell and row tags. `[^<>]*` stops at the next `<`, so a stray `<` costs one step, not a
 * scan to the end of the row.
 */
const HTML_TAG = /<(\/?)(td|th|tr)\b[^<>]*>/gi;

/**
 * The cells of one row's text: each from the end of its <td>/<th> tag to its closing tag,
 * or, as browsers read it, to the next cell or row tag when the closing tag is missing.
 * One left-to-right pass over the tags (a lazy match to </td> rescanned the rest of the
 * row from every unclosed <td>).
 */
export function htmlCells(chunk: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let open: number | undefined;
  HTML_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HTML_TAG.exec(chunk))) {
    if (open !== undefined) cells.push({ start: open, end: m.index });
    open = m[1] === '' && m[2].toLowerCase() !== 'tr' ? m.index + m[0].length : undefined;
  }
  return cells;
}

/** Whether `text` has `word` at `at`, ignoring ASCII case. */
function hasAt(text: string, at: number, word: string): boolean {
  return text.slice(at, at + word.length).toLowerCase() === word;
}

/** Past the white space, &nbsp; and tags that open the cell text [start, end). */
export function htmlEdgeStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    if (/\s/.test(text[i])) i++;
    else if (hasAt(text, i, '&nbsp;') && i + 6 <= end) i += 6;
    else if (text[i] === '<') {
      const close = text.indexOf('>', i);
      if (close < 0 || close >= end) break;
      i = close + 1;
    } else break;
  }
  return i;
}

/**
 * Before the white space, &nbsp; and tags that close the cell text [start, end). Walking
 * back, each step consumes what it looked at or ends the walk: linear.
 */
export function htmlEdgeEnd(text: string, start: number, end: number): number {
  let j = end;
  while (j > start) {
    if (/\s/.test(text[j - 1])) j--;
    else if (j - 6 >= start && hasAt(text, j - 6, '&nbsp;')) j -= 6;
    else if (text[j - 1] === '>') {
      // The tag starts at the first < after the previous > (what <[^>]*> matched leftmost).
      const open = text.indexOf('<', Math.max(start, text.lastIndexOf('>', j - 2) + 1));
      if (open < 0 || open >= j - 1) break;
      j = open;
    } else break;
  }
  return j;
}

/** HTML rows: from a line with <tr to the line with its </tr>; cells are <td>/<th>. */
function htmlRows(src: SourceText, lines: number[]): GridRow[] {
  const rows: GridRow[] = [];
  let first: number | undefined;
  for (const line of lines) {
    const text = src.lineText(line);
    if (first === undefined && /<tr\b/i.test(text)) first = line;
    if (first === undefined || !/<\/tr\s*>/i.test(text)) continue;
    const base = src.lineStarts[first];
    const chunk = src.text.slice(base, src.lineEnd(line));
    const written = src.original === src;
    const cells: Span[] = htmlCells(chunk).map(({ start: innerStart, end: innerEnd }) => {
      const start = htmlEdgeStart(chunk, innerStart, innerEnd);
      const end = Math.max(start, htmlEdgeEnd(chunk, start, innerEnd));
      const cell: Span = { text: chunk.slice(start, end), start: base + start, end: base + end };
      // An empty cell's gap: what lies between its tags (spaces, &nbsp;).
      if (written && start === end && innerEnd > innerStart) cell.gap = { start: base + innerStart, end: base + innerEnd };
      return cell;
    });
    rows.push({ cells, firstLine: first, lastLine: line });
    first = undefined;
  }
  return rows;
}

/**
 * The rows of a run of table lines in its layout. With `texts`, the rows' cell texts are
 * pushed there, one list per row, and a TAB or pipe line's row is a LineRow (fast.ts
 * lineCells): its cells told as they are split, held as offsets until a reader asks.
 */
export function gridRows(src: SourceText, lines: number[], layout: Layout, texts?: CellText[][]): GridRow[] {
  const rows = linesRows(src, lines, layout, texts !== undefined && fastPaths.lineCells ? texts : undefined);
  if (texts !== undefined && (!fastPaths.lineCells || (layout !== 'tab' && layout !== 'pipe' && layout !== 'markdown')))
    for (let r = 0; r < rows.length; r++)
      texts.push(layout === 'cellPerLine' && fastPaths.cellWords ? textsAt(src.text, rows[r].cells) : cellTexts(rows[r].cells));
  return rows;
}

/**
 * cellTexts of cells whose texts are the text's own characters at their offsets (a cell
 * per line's, cut by span): a word told by its place (texts.ts wordAt), not its copy
 * hashed again for the words' Map.
 */
function textsAt(whole: string, cells: Span[]): CellText[] {
  const told = new Array<CellText>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    told[i] = cell.text === '' ? EMPTY_TEXT : textAt(whole, cell.start, cell.end);
  }
  return told;
}

function linesRows(src: SourceText, lines: number[], layout: Layout, texts: CellText[][] | undefined): GridRow[] {
  if (layout === 'html') return htmlRows(src, lines);
  const rows: GridRow[] = [];
  if (layout === 'cellPerLine') {
    let current: GridRow | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const text = src.lineText(line);
      // A blank line told by its marks (fast.ts lineMarks), without a scan of it.
      if (fastPaths.lineMarks ? (src.lineMarks[line] & LineMark.TEXT) === 0 : isBlank(text)) {
        current = undefined;
        continue;
      }
      const base = src.lineStarts[line];
      const cell = span(src, base + (text.charCodeAt(0) === 9 ? 1 : 0), base + text.length);
      if (!current) {
        current = { cells: [], firstLine: line, lastLine: line };
        rows.push(current);
      }
      current.cells.push(cell);
      current.lastLine = line;
    }
    return rows;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // With the marks a TAB or pipe line's text is not asked (nor cut and kept by lineText).
    const text = fastPaths.lineMarks && layout !== 'markdown' ? '' : src.lineText(line);
    // A line of TABs alone is a row of blank cells (a new report's table 3), not a gap.
    if (fastPaths.lineMarks) {
      const marks = src.lineMarks[line];
      if ((marks & LineMark.TEXT) === 0 && !(layout === 'tab' && (marks & LineMark.TAB) !== 0)) continue;
    } else if (isBlank(text) && !(layout === 'tab' && text.includes('\t'))) continue;
    if (layout === 'markdown' && isMarkdownRule(text)) continue;
    if (layout === 'markdown') {
      let last = i;
      while (last + 1 < lines.length && continuesRow(src, lines[last], lines[last + 1])) last++;
      if (last > i) {
        const cells = brokenRowCells(src, lines.slice(i, last + 1));
        rows.push({ cells, firstLine: line, lastLine: lines[last] });
        texts?.push(cellTexts(cells));
        i = last;
        continue;
      }
    }
    if (texts !== undefined) rows.push(lineRow(src, line, layout !== 'tab', texts));
    else rows.push({ cells: layout === 'tab' ? splitLine(src, line, '\t') : pipeCells(src, line), firstLine: line, lastLine: line });
  }
  return rows;
}

/**
 * A Markdown row broken by a hard line break inside a cell (a converter's <br>: the line
 * ends in two spaces), going on on the next line, which does not start a row of its own.
 */
function continuesRow(src: SourceText, line: number, next: number): boolean {
  if (next !== line + 1) return false;
  const text = src.lineText(line);
  const after = src.lineText(next);
  // Checked by hand, not by /\|.* {2,}$/, which backtracks quadratically on runs of spaces.
  const hardBreak = text.endsWith('  ') || text.endsWith('\\');
  return hardBreak && text.includes('|') && !after.startsWith('|') && after.includes('|') && !isBlank(after);
}

/** The cells of a row over several lines: a cell broken at a line's end goes on on the next. */
function brokenRowCells(src: SourceText, lines: number[]): Span[] {
  const pieces: { start: number; end: number }[] = [];
  lines.forEach((line, k) => {
    const base = src.lineStarts[line];
    const text = src.lineText(line);
    let from = 0;
    for (let first = true; ; first = false) {
      const at = text.indexOf('|', from);
      const end = at < 0 ? text.length : at;
      if (first && k > 0) pieces[pieces.length - 1].end = base + end;
      else pieces.push({ start: base + from, end: base + end });
      if (at < 0) break;
      from = at + 1;
    }
  });
  const cells = pieces.map((p) => span(src, p.start, p.end));
  // Nothing lies outside the outer pipes.
  if (cells.length > 1 && cells[0].text === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].text === '' && endsWithPipe(src.lineText(lines[lines.length - 1]))) cells.pop();
  return cells;
}

/** text.trim().length, without the copy. */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/**
 * The lines of a section body that hold tables: from the first table line to the last,
 * blank lines and single-cell lines (第二十条第（一）项 without tabs) in between included.
 * Runs separated by ordinary prose lines are separate candidate tables.
 */
export function tableLineRuns(src: SourceText, first: number, last: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let pending: number[] = [];
  let prose = 0;
  const marked = fastPaths.lineMarks;
  for (let line = first; line <= last; line++) {
    const marks = src.lineMarks[line];
    // With the marks: a line without a TAB, a | or a < is no table line (not scanned for
    // them), and one with a TAB is one (isTableLine's first test, without its search),
    // its text not cut (nor kept by lineText for the whole lint).
    const tab = marked && (marks & LineMark.TAB) !== 0;
    const text = tab ? '' : src.lineText(line);
    if (tab || (marked ? (marks & LineMark.CELLS) !== 0 && isTableLine(text) : isTableLine(text))) {
      // One by one: push(...pending) overflows the stack on a table of 200,000 blank lines.
      for (let p = 0; p < pending.length; p++) run.push(pending[p]);
      run.push(line);
      if (pending.length > 0) pending = [];
      prose = 0;
    } else if (run.length === 0 && trimmedLength(text) <= TABLE_LABEL_LINE_MAX_LENGTH && text.includes('第二十条')) {
      // (The length first: most lines of a section are long prose, not searched for 第二十条.)
      // Table 1 may start with a block heading exported without tabs.
      pending.push(line);
    } else if ((marked ? (marks & LineMark.TEXT) === 0 : isBlank(text)) || trimmedLength(text) <= TABLE_LABEL_LINE_MAX_LENGTH) {
      // Blank lines and short label lines may sit inside a table; keep them pending
      // until the next table line shows the table goes on.
      if (run.length > 0) pending.push(line);
      if (marked ? (marks & LineMark.TEXT) !== 0 : !isBlank(text)) prose++;
    } else {
      prose = 99;
    }
    if (prose > TABLE_MAX_SHORT_LINES && run.length > 0) {
      runs.push(run);
      run = [];
      pending = [];
      prose = 0;
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

// A cell's edges, [from, to) of `text` trimmed of white space. An edge is mostly a printable
// ASCII or CJK character, told without a call (a cold lint pays for each): no white space
// lies in (0x20, 0xa0) or (0x3000, 0xfeff).

/** The first offset in [from, to) that is not white space (`to` when none is). */
function cellStart(text: string, from: number, to: number): number {
  let start = from;
  while (start < to) {
    const c = text.charCodeAt(start);
    if ((c > 0x20 && c < 0xa0) || (c > 0x3000 && c < 0xfeff) || !isSpaceCode(c)) break;
    start++;
  }
  return start;
}

/** The end of [start, to) without its trailing white space. */
function cellStop(text: string, start: number, to: number): number {
  let stop = to;
  while (stop > start) {
    const c = text.charCodeAt(stop - 1);
    if ((c > 0x20 && c < 0xa0) || (c > 0x3000 && c < 0xfeff) || !isSpaceCode(c)) break;
    stop--;
  }
  return stop;
}
