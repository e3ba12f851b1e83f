// What a table cell's text is, told once per cell: empty, a number, or a word — and for a
// word, what the table readers asked of it, kept with it. The same labels recur in every
// report, and every reader used to ask each cell again (a number test, a normalised copy
// to join split words, the table vote, table 1's format, table 2's four matchers), each a
// lookup of the lint's fresh copy of the text in a memo of its own. Now a cell's text is
// looked up once (tables.ts reads the rows' texts next to the rows) and the readers read
// the answers off its record.

import type { Span } from '../model';
import type { ColumnSpec, RowSpec } from '../format/labels';
import { isNumeric, type LabelMatch } from './match';
import { memo } from '../memo';
import { ownText } from '../text/own';
import { fastPaths } from '../fast';

export const EMPTY = 0;
export const NUMBER = 1;
export const WORD = 2;

/**
 * One cell's text as the readers see it. Numbers and empty cells share one record each
 * (they are told by their characters, without a lookup); a word's record is shared by
 * every cell with that text, its answers filled in when first asked (undefined: not yet;
 * null: asked, no match). The answers are functions of the text alone.
 */
export class CellText {
  /** classify's votes: 勾稽 (for table 2), then the match scores of tables 1, 2 and 3. */
  vote: readonly [number, number, number, number] | undefined = undefined;
  /** One of the three tables' labels, normalised (joinSplitWords). */
  label: boolean | undefined = undefined;
  /** Table 1's format (table1Format): 1 a label only the trial format has, 2 one only the 2021 format has, 0 neither; -1 not yet asked. */
  format = -1;
  /** Table 2: shaped like a header label; like a group label; like the trial format's （六）其他处理. */
  header2Shape: boolean | undefined = undefined;
  group2Shape: boolean | undefined = undefined;
  other2019: boolean | undefined = undefined;
  /** Table 2: the data row it names; the column it names. */
  row2: LabelMatch<RowSpec> | null | undefined = undefined;
  column2: LabelMatch<ColumnSpec | { label: string }> | null | undefined = undefined;
  /**
   * A word's text (the readers read a label's text here, not off its cell: a line's cells
   * are held as offsets until asked, grid.ts LineRow); '' for the empty and number records.
   */
  constructor(
    readonly kind: typeof EMPTY | typeof NUMBER | typeof WORD,
    readonly text: string,
  ) {}
}

function settled(kind: typeof EMPTY | typeof NUMBER): CellText {
  // No label is empty or a number: nothing a reader asks of a word holds for these.
  const t = new CellText(kind, '');
  t.label = false;
  t.format = 0;
  // Not frozen: a frozen record's shape would make every reader's field loads see two.
  return t;
}

export const EMPTY_TEXT = settled(EMPTY);
export const NUMBER_TEXT = settled(NUMBER);

/** Words' records by text, bounded like the catalogues' memos. */
const WORDS = new Map<string, CellText>();
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => WORDS.clear());

export function cellText(text: string): CellText {
  if (text === '') return EMPTY_TEXT;
  // A number is told by its characters (most cells), without hashing the text; plain ASCII
  // digits (nearly all) by this loop, without isNumeric's calls (a cold lint pays for each).
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  if (i === text.length || isNumeric(text)) return NUMBER_TEXT;
  return wordText(text);
}

/** The record of a text that is neither empty nor a number. */
export function wordText(text: string): CellText {
  let word = WORDS.get(text);
  if (word === undefined) {
    // Kept by its own copy of the text, not by a view into the report (text/own.ts).
    const own = ownText(text);
    word = new CellText(WORD, own);
    // Stryker disable next-line all: the memo's bound changes no result (only memory)
    if (WORDS.size >= 4096) WORDS.clear();
    WORDS.set(own, word);
  }
  return word;
}

/**
 * Word records by where a cell's text lies in a report, found without a copy of it: a
 * direct-mapped table of 1,024 places, a record's place hashed from its text's length and
 * first and last two characters, a hit checked by comparing the record's text with the
 * report's characters there (startsWith, no copy). Each word cell of a line row used to
 * be sliced out of the report and hashed whole for WORDS (a fresh string per cell per
 * lint, 79 on a typical report); a record now found here costs five character reads and
 * one comparison. A place holds the last record put there: a miss (a new word, a clash)
 * takes the slow way (slice, isNumeric, wordText) and keeps its record. Only words are
 * kept: a record's text is its own copy (wordText), so no report is held.
 */
const SLOTS: (CellText | undefined)[] = new Array<CellText | undefined>(1024).fill(undefined);
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => SLOTS.fill(undefined));

function slotOf(whole: string, start: number, end: number): number {
  const h =
    Math.imul(whole.charCodeAt(start) ^ (whole.charCodeAt(end - 1) << 16), 0x9e3779b1) ^
    Math.imul(whole.charCodeAt(start + 1) ^ (whole.charCodeAt(end - 2) << 16) ^ (end - start), 0x85ebca6b);
  return (h ^ (h >>> 15)) & 1023;
}

/**
 * cellText of whole.slice(start, end) (not empty, not plain ASCII digits: the caller tells
 * those), looked up by place (SLOTS) when fastPaths.cellWords is on.
 */
export function wordAt(whole: string, start: number, end: number): CellText {
  // A text of one character hashes its neighbours; harmless: the comparison decides.
  if (!fastPaths.cellWords) return slowWordAt(whole, start, end);
  const slot = slotOf(whole, start, end);
  const found = SLOTS[slot];
  if (found !== undefined && found.text.length === end - start && whole.startsWith(found.text, start)) return found;
  const told = slowWordAt(whole, start, end);
  if (told.kind === WORD) SLOTS[slot] = told;
  return told;
}

function slowWordAt(whole: string, start: number, end: number): CellText {
  const text = whole.slice(start, end);
  return isNumeric(text) ? NUMBER_TEXT : wordText(text);
}

/** The texts of a row's cells, in order. */
export function cellTexts(cells: Span[]): CellText[] {
  // Made at its length (push grows an empty list to 17 places: twice a row's cells).
  const texts = new Array<CellText>(cells.length);
  for (let i = 0; i < cells.length; i++) texts[i] = cellText(cells[i].text);
  return texts;
}
