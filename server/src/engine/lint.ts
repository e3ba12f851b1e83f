// Runs the rules over a parsed report and turns their problems into findings: severity
// from the user's settings, message in the caller's language, offsets as LSP ranges.

import type { Finding, Fix, LintOptions, Severity } from './types';
import type { ReportModel } from './model';
import { parse } from './parse';
import { allRules, resolveRuleSetting } from './rules';
import { fixesOf, type OffsetEdit, type Problem, type Rule, type RuleContext } from './rules/rule';
import { ViewText } from './text/view';
import { pick } from './i18n';
import { misDecodingOfModel } from './text/mojibake';
import { derivedIfAny, derivedOf } from './rules/derived';
import { memo } from './memo';

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
  const rulesToRun = misDecodingOfModel(model) ? allRules.filter((r) => r.code === MIS_DECODED) : allRules;
  const previous = previousModel(options);
  // One context for every rule, reporting for the rule being run (checks report as they
  // run, never later): not a context and a closure per rule and lint.
  let rule = rulesToRun[0];
  let severity: Severity = rule.severity;
  const context: RuleContext = {
    model,
    options,
    previous,
    report: (problem) => raw.push({ rule, severity, problem: toOriginal(model, previous, problem) }),
  };
  // An index loop: the CLI's lints run mostly unoptimised, where for…of allocates per step.
  for (let r = 0; r < rulesToRun.length; r++) {
    const next = rulesToRun[r];
    const setting = resolveRuleSetting(next, options.rules);
    if (setting === 'off') continue;
    rule = next;
    severity = setting;
    rule.check(context);
  }
  return raw.sort((a, b) => a.problem.start - b.problem.start || a.rule.code.localeCompare(b.rule.code));
}

let previousModels = new WeakMap<object, ReportModel>();
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => (previousModels = new WeakMap()));

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
  return misDecodingOfModel(model) ? undefined : model;
}

/**
 * The problem with its offsets in the text as written. The parser may read a view of the
 * text (an HTML page's text, a flattened page split into lines); rules report offsets in
 * that view, and this maps them back, so findings and fixes apply to the user's text.
 */
function toOriginal(model: ReportModel, previous: ReportModel | undefined, problem: Problem): Problem {
  const here = model.source;
  const there = previous?.source;
  if (here.original === here && (!there || there.original === there)) return problem;
  const span = <T extends { start: number; end: number; previous?: true }>(p: T): T => {
    // Related spans into last year's report map through last year's view.
    const src = p.previous && there ? there : here;
    if (src.original === src) return p;
    if (p.end === p.start) {
      const at = src.insertionPoint(p.start);
      return { ...p, start: at, end: at };
    }
    const start = src.toOriginal(p.start);
    return { ...p, start, end: Math.max(start, src.toOriginalEnd(p.start, p.end)) };
  };
  // Lines a fix would insert are laid out for the view (TAB rows, headings on lines of
  // their own): the view places them in the text as written (a <tr> row in an HTML page,
  // a line where the text has a line break), or, where they have no one place, the fix is
  // not offered. Fixes inside the text (a label, a date, a cell) map as they are; a fix
  // filling an empty HTML cell writes over the <br/> it holds.
  const view = here instanceof ViewText ? here : undefined;
  const edit = (e: OffsetEdit): OffsetEdit | undefined => {
    if (!view) return span(e);
    if (/[\r\n]/.test(e.newText)) return e.start === e.end ? view.insertLines(e.start, e.newText) : undefined;
    return e.start === e.end ? { ...e, ...view.fillExtent(e.start) } : span(e);
  };
  const fixes = fixesOf(problem).flatMap((fix) => {
    const edits = fix.edits.map(edit);
    return edits.every((e) => e !== undefined) ? [{ ...fix, edits: edits as OffsetEdit[] }] : [];
  });
  // An empty finding (a blank cell) is marked over what the view left out there.
  const mapped = span(problem);
  const marked = problem.end === problem.start ? here.emptyExtent(problem.start) : mapped;
  return {
    ...mapped,
    start: marked.start,
    end: marked.end,
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
  // Loops and properties set in place, not maps and spreads: a lint runs mostly unoptimised
  // in the CLI. The properties keep the order the spreads gave them (the JSON output's).
  const findings: Finding[] = [];
  for (let i = 0; i < raw.length; i++) {
    const { rule, severity, problem } = raw[i];
    const given = problem.related;
    const related: Finding['related'] = [];
    if (given) {
      for (let j = 0; j < given.length; j++) {
        const r = given[j];
        const message = pick(locale, r.message);
        const previous = r.previous && options.previous && previousModel(options);
        // Last year's spans are offsets into last year's text as written (see toOriginal).
        if (previous) related.push({ range: previous.source.original.range(r.start, r.end), message, uri: options.previous!.uri });
        else related.push({ range: source.range(r.start, r.end), message });
      }
    }
    const finding: Finding = {
      code: rule.code,
      rule: rule.name,
      severity,
      message: pick(locale, problem.message),
      range: source.range(problem.start, problem.end),
      related,
    };
    const offered = fixesOf(problem);
    if (offered.length > 0) {
      const fixes: Fix[] = [];
      for (let j = 0; j < offered.length; j++) {
        const fix = offered[j];
        const edits: Fix['edits'] = [];
        for (let k = 0; k < fix.edits.length; k++) {
          const e = fix.edits[k];
          edits.push({ range: source.range(e.start, e.end), newText: e.newText });
        }
        const made: Fix = { title: pick(locale, fix.title), edits, kind: fix.kind };
        if (fix.preferred) made.isPreferred = true;
        if (fix.auto === false) made.auto = false;
        fixes.push(made);
      }
      finding.fix = fixes[0];
      finding.fixes = fixes;
    }
    findings.push(finding);
  }
  derivedOf(report).problems = { options, problems: raw };
  return { report, findings };
}

/**
 * The problems a lint found, kept with its report so that fix-all's first pass can reuse
 * them instead of parsing and checking the same text again (the server lints on every
 * edit and fixes on save).
 */
export function problemsOf(report: ReportModel, options: LintOptions): RawFinding[] | undefined {
  const cached = derivedIfAny(report)?.problems;
  if (!cached || !sameChecks(cached.options, options)) return undefined;
  return cached.problems;
}

/** Whether two option sets run the same checks (the locale only changes messages). */
function sameChecks(a: LintOptions, b: LintOptions): boolean {
  return (
    a.rules === b.rules &&
    a.profile === b.profile &&
    a.localSections === b.localSections &&
    a.omitSections === b.omitSections &&
    a.deadline === b.deadline &&
    a.previous?.text === b.previous?.text &&
    a.previous?.uri === b.previous?.uri
  );
}
