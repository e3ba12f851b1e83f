// What a rule is: its metadata (registry, docs, config schema) and a check over the
// document model that reports problems with offsets, messages in both languages and,
// where safe, a fix as text edits.

import type { LintOptions, Localized, RuleMeta } from '../types';
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
  fix?: { title: Localized; edits: OffsetEdit[] };
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
