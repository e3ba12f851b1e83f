// A view of a report's text: what the parser reads when the text as written cannot be
// read line by line (an HTML page's source, a web page flattened onto one line, a PDF's
// hard-wrapped lines). The view is plain text whose every character remembers the offset
// of the character it came from, so ranges found in the view point into the original:
// a diagnostic, a fix or an outline symbol lands on the very characters the user wrote.

import { SourceText } from './source';
import type { Position, Range } from '../types';

/**
 * Builds a view left to right. `map[i]` is the original offset of view character i;
 * characters the view adds (line breaks before inline headings, tabs between cells) are
 * marked virtual and map to the original offset they are inserted before.
 */
export class ViewBuilder {
  private readonly chunks: string[] = [];
  readonly map: number[] = [];
  readonly virtual: boolean[] = [];
  /** Offsets are into `base`, itself possibly a view with its own map. */
  constructor(
    private readonly baseText: string,
    private readonly baseMap?: readonly number[],
    private readonly baseVirtual?: readonly boolean[],
  ) {}

  private orig(offset: number): number {
    if (!this.baseMap) return offset;
    return offset < this.baseMap.length ? this.baseMap[offset] : this.baseMap[this.baseMap.length - 1];
  }

  /** Copies base characters [start, end). */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.chunks.push(this.baseText.slice(start, end));
    for (let i = start; i < end; i++) {
      this.map.push(this.orig(i));
      this.virtual.push(this.baseVirtual ? this.baseVirtual[i] : false);
    }
  }

  /** Adds characters that are not in the base, placed before base offset `at`. */
  insert(text: string, at: number): void {
    this.chunks.push(text);
    const o = this.orig(at);
    for (let i = 0; i < text.length; i++) {
      this.map.push(o);
      this.virtual.push(true);
    }
  }

  /**
   * Writes `text` in place of base characters [start, end) (an entity). White space
   * written so counts as virtual: a span's end never takes in an &nbsp; after its text.
   */
  replace(text: string, start: number, end: number): void {
    this.chunks.push(text);
    for (let i = 0; i < text.length; i++) {
      this.map.push(this.orig(Math.min(start + i, end - 1)));
      this.virtual.push(/\s/.test(text[i]));
    }
  }

  text(): string {
    return this.chunks.join('');
  }
}

/** The source text the parser reads, whose offsets and ranges lead back to `original`. */
export class ViewText extends SourceText {
  constructor(
    text: string,
    private readonly map: readonly number[],
    private readonly virtualChars: readonly boolean[],
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
