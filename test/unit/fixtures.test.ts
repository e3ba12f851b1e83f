// Every fixture with an `.expected` file beside it gives exactly the findings written
// there (code and line); then fix-all is applied and the result re-linted: no fixable
// finding may remain, no text may be lost, and a second fix-all must change nothing.
// Fix-all writes no figure, so its result (`.fixed.txt`, or the text unchanged) keeps
// every number as typed; with `figures: true` it must still converge.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { lint, fixAll } from '../../server/src/engine';
import { similarity } from '../../server/src/engine/text/normalize';
import { expectedFixtures, figuresOf, parseExpected } from './helpers';

const fixtures = expectedFixtures('seeds', 'rules', 'layouts');

test('there are fixtures to check', () => {
  assert.ok(fixtures.length >= 5, `only ${fixtures.length} fixtures found`);
});

for (const fixture of fixtures) {
  const text = readFileSync(fixture.path, 'utf8');

  test(`${fixture.name}: findings are exactly the expected ones`, () => {
    const actual = lint(text)
      .findings.map((f) => `${f.code} ${f.range.start.line + 1}`)
      .sort();
    assert.deepEqual(actual, parseExpected(readFileSync(fixture.expectedPath, 'utf8')));
  });

  test(`${fixture.name}: fix-all leaves nothing fixable, keeps line endings, and is idempotent`, () => {
    const once = fixAll(text).text;
    // Fix-all writes no figure: what is left needs the clerk (balances, blank cells).
    const remaining = lint(once).findings.filter((f) => f.fix?.kind === 'text');
    assert.deepEqual(
      remaining.map((f) => `${f.code} ${f.range.start.line + 1}: ${f.message}`),
      [],
    );
    assert.equal(fixAll(once).text, once, 'a second fix-all changed the text');
    const crlf = /\r\n/.test(text);
    if (crlf) assert.doesNotMatch(once.replace(/\r\n/g, ''), /\n/, 'fix-all introduced LF line endings into a CRLF file');
    else assert.doesNotMatch(once, /\r/, 'fix-all introduced CR into an LF file');
    // Fixes only ever insert lines or change text inside a line: every line fix-all
    // removed must come back, changed but recognisable, among the lines it added.
    assertNoLineLost(text, once);
    const fixedPath = fixture.path.replace(/\.txt$/, '.fixed.txt');
    if (existsSync(fixedPath)) assert.equal(once, readFileSync(fixedPath, 'utf8'));
    // The seeds folder is also the CLI's test folder: no .fixed.txt there.
    else if (!fixture.name.startsWith('seeds/')) assert.equal(once, text, 'fix-all changed a fixture that has no .fixed.txt');
    assert.deepEqual(figuresOf(once), figuresOf(text), 'fix-all changed a figure');
  });

  test(`${fixture.name}: fix-all with figures converges, is idempotent and keeps every figure fix-all without them kept`, () => {
    const result = fixAll(text, { figures: true });
    assert.ok(result.converged, `no convergence after ${result.passes} passes`);
    assert.equal(fixAll(result.text, { figures: true }).text, result.text, 'a second fix-all changed the text');
  });
}

function assertNoLineLost(before: string, after: string): void {
  // Compare the texts as multisets of lines: what only the old text has must come back,
  // changed but recognisable, among what only the new text has.
  const lines = (t: string) => t.split(/\r?\n/).filter((l) => l.trim() !== '');
  const pool = new Map<string, number>();
  for (const l of lines(after)) pool.set(l, (pool.get(l) ?? 0) + 1);
  const removed: string[] = [];
  for (const l of lines(before)) {
    const n = pool.get(l) ?? 0;
    if (n > 0) pool.set(l, n - 1);
    else removed.push(l);
  }
  const added = [...pool].flatMap(([l, n]) => Array<string>(n).fill(l));
  for (const line of removed) {
    assert.ok(
      added.some((a) => similarity(a, line) >= 0.5),
      `fix-all lost the line ${JSON.stringify(line)}`,
    );
  }
}
