// Number cells: reading their values, and finding which cells of a row hold the numbers
// when merged-cell gaps pad the row with empty cells.

import type { Cell, GridRow, Span } from '../model';
import type { Localized } from '../types';
import { memo } from '../memo';
import { lineCellOffsets, LineRow } from './grid';
import { EMPTY_TEXT, WORD, type CellText } from './texts';

export type NumberKind = 'count' | 'amount' | 'delta';

const ASCII_DIGITS = /^[0-9]+$/;

/**
 * A count is a non-negative whole number; an amount (fees in 万元) may have decimals and
 * its unit; a delta (2019 format's 本年增/减) may be negative.
 */
export function readNumber(text: string, kind: NumberKind = 'count'): Pick<Cell, 'status' | 'value' | 'problem'> {
  // Most cells are plain ASCII digits: read them without normalising.
  if (text.length > 0 && text.length <= 15 && ASCII_DIGITS.test(text)) return { status: 'ok', value: Number(text) };
  let t = text
    .replace(/&nbsp;/gi, '')
    // Markdown's escapes, as converters write a sign or a point (\-1, 1\.5).
    .replace(/\\([-+.])/g, '$1')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[−－]/, '-');
  if (t === '') return { status: 'blank', value: null };
  if (kind === 'amount') t = t.replace(/(万元|元)$/, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (/^\d+$/.test(t)) return { status: 'ok', value: Number(t) };
  if (/^[-+]\d+(\.\d+)?$/.test(t)) {
    if (kind === 'delta' && /^[-+]\d+$/.test(t)) return { status: 'ok', value: Number(t) };
    if (t.startsWith('-')) return { status: 'invalid', value: null, problem: 'negative' };
  }
  if (/^\d+\.\d+$/.test(t)) {
    return kind === 'amount' ? { status: 'ok', value: Number(t) } : { status: 'invalid', value: null, problem: 'fraction' };
  }
  return { status: 'invalid', value: null, problem: 'text' };
}

/**
 * The value cells of a row: the cells after its label, with the empty (or filled `-`)
 * cells that merged headers leave at either end dropped until the count fits (trailing ones first, since
 * exports pad rows at the end). What remains may still be too many or too few (GR107),
 * or hold empty cells inside (GR103).
 */
export function takeValues(cells: Span[], expected: number): Span[] {
  const values = cells.slice();
  while (values.length > expected && padding(values[values.length - 1].text)) values.pop();
  while (values.length > expected && padding(values[0].text)) values.shift();
  return values;
}

/** An empty cell, or a converter's filler for one (`-`, `—`, `/`). */
function padding(text: string): boolean {
  return text === '' || /^(?:-|—{1,2}|\/)$/.test(text);
}

export interface CellNames {
  rowKey: string;
  rowName: Localized;
  columns: { key: string; short: Localized; kind?: NumberKind }[];
}

/**
 * Keys and names of cells past a row's columns, shared by every row: a table of a
 * million over-long rows would otherwise hold a million copies of each.
 */
const EXTRA_COLUMNS: { key: string; name: Localized }[] = [];
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => (EXTRA_COLUMNS.length = 0));

function extraColumn(i: number): { key: string; name: Localized } {
  return (EXTRA_COLUMNS[i] ??= Object.freeze({ key: `extra${i}`, name: Object.freeze({ zh: `第${i + 1}列`, en: `column ${i + 1}` }) }));
}

/** What toCells takes from readNumber for plain digits (their value read from the text). */
const PLAIN: Pick<Cell, 'status' | 'value' | 'problem'> = Object.freeze({ status: 'ok', value: null });

/** What readNumber gives for an empty cell, of any kind (every row has some): one record for all. */
const BLANK: Pick<Cell, 'status' | 'value' | 'problem'> = Object.freeze({ status: 'blank', value: null });

export function toCells(values: Span[], names: CellNames): Cell[] {
  return values.map((span, i) => toCell(span, i, names));
}

/**
 * toCells(takeValues(cells.slice(from), expected), names): the value cells of a row whose
 * label ends before `from`, read without the two copies of the row's cells.
 */
export function valueCells(cells: Span[], from: number, expected: number, names: CellNames): Cell[] {
  let to = cells.length;
  while (to - from > expected && padding(cells[to - 1].text)) to--;
  while (to - from > expected && padding(cells[from].text)) from++;
  // Made at its length (push grows an empty list to 17 places, over twice a row's values).
  const out = new Array<Cell>(Math.max(0, to - from));
  for (let i = from; i < to; i++) out[i - from] = toCell(cells[i], i - from, names);
  return out;
}

/** text.length <= 15 && /^[0-9]+$/.test(text), by char codes (asked of every value cell). */
export function asciiDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Number(text) when asciiDigits(text), else -1: the value read off the char codes as they
 * are tested (Number() of a fresh string is a call into the runtime per cell). Exact: at
 * most 15 digits, below 2^53, so every partial sum is a whole number a double holds.
 */
export function digitsValue(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

function toCell({ text, start, end, gap }: Span, i: number, names: CellNames): Cell {
  return makeCell(text, start, end, gap, i, names);
}

function makeCell(text: string, start: number, end: number, gap: Span['gap'], i: number, names: CellNames): Cell {
  // Fields written out, not spread: spreading made each cell cost microseconds, which a
  // row of 100,000 cells (an HTML row with its closing tags missing) turned into seconds.
  const column = names.columns[i];
  // Plain digits (most cells) read here as readNumber reads them first, without its result
  // object; empty cells without its five replacements of nothing.
  const digits = digitsValue(text);
  const plain = digits >= 0;
  const { status, value, problem } = plain ? PLAIN : text === '' ? BLANK : readNumber(text, column?.kind);
  const cell: Cell = {
    text,
    start,
    end,
    status,
    value: plain ? digits : value,
    rowKey: names.rowKey,
    columnKey: column?.key ?? extraColumn(i).key,
    rowName: names.rowName,
    columnName: column?.short ?? extraColumn(i).name,
  };
  if (problem !== undefined) cell.problem = problem;
  if (gap !== undefined && status === 'blank') cell.gap = gap;
  return cell;
}

/** The row's word cell i as a Span (a matched label's), `told` its text: a LineRow makes it from its offsets. */
export function spanOf(grid: GridRow, i: number, told: CellText): Span {
  return grid instanceof LineRow ? grid.wordAt(i, told.text) : grid.cells[i];
}

/**
 * valueCells(grid.cells, from, expected, names), `told` the row's cell texts: a LineRow's
 * Cells made from its offsets, without its spans.
 */
export function rowValues(grid: GridRow, told: CellText[], from: number, expected: number, names: CellNames): Cell[] {
  if (!(grid instanceof LineRow) || !grid.held) return valueCells(grid.cells, from, expected, names);
  let to = told.length;
  while (to - from > expected && isPadding(told[to - 1])) to--;
  while (to - from > expected && isPadding(told[from])) from++;
  const offsets = lineCellOffsets();
  // Read once, not per cell (a getter is a call until the function is optimised).
  const whole = grid.text;
  const base = grid.base;
  const out = new Array<Cell>(Math.max(0, to - from));
  for (let i = from; i < to; i++) {
    const k = base + 4 * i;
    const start = offsets[k];
    const end = offsets[k + 1];
    const t = told[i];
    // A word's text is its record's; a number's is copied (one digit is a string V8 keeps).
    const text = t === EMPTY_TEXT ? '' : t.kind === WORD ? t.text : whole.slice(start, end);
    const gap = offsets[k + 2] >= 0 ? { start: offsets[k + 2], end: offsets[k + 3] } : undefined;
    out[i - from] = makeCell(text, start, end, gap, i - from, names);
  }
  return out;
}

/** padding() of a cell by its told text: empty, or a word that is a filler. */
function isPadding(told: CellText): boolean {
  return told === EMPTY_TEXT || (told.kind === WORD && padding(told.text));
}
