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
 * Memory (issue 7): the maps are typed arrays (5 bytes a character, not the 16 of two
 * JS arrays), and nothing is recorded while the view is still the base text itself
 * (only copies, in order): most texts need no view, and a 20 MB one cost 1.5 GB of maps
 * only to be dropped. The prefix is written out at the first change.
 */
export class ViewBuilder {
  private readonly chunks: string[] = [];
  private mapped = new Int32Array(0);
  private marks = new Uint8Array(0);
  /** View characters recorded in `mapped` and `marks`. */
  private length = 0;
  /** While no change was made: the view so far is base[0, identity). Undefined after. */
  private identity: number | undefined = 0;
  /** Offsets are into `base`, itself possibly a view with its own map. */
  constructor(
    private readonly baseText: string,
    private readonly baseMap?: OffsetMap,
    private readonly baseVirtual?: VirtualMarks,
  ) {}

  /** Whether the view so far differs from the base text. */
  get changed(): boolean {
    return this.identity === undefined;
  }

  get map(): OffsetMap {
    this.materialize();
    return this.mapped.subarray(0, this.length);
  }

  get virtual(): VirtualMarks {
    this.materialize();
    return this.marks.subarray(0, this.length);
  }

  private orig(offset: number): number {
    if (!this.baseMap) return offset;
    return offset < this.baseMap.length ? this.baseMap[offset] : this.baseMap[this.baseMap.length - 1];
  }

  private push(original: number, virtual: boolean): void {
    if (this.length === this.mapped.length) {
      const size = Math.max(1024, this.mapped.length * 2);
      const mapped = new Int32Array(size);
      mapped.set(this.mapped);
      this.mapped = mapped;
      const marks = new Uint8Array(size);
      marks.set(this.marks);
      this.marks = marks;
    }
    this.mapped[this.length] = original;
    this.marks[this.length] = virtual ? 1 : 0;
    this.length++;
  }

  /** Writes out the unchanged prefix, so that what follows can differ from the base. */
  private materialize(): void {
    const upTo = this.identity;
    if (upTo === undefined) return;
    this.identity = undefined;
    if (upTo > 0) this.chunks.push(this.baseText.slice(0, upTo));
    for (let i = 0; i < upTo; i++) this.push(this.orig(i), this.baseVirtual ? this.baseVirtual[i] === 1 : false);
  }

  /** Copies base characters [start, end). */
  copy(start: number, end: number): void {
    if (end <= start) return;
    if (this.identity === start) {
      this.identity = end;
      return;
    }
    this.materialize();
    this.chunks.push(this.baseText.slice(start, end));
    for (let i = start; i < end; i++) this.push(this.orig(i), this.baseVirtual ? this.baseVirtual[i] === 1 : false);
  }

  /** Adds characters that are not in the base, placed before base offset `at`. */
  insert(text: string, at: number): void {
    this.materialize();
    this.chunks.push(text);
    const o = this.orig(at);
    for (let i = 0; i < text.length; i++) this.push(o, true);
  }

  /**
   * Writes `text` in place of base characters [start, end) (an entity). White space
   * written so counts as virtual: a span's end never takes in an &nbsp; after its text.
   */
  replace(text: string, start: number, end: number): void {
    this.materialize();
    this.chunks.push(text);
    for (let i = 0; i < text.length; i++) this.push(this.orig(Math.min(start + i, end - 1)), /\s/.test(text[i]));
  }

  text(): string {
    if (this.identity !== undefined) return this.baseText.slice(0, this.identity);
    return this.chunks.join('');
  }
}

/** The source text the parser reads, whose offsets and ranges lead back to `original`. */
export class ViewText extends SourceText {
  constructor(
    text: string,
    private readonly map: OffsetMap,
    private readonly virtualChars: VirtualMarks,
    private readonly written: SourceText,
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
    return this.toOriginal(offset);
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
