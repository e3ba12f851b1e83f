// Runs the rules over a parsed report and turns their problems into findings: severity
// from the user's settings, message in the caller's language, offsets as LSP ranges.

import type { Finding, LintOptions, Severity } from './types';
import type { ReportModel } from './model';
import { parse } from './parse';
import { allRules, resolveRuleSetting } from './rules';
import type { Problem, Rule } from './rules/rule';
import { pick } from './i18n';
import { misDecoding } from './text/mojibake';

const MIS_DECODED = 'GR008';

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
  // A mis-decoded text is said once (GR008) instead of a flood of wrong structural findings.
  const rulesToRun = misDecoding(model.source.text) ? allRules.filter((r) => r.code === MIS_DECODED) : allRules;
  const previous = previousModel(options);
  for (const rule of rulesToRun) {
    const severity = resolveRuleSetting(rule, options.rules);
    if (severity === 'off') continue;
    rule.check({ model, options, previous, report: (problem) => raw.push({ rule, severity, problem }) });
  }
  return raw.sort((a, b) => a.problem.start - b.problem.start || a.rule.code.localeCompare(b.rule.code));
}

const previousModels = new WeakMap<object, ReportModel>();

/** Last year's report parsed once per options object (fix-all re-lints many times). */
function previousModel(options: LintOptions): ReportModel | undefined {
  const given = options.previous;
  if (!given) return undefined;
  let model = previousModels.get(given);
  if (!model) {
    model = parse(given.text);
    previousModels.set(given, model);
  }
  // A mis-decoded last year is no basis for comparison.
  return misDecoding(model.source.text) ? undefined : model;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const report = parse(text);
  const locale = options.locale ?? 'zh';
  const { source } = report;
  const findings = collectProblems(report, options).map(({ rule, severity, problem }): Finding => ({
    code: rule.code,
    rule: rule.name,
    severity,
    message: pick(locale, problem.message),
    range: source.range(problem.start, problem.end),
    related: (problem.related ?? []).map((r) =>
      r.previous && options.previous
        ? { range: previousModel(options)!.source.range(r.start, r.end), message: pick(locale, r.message), uri: options.previous.uri }
        : { range: source.range(r.start, r.end), message: pick(locale, r.message) },
    ),
    fix: problem.fix && {
      title: pick(locale, problem.fix.title),
      edits: problem.fix.edits.map((e) => ({ range: source.range(e.start, e.end), newText: e.newText })),
    },
  }));
  return { report, findings };
}
