// The running text of a report, as rules that read prose need it: the lines of a section
// (or of the whole report) that are not part of a table, with their offsets.

import type { ReportModel, Section } from '../model';

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

const tableLinesOf = new WeakMap<ReportModel, Set<number>>();

/** Lines that belong to a table, once per model (every section's prose asks). */
function tableLines(model: ReportModel): Set<number> {
  let lines = tableLinesOf.get(model);
  if (!lines) {
    lines = new Set<number>();
    for (const table of model.tables) for (let l = table.firstLine; l <= table.lastLine; l++) lines.add(l);
    tableLinesOf.set(model, lines);
  }
  return lines;
}

const CELL_LINE = /\t|\|.*\||<\/?(?:table|tr|td|th)\b/i;

/** The prose lines from `first` to `last` (inclusive): no table rows, no blank lines. */
export function proseLines(model: ReportModel, first = 0, last = model.source.lineCount - 1): ProseLine[] {
  const { source } = model;
  const inTable = tableLines(model);
  const out: ProseLine[] = [];
  for (let line = Math.max(0, first); line <= Math.min(last, source.lineCount - 1); line++) {
    if (inTable.has(line)) continue;
    const text = source.lineText(line);
    if (text.trim() === '' || CELL_LINE.test(text)) continue;
    out.push({ line, start: source.lineStarts[line], text });
  }
  return out;
}

/**
 * A section's own text: what follows the heading's title on its line (一、总体情况。2022年…)
 * and the prose lines after it, up to the next section.
 */
export function sectionProse(model: ReportModel, section: Section): ProseLine[] {
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

/** The section's text as one string (lines joined), for key-word tests. */
export function sectionText(model: ReportModel, section: Section): string {
  return sectionProse(model, section)
    .map((l) => l.text.trim())
    .join('\n');
}

/** The section with this id, when the report has it. */
export function sectionById(model: ReportModel, id: number): Section | undefined {
  return model.sections.find((s) => s.id === id);
}
