// Every rendering in test/fixtures/rendered (made by `npm run render` with LibreOffice,
// pdftotext, pdf.js, turndown, and as crawler text) gets exactly the findings of its
// original, on the same cells. Known gaps, listed in rendered/known-gaps.txt while the
// parser learns a layout, are allowed; a listed gap that no longer occurs fails the test,
// so the list can only shrink.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differences, findingIds, readKnownGaps, RENDERED, renderings, unmatched } from './invariance';
import { FIXTURES } from './helpers';

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

/**
 * Each label of seed 000, one letter changed in the report and in its rendering of `family`
 * alike (`[label, typo]`: the written text and what it becomes), gets the same findings, a
 * GR105 naming the typo among them.
 */
function typosAsWritten(family: string, cases: [string, string][]): void {
  const original = readFileSync(join(FIXTURES, 'seeds', '000_83736ae7aacb97e3.txt'), 'utf8');
  const rendered = readFileSync(join(RENDERED, family, '000_83736ae7aacb97e3.txt'), 'utf8');
  for (const [label, typo] of cases) {
    assert.ok(original.includes(label) && rendered.includes(label), label);
    const expected = findingIds(original.replace(label, typo));
    assert.ok(
      expected.some((id) => id.startsWith('GR105') && id.includes(typo.replace(/\s/g, ''))),
      `${typo}: GR105 in the report as written`,
    );
    assert.deepEqual(findingIds(rendered.replace(label, typo)), expected, typo);
  }
}

// A row label mistyped before a PDF's wrap cuts it: pdf.js text had the row missing (GR102)
// and its numbers added to the row above (GR107), TAB text a typo (GR105).
test('a mistyped row label cut by a wrap in pdf.js text gets the findings of the report as written', () =>
  typosAsWritten('pdfjs', [
    ['属于三类内部事务', '政于三类内部事务'],
    ['保护第三方合法权', '保护第他方合法权'],
    ['申请人无正当理由', '申请人无正的理由'],
    // Read in its short form, its rest over the next line mistyped.
    ['部分公开(区分处理的', '部分公开(区的处理的'],
  ]));

// Word saved as text (a cell a line): a long row label mistyped after its short form
// (（二）部分公开) had its rest dropped (no finding) or read as a second label; a short one
// mistyped (3.其他) had the row missing (GR102) and its numbers on the row above (GR107).
test('a mistyped row label in Word saved as text gets the findings of the report as written', () =>
  typosAsWritten('docx-text', [
    ['部分公开(区分处理的', '部分公开(区的处理的'],
    ['部分公开(区分处理的', '的分公开(区分处理的'],
    ['3. 其他', '3. 的他'],
    // A cell a line: mistyped into a section's key words (收到, 申请), still the row, no heading.
    ['本年新收政府信息', '本年新收到府信息'],
  ]));

// Web text run together: a short row label mistyped run onto the header before it
// (本年处理决定数量行的许可181) was no label, the row missing (GR102).
test('a mistyped row label in web text run together gets the findings of the report as written', () =>
  typosAsWritten('web-run', [
    ['行政许可', '行的许可'],
    ['行政处罚', '行政处的'],
    // Its start mistyped, the rest the trial format's label (规范性文件).
    ['行政规范性文件', '行的规范性文件'],
  ]));
