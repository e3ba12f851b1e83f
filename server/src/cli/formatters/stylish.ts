// Human-readable output, ESLint "stylish"-like:
//
//   examples/000_83736ae7aacb97e3.txt
//     5:120  error  GR301  统计期限应为 2022 年 1 月 1 日至 2022 年 12 月 31 日…
//   reports/金井片区.pdf
//     64:1   error  GR107  表二第四行…  (p. 2, section 三, table 2, row IV)
//
//   ✖ 2 problems (2 errors, 0 warnings) in 2 of 5 files
//
// Lines and columns are 1-based (columns count UTF-16 code units, as editors do). For
// Word, PDF and web pages, whose lines the reviewer cannot see, the place is named too.
// Everything that comes from a file is escaped (escape.ts).

import type { Locale, Severity } from '../../engine/types';
import type { CliMessages } from '../messages';
import { describePlace } from '../places';
import { addCounts, countSeverities, linesSeen, type CheckedFinding, type FileResult, type SkippedFile } from '../results';
import type { FolderSummary } from '../summary';
import { displayWidth, padEndDisplay, paint, type Paint } from './ansi';
import { escapeControls, oneLine } from './escape';

export interface StylishOptions {
  say: CliMessages;
  locale: Locale;
  color: boolean;
  /** List files without findings too, and every file's encoding. */
  verbose: boolean;
}

function severityPaint(p: Paint): Record<Severity, (s: string) => string> {
  return { error: p.red, warning: p.yellow, info: p.blue, hint: p.grey };
}

function location(f: CheckedFinding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1}`;
}

/** Where in last year's report the finding looks (GR403–GR405): `上年报告 2021.txt:62:3`. */
function lastYearPlace(f: CheckedFinding, locale: Locale): string | undefined {
  const r = f.related.find((rel) => rel.uri !== undefined);
  if (!r) return undefined;
  const at = `${r.uri}:${r.range.start.line + 1}:${r.range.start.character + 1}`;
  return locale === 'zh' ? `上年报告 ${at}` : `last year: ${at}`;
}

function describeEncoding(r: FileResult): string {
  if (r.encoding === undefined) return r.kind;
  const parts: string[] = [r.encoding + (r.bom ? ' BOM' : '')];
  if (r.lineEnding === 'crlf' || r.lineEnding === 'mixed') parts.push(r.lineEnding.toUpperCase());
  if (r.fixed > 0) parts.push(`--fix: ${r.fixed}`);
  return parts.join(', ');
}

/** Display widths of the severities' labels and their padded, painted forms, worked out once per report (not per file). */
interface Padding {
  sevColour: Record<Severity, (s: string) => string>;
  labelWidths: Map<string, number>;
  /** By the width of the file's widest label, then by severity. */
  padded: Map<number, Map<Severity, string>>;
}

/**
 * The file's lines, pushed onto `out` (not returned in an array of their own and copied: a folder's
 * output is one array). The widths are measured in a first pass over the findings, and each line
 * is made in the second, without an object per finding between them; the severities' labels
 * padded once per report. The stylish report of 1,000 reports (2,600 findings): 27 → 22 ms
 * (medians of 30 runs side by side; best 16 → 10).
 */
function formatFile(r: FileResult, o: StylishOptions, p: Paint, out: string[], padding: Padding): void {
  const header = p.underline(escapeControls(r.filePath)) + (o.verbose ? p.dim(`  (${describeEncoding(r)})`) : '');
  const findings = r.findings;
  if (findings.length === 0) {
    out.push(header, `  ${p.green(o.say.noFindings)}`, '');
    return;
  }
  const showPlace = !linesSeen(r.kind);
  // A loop, not Math.max(...widths): spreading 150,000 findings into a call overflows the stack.
  let locWidth = 0;
  let codeWidth = 0;
  let sevWidth = 0;
  const locations = new Array<string>(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const loc = location(f);
    locations[i] = loc;
    locWidth = Math.max(locWidth, loc.length);
    codeWidth = Math.max(codeWidth, f.code.length);
    // The severities' labels are four: each measured once.
    const label = o.say.severity[f.severity];
    let width = padding.labelWidths.get(label);
    if (width === undefined) padding.labelWidths.set(label, (width = displayWidth(label)));
    sevWidth = Math.max(sevWidth, width);
  }
  let padded = padding.padded.get(sevWidth);
  if (!padded) padding.padded.set(sevWidth, (padded = new Map()));
  out.push(header);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    let sev = padded.get(f.severity);
    if (sev === undefined)
      padded.set(f.severity, (sev = padding.sevColour[f.severity](padEndDisplay(o.say.severity[f.severity], sevWidth))));
    const place = showPlace ? describePlace(f.place, o.locale) : '';
    const elsewhere = lastYearPlace(f, o.locale);
    const message =
      oneLine(f.message) +
      (place ? p.dim(o.locale === 'zh' ? ` （${escapeControls(place)}）` : `  (${escapeControls(place)})`) : '') +
      (elsewhere ? p.dim(o.locale === 'zh' ? ` （${escapeControls(elsewhere)}）` : `  (${escapeControls(elsewhere)})`) : '');
    out.push(`  ${p.dim(locations[i].padEnd(locWidth))}  ${sev}  ${p.dim(f.code.padEnd(codeWidth))}  ${message}`);
  }
  out.push('');
}

export function formatSkipped(skipped: readonly SkippedFile[], o: StylishOptions, p: Paint): string[] {
  if (skipped.length === 0) return [];
  const out = [p.bold(o.say.skippedHeader(skipped.length))];
  for (const s of skipped) {
    const reason = o.say.skipReason[s.reason] ?? s.reason;
    const separator = o.locale === 'zh' ? '：' : ': ';
    out.push(`  ${escapeControls(s.filePath)}  ${p.dim(reason + (s.detail ? separator + oneLine(s.detail) : ''))}`);
  }
  out.push('');
  return out;
}

export function formatSummary(summary: FolderSummary | undefined, o: StylishOptions, p: Paint): string[] {
  if (!summary || summary.units.length === 0) return [];
  const out = [p.bold(o.say.summaryHeader)];
  for (const unit of summary.units) {
    out.push(escapeControls(o.say.summaryUnit(unit.unit, unit.years.join(', '), unit.reports)));
  }
  for (const unit of summary.units) {
    if (unit.missingYears.length > 0)
      out.push(p.yellow(escapeControls(o.say.summaryMissingYears(unit.unit, unit.missingYears.join(', ')))));
    for (const d of unit.duplicates) out.push(p.yellow(escapeControls(o.say.summaryDuplicate(unit.unit, d.year, d.files.join(', ')))));
  }
  if (summary.untitled.length > 0) out.push(escapeControls(o.say.summaryNoTitle(summary.untitled.join(', '))));
  out.push('');
  return out;
}

export function formatStylish(
  results: readonly FileResult[],
  o: StylishOptions,
  extra: { skipped?: readonly SkippedFile[]; summary?: FolderSummary } = {},
): string {
  const p = paint(o.color);
  const out: string[] = [];
  const padding: Padding = { sevColour: severityPaint(p), labelWidths: new Map(), padded: new Map() };
  for (const r of results) {
    if (r.findings.length > 0 || o.verbose) formatFile(r, o, p, out, padding);
  }
  for (const line of formatSkipped(extra.skipped ?? [], o, p)) out.push(line);
  for (const line of formatSummary(extra.summary, o, p)) out.push(line);
  const totals = results.map((r) => countSeverities(r.findings)).reduce(addCounts, { errors: 0, warnings: 0, infos: 0, hints: 0 });
  const withProblems = results.filter((r) => r.findings.length > 0).length;
  const fixes = results.reduce((n, r) => n + r.fixed, 0);
  if (fixes > 0) out.push(p.green(o.say.fixedSummary(fixes, results.filter((r) => r.fixed > 0).length)));
  if (withProblems === 0) {
    out.push(p.green(o.say.noProblems(results.length)));
  } else {
    const summary = o.say.problemSummary(totals, withProblems, results.length);
    out.push(p.bold(totals.errors > 0 ? p.red(summary) : p.yellow(summary)));
  }
  return out.join('\n') + '\n';
}
