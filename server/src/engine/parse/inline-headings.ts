// Section headings run onto the end of a line's text and worded as reports word them rather
// than as the line view's fixed list (parse/view.ts TITLES) has them: …如有疑问请联系。六、其他事项,
// 一、基本情况, 二、主动公开情况, 三、依申请公开情况. The section reader (parse/sections.ts) takes a
// heading's title by its key words (SECTION_TITLE_WORDS); the line view breaks a line before
// such a heading so that the reader finds it, and report detection (detect.ts) counts it.
// Apart from the view (and its HTML parser), so that detection, which the editor's client
// bundles, does not bring the view with it.

import { HEADING_TITLE_MAX_LENGTH, namesSection } from '../heuristics';
import { FEE_SECTION } from '../format/fees';
import { numeralValue } from '../text/normalize';
import { charTable, isSpaceCode } from '../text/chars';

/**
 * A section heading run onto the end of a line's text and worded as reports word it rather
 * than as TITLES has it (…如有疑问请联系。六、其他事项; 一、基本情况, 二、主动公开情况,
 * 三、依申请公开情况): the heading the section reader (parse/sections.ts) reads once the line
 * breaks before its numeral. Whether the numeral `at` of `line` (past `firstText`, its first
 * text) starts one: a Chinese numeral, 、, then a title up to a stop, a colon or the line's
 * end, of at most HEADING_TITLE_MAX_LENGTH characters, naming a section by its key words
 * (SECTION_TITLE_WORDS) or the fee section (FEE_SECTION, 20 at most, as the reader has it).
 * Prose holds a numeral and 、 too (在第二、三季度, 一、二级, 共三、四件), and its rest up to a
 * stop may name a section (…。一、加强主动公开。): run onto a line, a heading also ends what
 * is before it (headingBoundary) and carries its own section's numeral (五 or 六 for
 * 存在的主要问题, as the 2025 variant numbers it; 五 for the fee section), and its title does
 * not start with a numeral.
 */
function keywordHeadingAt(line: string, at: number, firstText: number): boolean {
  return keywordSection(line, at, firstText) !== 0;
}

/** keywordHeadingAt's section: its id (1–6), FEE_HEADING for the fee section's, 0 for none. */
function keywordSection(line: string, at: number, firstText: number): number {
  if (at <= firstText || KEYWORD_NUMERALS[line.charCodeAt(at)] !== 1 || !headingBoundary(line, at, 0)) return 0;
  let i = at + 1;
  while (i < line.length && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  if (line.charCodeAt(i) !== 0x3001) return 0;
  i++;
  while (i < line.length && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  // The title's trimmed bounds up to the first stop (trimmedSpan's), read no further than a
  // character past HEADING_TITLE_MAX_LENGTH: a flattened table runs on for long without one.
  let start = i;
  while (start < line.length && isSpaceCode(line.charCodeAt(start))) start++;
  let end = start;
  for (let k = start; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (TITLE_STOP[c] === 1) break;
    if (isSpaceCode(c)) continue;
    if (k - start >= HEADING_TITLE_MAX_LENGTH) return 0;
    end = k + 1;
  }
  const length = end - start;
  if (length === 0 || NUMERAL_CHAR[line.charCodeAt(start)] === 1) return 0;
  const title = line.slice(start, end);
  const value = numeralValue(line[at]);
  // The first section the title names, as the section reader takes it.
  for (let id = 1; id <= 6; id++) {
    if (namesSection(id as 1 | 2 | 3 | 4 | 5 | 6, title)) return value === id || (id === 5 && value === 6) ? id : 0;
  }
  return value === 5 && length <= 20 && FEE_SECTION.test(title) ? FEE_HEADING : 0;
}

/** keywordSection's answer for the fee section's heading (五、信息处理费收取情况), which is none of the six. */
const FEE_HEADING = 7;

/**
 * Adds to `ids` the sections whose headings keywordHeadingAt finds run onto a line of `text`
 * (report detection, detect.ts: a report whose headings, worded otherwise than the format,
 * are run onto the lines above them is still one).
 */
export function keywordHeadingIds(text: string, ids: Set<number>): void {
  KEYWORD_NUMBERING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_NUMBERING.exec(text))) {
    KEYWORD_NUMBERING.lastIndex = m.index + 1;
    // The text its line has before it (a heading at a line's start is read by headingIds),
    // and the title after it: a bounded piece of the line, not the whole of a flattened one.
    let before = m.index;
    while (before > 0 && LEAD_SPACE[text.charCodeAt(before - 1)] === 1) before--;
    if (before === 0 || text.charCodeAt(before - 1) === 10 || text.charCodeAt(before - 1) === 13) continue;
    let end = m.index;
    const limit = Math.min(text.length, m.index + KEYWORD_PIECE);
    while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const id = keywordSection(text.slice(before - 1, end), m.index - before + 1, 0);
    if (id >= 1 && id <= 6) ids.add(id);
  }
}

/** How much of a line keywordHeadingIds reads from a heading's numeral: its title and far more white space than titles have. */
const KEYWORD_PIECE = 4 * HEADING_TITLE_MAX_LENGTH;

/** keywordHeadingAt's numerals: INLINE_HEADING's Chinese ones. */
const KEYWORD_NUMERALS = charTable('一二三四五六七八');
/** Where the section reader ends a heading's title (parse/sections.ts TITLE_END). */
const TITLE_STOP = charTable('。：:');
/** What an enumeration's second numeral starts with (一、二级), where a title cannot start. */
const NUMERAL_CHAR = charTable('一二三四五六七八九十0123456789０１２３４５６７８９');
/**
 * What a heading run onto a line may follow: the end of a sentence or clause (SENTENCE_END's
 * characters), a closing bracket or quote, a number (a table's last cell, a flattened web
 * page's …0 0 0四、…) or a pipe (a Markdown or web table row's end), spaces between; or a
 * TAB (a table row's end).
 */
const HEADING_AFTER = charTable('。！？；：!?;:）)”」》】…0123456789０１２３４５６７８９|');

/**
 * Whether the text before the numeral at `numeral`, from `start` on, ends where a heading may
 * follow (HEADING_AFTER); or, for 一, where the report's title ends (…工作年度报告, …年报): a
 * report without a preamble, flattened, runs its first heading onto its title.
 */
export function headingBoundary(text: string, numeral: number, start: number): boolean {
  let at = numeral - 1;
  for (; at >= start; at--) {
    const c = text.charCodeAt(at);
    if (c === 0x09) return true;
    if (c !== 0x20 && c !== 0x3000) break;
  }
  if (at < start) return false;
  if (HEADING_AFTER[text.charCodeAt(at)] === 1) return true;
  return text.charCodeAt(numeral) === 0x4e00 && at > start && endsTitle(text.charCodeAt(at - 1), text.charCodeAt(at));
}

/** Whether the two characters end a report's title: 报告, 年报. */
function endsTitle(a: number, b: number): boolean {
  return (a === 0x62a5 && b === 0x544a) || (a === 0x5e74 && b === 0x62a5);
}

/** The numerals of the headings keywordHeadingAt finds in `line`, left to right, but those at `known` (TITLES' headings). */
export function keywordHeadings(line: string, firstText: number, known?: readonly number[]): number[] {
  const found: number[] = [];
  // Each numeral and 、 found by a pattern (native), not each 、 of a flattened page's line.
  KEYWORD_NUMBERING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_NUMBERING.exec(line))) {
    if (!known?.includes(m.index) && keywordHeadingAt(line, m.index, firstText)) found.push(m.index);
    KEYWORD_NUMBERING.lastIndex = m.index + 1;
  }
  return found;
}

/** keywordHeadingAt's numeral and 、, spaces and TABs between. */
const KEYWORD_NUMBERING = /[一二三四五六七八][ \t]*、/g;

/** The offset of the character before the 、 at `comma` past spaces and TABs, from `start` on (-1: none). */
function numeralBefore(text: string, comma: number, start: number): number {
  let before = comma - 1;
  while (before >= start && (text.charCodeAt(before) === 0x20 || text.charCodeAt(before) === 0x09)) before--;
  return before >= start ? before : -1;
}

/**
 * Whether a trimmed line ends on a heading keywordHeadingAt finds after its text (its title
 * running to the line's end): in hard-wrapped text the next line is the section's text, not
 * the rest of the title (as HEADING_END for TITLES).
 */
export function endsOnKeywordHeading(line: string): boolean {
  // A title running to the line's end has no stop in it: only the 、 past the last stop.
  let from = line.length;
  while (from > 0 && TITLE_STOP[line.charCodeAt(from - 1)] !== 1) from--;
  for (let comma = line.indexOf('、', from); comma >= 0; comma = line.indexOf('、', comma + 1)) {
    const numeral = numeralBefore(line, comma, 0);
    if (numeral >= 0 && keywordHeadingAt(line, numeral, 0)) return true;
  }
  return false;
}

/**
 * Whether the trimmed line [start, end) of `text` may end on a heading (endsOnKeywordHeading),
 * read back from its end in the text itself: a 、 after the line's last stop, with no more
 * than HEADING_TITLE_MAX_LENGTH characters past it but white space (a title's own), and
 * before it one of the heading's numerals after the line's first character, where the text
 * before ends (headingBoundary).
 */
export function mayEndOnKeywordHeading(text: string, start: number, end: number): boolean {
  for (let at = end - 1; at > start; at--) {
    const c = text.charCodeAt(at);
    if (TITLE_STOP[c] === 1) return false;
    if (c === 0x3001) {
      const numeral = numeralBefore(text, at, start);
      if (numeral > start && KEYWORD_NUMERALS[text.charCodeAt(numeral)] === 1 && headingBoundary(text, numeral, start)) return true;
    }
    if (end - at > HEADING_TITLE_MAX_LENGTH && !isSpaceCode(c)) return false;
  }
  return false;
}

/** What a line's first text comes after (parse/view.ts lineCuts passes over these). */
const LEAD_SPACE = charTable(' \t\u3000\ufeff');
