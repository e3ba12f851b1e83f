// Every rendering in test/fixtures/rendered (made by `npm run render` with LibreOffice,
// pdftotext, pdf.js, turndown, and as crawler text) gets exactly the findings of its
// original, on the same cells. Known gaps, listed in rendered/known-gaps.txt while the
// parser learns a layout, are allowed; a listed gap that no longer occurs fails the test,
// so the list can only shrink.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { differences, readKnownGaps, renderings, unmatched } from './invariance';

const all = renderings();
const gaps = readKnownGaps();

test('renderings of every family are there', () => {
  const families = new Set(all.map((r) => r.family));
  for (const f of ['docx-text', 'pdftotext', 'pdfjs', 'html', 'markdown', 'web-spaced', 'web-run'])
    assert.ok(families.has(f), `no ${f} renderings`);
  assert.ok(all.length >= 7 * 15, `only ${all.length} renderings`);
});

test('every known gap names a rendering', () => {
  const ids = new Set(all.map((r) => r.id));
  assert.deepEqual(
    [...gaps.keys()].filter((id) => !ids.has(id)),
    [],
  );
});

for (const r of all) {
  test(`${r.id}: the findings of ${r.source}`, () => {
    const diff = differences(r);
    const known = gaps.get(r.id) ?? [];
    const unexpected = unmatched(diff, known);
    const fixed = unmatched(known, diff);
    assert.deepEqual(unexpected, [], `findings differ from the original's`);
    assert.deepEqual(fixed, [], `gap fixed: remove it from test/fixtures/rendered/known-gaps.txt`);
  });
}
