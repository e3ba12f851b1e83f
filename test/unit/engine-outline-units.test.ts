// The outline (outline.ts) on reports that lack or add something: no title, a heading too
// long for the Outline view, a sub-heading before or after a table, a table block whose
// heading row is missing, table 2 without its header rows; and the folding of tables.
// Expected trees and lines written by hand from the text of each case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldingRanges, outline, parse } from '../../server/src/engine';
import type { OutlineNode } from '../../server/src/engine';
import { CLEAN, replaceOnce } from './engine-cases';
import { readFixture } from './helpers';

const LINES = CLEAN.split('\n');
const line = (text: string, lines = LINES) => {
  const at = lines.indexOf(text);
  assert.ok(at >= 0, `no line ${text}`);
  return at;
};
/** Each node as `kind name first-last` (its range's lines), children nested. */
const tree = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((n) => {
    const own = `${n.kind} ${n.name} ${n.range.start.line}-${n.range.end.line}`;
    return n.children.length ? [own, tree(n.children)] : own;
  });
const section = (text: string, id: number) =>
  outline(parse(text)).find((n) => n.kind === 'section' && n.name.startsWith('一二三四五六'[id - 1]));

test('outline: a report without a title starts with its first section', () => {
  const nodes = outline(parse(CLEAN.replace('嘉善县科学技术局 2022 年政府信息公开工作年度报告\n', '')));
  assert.deepEqual(
    nodes.map((n) => `${n.kind} ${n.name}`),
    [
      'section 一、总体情况',
      'section 二、主动公开政府信息情况',
      'section 三、收到和处理政府信息公开申请情况',
      'section 四、政府信息公开行政复议、行政诉讼情况',
      'section 五、存在的主要问题及改进情况',
      'section 六、其他需要报告的事项',
    ],
  );
});

test('outline: a heading with a note after it is named by the heading alone', () => {
  const long = '三、收到和处理政府信息公开申请情况（本部分数据统计截至2022年12月31日，单位为件）';
  assert.ok(long.length > 40);
  const three = section(replaceOnce(CLEAN, '三、收到和处理政府信息公开申请情况', long), 3);
  assert.equal(three?.name, '三、收到和处理政府信息公开申请情况');
});

test('outline: a heading is named as written, numbering included', () => {
  const nodes = outline(parse(replaceOnce(CLEAN, '五、存在的主要问题及改进情况', '5、存在的主要问题及改进情况')));
  assert.deepEqual(
    nodes.filter((n) => n.kind === 'section').map((n) => n.name),
    [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '5、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ],
  );
});

test('outline: table 1’s blocks run from their heading row to their last row', () => {
  const table = section(CLEAN, 2)?.children[0];
  assert.ok(table);
  const from = line('第二十条第（一）项\t\t\t');
  assert.deepEqual(tree(table.children), [
    `block 第二十条第（一）项 ${from}-${from + 3}`,
    `block 第二十条第（五）项 ${from + 4}-${from + 6}`,
    `block 第二十条第（六）项 ${from + 7}-${from + 10}`,
    `block 第二十条第（八）项 ${from + 11}-${from + 13}`,
  ]);
  // Without block (一)'s heading row its rows belong to no block: the outline starts at (五).
  const text = replaceOnce(CLEAN, '第二十条第（一）项\t\t\t\n', '');
  const five = line('第二十条第（五）项\t\t\t', text.split('\n'));
  assert.deepEqual(tree(section(text, 2)?.children[0].children ?? []), [
    `block 第二十条第（五）项 ${five}-${five + 2}`,
    `block 第二十条第（六）项 ${five + 3}-${five + 6}`,
    `block 第二十条第（八）项 ${five + 7}-${five + 9}`,
  ]);
});

test('outline: table 2 without its header rows starts with 一', () => {
  const header = LINES.slice(
    line('四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1\t') - 27,
    line('一、本年新收政府信息公开申请数量\t\t4\t1\t0\t0\t0\t0\t5\t'),
  );
  assert.equal(header.length, 3);
  const text = replaceOnce(CLEAN, `${header.join('\n')}\n`, '');
  const table = section(text, 3)?.children[0];
  assert.ok(table);
  assert.deepEqual(
    table.children.map((b) => b.name),
    ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '四、结转下年度继续办理'],
  );
});

test('outline: a sub-heading’s text stops where a table starts; a section’s parts are in the order written', () => {
  const before = replaceOnce(CLEAN, '二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n（一）主动公开数据\n');
  const lines = before.split('\n');
  const sub = line('（一）主动公开数据', lines);
  const table = line('第二十条第（一）项\t\t\t', lines);
  assert.deepEqual(
    section(before, 2)?.children.map((n) => `${n.kind} ${n.range.start.line}-${n.range.end.line}`),
    [`subheading ${sub}-${table - 1}`, `table ${table}-${table + 13}`],
  );
  const after = replaceOnce(CLEAN, '行政事业性收费\t0\t\t\n', '行政事业性收费\t0\t\t\n（二）说明\n本年度无。\n');
  const at = line('（二）说明', after.split('\n'));
  assert.deepEqual(
    section(after, 2)?.children.map((n) => `${n.kind} ${n.name} ${n.range.start.line}-${n.range.end.line}`),
    [`table 表一 主动公开政府信息情况 ${at - 14}-${at - 1}`, `subheading （二）说明 ${at}-${at + 1}`],
  );
});

test('folding: each table folds from its first line to its last', () => {
  const folds = foldingRanges(parse(CLEAN)).map((f) => `${f.startLine}-${f.endLine}`);
  const t1 = line('第二十条第（一）项\t\t\t');
  assert.ok(folds.includes(`${t1}-${t1 + 13}`), folds.join(' '));
  const t3 = line('行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t');
  assert.ok(folds.includes(`${t3}-${t3 + 3}`), folds.join(' '));
});

test('folding: a web page written on one line has nothing to fold, though its view has sections over many lines', () => {
  const page = readFixture('rendered', 'html', 'trial-format-2020-balance.html');
  const oneLine = parse(page.replace(/\r?\n/g, ' '));
  assert.equal(oneLine.sections.length, 6);
  assert.ok(oneLine.sections.every((s) => s.lastLine > s.firstLine));
  assert.deepEqual(foldingRanges(oneLine), []);
  // The same page as written, over its lines, folds each section and table.
  assert.equal(foldingRanges(parse(page)).length, 9);
});
