// The running text of a report, as rules that read prose need it: the lines of a section
// (or of the whole report) that are not part of a table, with their offsets.

import type { ReportModel, Section } from '../model';
import { charTable } from '../text/chars';
import { LineMark, isBlank } from '../text/source';
import { fastPaths } from '../fast';
import { derivedOf } from './derived';

/**
 * Rules about what a section says (GR005–GR007) run only when at least this many of the
 * six section headings were read; otherwise the layout was not understood.
 */
export const MIN_SECTIONS_READ = 4;

export interface ProseLine {
  line: number;
  /** Offset of the line's first character. */
  start: number;
  text: string;
}

const CELL_LINE = /\t|\|.*\||<\/?(?:table|tr|td|th)\b/i;

/**
 * Whether a line is laid out as table cells (CELL_LINE): only a line with a TAB, a | or a <
 * can be, and most prose has none of them: three searches for one character each, cheaper
 * than the pattern's alternatives tried at every character.
 */
function mayBeCells(text: string): boolean {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.cells && text.indexOf('\t') < 0 && text.indexOf('|') < 0 && text.indexOf('<') < 0) return false;
  return CELL_LINE.test(text);
}

/**
 * A model's prose, read once per model: every prose line, and each section's lines and
 * text as the rules ask for them. Kept with the model's other derived values (derived.ts),
 * the sections' in plain Maps inside it: a WeakMap's set costs far more than a Map's, and a lint asked for about a
 * dozen (two per section).
 */
export interface ProseOf {
  all: ProseLine[];
  sections: Map<Section, readonly ProseLine[]>;
  texts: Map<Section, string>;
}

function proseCache(model: ReportModel): ProseOf {
  const derived = derivedOf(model);
  let cache = derived.prose;
  if (!cache) {
    cache = { all: readAllProse(model), sections: new Map(), texts: new Map() };
    derived.prose = cache;
  }
  return cache;
}

/**
 * Every prose line of the report, once per model: about ten rules read the prose, most of
 * them section by section. Whether a line is prose does not depend on the range asked for.
 */
function allProse(model: ReportModel): ProseLine[] {
  return proseCache(model).all;
}

/** Every prose line of the report, shared: not to be changed (proseLines gives a copy). */
export function allProseLines(model: ReportModel): readonly ProseLine[] {
  return proseCache(model).all;
}

/** Whether a line lies in one of the tables (a table is a run of lines). */
function inTable(tables: ReportModel['tables'], line: number): boolean {
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t];
    if (line >= table.firstLine && line <= table.lastLine) return true;
  }
  return false;
}

function readAllProse(model: ReportModel): ProseLine[] {
  const { source, tables } = model;
  const out: ProseLine[] = [];
  const marks = source.lineMarks;
  for (let line = 0; line < source.lineCount; line++) {
    // Stryker disable next-line ConditionalExpression: without the quick checks the same is computed (fast.ts)
    if (fastPaths.cells) {
      // The line's marks answer without reading it: no TEXT bit is a blank line (told
      // before the tables are asked, a loop over them), and without a TAB, a | or a <
      // (ANGLE) it cannot be laid out as cells.
      const m = marks[line];
      if ((m & LineMark.TEXT) === 0 || inTable(tables, line)) continue;
      const text = source.lineText(line);
      if ((m & LineMark.CELLS) !== 0 && CELL_LINE.test(text)) continue;
      out.push({ line, start: source.lineStarts[line], text });
      continue;
    }
    // Lines are never negative: a table's firstLine below 0 counts from line 0.
    if (inTable(tables, line)) continue;
    const text = source.lineText(line);
    if (isBlank(text) || mayBeCells(text)) continue;
    out.push({ line, start: source.lineStarts[line], text });
  }
  return out;
}

/** Index of the first line in `lines` (ordered by line) at or after `line`. */
function firstAtOrAfter(lines: ProseLine[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The prose lines from `first` to `last` (inclusive): no table rows, no blank lines. A new
 * array each call (callers may change it); the lines themselves are shared.
 */
export function proseLines(model: ReportModel, first = 0, last = model.source.lineCount - 1): ProseLine[] {
  const lines = allProse(model);
  if (last < first) return [];
  return lines.slice(firstAtOrAfter(lines, first), firstAtOrAfter(lines, last + 1));
}

/**
 * A section's own text: what follows the heading's title on its line (一、总体情况。2022年…)
 * and the prose lines after it, up to the next section. Once per section (GR305 and the
 * section's text read it): shared, not to be changed.
 */
export function sectionProse(model: ReportModel, section: Section): readonly ProseLine[] {
  const { sections, all } = proseCache(model);
  let lines = sections.get(section);
  if (!lines) {
    lines = readSectionProse(model, section, all);
    sections.set(section, lines);
  }
  return lines;
}

const LEADING_PUNCTUATION = /^[。：:\s]+/;

function readSectionProse(model: ReportModel, section: Section, all: ProseLine[]): ProseLine[] {
  const { source } = model;
  const { heading } = section;
  const headingText = source.text.slice(heading.start, heading.end);
  const titleAt = headingText.indexOf(heading.title);
  const afterTitle = titleAt >= 0 ? heading.start + titleAt + heading.title.length : heading.end;
  // Most headings end with their title: nothing to copy or to strip.
  const rest = afterTitle >= heading.end ? '' : source.text.slice(afterTitle, heading.end).replace(LEADING_PUNCTUATION, '');
  const out: ProseLine[] = [];
  if (rest.length > 0) out.push({ line: heading.line, start: heading.end - rest.length, text: rest });
  // proseLines(model, firstLine + 1, lastLine), pushed without the copy.
  const first = section.firstLine + 1;
  if (section.lastLine >= first) {
    const to = firstAtOrAfter(all, section.lastLine + 1);
    for (let i = firstAtOrAfter(all, first); i < to; i++) out.push(all[i]);
  }
  return out;
}

/** The section's text as one string (lines joined), for key-word tests; once per section. */
export function sectionText(model: ReportModel, section: Section): string {
  const { texts } = proseCache(model);
  let text = texts.get(section);
  if (text === undefined) {
    const lines = sectionProse(model, section);
    text = '';
    for (let i = 0; i < lines.length; i++) text += (i > 0 ? '\n' : '') + lines[i].text.trim();
    texts.set(section, text);
  }
  return text;
}

/** The section with this id, when the report has it. */
export function sectionById(model: ReportModel, id: number): Section | undefined {
  return model.sections.find((s) => s.id === id);
}

/** What a regex's `\s` matches. */
export const SPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The same, as a table by code unit. */
export const SPACES = charTable(SPACE_CHARS);

/**
 * Whether `text` has at least `n` characters outside `skip` (a table by code unit; with
 * `markup`, Markdown's `**` and `__` skipped too, as /\*\*|__/g would remove them first):
 * text.replace(…, '').length >= n, counted up to the n-th, without copying the text. A
 * section's text is some thousand characters; the rules ask whether it has a dozen.
 */
export function hasAtLeast(text: string, n: number, skip: Uint8Array, markup = false): boolean {
  return countUpTo(text, n, skip, markup) >= n;
}

/** The characters of `text` outside `skip` (as hasAtLeast counts them), counted up to `n`. */
function countUpTo(text: string, n: number, skip: Uint8Array, markup: boolean): number {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) {
    const c = text.charCodeAt(i);
    if (markup && (c === 0x2a || c === 0x5f) && text.charCodeAt(i + 1) === c) i++;
    else if (skip[c] !== 1) count++;
  }
  return count;
}

/**
 * hasAtLeast(sectionText(model, section), …) counted over the section's lines, without
 * joining them: sectionText joins the lines, trimmed, with line breaks, and `skip` must
 * hold every white-space character (what trim() and the joins add), so the count is the
 * sum of the lines' counts (no ** or __ pair spans a line break either).
 */
export function sectionHasAtLeast(model: ReportModel, section: Section, n: number, skip: Uint8Array, markup = false): boolean {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.sectionLines) return hasAtLeast(sectionText(model, section), n, skip, markup);
  const lines = sectionProse(model, section);
  let count = 0;
  for (let i = 0; i < lines.length && count < n; i++) count += countUpTo(lines[i].text, n - count, skip, markup);
  return count >= n;
}

/**
 * words.test(sectionText(model, section)), tested line by line without joining them: for a
 * pattern of words that never match white space nor anchor at ^ or $ (a match lies within
 * one line, inside its trimmed text).
 */
export function sectionMentions(model: ReportModel, section: Section, words: RegExp): boolean {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.sectionLines) return words.test(sectionText(model, section));
  const lines = sectionProse(model, section);
  for (let i = 0; i < lines.length; i++) if (words.test(lines[i].text)) return true;
  return false;
}
