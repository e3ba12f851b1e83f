// Human-readable output, ESLint "stylish"-like:
//
//   examples/000_83736ae7aacb97e3.txt
//     5:120  error  GR301  统计期限应为 2022 年 1 月 1 日至 2022 年 12 月 31 日…
//
//   ✖ 1 problem (1 error, 0 warnings) in 1 of 5 files
//
// Lines and columns are 1-based (columns count UTF-16 code units, as editors do).

import type { Finding, Severity } from '../../engine/types';
import type { CliMessages } from '../messages';
import { addCounts, countSeverities, type FileResult } from '../results';
import { displayWidth, padEndDisplay, paint, type Paint } from './ansi';

export interface StylishOptions {
  say: CliMessages;
  color: boolean;
  /** List files without findings too, and every file's encoding. */
  verbose: boolean;
}

function severityPaint(p: Paint): Record<Severity, (s: string) => string> {
  return { error: p.red, warning: p.yellow, info: p.blue, hint: p.grey };
}

function location(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1}`;
}

function describeEncoding(r: FileResult): string {
  const parts: string[] = [r.encoding + (r.bom && r.encoding === 'utf-8' ? ' BOM' : '')];
  if (r.lineEnding === 'crlf' || r.lineEnding === 'mixed') parts.push(r.lineEnding.toUpperCase());
  if (r.fixed > 0) parts.push(`--fix: ${r.fixed}`);
  return parts.join(', ');
}

function formatFile(r: FileResult, o: StylishOptions, p: Paint): string[] {
  const header = p.underline(r.filePath) + (o.verbose ? p.dim(`  (${describeEncoding(r)})`) : '');
  if (r.findings.length === 0) return [header, `  ${p.green(o.say.noFindings)}`, ''];
  const sevColour = severityPaint(p);
  const rows = r.findings.map((f) => ({
    loc: location(f),
    sev: o.say.severity[f.severity],
    severity: f.severity,
    code: f.code,
    // Each white-space run once (linear); runs holding a line break become one space.
    message: f.message.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)),
  }));
  // A loop, not Math.max(...rows): spreading 150,000 findings into a call overflows the stack.
  let locWidth = 0;
  let sevWidth = 0;
  let codeWidth = 0;
  for (const row of rows) {
    locWidth = Math.max(locWidth, row.loc.length);
    sevWidth = Math.max(sevWidth, displayWidth(row.sev));
    codeWidth = Math.max(codeWidth, row.code.length);
  }
  const lines = rows.map(
    (row) =>
      `  ${p.dim(row.loc.padEnd(locWidth))}  ${sevColour[row.severity](padEndDisplay(row.sev, sevWidth))}  ` +
      `${p.dim(row.code.padEnd(codeWidth))}  ${row.message}`,
  );
  return [header, ...lines, ''];
}

export function formatStylish(results: readonly FileResult[], o: StylishOptions): string {
  const p = paint(o.color);
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length > 0 || o.verbose) for (const line of formatFile(r, o, p)) out.push(line);
  }
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
