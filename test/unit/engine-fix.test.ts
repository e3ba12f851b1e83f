// Fix-all's parts, each on small hand-made inputs with the answer written out: which of a
// finding's fixes fix-all may apply, which fixes of one pass go together, how edits apply,
// and how the edits of several passes compose back onto the original text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOffsetEdits, autoFix, compose, pickFixes, toTextEdits } from '../../server/src/engine/fix';
import type { OffsetEdit, ProblemFix } from '../../server/src/engine/rules/rule';

const edit = (start: number, end: number, newText: string): OffsetEdit => ({ start, end, newText });
const fix = (kind: 'text' | 'figure', more: Partial<ProblemFix> = {}): ProblemFix => ({
  title: { zh: '改', en: 'change' },
  edits: [edit(0, 1, 'x')],
  kind,
  ...more,
});

test('autoFix: wording always, a figure only when asked and unambiguous, never a quick-fix-only or empty fix', () => {
  assert.equal(autoFix([], true), undefined, 'no fix');
  const text = fix('text');
  assert.equal(autoFix([text, fix('figure')], false), text, 'a text fix first is applied');
  assert.equal(autoFix([fix('text', { edits: [] })], true), undefined, 'a fix with no edit');
  assert.equal(autoFix([fix('text', { auto: false })], true), undefined, 'a quick fix only');
  const figure = fix('figure');
  assert.equal(autoFix([figure], false), undefined, 'figures not asked for');
  assert.equal(autoFix([figure], true), figure, 'the only fix');
  const preferred = fix('figure', { preferred: true });
  assert.equal(autoFix([preferred, fix('figure')], true), preferred, 'the preferred one of several');
  assert.equal(autoFix([figure, fix('figure', { preferred: true })], true), undefined, 'several, the first not preferred');
  assert.equal(autoFix([fix('text'), fix('figure')].reverse(), true), undefined, 'a figure first among several, none preferred');
});

test('applyOffsetEdits: edits in any order, replacing, inserting and deleting; overlaps refused', () => {
  assert.equal(applyOffsetEdits('abcdef', [edit(4, 6, 'XY'), edit(0, 0, '>'), edit(2, 3, '')]), '>abdXY');
  assert.equal(applyOffsetEdits('abc', []), 'abc');
  assert.equal(applyOffsetEdits('abc', [edit(3, 3, '!')]), 'abc!');
  // An insertion and a replacement at the same offset: the insertion (shorter) first.
  assert.equal(applyOffsetEdits('abc', [edit(1, 2, 'B'), edit(1, 1, '+')]), 'a+Bc');
  assert.throws(() => applyOffsetEdits('abcdef', [edit(0, 3, 'x'), edit(2, 4, 'y')]), /overlapping edits/);
});

test('pickFixes: the first of overlapping fixes wins; touching replacements go together, an insertion at an edge does not', () => {
  const a = [edit(0, 2, 'A')];
  const b = [edit(1, 3, 'B')];
  const c = [edit(2, 4, 'C')];
  const d = [edit(5, 6, 'D')];
  assert.deepEqual(pickFixes([d, b, a]), [a, d], 'sorted by start; b overlaps a');
  assert.deepEqual(pickFixes([a, c]), [a, c], 'two replacements touching at 2');
  assert.deepEqual(pickFixes([a, [edit(2, 2, '+')]]), [a], 'an insertion at the end of a replacement');
  assert.deepEqual(pickFixes([[edit(2, 2, '+')], c]), [[edit(2, 2, '+')]], 'a replacement starting where an insertion is');
  assert.deepEqual(pickFixes([[edit(2, 2, '+')], [edit(2, 2, '-')]]), [[edit(2, 2, '+')]], 'two insertions at one place');
  assert.deepEqual(pickFixes([[], a]), [a], 'a fix with no edits is no fix');
  // A fix of several edits is held to its whole span: nothing may land between its edits.
  const wide = [edit(0, 1, 'x'), edit(8, 9, 'y')];
  assert.deepEqual(pickFixes([wide, [edit(4, 5, 'z')], [edit(9, 10, 'w')]]), [wide, [edit(9, 10, 'w')]]);
  // At one start the shorter span goes first.
  assert.deepEqual(pickFixes([[edit(0, 3, 'long')], [edit(0, 1, 'short')]]), [[edit(0, 1, 'short')]]);
});

test('pickFixes: one rule’s insertions at one place go together in the order given, the same text once; two rules’ do not', () => {
  const row2 = [edit(5, 5, '\n二')];
  const row3 = [edit(5, 5, '\n三')];
  const row4 = [edit(5, 5, '\n四')];
  // A table missing three rows: all three in one pass, in the rule's order (not sorted by text).
  assert.deepEqual(pickFixes([row3, row2, row4], ['GR105', 'GR105', 'GR105']), [row3, row2, row4]);
  assert.equal(applyOffsetEdits('01234', [...row3, ...row2, ...row4]), '01234\n三\n二\n四');
  // The same text twice is inserted once.
  assert.deepEqual(pickFixes([row2, [edit(5, 5, '\n二')], row3], ['GR105', 'GR105', 'GR105']), [row2, row3]);
  // Another rule's insertion at that place: which goes first is not defined, so it waits.
  assert.deepEqual(pickFixes([row2, row3, row4], ['GR105', 'GR002', 'GR105']), [row2, row4]);
  // Without the rules, one insertion per place, as before.
  assert.deepEqual(pickFixes([row2, row3]), [row2]);
  // A replacement ending there still keeps the insertions out, whoever's they are.
  assert.deepEqual(pickFixes([[edit(3, 5, 'x')], row2, row3], ['GR105', 'GR105', 'GR105']), [[edit(3, 5, 'x')]]);
});

test('compose: a second pass edits against the first pass result, composed against the original', () => {
  const original = 'abcdef';
  const first = [edit(1, 2, 'BB'), edit(4, 4, '+')]; // aBBcd+ef
  const current = applyOffsetEdits(original, first);
  assert.equal(current, 'aBBcd+ef');
  const acc = compose([], first, original);
  assert.deepEqual(acc, first, 'composing onto nothing gives the edits');
  // Far from the first edits: shifted back by their length change.
  assert.deepEqual(compose(acc, [edit(7, 8, 'F')], current), [edit(1, 2, 'BB'), edit(4, 4, '+'), edit(5, 6, 'F')]);
  // Inside the text the first pass wrote: one edit over the original.
  assert.deepEqual(compose(acc, [edit(2, 3, 'b')], current), [edit(1, 2, 'Bb'), edit(4, 4, '+')]);
  // Touching the first pass's insertion: merged with it.
  assert.deepEqual(compose(acc, [edit(6, 7, 'E')], current), [edit(1, 2, 'BB'), edit(4, 5, '+E')]);
  for (const next of [[edit(7, 8, 'F')], [edit(2, 3, 'b')], [edit(6, 7, 'E')], [edit(0, 8, 'all')]]) {
    assert.equal(applyOffsetEdits(original, compose(acc, next, current)), applyOffsetEdits(current, next), JSON.stringify(next));
  }
});

test('toTextEdits: offsets as LSP lines and characters, CRLF counted as the line break', () => {
  assert.deepEqual(toTextEdits('ab\r\ncd', [edit(4, 5, 'C')]), [
    { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: 'C' },
  ]);
});
