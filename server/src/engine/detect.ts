// Is this text a 政府信息公开工作年度报告? The editor asks before it switches a plain-text
// or Markdown file to the govreport language; the CLI asks before it checks or fixes a
// file. A wrong "yes" is expensive (fix-all would append sections and tables of zeros to
// meeting notes or to another report), so the test is strict and looks for what only this
// format has:
//
// 1. the term 政府信息公开;
// 2. at least three of the six section headings, two of them among the sections only this
//    report has (二 主动公开, 三 申请, 四 行政复议/诉讼): other government reports such as
//    法治政府建设情况报告 share 总体情况 and 存在的问题及改进 but not these;
// 3. a title that names this report (…政府信息公开…年度报告 / 年报), or, when there is no
//    title, the labels of the format's tables;
// 4. no title that names another kind of document (纪要, 通知, a 法治政府建设 report, …).
//
// Cheap: it looks at the first part of the text only, in one pass per test.

import { SourceText } from './text/source';
import { headingIds } from './parse/sections';
import { keywordHeadingIds } from './parse/inline-headings';
import {
  DETECT_MIN_DISTINCTIVE_SECTIONS as MIN_DISTINCTIVE_SECTIONS,
  DETECT_MIN_HEADINGS as MIN_SECTIONS,
  DETECT_MIN_TABLE_LABELS as MIN_TABLE_LABELS,
  DETECT_SAMPLE_LENGTH as SAMPLE,
  DETECT_TITLE_LINES as TITLE_LINES,
} from './heuristics';

/** Why a text is not taken for a report (for the CLI's "skipped" list). */
export type NotReportReason = 'empty' | 'binary' | 'no-disclosure-term' | 'few-sections' | 'other-document' | 'no-title-or-tables';

export type ReportVerdict = { report: true } | { report: false; reason: NotReportReason };

/** Sections 二, 三 and 四: their headings and tables are particular to this report. */
const DISTINCTIVE_SECTIONS = [2, 3, 4];

/**
 * Labels printed in the format's three tables and hardly anywhere else. Spaces are
 * removed before matching, as PDF and web exports space characters out.
 */
const TABLE_LABELS = [
  '本年制发件数',
  '现行有效件数',
  '本年处理决定数量',
  '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量',
  '本年度办理结果',
  '予以公开',
  '本机关不掌握相关政府信息',
  '没有现成信息需要另行制作',
  '信访举报投诉类申请',
  '未经复议直接起诉',
  '复议后起诉',
  '尚未审结',
];

/** Words that make a line a document's title: the kind of document it names. */
const DOCUMENT_KIND = /(报告|年报|纪要|记录|通知|通报|说明|方案|意见|请示|批复|函|计划|总结|简报|readme)$/i;
/**
 * Kinds of document that are not this report even when they are about it: minutes, notices,
 * other reports, and documents about the format itself (a rule list, a format note, a
 * template guide) that describe its sections and tables without being one.
 */
const OTHER_KIND =
  /纪要|会议|记录|通知|通报|说明|方案|意见|请示|批复|函$|计划|简报|readme|法治政府|依法行政|述职|审计|统计公报|格式|规则|指南|指引|\b(?:rules?|format|guide)\b/i;
const OWN_TITLE = /(政府信息公开|政务公开|信息公开)/;
/** The term every report has (test 1). */
const TERM = '政府信息公开';
/** How much of the text's start is looked at for binary content. */
const BINARY_HEAD = 8_192;
/** NUL or a C0 control character other than TAB, LF, VT, FF and CR. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_CONTROL = /[\u0000-\u0008\u000E-\u001F]/;

/** A line that would be a title: short, its kind word at the end (Markdown # removed). */
function titleLine(line: string): string | undefined {
  const text = stripTags(line.replace(/^\s*#{1,6}\s*/, '')).trim();
  if (text.length === 0 || text.length > 80) return undefined;
  // The kind word ends the title, maybe before a closing bracket: 年度报告）.
  // Spaces between characters, as PDF exports space out a title (年 度 报 告), are not words.
  const end = compact(text).replace(/[)）]$/, '');
  return DOCUMENT_KIND.test(end) ? text : undefined;
}

/** The text without whitespace: a title spaced out by a PDF export (政 府 信 息 公 开) reads as written. */
function compact(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** The text without its HTML tags, in one pass (a regex over `<<<<…` would backtrack). */
function stripTags(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<', from);
    if (open < 0) return out + text.slice(from);
    const close = text.indexOf('>', open + 1);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open);
    from = close + 1;
  }
}

/** The title among the first lines (`lines`: at most TITLE_LINES of them). */
function findTitle(lines: readonly string[]): string | undefined {
  const last = lines.length;
  let previous = '';
  for (let line = 0; line < last; line++) {
    const text = lines[line];
    // A Markdown document's first heading is its title, whatever words it ends with.
    if (previous === '' && /^\s*#\s/.test(text)) return text.replace(/^\s*#\s*/, '').trim();
    const title = titleLine(text);
    // A long title wraps: …2022年政府信息 / 公开工作年度报告.
    if (title !== undefined) return previous.length <= 40 ? previous + title : title;
    // An HTML comment alone (a generated file's banner) is no text before the title.
    if (text.trim() !== '' && !/^\s*<!--.*-->\s*$/.test(text)) previous = text.replace(/^\s*#{1,6}\s*/, '').trim();
  }
  return undefined;
}

/**
 * Section headings run into the text, as web pages flattened by a crawler give them
 * (…下载。一、总体情况2024年，…): the numeral and the format's own title words.
 */
export const INLINE_HEADINGS: [number, RegExp][] = [
  [1, /[一二三四五六七][、.．]总体情况/],
  [2, /[一二三四五六七][、.．]主动公开政府信息/],
  [3, /[一二三四五六七][、.．]收到和处理政府信息公开申请/],
  [4, /[一二三四五六七][、.．]政府信息公开行政复议/],
  [5, /[一二三四五六七][、.．]存在的主要问题/],
  [6, /[一二三四五六七][、.．]其他需要报告的事项/],
];

/** The titles of INLINE_HEADINGS, found by indexOf (native) and checked for the numeral and mark before them. */
const INLINE_TITLES: [number, string][] = [
  [1, '总体情况'],
  [2, '主动公开政府信息'],
  [3, '收到和处理政府信息公开申请'],
  [4, '政府信息公开行政复议'],
  [5, '存在的主要问题'],
  [6, '其他需要报告的事项'],
];
const INLINE_NUMERALS = '一二三四五六七';
const INLINE_MARKS = '、.．';

/** INLINE_HEADINGS' test of `text` for the heading titled `title`, without running a pattern over the text. */
function hasInlineHeading(text: string, title: string): boolean {
  for (let at = text.indexOf(title, 2); at >= 0; at = text.indexOf(title, at + 1)) {
    if (INLINE_MARKS.includes(text[at - 1]) && INLINE_NUMERALS.includes(text[at - 2])) return true;
  }
  return false;
}

/** Adds to `ids` the sections whose headings `text` has run into it (or on their own lines). */
export function inlineIds(text: string, ids: Set<number>): void {
  for (const [id, title] of INLINE_TITLES) if (hasInlineHeading(text, title)) ids.add(id);
}

/** INLINE_TITLES, the distinctive sections' first: a report has enough once those are found. */
const INLINE_TITLES_DISTINCTIVE_FIRST = [
  ...INLINE_TITLES.filter(([id]) => DISTINCTIVE_SECTIONS.includes(id)),
  ...INLINE_TITLES.filter(([id]) => !DISTINCTIVE_SECTIONS.includes(id)),
];

/**
 * inlineIds, stopping once `ids` are enough sections: the verdict asks no more, and more
 * headings never make fewer. A report's 二, 三 and 四 are enough: three searches of the text
 * instead of six.
 */
function inlineIdsUntilEnough(text: string, ids: Set<number>): void {
  for (const [id, title] of INLINE_TITLES_DISTINCTIVE_FIRST) {
    if (enoughSections(ids)) return;
    if (hasInlineHeading(text, title)) ids.add(id);
  }
}

/** Enough sections to be a report: three, two of them distinctive. */
function enoughSections(ids: Set<number>): boolean {
  if (ids.size < MIN_SECTIONS) return false;
  // Counted without an array and a closure per test: asked after each search for a heading.
  let distinctive = 0;
  for (const id of DISTINCTIVE_SECTIONS) if (ids.has(id)) distinctive++;
  return distinctive >= MIN_DISTINCTIVE_SECTIONS;
}

/** Lines looked at for the title first (TITLE_LINES at most): the examples' titles are on their first three. */
const TITLE_LINES_FIRST = 8;

/** Lines read for headings at a time. */
const CHUNK_LINES = 64;

/** Offset just past the `count`-th line break from `from` (as SourceText breaks lines), or the text's end. */
function afterLines(text: string, from: number, count: number): number {
  let seen = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) && ++seen === count) return i + 1;
  }
  return text.length;
}

/**
 * The text's first `count` lines, as SourceText reads them (LF, CRLF or a lone CR ends a line;
 * a text ending with a line break has an empty last line): the title is looked for in them
 * without the line table of a SourceText.
 */
export function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  // Line breaks found by indexOf (native), as SourceText finds them.
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let start = 0; lines.length < count;) {
    if (nl >= 0 && nl < start) nl = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    const end = nl < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? nl : Math.min(nl, cr);
    lines.push(text.slice(start, end));
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return lines;
}

// Stryker disable all: a switch for the tests; on or off, the verdicts are the same (test/unit/detect-quick.test.ts compares them)
/**
 * The quick paths' switch: off, every line of the sample is read for headings, the squeezed
 * copy of the sample is made at once, and control characters are counted by a pattern, as before.
 */
export const quick = { sections: true };
// Stryker restore all

/**
 * The sections whose headings the sample has, on their own lines or run into the text, read
 * until there are enough of them to decide. A heading is read from its line alone, so the
 * lines are read a chunk at a time, each chunk ending after a line break: the verdict cost a
 * tenth of a folder's check time, most of it reading for headings the lines after the third
 * section's. Headings run into the text are looked for first, by pattern over the whole
 * sample: a report's headings on their own lines match too, and no line is read.
 */
function sectionIds(sample: string, squeezed: () => string): Set<number> {
  if (!quick.sections) {
    const ids = headingIds(new SourceText(sample));
    for (const [id, re] of INLINE_HEADINGS) if (re.test(squeezed())) ids.add(id);
    keywordHeadingIds(sample, ids);
    return ids;
  }
  // The headings run into the text looked for in the sample as it is first: written without
  // spaces they are in the squeezed text too (removing spaces joins, never splits), and the
  // squeezed copy of the sample is made only when the sections are still too few at the end.
  // The verdict asks only whether there are enough, and more headings never make fewer.
  const ids = new Set<number>();
  inlineIdsUntilEnough(sample, ids);
  for (let from = 0; from < sample.length && !enoughSections(ids);) {
    const src = new SourceText(sample.slice(from, afterLines(sample, from, CHUNK_LINES)));
    for (const id of headingIds(src)) ids.add(id);
    from += src.text.length;
  }
  if (!enoughSections(ids)) inlineIdsUntilEnough(squeezed(), ids);
  // Headings worded otherwise than the format, run onto the lines above them (…联系。六、其他事项),
  // as the line view breaks them out.
  if (!enoughSections(ids)) keywordHeadingIds(sample, ids);
  return ids;
}

function tableLabelCount(squeezed: string): number {
  return TABLE_LABELS.filter((label) => squeezed.includes(label)).length;
}

/** NUL or many C0 control characters: a binary file decoded as text. */
export function looksBinary(sample: string): boolean {
  const end = Math.min(sample.length, BINARY_HEAD);
  if (!quick.sections) {
    const head = sample.slice(0, end);
    if (head.includes('\u0000')) return true;
    // eslint-disable-next-line no-control-regex -- counting control characters is the point
    const controls = head.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
    return controls > head.length / 100;
  }
  // Most texts have none of these characters: a pattern's test (native, no array) says so. Else
  // they are counted by character codes in one pass (a pattern's match made an array of them).
  if (!ANY_CONTROL.test(end < sample.length ? sample.slice(0, end) : sample)) return false;
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x20) continue;
    if (c === 0) return true;
    if (c <= 0x08 || c >= 0x0e) controls++;
  }
  return controls > end / 100;
}

export function classifyReport(text: string): ReportVerdict {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.trim().length === 0) return { report: false, reason: 'empty' };
  if (looksBinary(sample)) return { report: false, reason: 'binary' };
  // The sample without white space, made when first needed: most reports write the term, their
  // headings and their title unspaced, and need no copy of the text.
  let squeezedText: string | undefined;
  const squeezed = () => (squeezedText ??= sample.replace(/[\s\u3000\u00a0]+/g, ''));
  // Written unspaced, the term is in the squeezed text too (removing spaces joins, never splits).
  if (!(quick.sections && sample.includes(TERM)) && !squeezed().includes(TERM)) return { report: false, reason: 'no-disclosure-term' };

  // The first lines: the title is among them.
  let title: string | undefined;
  if (quick.sections) {
    // The first few lines first: a title is most often on them, and the lines up to it give the
    // same title whatever follows (findTitle returns at the first). The rest only without one.
    const few = firstLines(sample, TITLE_LINES_FIRST);
    title = findTitle(few);
    if (title === undefined && few.length === TITLE_LINES_FIRST) title = findTitle(firstLines(sample, TITLE_LINES));
  } else {
    const src = new SourceText(sample);
    title = findTitle(Array.from({ length: Math.min(src.lineCount, TITLE_LINES) }, (_, line) => src.lineText(line)));
  }
  if (title !== undefined) {
    const compacted = compact(title);
    if (OTHER_KIND.test(title) || OTHER_KIND.test(compacted) || !OWN_TITLE.test(compacted))
      return { report: false, reason: 'other-document' };
  }

  if (!enoughSections(sectionIds(sample, squeezed))) return { report: false, reason: 'few-sections' };

  if (title === undefined && tableLabelCount(squeezed()) < MIN_TABLE_LABELS) return { report: false, reason: 'no-title-or-tables' };
  return { report: true };
}

export function looksLikeReport(text: string): boolean {
  return classifyReport(text).report;
}
