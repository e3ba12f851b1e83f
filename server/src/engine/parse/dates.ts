// Dates as reports write them: 2022年1月1日, 2022 年 12 月 31 日, （年 omitted）12月31日,
// 全角 digits, and the web copies' 2023-01-28.

import type { DateMention, DatePart } from '../model';
import type { SourceText } from '../text/source';
import { fastPaths } from '../fast';
import { charTable, isDigitCode, SPACE_CODES } from '../text/chars';

const CN_DATE = /(?:([0-9０-９]{4})\s*年\s*)?([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*[日号]/g;
const ISO_DATE = /(?<![0-9])([12][0-9]{3})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])/g;

const PATTERNS = [CN_DATE, ISO_DATE];

/** What ISO_DATE needs between its digits: one pass (three indexOf calls were three). */
const ISO_SEPARATOR = /[-/.]/;

function hasIsoSeparator(text: string): boolean {
  return ISO_SEPARATOR.test(text);
}

function part(text: string, base: number, match: RegExpExecArray, group: number): DatePart | undefined {
  const s = match[group];
  if (s === undefined) return undefined;
  // Find the group's own offset: search after the previous group inside the match.
  let from = match.index;
  for (let g = 1; g < group; g++) {
    const prev = match[g];
    if (prev !== undefined) from = text.indexOf(prev, from) + prev.length;
  }
  const at = text.indexOf(s, from);
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const value = fastPaths.dates ? digitsValue(s) : Number(s.normalize('NFKC'));
  return { value, start: base + at, end: base + at + s.length };
}

/**
 * The date of a match of either pattern, its parts found by char code: each group is a run
 * of digits, and what lies between two groups (and before the first) has none (white space,
 * 年 月, a separator), so a group starts at the first digit after the one before it, where
 * part's indexOf finds it (its offset searched from the match's start for each group).
 */
function dateOf(text: string, base: number, match: RegExpExecArray): DateMention {
  let at = match.index;
  let year: DatePart | undefined;
  const y = match[1];
  if (y !== undefined) {
    year = { value: digitsValue(y), start: base + at, end: base + at + y.length };
    at += y.length;
  }
  const m = match[2];
  while (!isDigitCode(text.charCodeAt(at))) at++;
  const month = { value: digitsValue(m), start: base + at, end: base + at + m.length };
  at += m.length;
  const d = match[3];
  while (!isDigitCode(text.charCodeAt(at))) at++;
  const day = { value: digitsValue(d), start: base + at, end: base + at + d.length };
  return { year, month, day, start: base + match.index, end: base + match.index + match[0].length };
}

/** The number a run of [0-9０-９] writes: Number(s.normalize('NFKC')) without NFKC's cost. */
export function digitsValue(s: string): number {
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    value = value * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return value;
}

/** Every date in `text` (a line), with offsets shifted by `base`. */
export function findDates(text: string, base: number): DateMention[] {
  return findDatesWith(text, base, text.includes('月'), hasIsoSeparator(text));
}

/**
 * findDates, told whether the line has a 月 and a - / . (its LineMarks MONTH and ISO, which
 * the parser has for every line): each pattern runs only where its mark is.
 */
export function findDatesWith(text: string, base: number, month: boolean, iso: boolean): DateMention[] {
  const found: DateMention[] = [];
  addDates(text, base, month, iso, found);
  return found;
}

/**
 * findDatesWith, its dates pushed onto `found` (the parser's list of every date): no list
 * per line. The dates already in `found` are left as they are.
 */
export function addDates(text: string, base: number, month: boolean, iso: boolean, found: DateMention[]): void {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.dates) {
    // Most lines have no 月 and no - / . between digits: each pattern runs only where its
    // mark is (the parser looks at every line), from where its first match can start.
    addDatesFrom(text, base, month ? firstCnStart(text) : -1, iso ? firstIsoStart(text) : -1, found);
    return;
  }
  const first = found.length;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const year = part(text, base, m, 1);
      const month = part(text, base, m, 2)!;
      const day = part(text, base, m, 3)!;
      found.push({ year, month, day, start: base + m.index, end: base + m.index + m[0].length });
    }
  }
  if (found.length - first > 1) sortFrom(found, first);
}

/**
 * addDates with each pattern run from where its first match can start (-1: it has none):
 * `cnFrom` for CN_DATE, `isoFrom` for ISO_DATE, offsets in `text`.
 */
function addDatesFrom(text: string, base: number, cnFrom: number, isoFrom: number, found: DateMention[]): void {
  const first = found.length;
  let m: RegExpExecArray | null;
  if (cnFrom >= 0) {
    CN_DATE.lastIndex = cnFrom;
    while ((m = CN_DATE.exec(text))) found.push(dateOf(text, base, m));
  }
  // Each pattern finds its dates in order: only when both found some are they put in order.
  const cn = found.length;
  if (isoFrom >= 0) {
    ISO_DATE.lastIndex = isoFrom;
    while ((m = ISO_DATE.exec(text))) found.push(dateOf(text, base, m));
  }
  if (cn > first && found.length > cn) sortFrom(found, first);
}

/**
 * addDates for line `line` of `src`, told by its marks whether it has a 月 and a - / .:
 * where each pattern can first match is found in the source's text, so a line whose marks
 * promise a date it has not (a table row 1. 属于…, 3.5) is not copied.
 */
export function addLineDates(src: SourceText, line: number, month: boolean, iso: boolean, found: DateMention[]): void {
  const start = src.lineStarts[line];
  const end = src.lineEnd(line);
  const cn = month ? cnStartIn(src.text, start, end) : -1;
  const isoAt = iso ? isoStartIn(src.text, start, end) : -1;
  if (cn < 0 && isoAt < 0) return;
  addDatesFrom(src.lineText(line), start, cn < 0 ? -1 : cn - start, isoAt < 0 ? -1 : isoAt - start, found);
}

/** What CN_DATE may hold before its 月: white space, digits and 年. */
const BEFORE_MONTH = ((): Uint8Array => {
  const t = charTable('0123456789０１２３４５６７８９年');
  for (const c of SPACE_CODES) t[c] = 1;
  return t;
})();

/**
 * Where CN_DATE's first match can start, or -1 when it has none: every match holds a 月,
 * with only white space, digits and 年 before it in the match. A match of the first 月
 * starts in the run of those characters just before it; one of a later 月, after the
 * first. The pattern is run from there, not from the line's start (a long sentence whose
 * date comes last: 本报告所列数据统计期限为 2022 年 1 月 1 日…).
 */
function firstCnStart(text: string): number {
  return cnStartIn(text, 0, text.length);
}

/** firstCnStart of the line [start, end) of `text`, as an offset in `text`. */
function cnStartIn(text: string, start: number, end: number): number {
  const month = text.indexOf('月', start);
  if (month < 0 || month >= end) return -1;
  let at = month;
  while (at > start && BEFORE_MONTH[text.charCodeAt(at - 1)] === 1) at--;
  return at;
}

/**
 * Where ISO_DATE's first match can start, or -1 when it has none: a match starts with
 * [12][0-9]{3} just before its first separator, so at the first - / . with such four
 * characters before it. Table rows (1. 属于国家秘密, 3.5) have none.
 */
function firstIsoStart(text: string): number {
  return isoStartIn(text, 0, text.length);
}

/**
 * firstIsoStart of the line [start, end) of `text`, as an offset in `text`. A character that
 * is not an ASCII digit cannot be among the four digits before a separator in the next four
 * places: the search then steps five on, so a line of prose is read about one character in five.
 */
function isoStartIn(text: string, start: number, end: number): number {
  let i = start + 4;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2f || c === 0x2e) {
      const y = text.charCodeAt(i - 4);
      if (
        (y === 0x31 || y === 0x32) &&
        isAsciiDigit(text.charCodeAt(i - 3)) &&
        isAsciiDigit(text.charCodeAt(i - 2)) &&
        isAsciiDigit(text.charCodeAt(i - 1))
      ) {
        return i - 4;
      }
    }
    // A separator is no digit either: it steps five on too.
    i += isAsciiDigit(c) ? 1 : 5;
  }
  return -1;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** found[from…] sorted by start, as Array.prototype.sort (stable) sorts them; the dates before `from` untouched. */
function sortFrom(found: DateMention[], from: number): void {
  const tail = found.slice(from).sort((a, b) => a.start - b.start);
  for (let i = 0; i < tail.length; i++) found[from + i] = tail[i];
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(d: DateMention): boolean {
  const m = d.month.value;
  return m >= 1 && m <= 12 && d.day.value >= 1 && d.day.value <= daysInMonth(d.year?.value, m);
}
