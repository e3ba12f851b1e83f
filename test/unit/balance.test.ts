// The promises on balances: change any one number of table 2 or 3 in a balanced
// report and a GR2xx finding appears on a cell of that row or column; fix-all leaves
// every figure as typed (a number is a fact only the clerk knows); one of the offered
// quick fixes puts the original back, and in table 2, where the changed number breaks
// both its row and its column, that fix comes first and is the preferred one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, fixAll, parse, applyEdits } from '../../server/src/engine';
import type { Cell } from '../../server/src/engine/model';
import { figuresOf, readFixture } from './helpers';

const BALANCED = ['000_83736ae7aacb97e3.txt', '001_0d4db35de2d4a64b.txt', '002_12a69261f9476b84.txt', '004_3a76839b33e1ea7f.txt'];

const balanceFindings = (text: string) => lint(text).findings.filter((f) => /^GR2/.test(f.code));

for (const seed of BALANCED) {
  test(`${seed}: every single changed number in tables 2 and 3 is caught, kept by fix-all, and undone by a quick fix`, () => {
    const text = readFixture('seeds', seed);
    assert.deepEqual(balanceFindings(text), [], 'the seed itself must balance');
    const model = parse(text);
    let checked = 0;
    for (const table of model.tables.filter((t) => t.id !== 1)) {
      const cells = table.rows.flatMap((r) => r.values);
      // Cells sharing the changed cell's row or column (same row key, or same column key in table 2).
      const neighbours = (cell: Cell) =>
        cells.filter((c) => c.rowKey === cell.rowKey || (table.id === 2 && c.columnKey === cell.columnKey));
      for (const cell of cells) {
        const where = `${cell.rowKey}/${cell.columnKey}`;
        const changed = text.slice(0, cell.start) + String((cell.value ?? 0) + 2) + text.slice(cell.end);
        const found = balanceFindings(changed);
        assert.ok(found.length > 0, `no GR2xx after changing ${where}`);
        const src = model.source;
        const places = new Set(neighbours(cell).map((c) => `${src.positionAt(c.start).line}:${src.positionAt(c.start).character}`));
        assert.ok(
          found.some((f) => places.has(`${f.range.start.line}:${f.range.start.character}`)),
          `finding for ${where} is not on its row or column: ${found.map((f) => f.message).join(' | ')}`,
        );
        const fixed = fixAll(changed).text;
        assert.deepEqual(figuresOf(fixed), figuresOf(changed), `fix-all changed a figure (${where})`);
        const fixes = found.flatMap((f) => f.fixes ?? []);
        assert.ok(fixes.every((f) => f.kind === 'figure' && f.edits.length === 1));
        const restoring = fixes.filter((f) => applyEdits(changed, f.edits) === text);
        assert.ok(restoring.length > 0, `no quick fix restores ${where}: ${fixes.map((f) => f.title).join(' | ')}`);
        if (table.id === 2) {
          assert.equal(found.length, 1, `one finding for one number (${where})`);
          assert.equal(found[0].fixes![0], restoring[0], `the restoring fix comes first (${where})`);
          assert.equal(found[0].fixes![0].isPreferred, true, `the restoring fix is preferred (${where})`);
          assert.equal(found[0].fixes!.filter((f) => f.isPreferred).length, 1);
          assert.equal(
            fixAll(changed, { figures: true }).text,
            fixAll(text, { figures: true }).text,
            `fix-all with figures restores ${where}`,
          );
        } else {
          // One sum fails alone: any of its five cells may be the wrong one, so none is preferred.
          assert.ok(
            fixes.every((f) => !f.isPreferred),
            `a table-3 fix is preferred (${where})`,
          );
          assert.equal(fixAll(changed, { figures: true }).text, fixAll(changed).text, 'figures mode guessed a table-3 number');
        }
        checked++;
      }
    }
    assert.ok(checked >= 25 * 7 + 15, `only ${checked} cells checked`);
  });
}

test('one wrong item number gives one finding, on that number, naming both relations, with numbers suggested', () => {
  const text = readFixture('seeds', '002_12a69261f9476b84.txt');
  const cell = parse(text)
    .tables.find((t) => t.id === 2)!
    .data.get('r3_4')!.values[0];
  const changed = text.slice(0, cell.start) + '4' + text.slice(cell.end);
  const found = balanceFindings(changed);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(f.range.start.character, cell.start - parse(text).source.lineStarts[f.range.start.line]);
  const [first, second] = f.message.split('\n');
  assert.match(first, /表二 自然人 列：三（七）总计为 0，但（一）至（六）各项之和为 4/);
  assert.match(first, /表二 三（三）4 行：总计为 0，但六类申请人之和为 4/);
  assert.match(second, /可能是 表二 三（三）4 自然人\(4\) 有误：改为 0/);
  assert.deepEqual(
    f.fixes!.map((x) => [x.title, x.isPreferred ?? false]),
    [
      ['将 三（三）4 自然人 改为 0', true],
      ['将 三（七）总计 自然人 改为 4', false],
      ['将 三（三）4 总计 改为 4', false],
    ],
  );
  // Related: the operands of the two failing relations. The row total has 7 operands, all
  // listed, zeros included (the clerk checks the sum with them): the row's 总计 and its 5
  // other applicant columns. The column sum has 21 items: its total and its non-zero items
  // only (here none but the finding's own), so twenty zeros do not bury the hover
  // (RELATED_ALL_OPERANDS_MAX). Never the rest of the column (一, 二, 四).
  const related = f.related.map((r) => r.message);
  assert.equal(related.length, 1 + 1 + 5, related.join(' | '));
  assert.equal(new Set(related).size, related.length, 'an operand listed twice');
  assert.equal(related[0], '表二 三（七）总计 自然人 = 0');
  assert.ok(related.includes('表二 三（三）4 总计 = 0'), related.join(' | '));
  assert.ok(!related.includes('表二 三（六）3 自然人 = 0'), related.join(' | '));
  assert.ok(related.includes('表二 三（三）4 其他 = 0'), related.join(' | '));
  assert.ok(!related.some((m) => /^表二 [一二四] /.test(m)), related.join(' | '));
  assert.ok(!related.some((m) => m.startsWith('表二 三（三）4 自然人')), "the finding's own cell is its range, not related");
});

test('the issue example: 3 typed into 一 自然人 is suggested back to 0, or absorbed by 四 or the row total', () => {
  const text = readFixture('seeds', '002_12a69261f9476b84.txt');
  const cell = parse(text)
    .tables.find((t) => t.id === 2)!
    .data.get('new')!.values[0];
  const changed = text.slice(0, cell.start) + '3' + text.slice(cell.end);
  assert.equal(fixAll(changed).text.slice(cell.start, cell.start + 1), '3', 'fix-all turned the 3 back');
  const [f] = balanceFindings(changed);
  const titles = f.fixes!.map((x) => x.title);
  assert.equal(titles[0], '将 一、本年新收政府信息公开申请数量 自然人 改为 0');
  assert.ok(titles.includes('将 四、结转下年度继续办理 自然人 改为 3'), titles.join(' | '));
  assert.ok(titles.includes('将 一、本年新收政府信息公开申请数量 总计 改为 3'), titles.join(' | '));
  assert.doesNotMatch(f.message.split('\n')[0], /应为|should be/);
});

test('a total that fails alone is reported on the total; every cell of the sum is offered, none preferred', () => {
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
  assert.equal(found[0].fix?.isPreferred, undefined);
  assert.equal(found[0].fixes!.length, 2, found[0].fixes!.map((f) => f.title).join(' | ')); // the total, or 维持 back to 0
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
