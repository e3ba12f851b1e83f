// Runs the rules over a parsed report and turns their problems into findings: severity
// from the user's settings, message in the caller's language, offsets as LSP ranges.

import type { Finding, Fix, LintOptions, Severity } from './types';
import type { ReportModel } from './model';
import { parse } from './parse';
import { allRules, resolveRuleSetting } from './rules';
import { fixesOf, type Problem, type Rule } from './rules/rule';
import { pick } from './i18n';

export interface LintResult {
  report: ReportModel;
  findings: Finding[];
}

export interface RawFinding {
  rule: Rule;
  severity: Severity;
  problem: Problem;
}

/** Every enabled rule's problems, in document order (then code order). */
export function collectProblems(model: ReportModel, options: LintOptions = {}): RawFinding[] {
  const raw: RawFinding[] = [];
  for (const rule of allRules) {
    const severity = resolveRuleSetting(rule, options.rules);
    if (severity === 'off') continue;
    rule.check({ model, report: (problem) => raw.push({ rule, severity, problem }) });
  }
  return raw.sort((a, b) => a.problem.start - b.problem.start || a.rule.code.localeCompare(b.rule.code));
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const report = parse(text);
  const locale = options.locale ?? 'zh';
  const { source } = report;
  const raw = collectProblems(report, options);
  const findings = raw.map(({ rule, severity, problem }): Finding => ({
    code: rule.code,
    rule: rule.name,
    severity,
    message: pick(locale, problem.message),
    range: source.range(problem.start, problem.end),
    related: (problem.related ?? []).map((r) => ({ range: source.range(r.start, r.end), message: pick(locale, r.message) })),
    ...withFixes(
      fixesOf(problem).map((fix): Fix => ({
        title: pick(locale, fix.title),
        edits: fix.edits.map((e) => ({ range: source.range(e.start, e.end), newText: e.newText })),
        kind: fix.kind,
        ...(fix.preferred && { isPreferred: true }),
        ...(fix.auto === false && { auto: false as const }),
      })),
    ),
  }));
  lastProblems.set(report, { options, problems: raw });
  return { report, findings };
}

function withFixes(fixes: Fix[]): Pick<Finding, 'fix' | 'fixes'> {
  return fixes.length === 0 ? {} : { fix: fixes[0], fixes };
}

/**
 * The problems a lint found, kept with its report so that fix-all's first pass can reuse
 * them instead of parsing and checking the same text again (the server lints on every
 * edit and fixes on save).
 */
const lastProblems = new WeakMap<ReportModel, { options: LintOptions; problems: RawFinding[] }>();

export function problemsOf(report: ReportModel, options: LintOptions): RawFinding[] | undefined {
  const cached = lastProblems.get(report);
  if (!cached || cached.options.rules !== options.rules) return undefined;
  return cached.problems;
}
