// Machine-readable output, ESLint-like: an array with one entry per input, checked files
// (clean ones included) first, then skipped ones. `json-with-metadata` (named after
// ESLint's formatter of that name) wraps the same array in an object that also carries
// the folder summary, with a schema version. Both schemas are documented in
// docs/cli-json.md and stable: fields are only ever added.
// Lines and columns are 1-based; columns count UTF-16 code units; end is exclusive.

import type { Severity } from '../../engine/types';
import type { Place } from '../places';
import type { FileResult, SkippedFile } from '../results';
import { countSeverities } from '../results';
import type { FolderSummary } from '../summary';

export interface JsonMessage {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  rule: string;
  message: string;
  fixable: boolean;
  /** Page (PDF, Word), section, table, row, column: what is known. */
  place: Place;
  /** The other cells or text the finding rests on (a balance's terms, last year's figure). */
  related: JsonRelated[];
}

export interface JsonRelated {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** Present when the place is in another file: last year's report (GR403–GR405), as shown to the user. */
  filePath?: string;
}

export interface JsonFileResult {
  filePath: string;
  /** text, markdown, docx, html or pdf */
  format: string;
  /** Text inputs: utf-8, utf-16le, utf-16be or gb18030; null for Word, PDF and web pages. */
  encoding: string | null;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  hintCount: number;
  /** Fixes --fix wrote to this file. */
  fixedCount: number;
  /** From the title; null when there is none. */
  unit: string | null;
  year: number | null;
  /** Present only for an input that was not checked. */
  skipped?: { reason: string; detail: string | null };
}

export function toJson(results: readonly FileResult[], skipped: readonly SkippedFile[] = []): JsonFileResult[] {
  const checked = results.map((r): JsonFileResult => {
    const counts = countSeverities(r.findings);
    return {
      filePath: r.filePath,
      format: r.kind,
      encoding: r.encoding ?? null,
      messages: r.findings.map((f) => ({
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        severity: f.severity,
        code: f.code,
        rule: f.rule,
        message: f.message,
        fixable: f.fix !== undefined,
        place: f.place,
        related: f.related.map((r) => ({
          line: r.range.start.line + 1,
          column: r.range.start.character + 1,
          endLine: r.range.end.line + 1,
          endColumn: r.range.end.character + 1,
          message: r.message,
          ...(r.uri !== undefined && { filePath: r.uri }),
        })),
      })),
      errorCount: counts.errors,
      warningCount: counts.warnings,
      infoCount: counts.infos,
      hintCount: counts.hints,
      fixedCount: r.fixed,
      unit: r.facts.unit ?? null,
      year: r.facts.year ?? null,
    };
  });
  const passed = skipped.map((s): JsonFileResult => ({
    filePath: s.filePath,
    format: '',
    encoding: null,
    messages: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    hintCount: 0,
    fixedCount: 0,
    unit: null,
    year: null,
    skipped: { reason: s.reason, detail: s.detail ?? null },
  }));
  return [...checked, ...passed];
}

export function formatJson(results: readonly FileResult[], skipped: readonly SkippedFile[] = []): string {
  return JSON.stringify(toJson(results, skipped), null, 2) + '\n';
}

/** Bumped only when a field changes meaning or goes away (never so far); adding fields keeps it. */
export const JSON_SCHEMA_VERSION = 1;

export interface JsonWithMetadata {
  schemaVersion: number;
  tool: { name: string; version: string };
  results: JsonFileResult[];
  /** Reports per unit and year, years missing, duplicates: the folder summary. */
  summary: FolderSummary;
}

export function toJsonWithMetadata(
  results: readonly FileResult[],
  skipped: readonly SkippedFile[],
  summary: FolderSummary,
  version: string,
): JsonWithMetadata {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'gov-report-lint', version },
    results: toJson(results, skipped),
    summary,
  };
}

export function formatJsonWithMetadata(
  results: readonly FileResult[],
  skipped: readonly SkippedFile[],
  summary: FolderSummary,
  version: string,
): string {
  return JSON.stringify(toJsonWithMetadata(results, skipped, summary, version), null, 2) + '\n';
}
