// What the CLI knows about one checked file, shared by the formatters.

import type { Finding, Severity } from '../engine/types';
import type { DecodedText } from './decode';
import type { Counts } from './messages';

export interface FileResult {
  /** As shown to the user (relative to the working directory when inside it). */
  filePath: string;
  encoding: DecodedText['encoding'];
  bom: boolean;
  lineEnding: DecodedText['lineEnding'];
  /** Findings left after fixing and after --quiet, sorted by position. */
  findings: Finding[];
  /** Number of fixes --fix applied and wrote back. */
  fixed: number;
}

export function countSeverities(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  const key: Record<Severity, keyof Counts> = { error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints' };
  for (const f of findings) counts[key[f.severity]]++;
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
