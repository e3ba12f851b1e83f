// Every fixture with an `.expected` file beside it gives exactly the findings written
// there (code and line); then fix-all is applied and the result re-linted: no fixable
// finding may remain, no text may be lost, and a second fix-all must change nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { lint, fixAll } from '../../server/src/engine';
import { expectedFixtures, parseExpected } from './helpers';

const fixtures = expectedFixtures('seeds', 'rules', 'layouts');

test('there are fixtures to check', () => {
  assert.ok(fixtures.length >= 5, `only ${fixtures.length} fixtures found`);
});

for (const fixture of fixtures) {
  const text = readFileSync(fixture.path, 'utf8');

  test(`${fixture.name}: findings are exactly the expected ones`, () => {
    const actual = lint(text).findings.map((f) => `${f.code} ${f.range.start.line + 1}`).sort();
    assert.deepEqual(actual, parseExpected(readFileSync(fixture.expectedPath, 'utf8')));
  });

  test(`${fixture.name}: fix-all leaves nothing fixable, keeps line endings, and is idempotent`, () => {
    const once = fixAll(text).text;
    const remaining = lint(once).findings.filter((f) => f.fix);
    assert.deepEqual(remaining.map((f) => `${f.code} ${f.range.start.line + 1}: ${f.message}`), []);
    assert.equal(fixAll(once).text, once, 'a second fix-all changed the text');
    const crlf = /\r\n/.test(text);
    if (crlf) assert.doesNotMatch(once.replace(/\r\n/g, ''), /\n/, 'fix-all introduced LF line endings into a CRLF file');
    else assert.doesNotMatch(once, /\r/, 'fix-all introduced CR into an LF file');
    // Fixes only ever add or replace: every line of the original that no finding
    // touched is still there.
    const touched = new Set(lint(text).findings.flatMap((f) => (f.fix?.edits ?? []).map((e) => e.range.start.line)));
    const after = new Set(once.split(/\r?\n/));
    text.split(/\r?\n/).forEach((line, i) => {
      if (!touched.has(i)) assert.ok(after.has(line), `line ${i + 1} was lost: ${line}`);
    });
    const fixedPath = fixture.path.replace(/\.txt$/, '.fixed.txt');
    if (existsSync(fixedPath)) assert.equal(once, readFileSync(fixedPath, 'utf8'));
  });
}
