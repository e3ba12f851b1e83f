// Line bookkeeping for one text: offsets ↔ (line, UTF-16 column), and the text's own
// line ending, so that every edit the engine makes can keep it.

import type { Position, Range } from '../types';
import { isSpaceCode, SPACE_CODES } from './chars';
import { GBK_MOJIBAKE, LATIN1_LEAD, REPLACEMENT } from './misdecoded';
import { fastPaths } from '../fast';

/**
 * What a line holds, as bits, found in the one pass that finds the lines (issue 11): the
 * parser asks these of every line (is it blank, can it be a table row, can it hold a
 * date), and a bit that is off answers without a copy of the line or a pattern run over
 * it. A bit that is on only says the character is there: the check it spares is then made.
 * Read with `src.lineMarks[line] & LineMark.X` (or `src.allMarks` for the whole text).
 */
export const LineMark = {
  /** Some character that is not white space (`\s`, as isSpaceCode): off on a blank line. */
  TEXT: 1,
  /** A TAB. */
  TAB: 2,
  /** A pipe `|`. */
  PIPE: 4,
  /** `<` or `>`. */
  ANGLE: 8,
  /** 月. */
  MONTH: 16,
  /** `-`, `/` or `.` (ISO dates' separators). */
  ISO: 32,
  /** 年. */
  YEAR: 64,
  /** A digit, [0-9０-９]. */
  DIGIT: 128,
  /** 、: where a section heading's numbering may be (一、总体情况), run into a line or not. */
  COMMA: 256,
  /** 磅: Word's style sheet pasted with web text (Normal 0 7.8 磅) needs it. */
  POUND: 512,
  /**
   * A character wrong decoding leaves and text/mojibake.ts counts (U+FFFD, GBK's mojibake, the
   * lead of a Latin-1 pair: text/misdecoded.ts); off in the whole text, it reads as ordinary text.
   */
  ODD: 1024,
  /** Any of TAB, PIPE, ANGLE (a mask, not a bit): a line with none of them is no table line. */
  CELLS: 2 | 4 | 8,
} as const;

/** Each code unit's LineMark bits (line breaks have none: they are not in a line's text). */
const MARKS = ((): Uint16Array => {
  const t = new Uint16Array(0x10000).fill(LineMark.TEXT);
  for (const c of SPACE_CODES) t[c] = 0;
  t[0x09] = LineMark.TAB;
  const mark = (chars: string, bit: number) => {
    for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] |= bit;
  };
  mark('|', LineMark.PIPE);
  mark('<>', LineMark.ANGLE);
  mark('月', LineMark.MONTH);
  mark('-/.', LineMark.ISO);
  mark('年', LineMark.YEAR);
  mark('0123456789０１２３４５６７８９', LineMark.DIGIT);
  mark('、', LineMark.COMMA);
  mark('磅', LineMark.POUND);
  // Latin-1's continuation characters need no mark: each pair counted starts with a lead.
  mark(GBK_MOJIBAKE + LATIN1_LEAD + String.fromCharCode(REPLACEMENT), LineMark.ODD);
  return t;
})();

export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  /** The line ending the text mostly uses; inserted lines use it too (a CR-only file gains no LF). */
  readonly eol: '\n' | '\r\n' | '\r';
  /** Each line's LineMark bits: what its text holds. */
  readonly lineMarks: number[];
  /** The LineMark bits of the whole text (every line's, or'ed). */
  readonly allMarks: number;
  /** Each line's text, sliced when first asked for (lineText). */
  private lineTexts: (string | undefined)[] | undefined;

  constructor(text: string) {
    this.text = text;
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    const found = fastPaths.codeUnits && canReadUnits() ? linesOfUnits(text) : linesOfText(text);
    this.lineStarts = found.lineStarts;
    this.lineMarks = found.lineMarks;
    this.allMarks = found.all;
    this.eol = found.crlf > found.lf && found.crlf >= found.cr ? '\r\n' : found.cr > found.lf && found.cr > found.crlf ? '\r' : '\n';
  }

  /** The text as the user wrote it: this one, unless this is a view (see view.ts). */
  get original(): SourceText {
    return this;
  }

  /** The offset in the original text of this text's offset. */
  toOriginal(offset: number): number {
    return offset;
  }

  /** Where an empty span at `offset` lies in the original text. */
  insertionPoint(offset: number): number {
    return offset;
  }

  /**
   * What a squiggle on an empty span at `offset` covers in the original text: its
   * insertion point, widened in a view where the empty span stands for written characters
   * the view leaves out (see ViewText). Here, a text as written, the point itself: its
   * cells' gaps are found by the parser (Span.gap).
   */
  emptyExtent(offset: number): { start: number; end: number } {
    return { start: offset, end: offset };
  }

  /** The original end offset of the span [start, end) of this text. */
  toOriginalEnd(_start: number, end: number): number {
    return end;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the line's last character, before its line ending. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    // Each line is asked for about seven times per lint (sections, dates, tables, prose…):
    // sliced once.
    const texts = (this.lineTexts ??= new Array<string | undefined>(this.lineStarts.length));
    let text = texts[line];
    if (text === undefined) {
      text = this.text.slice(this.lineStarts[line], this.lineEnd(line));
      if (line >= 0 && line < texts.length) texts[line] = text;
    }
    return text;
  }

  /** The line of this text an offset of this text is on (never mapped to the original). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[position.line] + position.character, this.lineEnd(position.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The line's text without its leading and trailing white space. */
  lineRange(line: number): Range {
    const { start, end } = trimmedSpan(this.text, this.lineStarts[line], this.lineEnd(line));
    return this.range(start, end);
  }

  linesRange(first: number, last: number): Range {
    return this.range(this.lineStarts[first], this.lineEnd(last));
  }
}

/** What the constructor finds: the lines, their marks and how many of each line ending. */
interface Lines {
  lineStarts: number[];
  lineMarks: number[];
  all: number;
  crlf: number;
  lf: number;
  cr: number;
}

/**
 * The lines of `text` read by charCodeAt: the line breaks found by indexOf (native), each
 * line's characters then marked in a tight loop. What linesOfUnits reads from the text's
 * code units (the definition it is tested against), and its way for an engine run outside
 * Node or on a big-endian machine.
 */
function linesOfText(text: string): Lines {
  const lineStarts = [0];
  const lineMarks: number[] = [];
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let all = 0;
  let start = 0;
  let nl = text.indexOf('\n');
  let ret = text.indexOf('\r');
  for (;;) {
    if (ret >= 0 && ret < start) ret = text.indexOf('\r', start);
    if (nl >= 0 && nl < start) nl = text.indexOf('\n', start);
    // The line ends at the next LF, or at a lone CR (old Mac export) before it; a CR
    // just before an LF is the LF's.
    let end = nl < 0 ? text.length : nl;
    let next = end + 1;
    if (ret >= 0 && ret < end) {
      if (ret + 1 === nl) {
        end = ret;
        crlf++;
      } else {
        end = ret;
        next = ret + 1;
        cr++;
      }
    } else if (nl >= 0) lf++;
    let marks = 0;
    let i = start;
    // Four characters a step: a quarter of the loop's own work (its test and jump) per character.
    for (; i + 3 < end; i += 4) {
      marks |= MARKS[text.charCodeAt(i)] | MARKS[text.charCodeAt(i + 1)] | MARKS[text.charCodeAt(i + 2)] | MARKS[text.charCodeAt(i + 3)];
    }
    for (; i < end; i++) marks |= MARKS[text.charCodeAt(i)];
    lineMarks.push(marks);
    all |= marks;
    if (next > text.length) break;
    lineStarts.push(next);
    start = next;
  }
  return { lineStarts, lineMarks, all, crlf, lf, cr };
}

/**
 * linesOfText read from the text's code units: an element of a typed array is read at about
 * twice the speed of a string's charCodeAt (no check of the string's kind, no bounds check
 * against it), and the line breaks are found in the same loop by their BREAK bit, four
 * characters a step, not by an indexOf per line (a call into the runtime each, which stops at
 * every 上 for its byte 0x0A). The units are written into the scratch array a piece of at most
 * `scratchLimit.units` at a time (issue 11: a text past it was read by charCodeAt, its
 * lines then two and a half times the cost, so that 16 MB of text cost more than 16 times 1 MB);
 * a line running over from one piece to the next is carried on in the next.
 */
function linesOfUnits(text: string): Lines {
  const found: Scan = { lineStarts: [0], lineMarks: [], all: 0, crlf: 0, lf: 0, cr: 0, marks: 0, skip: 0 };
  const length = text.length;
  const piece = Math.max(1, scratchLimit.units);
  for (let base = 0; ; base += piece) {
    const n = Math.min(piece, length - base);
    const units = codeUnits(text, base, n);
    scanUnits(units, n, base, base + n < length ? text.charCodeAt(base + n) : -1, found);
    if (base + n >= length) break;
  }
  // The text's last line (empty after a final line break).
  found.lineMarks.push(found.marks);
  found.all |= found.marks;
  return found;
}

/** linesOfUnits' state between pieces: what it found, the marks of the line not yet ended, where the next piece starts. */
interface Scan extends Lines {
  /** The marks of the line the piece ended in (its text so far). */
  marks: number;
  /** 1 when the piece ended in a CR whose LF starts the next piece: that LF is the CR's. */
  skip: number;
}

/**
 * Reads the line breaks and marks of one piece of the text, `units` [0, length) being the
 * text's [base, base + length), into `found`; `following` is the text's code unit just
 * past the piece (-1 at the text's end), which tells a CR at the piece's end from a CRLF.
 */
function scanUnits(units: Uint16Array, length: number, base: number, following: number, found: Scan): void {
  const { lineStarts, lineMarks } = found;
  let { all, crlf, lf, cr, marks } = found;
  let i = found.skip;
  for (;;) {
    for (; i + 3 < length; i += 4) {
      const m = UNIT_MARKS[units[i]] | UNIT_MARKS[units[i + 1]] | UNIT_MARKS[units[i + 2]] | UNIT_MARKS[units[i + 3]];
      if ((m & BREAK) !== 0) break;
      marks |= m;
    }
    // The four with a break in them (or the piece's last few), one by one up to the break.
    for (; i < length; i++) {
      const m = UNIT_MARKS[units[i]];
      if ((m & BREAK) !== 0) break;
      marks |= m;
    }
    if (i >= length) break;
    lineMarks.push(marks);
    all |= marks;
    marks = 0;
    if (units[i] === 10) lf++;
    else if ((i + 1 < length ? units[i + 1] : following) === 10) {
      crlf++;
      i++;
    } else cr++;
    i++;
    lineStarts.push(base + i);
  }
  found.all = all;
  found.crlf = crlf;
  found.lf = lf;
  found.cr = cr;
  found.marks = marks;
  found.skip = i - length;
}

/** UNIT_MARKS' bit for a line break (LF, CR), which no line's marks hold. */
const BREAK = 0x8000;
/** MARKS with LF and CR as BREAK: what linesOfUnits reads. */
const UNIT_MARKS = ((): Uint16Array => {
  const t = MARKS.slice();
  t[10] = BREAK;
  t[13] = BREAK;
  return t;
})();

/**
 * The scratch array's size in code units: a million (2 MB kept for the process's life); a
 * longer text is written into it a piece at a time. A setting only for the tests, which make
 * it small to read short texts in pieces.
 */
export const scratchLimit = { units: 1 << 20 };
/** Node's Buffer, when the engine runs in Node (it writes a string's code units natively). */
const NODE_BUFFER = (globalThis as { Buffer?: typeof Buffer }).Buffer;
/** Whether a Uint16Array reads the bytes Buffer writes as UTF-16LE as code units: a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** One array for every text, grown as needed: no allocation per lint. */
let scratch: { units: Uint16Array; bytes: Buffer } | undefined;

/** Whether the code units can be written into the scratch array (Node, on a little-endian machine). */
function canReadUnits(): boolean {
  return NODE_BUFFER !== undefined && LITTLE_ENDIAN;
}

/**
 * The code units of text [base, base + n), written into the scratch array by Buffer.write
 * (native: a copy of the string's characters) from its start; n is at most scratchLimit.units.
 * Valid until the next call.
 */
function codeUnits(text: string, base: number, n: number): Uint16Array {
  if (scratch === undefined || scratch.units.length < n) {
    const units = new Uint16Array(Math.max(n, Math.min(scratchLimit.units, scratch ? scratch.units.length * 2 : 1 << 14)));
    scratch = { units, bytes: NODE_BUFFER!.from(units.buffer, units.byteOffset, units.byteLength) };
  }
  // A piece of a longer text is a slice of it (no copy: V8 makes a sliced string), then written.
  scratch.bytes.write(base === 0 && n === text.length ? text : text.substring(base, base + n), 0, 'utf16le');
  return scratch.units;
}

/** The span [start, end) narrowed to exclude white space (including 全角 spaces: `\s` has them). */
export function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}
