// Helpers for the engine-* unit tests: a clean report to break one thing at a time, and
// positions computed from the text itself, so each test states exact ranges by hand.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import type { Finding, LintOptions, Position, Range } from '../../server/src/engine';

/** A correct county report, TAB layout, LF line endings (a copy of a real one). */
export const CLEAN = readFileSync(join(__dirname, '..', 'fixtures', 'unit', 'clean-tab.txt'), 'utf8');

/** `text` with the one occurrence of `from` replaced; fails when `from` is absent or ambiguous. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `not in the text: ${from}`);
  assert.equal(text.indexOf(from, at + 1), -1, `more than once in the text: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Offset of the `nth` (0-based) occurrence of `needle`, optionally searching after `after`. */
export function offsetOf(text: string, needle: string, after?: string, nth = 0): number {
  let at = after === undefined ? 0 : text.indexOf(after);
  assert.ok(at >= 0, `not in the text: ${after}`);
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, i === 0 ? at : at + 1);
    assert.ok(at >= 0, `not in the text: ${needle}`);
  }
  return at;
}

export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The range of `needle` (its `nth` occurrence after `after`) in `text`. */
export function rangeOf(text: string, needle: string, after?: string, nth = 0): Range {
  const start = offsetOf(text, needle, after, nth);
  return { start: positionOf(text, start), end: positionOf(text, start + needle.length) };
}

/** The findings of one rule. */
export function findingsOf(text: string, code: string, options?: LintOptions): Finding[] {
  return lint(text, options).findings.filter((f) => f.code === code);
}

/** Every finding's code, sorted: to state that nothing else fired. */
export function codes(text: string, options?: LintOptions): string[] {
  return lint(text, options)
    .findings.map((f) => f.code)
    .sort();
}

/** Applies a finding's fix edits (LSP ranges over `text`). */
export function applyFix(text: string, finding: Finding): string {
  assert.ok(finding.fix, `${finding.code} offers no fix`);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: Position) => lineStarts[p.line] + p.character;
  return [...finding.fix.edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
