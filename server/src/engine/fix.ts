// Applying fixes. Fix-all works like ESLint's: apply every non-overlapping fix, re-lint,
// repeat until nothing is left to fix (a fix may enable another, e.g. a missing heading
// lets its table be found).
//
// By default fix-all applies only fixes of kind 'text' (wording, labels, numbering, the
// period, headings): a figure in a report is a fact only the clerk knows. With
// `figures: true` (a setting, the CLI's --fix-figures) it also applies figure fixes, but
// only the unambiguous ones: a finding's only fix, or its preferred one. Each pass applies every
// such fix, and one may lead to the next (a total set to its items' sum, then the row it
// balances against). When that does not settle (two figure fixes each right alone but wrong
// together, which the next pass takes back, and round again), fix-all starts over carefully:
// wording first, then figure fixes one at a time, each kept only when the report has fewer
// findings with it (figureFixes). That cannot go round, and its result is left as it is by
// another fix-all: a careful run of it keeps nothing, and a plain run goes round again.
//
// Everything here is linear in the document: one sort and one sweep per pass to pick
// non-overlapping fixes, one join to apply them, and the passes' edits composed into
// edits against the original text (no text diff). Passes stop when nothing applies, when
// a text comes back (two fixes undoing each other), or at a small limit.

import type { FixAllOptions, TextEdit } from './types';
import type { ReportModel } from './model';
import { parse } from './parse';
import { collectProblems, problemsOf, type RawFinding } from './lint';
import { fixesOf, type OffsetEdit, type ProblemFix } from './rules/rule';
import { SourceText } from './text/source';

export const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  passes: number;
  /** Findings left in the fixed text (those that need the clerk). */
  remaining: number;
  /** False when fix-all stopped at its pass limit or on a repeating text. */
  converged: boolean;
  /** Minimal edits against the input text that produce `text`, in document order. */
  edits: OffsetEdit[];
}

/** Which of a problem's fixes fix-all may apply, if any. */
export function autoFix(fixes: ProblemFix[], figures: boolean): ProblemFix | undefined {
  const first = fixes[0];
  if (!first || first.edits.length === 0 || first.auto === false) return undefined;
  if (first.kind === 'text') return first;
  return figures && (fixes.length === 1 || first.preferred) ? first : undefined;
}

/** Apply offset edits that do not overlap, in one linear join. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('applyEdits: overlapping edits');
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Apply LSP-style edits (ranges against `text`); overlapping edits are an error. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const src = new SourceText(text);
  return applyOffsetEdits(
    text,
    edits.map((e) => ({ start: src.offsetAt(e.range.start), end: src.offsetAt(e.range.end), newText: e.newText })),
  );
}

interface Chosen {
  start: number;
  end: number;
  edits: OffsetEdit[];
  /** Whose fix it is (the rule's code), when the caller says. */
  rule?: string;
}

/**
 * The fixes of one pass that touch nothing an earlier-placed fix touches: sorted by where
 * they start, then one sweep. A fix with several edits is held to its whole span.
 *
 * `rules` (one per fix, optional) says whose each fix is. Insertions of one rule at one
 * point go together, in the order given (the problems' order, which is the rule's: a table's
 * missing rows in the template's order, missing sections in theirs), the same text once:
 * otherwise each would take a pass of its own, and a table missing many rows would not
 * settle within fix-all's passes. Insertions of different rules at one point are not
 * ordered, so only the first goes.
 */
export function pickFixes(fixes: OffsetEdit[][], rules?: readonly string[]): OffsetEdit[][] {
  const chosen: Chosen[] = [];
  fixes.forEach((edits, i) => {
    if (edits.length === 0) return;
    chosen.push({ start: Math.min(...edits.map((e) => e.start)), end: Math.max(...edits.map((e) => e.end)), edits, rule: rules?.[i] });
  });
  chosen.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[][] = [];
  let lastEnd = -1;
  let lastEmpty = false;
  let last: Chosen | undefined;
  const inserted = new Set<string>();
  for (const c of chosen) {
    const empty = c.start === c.end;
    // Touching is allowed between two replacements; an insertion at the other's edge is not
    // (which goes first would be undefined), unless both are the same rule's insertions.
    const sameRuleInsertion = empty && lastEmpty && c.start === lastEnd && c.rule !== undefined && c.rule === last?.rule;
    const text = c.edits.map((e) => e.newText).join('\u0000');
    if (sameRuleInsertion ? !inserted.has(text) : c.start > lastEnd || (c.start === lastEnd && !empty && !lastEmpty)) {
      out.push(c.edits);
      if (!sameRuleInsertion) inserted.clear();
      inserted.add(text);
      lastEnd = c.end;
      lastEmpty = empty;
      last = c;
    }
  }
  return out;
}

export interface FixAllRun extends FixAllOptions {
  /** The last lint of this same text (the server's snapshot): its problems are reused. */
  from?: { report: ReportModel };
}

/**
 * Fix-all one pass at a time, so that a caller can yield between passes and honour
 * cancellation; the last value is the result.
 */
export function* fixAllSteps(text: string, options: FixAllRun = {}): Generator<number, FixAllResult> {
  const result = yield* passesOf(text, options, false);
  if (result.converged || options.figures !== true) return result;
  return yield* passesOf(text, options, true);
}

/** Fix-all's passes over `text`; `careful`: wording first, then only the figure fixes figureFixes keeps. */
function* passesOf(text: string, options: FixAllRun, careful: boolean): Generator<number, FixAllResult> {
  const figures = options.figures === true;
  // Everything but fix-all's own options reaches the rules (profile, last year, deadline…).
  const { figures: _figures, from: _from, ...lintOptions }: FixAllRun = options;
  const seen = new Set<string>([fingerprint(text)]);
  let current = text;
  let composed: OffsetEdit[] = [];
  let fixed = 0;
  let passes = 0;
  let converged = false;
  let remaining: number;
  while (true) {
    const reused = passes === 0 && options.from?.report.source.text === text ? problemsOf(options.from.report, lintOptions) : undefined;
    const problems: RawFinding[] = reused ?? collectProblems(parse(current), lintOptions);
    remaining = problems.length;
    const chosen = problems.map(({ problem }) => autoFix(fixesOf(problem), figures));
    const rules = problems.map(({ rule }) => rule.code);
    const picked = careful
      ? carefulPicks(current, problems.length, chosen, rules, lintOptions)
      : pickFixes(
          chosen.map((fix) => fix?.edits ?? []),
          rules,
        );
    if (picked.length === 0) {
      converged = true;
      break;
    }
    if (passes === MAX_PASSES) break;
    const edits = picked.flat();
    const next = applyOffsetEdits(current, edits);
    const print = fingerprint(next);
    if (seen.has(print)) break; // two fixes undoing each other: stop before going round
    seen.add(print);
    composed = compose(composed, edits, current);
    current = next;
    fixed += picked.length;
    passes++;
    yield passes;
  }
  return { text: current, fixed, passes, remaining, converged, edits: minimal(text, composed) };
}

/** A careful pass: its wording fixes, or when there are none, the figure fixes figureFixes keeps. */
function carefulPicks(
  text: string,
  count: number,
  chosen: (ProblemFix | undefined)[],
  rules: readonly string[],
  lintOptions: FixAllOptions,
): OffsetEdit[][] {
  const wording = pickFixes(
    chosen.map((fix) => (fix?.kind === 'text' ? fix.edits : [])),
    rules,
  );
  if (wording.length > 0) return wording;
  const figureCandidates = pickFixes(
    chosen.map((fix) => (fix && fix.kind !== 'text' ? fix.edits : [])),
    rules,
  );
  return figureFixes(text, count, figureCandidates, lintOptions);
}

/**
 * Of the figure fixes of a pass (`candidates`, none overlapping, in document order), those that
 * each leave the report with fewer findings than it had with the ones kept before it (`count`
 * findings with none). Each kept fix lowers the count, so they cannot go round. A fix that is
 * right but shows another error in its place (the count stays) is left to the clerk, as a quick
 * fix.
 */
function figureFixes(text: string, count: number, candidates: OffsetEdit[][], lintOptions: FixAllOptions): OffsetEdit[][] {
  const kept: OffsetEdit[][] = [];
  let best = count;
  for (const candidate of candidates) {
    const tried = [...kept, candidate];
    const found = collectProblems(parse(applyOffsetEdits(text, tried.flat())), lintOptions).length;
    if (found < best) {
      kept.push(candidate);
      best = found;
    }
  }
  return kept;
}

/** Length and FNV-1a hash: remembers the passes' texts without keeping copies of them. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${h >>> 0}`;
}

export function fixAll(text: string, options: FixAllRun = {}): FixAllResult {
  const steps = fixAllSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Minimal edits that take `text` to its fix-all result, as LSP ranges against `text`. */
export function fixAllEdits(text: string, options: FixAllRun = {}): TextEdit[] {
  return toTextEdits(text, fixAll(text, options).edits);
}

export function toTextEdits(text: string, edits: OffsetEdit[]): TextEdit[] {
  const src = new SourceText(text);
  return edits.map((e) => ({ range: src.range(e.start, e.end), newText: e.newText }));
}

/**
 * Composes edits: `acc` against the original gave `current`; `next` is against `current`.
 * The result is against the original. Regions are grouped where they overlap or touch, in
 * `current`'s coordinates; each group becomes one edit. Linear after the sort.
 */
export function compose(acc: OffsetEdit[], next: OffsetEdit[], current: string): OffsetEdit[] {
  type Region = { cs: number; ce: number; acc?: OffsetEdit; next?: OffsetEdit };
  const regions: Region[] = [];
  let shift = 0;
  for (const a of acc) {
    const cs = a.start + shift;
    regions.push({ cs, ce: cs + a.newText.length, acc: a });
    shift += a.newText.length - (a.end - a.start);
  }
  for (const n of next) regions.push({ cs: n.start, ce: n.end, next: n });
  regions.sort((a, b) => a.cs - b.cs || a.ce - b.ce);
  const out: OffsetEdit[] = [];
  let before = 0; // shift of the acc edits before the current group
  let i = 0;
  while (i < regions.length) {
    const gs = regions[i].cs;
    let ge = regions[i].ce;
    const members: Region[] = [];
    while (i < regions.length && regions[i].cs <= ge) {
      ge = Math.max(ge, regions[i].ce);
      members.push(regions[i++]);
    }
    let delta = 0;
    const inner: OffsetEdit[] = [];
    for (const m of members) {
      if (m.acc) delta += m.acc.newText.length - (m.acc.end - m.acc.start);
      if (m.next) inner.push({ start: m.next.start - gs, end: m.next.end - gs, newText: m.next.newText });
    }
    out.push({ start: gs - before, end: ge - before - delta, newText: applyOffsetEdits(current.slice(gs, ge), inner) });
    before += delta;
  }
  return out;
}

/**
 * Each edit narrowed to what really changes (a label with one wrong character becomes a
 * one-character edit), never leaving an edge between a CR and its LF: editors and the CLI
 * must agree on every line ending.
 */
function minimal(text: string, edits: OffsetEdit[]): OffsetEdit[] {
  const out: OffsetEdit[] = [];
  for (const e of edits) {
    let { start, end, newText } = e;
    let head = 0;
    while (start + head < end && head < newText.length && text.charCodeAt(start + head) === newText.charCodeAt(head)) head++;
    let tail = 0;
    while (
      end - tail > start + head &&
      newText.length - tail > head &&
      text.charCodeAt(end - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
    )
      tail++;
    const inCrlf = (at: number) => at > 0 && at < text.length && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10;
    if (inCrlf(start + head) && head > 0) head--;
    if (inCrlf(end - tail) && tail > 0) tail--;
    start += head;
    end -= tail;
    newText = newText.slice(head, newText.length - tail);
    if (start === end && newText === '') continue;
    out.push({ start, end, newText });
  }
  return out;
}
