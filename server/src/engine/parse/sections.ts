// Section headings (一、总体情况 … 六、其他需要报告的事项) and the sub-headings inside them.
// Headings are recognised by their key words, so that 5、 or （五） or a wrong numeral is
// still found — and then reported by GR004 rather than hiding the section.

import type { FeeSection, Heading, Section, SubHeading } from '../model';
import { FEE_SECTION } from '../format/fees';
import { SECTIONS, type SectionSpec } from '../format/sections';
import { LineMark, type SourceText } from '../text/source';
import { trimmedSpan } from '../text/source';
import { charTable, isSpaceCode } from '../text/chars';
import { fastPaths } from '../fast';
import { numeralValue } from '../text/normalize';
import { HEADING_TITLE_MAX_LENGTH } from '../heuristics';

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
  if (start >= end) return [];
  const c = text.charCodeAt(start);
  if (CHINESE_NUMERAL[c] === 1) {
    const next = start + 1 < end ? text.charCodeAt(start + 1) : -1;
    return next >= 0 && (SEPARATOR[next] === 1 || isSpaceCode(next)) ? CHINESE_FORM : [];
  }
  if (DIGIT_CHAR[c] === 1) {
    let at = start + 1;
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
    return at < end && SEPARATOR[text.charCodeAt(at)] === 1 ? DIGIT_FORM : [];
  }
  return c === 0xff08 || c === 0x28 ? PAREN_FORM : [];
}

/** What a heading's or sub-heading's numbering starts with (CHINESE, DIGIT, PAREN, SUB). */
const NUMBERING_FIRST = charTable('一二三四五六七八九十0123456789０１２３４５６７８９（(');

/**
 * Characters a line with a heading cannot start with: not NUMBERING_FIRST, not white space
 * and not Markdown's # * _ that lineMayBeNumbered passes over (with `marks`) before it.
 */
const LEADS_NOWHERE = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    t[c] = NUMBERING_FIRST[c] === 1 || isSpaceCode(c) || c === 0x23 || c === 0x2a || c === 0x5f ? 0 : 1;
  }
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
  const end = text.length;
  if (re === PAREN) {
    const c = text.charCodeAt(0);
    if (c !== 0xff08 && c !== 0x28) return null;
    const numeral = skipSpaces(text, 1);
    if (numeral >= end || PAREN_NUMERAL[text.charCodeAt(numeral)] !== 1) return null;
    const close = skipSpaces(text, numeral + 1);
    const d = text.charCodeAt(close);
    if (close >= end || (d !== 0xff09 && d !== 0x29)) return null;
    return [text.slice(0, skipSpaces(text, close + 1)), text[numeral]];
  }
  const chinese = re === CHINESE;
  if (end === 0 || (chinese ? CHINESE_NUMERAL : DIGIT_CHAR)[text.charCodeAt(0)] !== 1) return null;
  const gap = skipSpaces(text, 1);
  if (gap < end && SEPARATOR[text.charCodeAt(gap)] === 1) return [text.slice(0, skipSpaces(text, gap + 1)), text[0], text[gap]];
  // CHINESE's separator may be white space: the last of the run after the numeral.
  if (chinese && gap > 1) return [text.slice(0, gap), text[0], text[gap - 1]];
  return null;
}

/** The first offset at or after `at` that is not white space. */
function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
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

/** SUB's first characters. */
const SUB_FIRST = charTable('（(0123456789０１２３４５６７８９');

/** Whether the line's first character past white space is one SUB starts with, read in the text itself. */
function mayBeSub(src: SourceText, line: number): boolean {
  const text = src.text;
  const end = src.lineEnd(line);
  let i = src.lineStarts[line];
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i < end && SUB_FIRST[text.charCodeAt(i)] === 1;
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
  const { text, lineStarts } = src;
  for (let line = 0; line < lineStarts.length; line++) {
    // Most lines start with a character that neither starts a numbering nor is passed over
    // before one (white space, # * _): told here, without a call (lineMayBeNumbered's answer).
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.headings && fastPaths.lineMarks && LEADS_NOWHERE[text.charCodeAt(lineStarts[line])] === 1) continue;
    // A heading and the fee heading are both looked for on a line that may be one, past the same marks.
    if (notHeading(src, line, true)) continue;
    numbered.push(line);
    const span = markupless(src, line);
    const c = headingIn(src, line, span);
    if (c) candidates.push(c);
    else if (!fee) fee = feeHeadingIn(src, line, span);
  }
  // A bracketed or digit heading is only a section heading when no proper 三、 heading
  // of that section exists and it is the first of its kind; otherwise it is a sub-heading
  // (（三）依申请公开情况 inside 一, （六）本行政机关认为需要报告的其他事项 inside 六).
  // Section ids as bits (1 << id): sets of six without a Set.
  let proper = 0;
  for (const c of candidates) if (c.heading.numbering.style === 'chinese') proper |= 1 << c.id;
  const found: Candidate[] = [];
  let seen = 0;
  for (const c of candidates) {
    if (c.heading.numbering.style !== 'chinese' && ((proper | seen) & (1 << c.id)) !== 0) continue;
    found.push(c);
    seen |= 1 << c.id;
  }
  const sections: Section[] = found.map((c, i) => {
    let lastLine = i + 1 < found.length ? found[i + 1].heading.line - 1 : src.lineCount - 1;
    if (fee && fee.line > c.heading.line) lastLine = Math.min(lastLine, fee.line - 1);
    return { id: c.id, heading: c.heading, firstLine: c.heading.line, lastLine, subheadings: [] };
  });
  let feeSection: FeeSection | undefined;
  if (fee) {
    const next = found.find((c) => c.heading.line > fee.line);
    feeSection = { heading: fee, firstLine: fee.line, lastLine: next ? next.heading.line - 1 : src.lineCount - 1 };
  }
  let next = 0;
  for (const section of sections) {
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
    section.subheadings.forEach((sub, i) => {
      let last = i + 1 < section.subheadings.length ? section.subheadings[i + 1].line - 1 : section.lastLine;
      while (last > sub.line && isGapLine(src, last)) last--;
      sub.lastLine = last;
    });
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
