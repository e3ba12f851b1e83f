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
    rule.check({ model, report: (problem) => raw.push({ rule, severity, problem: toOriginal(model, problem) }) });
  }
  return raw.sort((a, b) => a.problem.start - b.problem.start || a.rule.code.localeCompare(b.rule.code));
}

/**
 * The problem with its offsets in the text as written. The parser may read a view of the
 * text (an HTML page's text, a flattened page split into lines); rules report offsets in
 * that view, and this maps them back, so findings and fixes apply to the user's text.
 */
function toOriginal(model: ReportModel, problem: Problem): Problem {
  const src = model.source;
  if (src.original === src) return problem;
  const span = <T extends { start: number; end: number }>(p: T): T => {
    if (p.end === p.start) {
      const at = src.insertionPoint(p.start);
      return { ...p, start: at, end: at };
    }
    const start = src.toOriginal(p.start);
    return { ...p, start, end: Math.max(start, src.toOriginalEnd(p.start, p.end)) };
  };
  // Lines a fix would insert are laid out for the view (TAB rows, headings on lines of
  // their own); in an HTML page or a flattened line they would garble the text, so such
  // fixes are not offered there. Fixes inside the text (a label, a date, a cell) are.
  const fixes = fixesOf(problem)
    .filter((fix) => !fix.edits.some((e) => /[\r\n]/.test(e.newText)))
    .map((fix) => ({ ...fix, edits: fix.edits.map(span) }));
  return {
    ...span(problem),
    related: problem.related?.map(span),
    fix: undefined,
    fixes,
  };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const report = parse(text);
  const locale = options.locale ?? 'zh';
  // Problems carry offsets into the text as written (see toOriginal).
  const source = report.source.original;
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
