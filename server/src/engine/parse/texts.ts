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

/** The texts of a row's cells, in order. */
export function cellTexts(cells: Span[]): CellText[] {
  // Made at its length (push grows an empty list to 17 places: twice a row's cells).
  const texts = new Array<CellText>(cells.length);
  for (let i = 0; i < cells.length; i++) texts[i] = cellText(cells[i].text);
  return texts;
}
