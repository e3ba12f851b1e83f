// The reviewer's spreadsheet: one row per checked report — file, unit, year, format,
// error/warning/info counts, then every table figure in the format's order. RFC 4180:
// comma-separated, CRLF rows, fields quoted when needed, and a UTF-8 BOM so that Excel
// (the reviewer's tool) opens the Chinese text correctly. A cell that would start a
// formula (= + - @) is prefixed with ' (CSV injection).

import type { Locale } from '../../engine/types';
import type { FileResult } from '../results';
import { countSeverities } from '../results';

const HEADERS: Record<Locale, string[]> = {
  zh: ['文件', '单位', '年度', '格式', '错误', '警告', '提示'],
  en: ['file', 'unit', 'year', 'format', 'errors', 'warnings', 'infos'],
};

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(results: readonly FileResult[], locale: Locale): string {
  // Figure columns: every key any report has, in the order first met (the format's order).
  const columns = new Map<string, string>();
  for (const r of results) for (const f of r.facts.figures) if (!columns.has(f.key)) columns.set(f.key, f.label);
  const keys = [...columns.keys()];
  const rows: string[] = [[...HEADERS[locale], ...columns.values()].map(csvField).join(',')];
  for (const r of results) {
    const counts = countSeverities(r.findings);
    const values = new Map(r.facts.figures.map((f) => [f.key, f.value]));
    rows.push(
      [
        r.filePath,
        r.facts.unit,
        r.facts.year,
        r.kind,
        counts.errors,
        counts.warnings,
        counts.infos + counts.hints,
        ...keys.map((k) => values.get(k)),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
