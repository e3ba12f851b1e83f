// Every fixture with an `.expected` file beside it gives exactly the findings written
// there, in full: code, severity, range, Chinese message, related locations and what
// each fix changes (format: test/unit/expected.ts, README "Tests"). A difference fails
// with a unified diff, expected → actual; `npm run fixtures:update` rewrites the files
// for review, no test ever does. Then fix-all is applied and the result re-linted: no
// fixable finding may remain, no text may be lost, and a second fix-all must change
// nothing; where a `.fixed.txt` is given, fix-all must give exactly it. Fix-all writes no
// figure, so every number stays as typed, and a fixture without `.fixed.txt` (outside the
// seeds, which are also the CLI's test folder) is left unchanged; with `figures: true` it
// must still converge.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { lint, fixAll } from '../../server/src/engine';
import { similarity } from '../../server/src/engine/text/normalize';
import { comparable, expectedFixtures, lastYearOf, renderActual, unifiedDiff } from './expected';
import { figuresOf } from './helpers';

const fixtures = expectedFixtures();

test('there are fixtures to check', () => {
  assert.ok(fixtures.length >= 5, `only ${fixtures.length} fixtures found`);
});

for (const fixture of fixtures) {
  const text = readFileSync(fixture.path, 'utf8');

  test(`${fixture.name}: findings are exactly the expected ones`, () => {
    const expected = comparable(readFileSync(fixture.expectedPath, 'utf8'));
    const actual = renderActual(text, lastYearOf(fixture.path));
    if (actual !== expected) {
      assert.fail(
        `${fixture.name}: the findings differ from ${fixture.name.replace(/\.txt$/, '.expected')}` +
          ` (comments and blank lines ignored; if the change is right: npm run fixtures:update -- ${fixture.name})\n` +
          unifiedDiff(fixture.name.replace(/\.txt$/, '.expected'), expected, actual),
      );
    }
  });

  test(`${fixture.name}: fix-all leaves nothing fixable, keeps line endings, and is idempotent`, () => {
    const once = fixAll(text).text;
    // What is left needs the clerk (balances, blank cells): figure fixes are quick fixes only.
    const remaining = lint(once).findings.filter((f) => f.fix?.kind === 'text' && f.fix.auto !== false);
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
    if (existsSync(fixedPath)) {
      const wanted = readFileSync(fixedPath, 'utf8');
      if (once !== wanted)
        assert.fail(`fix-all differs from ${fixedPath}\n${unifiedDiff(fixture.name.replace(/\.txt$/, '.fixed.txt'), wanted, once)}`);
    } else if (!fixture.name.startsWith('seeds/')) {
      assert.equal(once, text, 'fix-all changed a fixture that has no .fixed.txt');
    }
    assert.deepEqual(figuresOf(once), { ...figuresOf(text), ...figuresOf(once) }, 'fix-all dropped a figure');
    for (const [key, value] of Object.entries(figuresOf(text))) assert.equal(figuresOf(once)[key], value, `fix-all changed ${key}`);
  });

  test(`${fixture.name}: fix-all with figures converges and is idempotent`, () => {
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
