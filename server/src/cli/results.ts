// What the CLI knows about one input, shared by the formatters.

import type { Finding, Severity } from '../engine/types';
import type { DecodedText } from './decode';
import type { InputKind } from './files';
import type { Counts } from './messages';
import type { Place } from './places';
import type { ReportFacts } from './facts';

/** Why an input was not checked. */
export type SkipReason =
  'not-a-report' | 'empty' | 'binary' | 'other-document' | 'no-text-layer' | 'too-large' | 'not-regular' | 'unreadable' | 'bad-format';

export interface CheckedFinding extends Finding {
  /** Page (PDF), section, table, row and column of the finding's start, when known. */
  place: Place;
}

export interface FileResult {
  /** As shown to the user (relative to the working directory when inside it). */
  filePath: string;
  kind: InputKind;
  /** Text inputs only: how the file was decoded. */
  encoding?: DecodedText['encoding'];
  bom?: boolean;
  lineEnding?: DecodedText['lineEnding'];
  /** Findings left after fixing and after --quiet, sorted by position. */
  findings: CheckedFinding[];
  /** Number of fixes --fix applied and wrote back. */
  fixed: number;
  /** Unit, year and table figures, for the csv and html reports and the folder summary. */
  facts: ReportFacts;
  /** The text of the lines findings point at (0-based line → text), for the html page. */
  lines: Map<number, string>;
}

export interface SkippedFile {
  filePath: string;
  reason: SkipReason;
  detail?: string;
}

const COUNT_OF: Record<Severity, keyof Counts> = { error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints' };

/**
 * A text or Markdown file: the reviewer sees its lines, and the stylish report gives its
 * findings' lines and columns only, no place (page, section, table, row).
 */
export function linesSeen(kind: InputKind): boolean {
  return kind === 'text' || kind === 'markdown';
}

/** Errors and warnings of all the results, in one pass (the exit code and --max-warnings). */
export function countErrorsAndWarnings(results: readonly FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings };
}

export function countSeverities(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of findings) counts[COUNT_OF[f.severity]]++;
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos, hints: a.hints + b.hints };
}

export function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
