// What a rule is: its metadata (registry, docs, config schema) and a check over the
// document model that reports problems with offsets, messages in both languages and,
// where safe, a fix as text edits.

import type { FixKind, LintOptions, Localized, RuleMeta } from '../types';
import type { ReportModel } from '../model';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Problem {
  start: number;
  end: number;
  message: Localized;
  /** Offsets into this report, or into last year's when `previous` is set. */
  related?: { start: number; end: number; message: Localized; previous?: true }[];
  /** A single fix (shorthand for `fixes: [fix]`). */
  fix?: ProblemFix;
  /** Alternative corrections, most likely first. */
  fixes?: ProblemFix[];
}

export interface ProblemFix {
  /** Says exactly what the fix writes. */
  title: Localized;
  edits: OffsetEdit[];
  /** Whether it writes a figure; see FixKind. Every fix declares it. */
  kind: FixKind;
  preferred?: boolean;
  /**
   * False: a quick fix only, never applied by fix-all, because it would assert a fact the
   * text does not settle (a partial-year period may be a unit that began in September).
   */
  auto?: false;
}

/** A problem's fixes, whichever way the rule gave them. */
export function fixesOf(problem: Problem): ProblemFix[] {
  return problem.fixes ?? (problem.fix ? [problem.fix] : []);
}

export interface RuleContext {
  model: ReportModel;
  /** The caller's options (publication deadline, format profile, last year's report). */
  options: LintOptions;
  /** Last year's report of the same unit, parsed, when the caller found one (GR403–GR405). */
  previous?: ReportModel;
  report(problem: Problem): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

/** Declares a rule; the identity function, there for type checking and for the reader. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
