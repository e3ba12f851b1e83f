// Machine-readable output: one entry per checked file (clean files included), ESLint-like.
// Lines and columns are 1-based; columns count UTF-16 code units; end is exclusive.

import type { Severity } from '../../engine/types';
import type { FileResult } from '../results';
import { countSeverities } from '../results';

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
}

export interface JsonFileResult {
  filePath: string;
  encoding: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

export function toJson(results: readonly FileResult[]): JsonFileResult[] {
  return results.map((r) => {
    const counts = countSeverities(r.findings);
    return {
      filePath: r.filePath,
      encoding: r.encoding,
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
      })),
      errorCount: counts.errors,
      warningCount: counts.warnings,
    };
  });
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(toJson(results), null, 2) + '\n';
}
