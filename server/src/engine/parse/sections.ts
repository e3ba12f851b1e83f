// Section headings (一、总体情况 … 六、其他需要报告的事项) and the sub-headings inside them.
// Headings are recognised by their key words, so that 5、 or （五） or a wrong numeral is
// still found — and then reported by GR004 rather than hiding the section.

import type { FeeSection, Heading, Section, SubHeading } from '../model';
import { FEE_SECTION } from '../format/fees';
import { SECTIONS, type SectionSpec } from '../format/sections';
import { LineMark, type SourceText } from '../text/source';
import { trimmedSpan } from '../text/source';
import { charTable, isSpaceCode, SPACE_CODES } from '../text/chars';
import { fastPaths } from '../fast';
import { numeralValue } from '../text/normalize';
import { HEADING_TITLE_MAX_LENGTH } from '../heuristics';
import { memo } from '../memo';
import { ownText } from '../text/own';
import { TABLE2_ROWS } from '../format/table2';
import { bestMatch } from './match';

const CHINESE = /^([一二三四五六七八九十])\s*([、.．，,:：]|\s)\s*/;
const DIGIT = /^([0-9０-９])\s*([、.．，,:：])\s*/;
const PAREN = /^[（(]\s*([一二三四五六七八九十0-9])\s*[）)]\s*/;

/** A table line: cells separated by TAB or pipes; never a heading. */
export function isTableLine(line: string): boolean {
  if (line.includes('\t')) return true;
  // Each pattern only where its character is (most lines have neither): indexOf is native
  // and allocates nothing.
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if ((!fastPaths.lineMarks || line.includes('|')) && (/\|.*\|/.test(line) || /^\s*\|/.test(line))) return true;
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  return (!fastPaths.lineMarks || line.includes('<')) && /<\/?(?:table|tbody|thead|tr|td|th)\b/i.test(line);
}

/** The heading's title: what precedes inline text (一、总体情况。2022年…). */
function titleOf(rest: string): string {
  const cut = rest.search(/[。：:]/);
  return (cut >= 0 ? rest.slice(0, cut) : rest).trim();
}

/** Markdown heading marks a converter adds (## 一、总体情况, **一、总体情况**). */
const MARK_START = /^(?:#{1,6}[ \t]*|[*_]{2}[ \t]*)+/;

/** What a closing mark trimmed off a heading is made of ([ \t*_#]). */
const MARK_END = charTable(' \t*_#');
/** What MARK_START starts with. */
const MARK_FIRST = charTable('#*_');

/** The line's text without surrounding spaces and Markdown heading marks. */
function markupless(src: SourceText, line: number): { start: number; end: number } {
  const span = trimmedSpan(src.text, src.lineStarts[line], src.lineEnd(line));
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.lineMarks) {
    // Read in the text itself: a line not starting with # * _ has no leading marks, and
    // the closing ones are told by char code, without a copy of the line.
    const text = src.text;
    let lead = 0;
    if (span.end > span.start && MARK_FIRST[text.charCodeAt(span.start)] === 1) {
      lead = MARK_START.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
    }
    let end = span.end;
    while (end > span.start + lead && MARK_END[text.charCodeAt(end - 1)] === 1) end--;
    return { start: span.start + lead, end };
  }
  const text = src.text.slice(span.start, span.end);
  const lead = MARK_START.exec(text)?.[0].length ?? 0;
  // Closing marks (**, ##) trimmed by a loop: a pattern anchored at $ retries every start.
  let end = text.length;
  while (end > lead && /[ \t*_#]/.test(text[end - 1])) end--;
  const trail = text.length - end;
  return { start: span.start + lead, end: Math.max(span.start + lead, span.end - trail) };
}

interface Candidate {
  heading: Heading;
  id: number;
}

const FORMS: [RegExp, 'chinese' | 'digit' | 'paren'][] = [
  [CHINESE, 'chinese'],
  [DIGIT, 'digit'],
  [PAREN, 'paren'],
];

const CHINESE_NUMERAL = charTable('一二三四五六七八九十');
const DIGIT_CHAR = charTable('0123456789０１２３４５６７８９');
/** CHINESE's and DIGIT's separators after the numeral (CHINESE also takes white space). */
const SEPARATOR = charTable('、.．，,:：');
const CHINESE_FORM = [FORMS[0]];
const DIGIT_FORM = [FORMS[1]];
const PAREN_FORM = [FORMS[2]];

/**
 * The one form of FORMS that can match the text [start, end), by its first characters:
 * CHINESE needs a Chinese numeral then white space or a separator, DIGIT a digit then a
 * separator past white space, PAREN a bracket. The forms start with different characters,
 * so the first that matches is the one that can. Most lines that start with a numeral
 * (2022年，… ; 1.…) are told no without a copy or a pattern.
 */
function formsAt(text: string, start: number, end: number): typeof FORMS {
  if (start >= end) return NO_FORM;
  const c = text.charCodeAt(start);
  if (CHINESE_NUMERAL[c] === 1) {
    const next = start + 1 < end ? text.charCodeAt(start + 1) : -1;
    return next >= 0 && (SEPARATOR[next] === 1 || isSpaceCode(next)) ? CHINESE_FORM : NO_FORM;
  }
  if (DIGIT_CHAR[c] === 1) {
    let at = start + 1;
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
    return at < end && SEPARATOR[text.charCodeAt(at)] === 1 ? DIGIT_FORM : NO_FORM;
  }
  return c === 0xff08 || c === 0x28 ? PAREN_FORM : NO_FORM;
}

/** formsAt's answer for a line no form can match: one empty list, not one per line. */
const NO_FORM: typeof FORMS = [];

/** What a heading's or sub-heading's numbering starts with (CHINESE, DIGIT, PAREN, SUB). */
const NUMBERING_FIRST = charTable('一二三四五六七八九十0123456789０１２３４５６７８９（(');

/**
 * Characters a line with a heading cannot start with: not NUMBERING_FIRST, not white space
 * and not Markdown's # * _ that lineMayBeNumbered passes over (with `marks`) before it.
 */
const LEADS_NOWHERE = ((): Uint8Array => {
  const t = new Uint8Array(0x10000).fill(1);
  for (const c of SPACE_CODES) t[c] = 0;
  for (const ch of '#*_一二三四五六七八九十0123456789０１２３４５６７８９（(') t[ch.charCodeAt(0)] = 0;
  return t;
})();

/**
 * Whether the line's first character past white space (and, with `marks`, past Markdown's
 * # * _) can start a numbering. Every heading pattern is anchored at that character, so a
 * line failing this is no heading: most lines are told so without a copy or a pattern.
 */
function mayBeNumbered(line: string, marks: boolean): boolean {
  let i = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!(isSpaceCode(c) || (marks && (c === 0x23 || c === 0x2a || c === 0x5f)))) break;
  }
  return i < line.length && NUMBERING_FIRST[line.charCodeAt(i)] === 1;
}

/**
 * mayBeNumbered(src.lineText(line), marks), read in the text itself: most lines are told
 * no by their first character, without a copy of the line.
 */
function lineMayBeNumbered(src: SourceText, line: number, marks: boolean): boolean {
  const text = src.text;
  const end = src.lineEnd(line);
  let i = src.lineStarts[line];
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(isSpaceCode(c) || (marks && (c === 0x23 || c === 0x2a || c === 0x5f)))) break;
  }
  return i < end && NUMBERING_FIRST[text.charCodeAt(i)] === 1;
}

/**
 * Whether the line cannot be a heading (marks: past Markdown's heading marks) by its
 * first character or by being a table line; the line marks tell most lines from prose
 * without a copy or a pattern.
 */
function notHeading(src: SourceText, line: number, marks: boolean): boolean {
  if (fastPaths.lineMarks) {
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.headings && !lineMayBeNumbered(src, line, marks)) return true;
    const lineMarks = src.lineMarks[line];
    // A TAB makes a table line (isTableLine's first test); a pipe or < may.
    if ((lineMarks & LineMark.TAB) !== 0) return true;
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    return (lineMarks & LineMark.CELLS) !== 0 && isTableLine(src.lineText(line));
  }
  const raw = src.lineText(line);
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  return (fastPaths.headings && !mayBeNumbered(raw, marks)) || isTableLine(raw);
}

function readHeading(src: SourceText, line: number): Candidate | undefined {
  if (notHeading(src, line, true)) return undefined;
  return headingIn(src, line, markupless(src, line));
}

/** What a numbering form's pattern gives: the numbering with the spaces after it, its numeral, its separator (CHINESE, DIGIT). */
export interface FormMatch {
  0: string;
  1: string;
  2?: string;
}

/** PAREN's numerals. */
const PAREN_NUMERAL = charTable('一二三四五六七八九十0123456789');

/**
 * re.exec(text) for one of FORMS, matched by char code: each form is a numeral, white
 * space and a separator, which a pattern's exec (its result array, its call) costs more
 * than reading. Undefined where the pattern finds nothing.
 */
function execForm(re: RegExp, text: string): FormMatch | null {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.headings) return re.exec(text) as FormMatch | null;
  if (!formAt(re, text, 0, text.length)) return null;
  const numbering = text.slice(0, FOUND.end);
  return FOUND.separator < 0 ? [numbering, text[FOUND.numeral]] : [numbering, text[FOUND.numeral], text[FOUND.separator]];
}

/**
 * Where formAt found its form: the numbering's end (past the white space after it), its
 * numeral's offset and its separator's (-1 for PAREN's, which has none). One record, reused:
 * a heading is read without an array or a string until it is one.
 */
const FOUND = { end: 0, numeral: 0, separator: 0 };

/** execForm's match of one of FORMS at `start` in `text`, read before `end` into FOUND: whether there is one. */
function formAt(re: RegExp, text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  if (re === PAREN) {
    const c = text.charCodeAt(start);
    if (c !== 0xff08 && c !== 0x28) return false;
    const numeral = skipSpaces(text, start + 1, end);
    if (numeral >= end || PAREN_NUMERAL[text.charCodeAt(numeral)] !== 1) return false;
    const close = skipSpaces(text, numeral + 1, end);
    const d = text.charCodeAt(close);
    if (close >= end || (d !== 0xff09 && d !== 0x29)) return false;
    FOUND.end = skipSpaces(text, close + 1, end);
    FOUND.numeral = numeral;
    FOUND.separator = -1;
    return true;
  }
  const chinese = re === CHINESE;
  if ((chinese ? CHINESE_NUMERAL : DIGIT_CHAR)[text.charCodeAt(start)] !== 1) return false;
  const gap = skipSpaces(text, start + 1, end);
  if (gap < end && SEPARATOR[text.charCodeAt(gap)] === 1) {
    FOUND.end = skipSpaces(text, gap + 1, end);
    FOUND.separator = gap;
  } else if (chinese && gap > start + 1) {
    // CHINESE's separator may be white space alone: the last of it.
    FOUND.end = gap;
    FOUND.separator = gap - 1;
  } else return false;
  FOUND.numeral = start;
  return true;
}

/** The first offset at or after `at`, before `end`, that is not white space. */
function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** execForm for FORMS[form] (CHINESE, DIGIT, PAREN): what the tests compare with the patterns. */
export function execFormOf(form: number, text: string): FormMatch | null {
  return execForm(FORMS[form][0], text);
}

/** The section heading the line is, read from its text past Markdown marks (`span`). */
function headingIn(src: SourceText, line: number, span: { start: number; end: number }): Candidate | undefined {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const forms = fastPaths.headings ? formsAt(src.text, span.start, span.end) : FORMS;
  if (forms.length === 0) return undefined;
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.headings) return headingAt(src, line, span, forms[0][0], forms[0][1]);
  const text = src.text.slice(span.start, span.end);
  for (const [re, style] of forms) {
    const m = execForm(re, text);
    if (!m) continue;
    const title = titleOf(text.slice(m[0].length));
    if (title.length === 0 || title.length > HEADING_TITLE_MAX_LENGTH) return undefined;
    const value = numeralValue(m[1]);
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    const spec = fastPaths.headings && style !== 'chinese' ? ownSection(title, value) : SECTIONS.find((s) => s.matches(title));
    if (!spec) return undefined;
    if (style === 'chinese' && isTable2Row(m[0] + title)) return undefined;
    // Digit and bracket numbering is what sub-headings use; only take it as a section
    // heading when the number is the section's own (5、 for 五).
    if (style !== 'chinese' && value !== spec.id) return undefined;
    const separator = style === 'paren' ? '' : m[2];
    return {
      id: spec.id,
      heading: {
        line,
        start: span.start,
        end: span.end,
        numbering: { text: m[0], start: span.start, end: span.start + m[0].length, style, value, separator: separator! },
        title,
      },
    };
  }
  return undefined;
}

/**
 * headingIn with its quick checks (fastPaths.headings), for readSections: the one form
 * formsAt leaves read by headingAt, without headingIn's switch between its two ways.
 */
function headingOf(src: SourceText, line: number, span: { start: number; end: number }): Candidate | undefined {
  const forms = formsAt(src.text, span.start, span.end);
  return forms.length === 0 ? undefined : headingAt(src, line, span, forms[0][0], forms[0][1]);
}

/** TITLE_END's characters: where a heading's title ends. */
const TITLE_END = charTable('。：:');

/**
 * headingIn for the one form formsAt leaves, read in the text itself: the numbering by
 * formAt, the title cut and trimmed by offsets, so that a line that is no heading (most
 * numbered lines are sub-headings) costs the title's one copy, and a heading its own strings.
 */
function headingAt(
  src: SourceText,
  line: number,
  span: { start: number; end: number },
  re: RegExp,
  style: 'chinese' | 'digit' | 'paren',
): Candidate | undefined {
  const text = src.text;
  if (!formAt(re, text, span.start, span.end)) return undefined;
  const { end: numberingEnd, numeral, separator } = FOUND;
  let cut = numberingEnd;
  while (cut < span.end && TITLE_END[text.charCodeAt(cut)] !== 1) cut++;
  const bounds = trimmedSpan(text, numberingEnd, cut);
  const length = bounds.end - bounds.start;
  if (length === 0 || length > HEADING_TITLE_MAX_LENGTH) return undefined;
  const title = text.slice(bounds.start, bounds.end);
  const value = numeralValue(text[numeral]);
  // The first section the title names, by the memo (ownSection's and SECTIONS.find's answer from it).
  const first = firstSectionNamed(title);
  const spec = style !== 'chinese' ? (first?.id === value ? first : undefined) : first;
  if (!spec) return undefined;
  if (style === 'chinese' && isTable2Row(text.slice(span.start, bounds.end))) return undefined;
  // A digit or bracket heading's number is its section's (see headingIn).
  if (style !== 'chinese' && value !== spec.id) return undefined;
  const numbering = text.slice(span.start, numberingEnd);
  return {
    id: spec.id,
    heading: {
      line,
      start: span.start,
      end: span.end,
      numbering: { text: numbering, start: span.start, end: numberingEnd, style, value, separator: separator < 0 ? '' : text[separator] },
      title,
    },
  };
}

/**
 * Whether a numbered line (its numbering and title) is one of table 2's rows, numbered as
 * sections are (一、本年新收…), loosely: one written a cell a line and mistyped into a
 * section's key words (本年新收到府信息公开申请数量: 收到, 申请) is that row, not a heading.
 */
function isTable2Row(numbered: string): boolean {
  return bestMatch(numbered, TABLE2_ROWS, ROW_AS_HEADING) !== undefined;
}

/** How close a numbered line must come to one of table 2's row labels to be that row. */
const ROW_AS_HEADING = 0.85;

/**
 * Heading titles by the first section they name (null: none). A report's headings and
 * sub-headings are the same few dozen titles in every report, each asked of up to six
 * sections' patterns. Titles only (at most HEADING_TITLE_MAX_LENGTH characters), and
 * bounded, so that a long-running server does not grow without end.
 */
const FIRST_NAMED = new Map<string, SectionSpec | null>();
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => FIRST_NAMED.clear());
const FIRST_NAMED_LIMIT = 1024;

/** SECTIONS.find((s) => s.matches(title)), memoised by the title. */
function firstSectionNamed(title: string): SectionSpec | undefined {
  let found = FIRST_NAMED.get(title);
  // Stryker disable next-line ConditionalExpression: computing again what the memo holds changes no result
  if (found === undefined) {
    // Stryker disable next-line all: the memo, and what it holds, change no result (only speed and memory)
    if (FIRST_NAMED.size >= FIRST_NAMED_LIMIT) FIRST_NAMED.clear();
    found = null;
    for (let i = 0; i < SECTIONS.length && found === null; i++) if (SECTIONS[i].matches(title)) found = SECTIONS[i];
    FIRST_NAMED.set(ownText(title), found);
  }
  return found ?? undefined;
}

/**
 * The first section the title names, when it is section `value`; else undefined. What a
 * digit or bracket heading needs (its number is the first named section's own), asked of
 * that section and those before it only: a sub-heading such as （一）主动公开情况 asks one
 * section, not each until one matches.
 */
function ownSection(title: string, value: number): SectionSpec | undefined {
  const own = value >= 1 && value <= SECTIONS.length ? SECTIONS[value - 1] : undefined;
  if (own?.id !== value || !own.matches(title)) return undefined;
  for (let i = 0; i < value - 1; i++) if (SECTIONS[i].matches(title)) return undefined;
  return own;
}

const SUB = /^(?:[（(]\s*[一二三四五六七八九十0-9０-９]{1,2}\s*[）)]|[0-9０-９]{1,2}\s*[、.．](?![0-9]))/;

/** SUB's first characters past its bracket form's: digits. */
const SUB_DIGIT = charTable('0123456789０１２３４５６７８９');
/** What SUB's digit form needs after its one or two digits and white space. */
const SUB_STOP = charTable('、.．');

/**
 * Whether the line may be a SUB, read in the text itself: past white space it starts with a
 * bracket, or with one or two digits then white space and 、 . ．. Lines of a table laid out
 * one cell per line (0, 12, 2021年…) are told no without a copy or a pattern.
 */
function mayBeSub(src: SourceText, line: number): boolean {
  const text = src.text;
  const end = src.lineEnd(line);
  let i = src.lineStarts[line];
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c === 0xff08 || c === 0x28) return true;
  if (SUB_DIGIT[c] !== 1) return false;
  return subStop(text, i + 1, end) || (i + 1 < end && SUB_DIGIT[text.charCodeAt(i + 1)] === 1 && subStop(text, i + 2, end));
}

/** Whether white space then one of SUB_STOP comes at `at`, before `end`. */
function subStop(text: string, at: number, end: number): boolean {
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  return at < end && SUB_STOP[text.charCodeAt(at)] === 1;
}

function readSubheading(src: SourceText, line: number): SubHeading | undefined {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.headings && !mayBeSub(src, line)) return undefined;
  if (notHeading(src, line, false)) return undefined;
  const span = trimmedSpan(src.text, src.lineStarts[line], src.lineEnd(line));
  const text = src.text.slice(span.start, span.end);
  if (!SUB.test(text)) return undefined;
  const cut = text.search(/[。：:；;，,]/);
  let name = (cut > 0 ? text.slice(0, cut) : text).trim();
  if (name.length > 30) name = name.slice(0, 30) + '…';
  return { line, lastLine: line, name, start: span.start, end: span.end };
}

/** Spacing between parts: a blank line, but not a table row of blank cells (TABs alone). */
function isGap(line: string): boolean {
  return line.trim() === '' && !line.includes('\t');
}

/** isGap(src.lineText(line)), told by the line's marks: no text and no TAB. */
function isGapLine(src: SourceText, line: number): boolean {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.lineMarks) return isGap(src.lineText(line));
  return (src.lineMarks[line] & (LineMark.TEXT | LineMark.TAB)) === 0;
}

/** The 2025 variant's 五、信息处理费收取情况 heading the line is, from its text past Markdown marks (`span`). */
function feeHeadingIn(src: SourceText, line: number, span: { start: number; end: number }): Heading | undefined {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.headings && formsAt(src.text, span.start, span.end) !== CHINESE_FORM) return undefined;
  const text = src.text.slice(span.start, span.end);
  const m = execForm(CHINESE, text);
  if (!m) return undefined;
  const title = titleOf(text.slice(m[0].length));
  if (title.length > 20 || !FEE_SECTION.test(title)) return undefined;
  return {
    line,
    start: span.start,
    end: span.end,
    numbering: {
      text: m[0],
      start: span.start,
      end: span.start + m[0].length,
      style: 'chinese',
      value: numeralValue(m[1]),
      separator: m[2]!,
    },
    title,
  };
}

export function readSections(src: SourceText): { sections: Section[]; feeSection?: FeeSection } {
  const candidates: Candidate[] = [];
  let fee: Heading | undefined;
  // Lines that may be headings: a sub-heading is one of them (its check, past white space
  // only, passes no line that this one, past Markdown marks too, turns away).
  const numbered: number[] = [];
  const { text, lineStarts, lineMarks } = src;
  for (let line = 0; line < lineStarts.length; line++) {
    // Most lines start with a character that neither starts a numbering nor is passed over
    // before one (white space, # * _): told here, without a call (lineMayBeNumbered's answer).
    // (A last empty line starts at the text's end: no char code there, and a NaN index
    // would leave this load generic for every line.)
    const first = lineStarts[line];
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.headings && fastPaths.lineMarks && first < text.length && LEADS_NOWHERE[text.charCodeAt(first)] === 1) continue;
    // A table row (a TAB: notHeading's first answer on its marks) is told before its first
    // characters are read past its leading TABs, and a blank line (no TEXT: no character to
    // start a numbering) before its end is found.
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.lineMarks && (lineMarks[line] & (LineMark.TAB | LineMark.TEXT)) !== LineMark.TEXT) continue;
    // A heading and the fee heading are both looked for on a line that may be one, past the same marks.
    if (notHeading(src, line, true)) continue;
    numbered.push(line);
    const span = markupless(src, line);
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    const c = fastPaths.headings ? headingOf(src, line, span) : headingIn(src, line, span);
    if (c) candidates.push(c);
    else if (!fee) fee = feeHeadingIn(src, line, span);
  }
  // A bracketed or digit heading is only a section heading when no proper 三、 heading
  // of that section exists and it is the first of its kind; otherwise it is a sub-heading
  // (（三）依申请公开情况 inside 一, （六）本行政机关认为需要报告的其他事项 inside 六).
  // Section ids as bits (1 << id): sets of six without a Set.
  // Indexed loops, not for-of, map and find: the arrays' iterators and closures cost a lint
  // little warm, but a fresh process's first lints run them interpreted, and an array of
  // another kind (no sections) deoptimised the whole compiled function at its for-of.
  let proper = 0;
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i].heading.numbering.style === 'chinese') proper |= 1 << candidates[i].id;
  }
  const found: Candidate[] = [];
  let seen = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.heading.numbering.style !== 'chinese' && ((proper | seen) & (1 << c.id)) !== 0) continue;
    found.push(c);
    seen |= 1 << c.id;
  }
  const sections: Section[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    let lastLine = i + 1 < found.length ? found[i + 1].heading.line - 1 : src.lineCount - 1;
    if (fee && fee.line > c.heading.line) lastLine = Math.min(lastLine, fee.line - 1);
    sections.push({ id: c.id, heading: c.heading, firstLine: c.heading.line, lastLine, subheadings: [] });
  }
  let feeSection: FeeSection | undefined;
  if (fee) {
    let after = 0;
    while (after < found.length && found[after].heading.line <= fee.line) after++;
    const next = after < found.length ? found[after] : undefined;
    feeSection = { heading: fee, firstLine: fee.line, lastLine: next ? next.heading.line - 1 : src.lineCount - 1 };
  }
  let next = 0;
  for (let k = 0; k < sections.length; k++) {
    const section = sections[k];
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.lineMarks) {
      // Sections follow one another down the text: one walk over the numbered lines.
      while (next < numbered.length && numbered[next] <= section.firstLine) next++;
      for (; next < numbered.length && numbered[next] <= section.lastLine; next++) {
        const sub = readSubheading(src, numbered[next]);
        if (sub) section.subheadings.push(sub);
      }
    } else {
      for (let line = section.firstLine + 1; line <= section.lastLine; line++) {
        const sub = readSubheading(src, line);
        if (sub) section.subheadings.push(sub);
      }
    }
    // A loop, not forEach with an arrow (a closure per section).
    const subs = section.subheadings;
    for (let i = 0; i < subs.length; i++) {
      let last = i + 1 < subs.length ? subs[i + 1].line - 1 : section.lastLine;
      while (last > subs[i].line && isGapLine(src, last)) last--;
      subs[i].lastLine = last;
    }
    // A section ends at its last non-blank line, so folding does not swallow spacing.
    while (section.lastLine > section.firstLine && isGapLine(src, section.lastLine)) section.lastLine--;
  }
  return { sections, feeSection };
}

/** Section ids whose headings appear in the text: cheap, for content detection. */
export function headingIds(src: SourceText): Set<number> {
  const ids = new Set<number>();
  for (let line = 0; line < src.lineCount; line++) {
    const c = readHeading(src, line);
    if (c) ids.add(c.id);
  }
  return ids;
}
