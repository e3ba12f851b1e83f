// A view of a report's text: what the parser reads when the text as written cannot be
// read line by line (an HTML page's source, a web page flattened onto one line, a PDF's
// hard-wrapped lines). The view is plain text whose every character remembers the offset
// of the character it came from, so ranges found in the view point into the original:
// a diagnostic, a fix or an outline symbol lands on the very characters the user wrote.

import { SourceText } from './source';
import type { Position, Range } from '../types';

/** Offsets of view characters in the base text: an Int32Array (4 bytes a character). */
export type OffsetMap = Int32Array;
/** 1 where a view character was added (not in the base), else 0: a byte a character. */
export type VirtualMarks = Uint8Array;

/**
 * Builds a view left to right. `map[i]` is the original offset of view character i;
 * characters the view adds (line breaks before inline headings, tabs between cells) are
 * marked virtual and map to the original offset they are inserted before.
 *
 * The steps are recorded and the text and maps built only when asked for: the parser
 * tries a line view on every text, and most texts need none (building a map entry per
 * character and throwing it away was a tenth of a typical lint). Memory (issue 7): the
 * maps are typed arrays, 5 bytes a character rather than the 16 of two JS arrays (a 20 MB
 * page's maps cost 1.5 GB as arrays).
 */
export class ViewBuilder {
  /**
   * Steps: a copy of base [start, end), or added text placed at base `start`; step i is
   * steps[3i] (start), steps[3i + 1] (end), steps[3i + 2] (its kind). A typed array, not a
   * record per step (issue 11: a PDF's text joined back line by line makes a step or two per
   * line, half a million at 16 MB, each record kept until the view is built, and copied by
   * the garbage collector meanwhile).
   */
  private steps = new Int32Array(48);
  private count = 0;
  /** The added text of each insert and replace step, in step order. */
  private readonly texts: string[] = [];
  private built?: { map: OffsetMap; virtual: VirtualMarks };
  /** Offsets are into `base`, itself possibly a view with its own map. */
  constructor(
    private readonly baseText: string,
    private readonly baseMap?: OffsetMap,
    private readonly baseVirtual?: VirtualMarks,
  ) {}

  private orig(offset: number): number {
    if (!this.baseMap) return offset;
    return offset < this.baseMap.length ? this.baseMap[offset] : this.baseMap[this.baseMap.length - 1];
  }

  /** Copies base characters [start, end). */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = 3 * (this.count - 1);
    // Adjacent copies (a line and its line break) become one step.
    if (last >= 0 && this.steps[last + 2] === COPY && this.steps[last + 1] === start) this.steps[last + 1] = end;
    else this.push(start, end, COPY);
    this.built = undefined;
  }

  private push(start: number, end: number, kind: StepKind): void {
    let at = 3 * this.count;
    if (at + 3 > this.steps.length) {
      const grown = new Int32Array(this.steps.length * 2);
      grown.set(this.steps);
      this.steps = grown;
    }
    this.steps[at++] = start;
    this.steps[at++] = end;
    this.steps[at] = kind;
    this.count++;
  }

  /** Adds characters that are not in the base, placed before base offset `at`. */
  insert(text: string, at: number): void {
    this.push(at, at, INSERT);
    this.texts.push(text);
    this.built = undefined;
  }

  /**
   * Replaces base characters [start, end) with `text` (an entity decoded), each character
   * mapping into the span; whitespace written so counts as virtual: a span's end never
   * takes in an &nbsp; after its text.
   */
  replace(text: string, start: number, end: number): void {
    this.push(start, end, REPLACE);
    this.texts.push(text);
    this.built = undefined;
  }

  get map(): OffsetMap {
    return this.build().map;
  }

  get virtual(): VirtualMarks {
    return this.build().virtual;
  }

  private build(): { map: OffsetMap; virtual: VirtualMarks } {
    if (this.built) return this.built;
    const { steps, count, texts } = this;
    let length = 0;
    for (let s = 0, added = 0; s < count; s++)
      length += steps[3 * s + 2] === COPY ? steps[3 * s + 1] - steps[3 * s] : texts[added++].length;
    const map = new Int32Array(length);
    const virtual = new Uint8Array(length);
    let at = 0;
    for (let s = 0, added = 0; s < count; s++) {
      const start = steps[3 * s];
      const end = steps[3 * s + 1];
      const kind = steps[3 * s + 2];
      if (kind === COPY) {
        for (let i = start; i < end; i++, at++) {
          map[at] = this.orig(i);
          virtual[at] = this.baseVirtual ? this.baseVirtual[i] : 0;
        }
      } else if (kind === INSERT) {
        const o = this.orig(start);
        const text = texts[added++];
        for (let i = 0; i < text.length; i++, at++) {
          map[at] = o;
          virtual[at] = 1;
        }
      } else {
        const text = texts[added++];
        for (let i = 0; i < text.length; i++, at++) {
          map[at] = this.orig(Math.min(start + i, end - 1));
          virtual[at] = /\s/.test(text[i]) ? 1 : 0;
        }
      }
    }
    this.built = { map, virtual };
    return this.built;
  }

  /**
   * The view's text. Its pieces are joined a few thousand at a time, then those joined: the
   * pieces of a 16 MB text (slices of it, half a million) then die where they were made, not
   * all kept until the last is made and copied by the garbage collector meanwhile (issue 11).
   */
  text(): string {
    const { steps, count, texts } = this;
    const parts: string[] = [];
    const pieces: string[] = [];
    for (let s = 0, added = 0; s < count; s++) {
      pieces.push(steps[3 * s + 2] === COPY ? this.baseText.slice(steps[3 * s], steps[3 * s + 1]) : texts[added++]);
      if (pieces.length === JOINED) {
        parts.push(pieces.join(''));
        pieces.length = 0;
      }
    }
    if (parts.length === 0) return pieces.join('');
    parts.push(pieces.join(''));
    return parts.join('');
  }
}

/** How many of a view's pieces are joined at a time (ViewBuilder.text). */
const JOINED = 4096;

/** What a step of ViewBuilder does: copies base text, inserts text, or replaces base text with text. */
type StepKind = 0 | 1 | 2;
const COPY = 0;
const INSERT = 1;
const REPLACE = 2;

/** A cell's opening tag (the whole tag). */
const CELL_TAG = /^<t[dh]\b[^<>]*>$/i;
/** A tag an empty cell may hold (the whole tag): any but a cell's, a row's or a table's. */
const INNER_TAG = /^<(?!\/?(?:td|th|tr|table|tbody|thead|tfoot)\b)[^<>]*>$/i;
/** What an empty cell may hold: white space, &nbsp;, tags other than a cell's or a row's. */
const EMPTY_CELL_CONTENT = /\s+|&nbsp;|<(?!\/?(?:td|th|tr|table|tbody|thead|tfoot)\b)[^<>]*>/iy;
/** Where an empty cell ends: its closing tag, or the next cell or row. */
const CELL_END = /^<\/?(?:td|th|tr)\b/i;

/** What an empty cell may hold directly, before its closing tag: white space, &nbsp;, <br>. */
const FILLER = /\s+|&nbsp;|<br\s*\/?>/iy;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The source text the parser reads, whose offsets and ranges lead back to `original`. */
export class ViewText extends SourceText {
  constructor(
    text: string,
    private readonly map: OffsetMap,
    private readonly virtualChars: VirtualMarks,
    private readonly written: SourceText,
    /** The view is an HTML page's text: its table rows are <tr> elements of the written text. */
    private readonly html = false,
  ) {
    super(text);
    (this as { eol: SourceText['eol'] }).eol = written.eol;
  }

  override get original(): SourceText {
    return this.written;
  }

  override toOriginal(offset: number): number {
    if (offset >= this.map.length) return this.original.text.length;
    return this.map[Math.max(0, offset)];
  }

  /** The original end of a view span: just past its last character that was written. */
  override toOriginalEnd(start: number, end: number): number {
    if (end <= start) return this.toOriginal(start);
    for (let i = end - 1; i >= start; i--) if (!this.virtualChars[i]) return this.map[i] + 1;
    return this.toOriginal(start);
  }

  /**
   * Where an empty span lies in the original. Between two added characters (an empty
   * table cell: the TABs around it) it is where the earlier one points — just inside the
   * cell's tag in an HTML page — so a fix that fills the cell writes inside the cell.
   */
  override insertionPoint(offset: number): number {
    if (offset > 0 && offset < this.map.length && this.virtualChars[offset] && this.virtualChars[offset - 1]) {
      return this.map[offset - 1];
    }
    // Just after a written character, before an added one (a cell of spaces, then the TAB
    // that stands for the next <td …>): just after that character, not at the next cell.
    if (offset > 0 && offset < this.map.length && this.virtualChars[offset] && !this.virtualChars[offset - 1]) {
      return this.map[offset - 1] + 1;
    }
    return this.toOriginal(offset);
  }

  /**
   * An empty table cell of an HTML page is an insertion point just past its <td …> tag;
   * what the cell holds up to its closing tag (white space, &nbsp;, <br/>, an empty <p>)
   * is left out of the view. In web text flattened onto a line, a blank cell is a point in
   * the run of spaces between its neighbours. A squiggle on the cell covers all of that,
   * so a blank cell can be seen; a fix still writes at the insertion point.
   */
  override emptyExtent(offset: number): { start: number; end: number } {
    const at = this.insertionPoint(offset);
    const text = this.written.text;
    return htmlCellExtent(text, at) ?? spaceRun(text, at) ?? { start: at, end: at };
  }

  /**
   * Where a fix that fills the empty cell at view `offset` writes in the original: its
   * insertion point, taking in a lone filler the cell holds there (<br/>, &nbsp;, spaces)
   * up to its closing tag, so that <td><br/></td> becomes <td>0</td>. Only the filler
   * directly in the cell: an inner element (<p>…</p>) is left as it is.
   */
  fillExtent(offset: number): { start: number; end: number } {
    const at = this.insertionPoint(offset);
    if (!this.html) return { start: at, end: at };
    const text = this.written.text;
    let end = at;
    for (;;) {
      FILLER.lastIndex = end;
      if (!FILLER.test(text)) break;
      end = FILLER.lastIndex;
    }
    return /^<\/t[dh]\b/i.test(text.slice(end, end + 4)) ? { start: at, end } : { start: at, end: at };
  }

  /**
   * Whole lines a fix inserts at view `offset` (a missing table row, TAB-separated) as they
   * go into the written text, or undefined when they have no one place there. In an HTML
   * page the lines become <tr> rows, before the <tr> of the row the view line starts or
   * after the </tr> of the row it ends. In other views (lines split or joined) the lines go
   * in only where the view's line break is one the text has too.
   */
  insertLines(offset: number, newText: string): { start: number; end: number; newText: string } | undefined {
    const text = this.written.text;
    const eol = this.eol;
    const before = newText.endsWith(eol) && (offset === 0 || this.text[offset - 1] === '\n');
    const after = newText.startsWith(eol) && (offset >= this.text.length || this.text[offset] === '\n' || this.text[offset] === '\r');
    if (!before && !after) return undefined;
    if (!this.html) {
      const at = this.insertionPoint(offset);
      if (before && (at === 0 || text[at - 1] === '\n') && !this.virtualChars[offset - 1]) return { start: at, end: at, newText };
      if (after && (at >= text.length || text[at] === '\n' || text[at] === '\r') && !this.virtualChars[offset])
        return { start: at, end: at, newText };
      return undefined;
    }
    const rows = newText
      .split(/\r?\n/)
      .filter((line) => line !== '')
      .map(
        (line) =>
          `<tr>${line
            .split('\t')
            .map((cell) => `<td><p>${escapeHtml(cell)}</p></td>`)
            .join('')}</tr>`,
      )
      .join('');
    if (before) {
      // The row the view line starts: its <tr …> is the last row tag before the line's first character.
      const inside = this.toOriginal(offset);
      const open = Math.max(text.lastIndexOf('<tr', inside), text.lastIndexOf('<TR', inside));
      const close = Math.max(text.lastIndexOf('</tr', inside), text.lastIndexOf('</TR', inside));
      return open >= 0 && open > close && /^<tr\b/i.test(text.slice(open, open + 4))
        ? { start: open, end: open, newText: rows }
        : undefined;
    }
    const inside = this.toOriginal(Math.max(0, offset - 1));
    const close = /<\/tr\s*>/gi;
    close.lastIndex = inside;
    const m = close.exec(text);
    const nextRow = /<tr\b/gi;
    nextRow.lastIndex = inside;
    const n = nextRow.exec(text);
    if (!m || (n && n.index < m.index)) return undefined;
    const at = m.index + m[0].length;
    return { start: at, end: at, newText: rows };
  }

  override positionAt(offset: number): Position {
    return this.original.positionAt(this.toOriginal(offset));
  }

  override range(start: number, end: number): Range {
    if (end === start) {
      const at = this.insertionPoint(start);
      return this.original.range(at, at);
    }
    const s = this.toOriginal(start);
    return this.original.range(s, Math.max(s, this.toOriginalEnd(start, end)));
  }

  override offsetAt(position: Position): number {
    const target = this.original.offsetAt(position);
    let lo = 0;
    let hi = this.map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    // Added characters at the same place (a TAB and the &nbsp; after it) lead to the
    // first written one; between two added characters lies an empty cell (insertionPoint).
    while (lo + 1 < this.map.length && this.virtualChars[lo] && this.map[lo + 1] === target) lo++;
    if (this.virtualChars[lo] && this.virtualChars[lo + 1] && this.map[lo] === target) return lo + 1;
    return lo;
  }
}

/**
 * What the HTML cell around `at` holds, when it holds nothing to read. Back to the cell's
 * opening tag over what an empty cell may hold, then on to its end: each step takes in
 * what it looked at, so the walk costs the cell's own content.
 */
function htmlCellExtent(text: string, at: number): { start: number; end: number } | undefined {
  let start = at;
  for (;;) {
    if (start > 0 && /\s/.test(text[start - 1])) start--;
    else if (start >= 6 && text.slice(start - 6, start).toLowerCase() === '&nbsp;') start -= 6;
    else if (text[start - 1] === '>') {
      const tag = text.lastIndexOf('<', start - 1);
      const name = tag < 0 ? '' : text.slice(tag, start);
      if (CELL_TAG.test(name)) break;
      if (!INNER_TAG.test(name)) return undefined;
      start = tag;
    } else return undefined;
  }
  let end = at;
  for (;;) {
    EMPTY_CELL_CONTENT.lastIndex = end;
    if (!EMPTY_CELL_CONTENT.test(text)) break;
    end = EMPTY_CELL_CONTENT.lastIndex;
  }
  return CELL_END.test(text.slice(end, end + 6)) ? { start, end } : undefined;
}

/** The run of spaces on its line that `at` lies in, if any. */
function spaceRun(text: string, at: number): { start: number; end: number } | undefined {
  let start = at;
  let end = at;
  while (start > 0 && LINE_SPACE.test(text[start - 1])) start--;
  while (end < text.length && LINE_SPACE.test(text[end])) end++;
  return end > start ? { start, end } : undefined;
}

const LINE_SPACE = /[ \t\u3000\u00a0]/;
