// The running text of a report, as rules that read prose need it: the lines of a section
// (or of the whole report) that are not part of a table, with their offsets.

import type { ReportModel, Section } from '../model';
import { charTable } from '../text/chars';
import { isBlank } from '../text/source';

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

const allProseOf = new WeakMap<ReportModel, ProseLine[]>();

/**
 * Every prose line of the report, once per model: about ten rules read the prose, most of
 * them section by section. Whether a line is prose does not depend on the range asked for.
 */
function allProse(model: ReportModel): ProseLine[] {
  let out = allProseOf.get(model);
  if (!out) {
    const { source } = model;
    // Lines that belong to a table, marked by line (a table is a run of lines).
    const inTable = new Uint8Array(source.lineCount);
    for (const table of model.tables) inTable.fill(1, Math.max(0, table.firstLine), table.lastLine + 1);
    out = [];
    for (let line = 0; line < source.lineCount; line++) {
      if (inTable[line] === 1) continue;
      const text = source.lineText(line);
      if (isBlank(text) || CELL_LINE.test(text)) continue;
      out.push({ line, start: source.lineStarts[line], text });
    }
    allProseOf.set(model, out);
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

const sectionProses = new WeakMap<Section, readonly ProseLine[]>();

/**
 * A section's own text: what follows the heading's title on its line (一、总体情况。2022年…)
 * and the prose lines after it, up to the next section. Once per section (GR305 and the
 * section's text read it): shared, not to be changed.
 */
export function sectionProse(model: ReportModel, section: Section): readonly ProseLine[] {
  let lines = sectionProses.get(section);
  if (!lines) {
    lines = readSectionProse(model, section);
    sectionProses.set(section, lines);
  }
  return lines;
}

function readSectionProse(model: ReportModel, section: Section): ProseLine[] {
  const { source } = model;
  const { heading } = section;
  const headingText = source.text.slice(heading.start, heading.end);
  const titleAt = headingText.indexOf(heading.title);
  const afterTitle = titleAt >= 0 ? heading.start + titleAt + heading.title.length : heading.end;
  const rest = source.text.slice(afterTitle, heading.end).replace(/^[。：:\s]+/, '');
  const out: ProseLine[] = [];
  if (rest.length > 0) out.push({ line: heading.line, start: heading.end - rest.length, text: rest });
  out.push(...proseLines(model, section.firstLine + 1, section.lastLine));
  return out;
}

const sectionTexts = new WeakMap<Section, string>();

/** The section's text as one string (lines joined), for key-word tests; once per section. */
export function sectionText(model: ReportModel, section: Section): string {
  let text = sectionTexts.get(section);
  if (text === undefined) {
    text = sectionProse(model, section)
      .map((l) => l.text.trim())
      .join('\n');
    sectionTexts.set(section, text);
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
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) {
    const c = text.charCodeAt(i);
    if (markup && (c === 0x2a || c === 0x5f) && text.charCodeAt(i + 1) === c) i++;
    else if (skip[c] !== 1) count++;
  }
  return count >= n;
}
