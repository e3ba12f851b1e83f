// Table 1 with a block's heading row (第二十条第（X）项) left out, its 信息内容 header row still
// there. Only the heading row is missing (GR102, once), and its fix puts it above the header
// row; fix-all gives back the report as it was. Before, the header row was taken for the
// previous block's (or none), GR102 also said the header row was missing, and fix-all wrote
// a second 信息内容 row under the first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, lint, parse } from '../../server/src/engine';
import { CLEAN, replaceOnce } from './engine-cases';

for (const [block, key, heading] of [
  ['（一）', 'item1', '第二十条第（一）项\t\t\t'],
  ['（五）', 'item5', '第二十条第（五）项\t\t\t'],
] as const) {
  test(`table 1 without block ${block}'s heading row: the header row is still that block's, only the heading is missing`, () => {
    const lines = CLEAN.split('\n');
    const at = lines.indexOf(heading);
    assert.ok(at > 0);
    const text = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
    const table = parse(text).tables.find((t) => t.id === 1);
    assert.equal(table?.blockHeaders.get(key)?.grid.firstLine, at, 'the 信息内容 row now on the heading’s line');
    assert.equal(table?.blockHeadings.has(key), false);
    const findings = lint(text).findings;
    assert.deepEqual(
      findings.map((f) => [f.code, f.message]),
      [['GR102', `表一缺少“第二十条第${block}项”标题行`]],
    );
    // Its fix writes the heading row above the header row: the report as it was.
    assert.equal(applyEdits(text, findings[0].fix?.edits ?? []), CLEAN);
    const fixed = fixAll(text);
    assert.equal(fixed.text, CLEAN);
    assert.equal(fixed.passes, 1);
  });
}

/** Table 1's header rows by block, as `block@line`. */
const headers = (text: string) =>
  [...(parse(text).tables.find((t) => t.id === 1)?.blockHeaders ?? [])].map(([block, row]) => `${block}@${row.grid.firstLine}`);
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);
const FIVE = '第二十条第（五）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n';

test('table 1: a header row right under its heading row is that block’s, whatever rows follow it', () => {
  // 行政处罚 (a row of block 六) written under block 五's header: the header is still 五's.
  const text = replaceOnce(CLEAN, '行政许可\t181', '行政处罚\t181');
  const five = lineOf(text, '信息内容\t本年处理决定数量\t\t');
  assert.deepEqual(headers(text), [`item1@${five - 4}`, `item5@${five}`, `item6@${five + 3}`, `item8@${five + 7}`]);
});

test('table 1: a header row without its heading row takes the block of the rows under it, looking past a note', () => {
  const text = replaceOnce(CLEAN, FIVE, '信息内容\t本年处理决定数量\t\t\n（单位：件）\n');
  const five = lineOf(text, '（单位：件）') - 1;
  assert.deepEqual(headers(text), [`item1@${five - 3}`, `item5@${five}`, `item6@${five + 4}`, `item8@${five + 8}`]);
});

test('table 1: a header row without its heading nor rows belongs to no new block', () => {
  // Block 五 reduced to its header row: the rows under it are block 六's, past 六's heading row.
  const text = replaceOnce(CLEAN, `${FIVE}行政许可\t181\t\t\n`, '信息内容\t本年处理决定数量\t\t\n');
  const orphan = lineOf(text, '信息内容\t本年处理决定数量\t\t');
  assert.deepEqual(headers(text), [`item1@${orphan - 3}`, `item6@${orphan + 2}`, `item8@${orphan + 6}`]);
  // Block 八 reduced to its header row, the table's last row.
  const last = replaceOnce(
    CLEAN,
    '第二十条第（八）项\t\t\t\n信息内容\t本年收费金额（单位：万元）\t\t\n行政事业性收费\t0\t\t\n',
    '信息内容\t本年收费金额（单位：万元）\t\t\n',
  );
  const six = lineOf(last, '第二十条第（六）项\t\t\t');
  assert.deepEqual(headers(last), [`item1@${six - 6}`, `item5@${six - 2}`, `item6@${six + 1}`]);
});
