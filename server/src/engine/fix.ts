// Applying fixes. Fix-all works like ESLint's: apply every non-overlapping fix, re-lint,
// repeat until nothing is left to fix (a fix may enable another, e.g. a filled blank
// cell lets a balance be checked). The result is idempotent: a second run changes nothing.

import { diffChars, diffLines } from 'diff';
import type { LintOptions, TextEdit } from './types';
import { parse } from './parse';
import { collectProblems } from './lint';
import type { OffsetEdit } from './rules/rule';
import { SourceText } from './text/source';

const MAX_PASSES = 30;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  passes: number;
}

/** Apply offset edits that do not overlap (the caller guarantees it), last first. */
function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** Apply LSP-style edits (ranges against `text`); overlapping edits are an error. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const src = new SourceText(text);
  const offsets = edits.map((e) => ({ start: src.offsetAt(e.range.start), end: src.offsetAt(e.range.end), newText: e.newText }));
  const sorted = [...offsets].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) throw new Error('applyEdits: overlapping edits');
  }
  return applyOffsetEdits(text, offsets);
}

/** One pass: the fixes whose edits touch nothing an earlier fix touches. */
function onePass(text: string, options: LintOptions): { text: string; fixed: number } {
  const model = parse(text);
  const taken: OffsetEdit[] = [];
  let fixed = 0;
  const clashes = (e: OffsetEdit) =>
    taken.some(
      (t) =>
        (e.start < t.end && t.start < e.end) ||
        e.start === t.start ||
        (e.start === e.end && e.start === t.end) ||
        (t.start === t.end && t.start === e.end),
    );
  for (const { problem } of collectProblems(model, options)) {
    const edits = problem.fix?.edits;
    if (!edits || edits.length === 0 || edits.some(clashes)) continue;
    taken.push(...edits);
    fixed++;
  }
  return { text: applyOffsetEdits(text, taken), fixed };
}

export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let fixed = 0;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const pass = onePass(current, options);
    if (pass.fixed === 0 || pass.text === current) break;
    current = pass.text;
    fixed += pass.fixed;
    passes++;
  }
  return { text: current, fixed, passes };
}

/**
 * Minimal edits that take `text` to its fix-all result, as LSP ranges against `text`.
 * A line diff finds the changed hunks (cheap on long texts); a character diff inside
 * each hunk keeps the edits minimal (2021 → 2022 is one character).
 */
export function fixAllEdits(text: string, options: LintOptions = {}): TextEdit[] {
  const fixedText = fixAll(text, options).text;
  if (fixedText === text) return [];
  const src = new SourceText(text);
  const edits: TextEdit[] = [];
  let offset = 0;
  let hunk: { start: number; old: string; new: string } | undefined;
  const flush = () => {
    if (!hunk) return;
    for (const e of charEdits(hunk.old, hunk.new)) {
      edits.push({ range: src.range(hunk.start + e.start, hunk.start + e.end), newText: e.newText });
    }
    hunk = undefined;
  };
  for (const part of diffLines(text, fixedText)) {
    if (part.added || part.removed) {
      hunk = hunk ?? { start: offset, old: '', new: '' };
      if (part.added) hunk.new += part.value;
      else {
        hunk.old += part.value;
        offset += part.value.length;
      }
    } else {
      flush();
      offset += part.value.length;
    }
  }
  flush();
  return edits;
}

function charEdits(before: string, after: string): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let offset = 0;
  let pending: OffsetEdit | undefined;
  for (const part of diffChars(before, after)) {
    if (part.added || part.removed) {
      pending = pending ?? { start: offset, end: offset, newText: '' };
      if (part.added) pending.newText += part.value;
      else {
        offset += part.value.length;
        pending.end = offset;
      }
    } else {
      if (pending) edits.push(pending);
      pending = undefined;
      offset += part.value.length;
    }
  }
  if (pending) edits.push(pending);
  return edits;
}
