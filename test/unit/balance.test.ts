// The promise on balances: change any one number of table 2 or 3 in a balanced
// report and a GR2xx finding appears on a cell of that row or column; fix-all then
// leaves the tables balanced, and a second fix-all changes nothing. For table 2, where
// the changed number breaks both its row and its column, fix-all puts it back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, fixAll, parse } from '../../server/src/engine';
import type { Cell } from '../../server/src/engine/model';
import { readFixture } from './helpers';

const BALANCED = ['000_83736ae7aacb97e3.txt', '001_0d4db35de2d4a64b.txt', '002_12a69261f9476b84.txt', '004_3a76839b33e1ea7f.txt'];

const balanceFindings = (text: string) => lint(text).findings.filter((f) => /^GR2/.test(f.code));

for (const seed of BALANCED) {
  test(`${seed}: every single changed number in tables 2 and 3 is caught and fixed`, () => {
    const text = readFixture('seeds', seed);
    assert.deepEqual(balanceFindings(text), [], 'the seed itself must balance');
    const model = parse(text);
    const baseline = fixAll(text).text;
    let checked = 0;
    for (const table of model.tables.filter((t) => t.id !== 1)) {
      const cells = table.rows.flatMap((r) => r.values);
      // Cells sharing the changed cell's row or column (same row key, or same column key in table 2).
      const neighbours = (cell: Cell) =>
        cells.filter((c) => c.rowKey === cell.rowKey || (table.id === 2 && c.columnKey === cell.columnKey));
      for (const cell of cells) {
        const changed = text.slice(0, cell.start) + String((cell.value ?? 0) + 2) + text.slice(cell.end);
        const found = balanceFindings(changed);
        assert.ok(found.length > 0, `no GR2xx after changing ${cell.rowKey}/${cell.columnKey}`);
        const src = model.source;
        const places = new Set(neighbours(cell).map((c) => `${src.positionAt(c.start).line}:${src.positionAt(c.start).character}`));
        assert.ok(
          found.some((f) => places.has(`${f.range.start.line}:${f.range.start.character}`)),
          `finding for ${cell.rowKey}/${cell.columnKey} is not on its row or column: ${found.map((f) => f.message).join(' | ')}`,
        );
        const fixed = fixAll(changed).text;
        assert.deepEqual(balanceFindings(fixed), [], `still unbalanced after fix-all (${cell.rowKey}/${cell.columnKey})`);
        assert.equal(fixAll(fixed).text, fixed, 'second fix-all changed the text');
        if (table.id === 2) assert.equal(fixed, baseline, `fix-all did not restore ${cell.rowKey}/${cell.columnKey}`);
        checked++;
      }
    }
    assert.ok(checked >= 25 * 7 + 15, `only ${checked} cells checked`);
  });
}

test('one wrong item number gives one finding, on that number, naming both relations', () => {
  const text = readFixture('seeds', '002_12a69261f9476b84.txt');
  const cell = parse(text)
    .tables.find((t) => t.id === 2)!
    .data.get('r3_4')!.values[0];
  const changed = text.slice(0, cell.start) + '4' + text.slice(cell.end);
  const found = balanceFindings(changed);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(f.range.start.character, cell.start - parse(text).source.lineStarts[f.range.start.line]);
  assert.match(f.message, /三（三）4 自然人/);
  assert.match(f.message, /改为 0/);
  assert.ok(f.related.length >= 6, 'related information points at the cells it was computed from');
  assert.equal(f.fix?.edits[0].newText, '0');
});

test('a total that fails alone is reported on the total, with the sum as fix', () => {
  const text = readFixture('seeds', '000_83736ae7aacb97e3.txt');
  const appeals = parse(text)
    .tables.find((t) => t.id === 3)!
    .data.get('appeals')!.values;
  const upheld = appeals[0];
  const changed = text.slice(0, upheld.start) + '2' + text.slice(upheld.end);
  const found = balanceFindings(changed);
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR204'],
  );
  assert.equal(found[0].range.start.character, appeals[4].start - parse(text).source.lineStarts[found[0].range.start.line]);
  assert.equal(found[0].fix?.edits[0].newText, '2');
  assert.match(lint(changed, { locale: 'en' }).findings.find((f) => f.code === 'GR204')!.message, /total is 0, but upheld\(2\)/);
});

test('the catalogue example: 一 + 二 ≠ 三（七）总计 + 四 names the cells and numbers', () => {
  const text = readFixture('seeds', '000_83736ae7aacb97e3.txt');
  const four = parse(text)
    .tables.find((t) => t.id === 2)!
    .data.get('carryOver')!.values[0];
  const results = parse(text)
    .tables.find((t) => t.id === 2)!
    .data.get('results')!.values[0];
  // 四 自然人 0 → 1 breaks GR201 (column) and GR203 (row): the culprit is 四 itself.
  const changed = text.slice(0, four.start) + '1' + text.slice(four.end);
  const [f] = balanceFindings(changed);
  assert.equal(f.code, 'GR201');
  assert.match(f.message, /表二 自然人 列：一\(3\) \+ 二\(0\) = 3，但 三（七）总计\(3\) \+ 四\(1\) = 4/);
  assert.ok(results.value === 3);
});
