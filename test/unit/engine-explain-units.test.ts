// What the editor says about a number (explain.ts), case by case, with expectations
// written by hand from the format (docs/report-format.md: each table's rows and columns,
// the relations 勾稽关系 GR201–GR204): which cell a caret is on, the hover's place line,
// value line and relations, the code lens's balance summary and the inlay column names.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine/parse';
import { balanceSummary, cellAt, columnHints, explainCell, relationText, tableBalances } from '../../server/src/engine/explain';
import { relationsOf } from '../../server/src/engine/balance/relations';
import type { ReportModel } from '../../server/src/engine/model';
import { readFixture } from './helpers';

const CLEAN = readFixture('layouts', 'tab-clean.txt');
const TRIAL = readFixture('rules', 'gr106-trial-format-in-2022-tab.txt');

const at = (text: string, needle: string, delta = 0) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `no ${needle}`);
  return i + delta;
};
/** The cell a caret at `offset` is on, as `row/column=text`. */
const on = (model: ReportModel, offset: number) => {
  const found = cellAt(model, offset);
  return found && `${found.cell.rowKey}/${found.cell.columnKey}=${found.cell.text}`;
};

// ---------------------------------------------------------------------------------------
// cellAt

test('cellAt: on a number, or just after its last digit; not on the TAB before it nor on a label', () => {
  const text = CLEAN.replace('规章\t0\t0\t0', '规章\t11\t12\t13');
  const model = parse(text);
  const p = at(text, '规章\t11');
  assert.equal(on(model, p), undefined, 'on the label');
  assert.equal(on(model, p + 2), undefined, 'the TAB after the label');
  assert.equal(on(model, p + 3), 'rules/issued=11');
  assert.equal(on(model, p + 4), 'rules/issued=11');
  assert.equal(on(model, p + 5), 'rules/issued=11', 'after its last digit');
  assert.equal(on(model, p + 6), 'rules/repealed=12');
  assert.equal(on(model, p + 11), 'rules/valid=13', 'after the row’s last digit');
  assert.equal(on(model, p + 12), undefined, 'the TABs padding the row');
});

test('cellAt: a blank cell between two TABs is found on the TAB that pads it', () => {
  const text = CLEAN.replace('规章\t0\t0\t0', '规章\t11\t\t13');
  const model = parse(text);
  const p = at(text, '规章\t11');
  assert.equal(on(model, p + 5), 'rules/issued=11', 'the TAB right after 11 is 11’s end');
  assert.equal(on(model, p + 6), 'rules/repealed=', 'the TAB standing for the blank cell');
  assert.equal(on(model, p + 7), 'rules/valid=13');
});

test('cellAt: an empty <td></td> of an HTML table is found at its one position', () => {
  const text = readFixture('layouts', 'html-table-clean.txt').replace('<td>规章</td><td>0</td>', '<td>规章</td><td></td>');
  const model = parse(text);
  const p = at(text, '<td>规章</td><td></td>', '<td>规章</td><td>'.length);
  assert.equal(on(model, p), 'rules/issued=');
  assert.equal(on(model, p - 1), undefined, 'the tag before it');
  assert.equal(on(model, p + 1), undefined, 'the tag after it');
  const next = at(text, '<td>0</td>', 4);
  assert.ok(next > p);
  assert.equal(on(model, next), 'rules/repealed=0');
});

test('cellAt: a blank cell of a web page read through a view is found anywhere on what the page writes for it', () => {
  const html = readFixture('rendered', 'html', 'trial-format-2020-balance.html');
  const text = html.replace(/(规章&nbsp;<\/p><\/td><td[^>]*><p>)0(<\/p>)/, '$1$2');
  assert.notEqual(text, html);
  const model = parse(text);
  assert.notEqual(model.source.original, model.source, 'the page is read through a view');
  // The page writes the blank cell as <p></p> inside its <td …>: the caret is in the page.
  const p = at(text, '规章&nbsp;</p></td>');
  const empty = text.indexOf('<p></p>', p);
  const viewOffset = (offset: number) => model.source.offsetAt(model.source.original.positionAt(offset));
  for (const offset of [empty, empty + 3, empty + 6]) assert.equal(on(model, viewOffset(offset)), 'rules/made=', `at ${offset - empty}`);
  // The next cell's 0 is its own.
  const zero = text.indexOf('<p>0</p>', empty) + 3;
  assert.equal(on(model, viewOffset(zero)), 'rules/published=0');
});

// ---------------------------------------------------------------------------------------
// explainCell: the place, the value, the relations

test('hover, table 1: block, row and column; a value; no relations', () => {
  const text = CLEAN.replace('规章\t0\t0\t0', '规章\t11\t12\t13');
  const model = parse(text);
  const p = at(text, '\t12\t', 1);
  assert.equal(explainCell(model, p, 'zh'), '**表一 · 第二十条第（一）项 · 规章 · 本年废止件数**\n\n数值: 12');
  assert.equal(explainCell(model, p, 'en'), '**Table 1 · 第二十条第（一）项 · 规章 · repealed this year**\n\nValue: 12');
  assert.equal(
    explainCell(model, at(text, '行政许可\t', 5), 'en'),
    '**Table 1 · 第二十条第（五）项 · 行政许可 · decisions this year**\n\nValue: 0',
  );
});

test('hover: a blank cell asks for a number, an invalid one quotes what is written', () => {
  const text = CLEAN.replace('规章\t0\t0\t0', '规章\t\t1<2\t13');
  const model = parse(text);
  const blank = at(text, '规章\t\t', 3);
  assert.equal(explainCell(model, blank, 'zh'), '**表一 · 第二十条第（一）项 · 规章 · 本年制发件数**\n\n空白（应填数字，没有就填 0）');
  assert.equal(
    explainCell(model, blank, 'en'),
    '**Table 1 · 第二十条第（一）项 · 规章 · issued this year**\n\nblank (a number belongs here: 0 if none)',
  );
  const invalid = at(text, '1<2');
  assert.equal(explainCell(model, invalid, 'zh'), '**表一 · 第二十条第（一）项 · 规章 · 本年废止件数**\n\n“1<2”不是有效的数字');
  assert.equal(
    explainCell(model, invalid, 'en'),
    '**Table 1 · 第二十条第（一）项 · 规章 · repealed this year**\n\n"1<2" is not a valid number',
  );
});

test('hover, table 2: an item names its group; its relations list the long column sum by its non-zero items', () => {
  const text = CLEAN.replace('1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0', '1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2');
  const model = parse(text);
  const p = at(text, '1.属于国家秘密\t', 9);
  assert.equal(
    explainCell(model, p, 'zh'),
    [
      '**表二 · （三）不予公开 1.属于国家秘密 · 自然人**',
      '',
      '数值: 2',
      '',
      '勾稽关系：',
      '- GR202: 三（七）总计(0) ≠ 三（三）1(2) + 其余各项(0) = 2 ✗',
      '- GR203: 总计(2) = 自然人(2) + 商业企业(0) + 科研机构(0) + 社会公益组织(0) + 法律服务机构(0) + 其他(0) = 2 ✓',
    ].join('\n'),
  );
  assert.equal(
    explainCell(model, p, 'en'),
    [
      '**Table 2 · （三）不予公开 1.属于国家秘密 · natural persons**',
      '',
      'Value: 2',
      '',
      'Relations:',
      '- GR202: III(7) total(0) ≠ III(3)1(2) + the rest (0) = 2 ✗',
      '- GR203: total(2) = natural persons(2) + businesses(0) + research institutions(0) + public-welfare organisations(0) + legal service institutions(0) + others(0) = 2 ✓',
    ].join('\n'),
  );
  // A row of 三 without a sub-group is named under 三; 一 and 二 stand alone.
  assert.match(
    explainCell(model, at(text, '(一)予以公开\t', 8), 'zh') ?? '',
    /^\*\*表二 · 三、本年度办理结果 （一）予以公开 · 自然人\*\*\n/,
  );
  assert.match(
    explainCell(model, at(text, '一、本年新收政府信息公开申请数量\t', 17), 'zh') ?? '',
    /^\*\*表二 · 一、本年新收政府信息公开申请数量 · 自然人\*\*\n/,
  );
});

test('hover, table 3: no row, the group and column; the trial format says so last', () => {
  const model = parse(CLEAN);
  const row = model.tables.find((t) => t.id === 3)?.data.get('appeals');
  assert.ok(row);
  assert.equal(
    explainCell(model, row.values[5].start, 'zh'),
    [
      '**表三 · 行政诉讼（未经复议直接起诉） 结果维持**',
      '',
      '数值: 0',
      '',
      '勾稽关系：',
      '- GR204: 行政诉讼（未经复议直接起诉） 总计(0) = 行政诉讼（未经复议直接起诉） 结果维持(0) + 行政诉讼（未经复议直接起诉） 结果纠正(0) + 行政诉讼（未经复议直接起诉） 其他结果(0) + 行政诉讼（未经复议直接起诉） 尚未审结(0) = 0 ✓',
    ].join('\n'),
  );
  const trial = parse(TRIAL);
  const other = trial.tables.find((t) => t.id === 2)?.data.get('r6')?.values[6];
  assert.ok(other);
  const zh = explainCell(trial, other.start, 'zh') ?? '';
  assert.match(zh, /^\*\*表二 · （六）其他处理 · 总计\*\*\n\n数值: 0\n\n勾稽关系：\n/);
  assert.ok(zh.endsWith('\n\n_2019 年试行格式_'), zh);
  assert.ok((explainCell(trial, other.start, 'en') ?? '').endsWith('\n\n_2019 trial format_'));
  const t1 = trial.tables.find((t) => t.id === 1)?.data.get('licensing')?.values[2];
  assert.ok(t1);
  assert.equal(
    explainCell(trial, t1.start, 'zh'),
    '**表一 · 第二十条第（五）项 · 行政许可 · 处理决定数量**\n\n数值: 206\n\n_2019 年试行格式_',
  );
});

// ---------------------------------------------------------------------------------------
// relationText

test('relationText: a long sum with every item 0 is written as the rest (0)', () => {
  const model = parse(CLEAN);
  const gr202 = relationsOf(model).find((r) => r.code === 'GR202' && r.target.columnKey === 'natural');
  assert.ok(gr202);
  assert.equal(relationText(gr202, 'zh'), '三（七）总计(0) = 其余各项(0) = 0 ✓');
  assert.equal(relationText(gr202, 'en'), 'III(7) total(0) = the rest (0) = 0 ✓');
  const gr201 = relationsOf(model).find((r) => r.code === 'GR201' && r.target.columnKey === 'total');
  assert.ok(gr201);
  assert.equal(relationText(gr201, 'en'), 'I(0) + II(0) = 0 = III(7) total(0) + IV(0) = 0 ✓');
});

// ---------------------------------------------------------------------------------------
// tableBalances and balanceSummary

test('code lens: each table counts only its own relations', () => {
  // Table 3 fails one group; table 2 balances.
  const text = CLEAN.replace(/^0(\t0){14}\t$/m, ['1', ...Array(14).fill('0')].join('\t'));
  const [two, three] = tableBalances(parse(text));
  assert.equal(two.table.id, 2);
  assert.equal(two.failing.length, 0);
  assert.equal(two.checked, 7 * 2 + 25, 'GR201 and GR202 per column, GR203 per row');
  assert.equal(three.table.id, 3);
  assert.equal(three.checked, 3);
  assert.deepEqual(
    three.failing.map((r) => `${r.code} ${r.target.columnKey}`),
    ['GR204 review.total'],
  );
  assert.deepEqual(
    [two, three].map((b) => balanceSummary(b, 'zh')),
    ['勾稽关系：7 列全部平衡，25 行全部平衡', '勾稽关系：1 组不平衡'],
  );
  assert.deepEqual(two.units, [
    { kind: 'column', checked: 7, failing: 0 },
    { kind: 'row', checked: 25, failing: 0 },
  ]);
});

test('code lens: a column whose items do not add up to 三（七）总计 (GR202) is a column that does not balance', () => {
  // 三（三）1 holds 2 applications by natural persons, but 三（七）总计 still says 0: GR202 fails
  // in the 自然人 and 总计 columns, GR201 (一 + 二 = 三（七） + 四) still holds in all, the row adds up.
  const text = CLEAN.replace('1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0', '1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2');
  const [two] = tableBalances(parse(text));
  assert.deepEqual(two.units, [
    { kind: 'column', checked: 7, failing: 2 },
    { kind: 'row', checked: 25, failing: 0 },
  ]);
  assert.equal(balanceSummary(two, 'zh'), '勾稽关系：2 列不平衡，25 行全部平衡');
});

test('code lens: units that could not be checked are left out; none at all says why', () => {
  // 三（七）总计 blank in every column: no column relation (GR201, GR202) can be checked, the other 24 rows can.
  const text = CLEAN.replace('(七)总计\t0\t0\t0\t0\t0\t0\t0', '(七)总计\t\t\t\t\t\t\t');
  const [two] = tableBalances(parse(text));
  assert.deepEqual(two.units, [
    { kind: 'column', checked: 0, failing: 0 },
    { kind: 'row', checked: 24, failing: 0 },
  ]);
  assert.equal(balanceSummary(two, 'zh'), '勾稽关系：24 行全部平衡');
  assert.equal(balanceSummary(two, 'en'), 'Relations: all 24 rows balance');
  // Table 3 with a blank in each group: nothing to check.
  const blanks = CLEAN.replace(/^0(\t0){14}\t$/m, ['', '0', '0', '0', '0', '', '0', '0', '0', '0', '', '0', '0', '0', '0'].join('\t'));
  const three = tableBalances(parse(blanks)).find((b) => b.table.id === 3);
  assert.ok(three);
  assert.equal(three.checked, 0);
  assert.equal(balanceSummary(three, 'zh'), '勾稽关系：无法核对（有空白或无效的单元格）');
  assert.equal(balanceSummary(three, 'en'), 'Relations: cannot be checked (blank or invalid cells)');
});

// ---------------------------------------------------------------------------------------
// columnHints

test('inlay hints: each number of a well-formed row in [from, to], both ends included', () => {
  const text = CLEAN.replace('规章\t0\t0\t0', '规章\t11\t12\t13').replace('行政强制\t0', '行政强制\t7\t8');
  const model = parse(text);
  const p = at(text, '规章\t11');
  const hints = (from: number, to: number, locale: 'zh' | 'en' = 'zh') =>
    columnHints(model, from, to, locale).map((h) => `${h.offset}:${h.label}`);
  assert.deepEqual(hints(p + 3, p + 9), [`${p + 3}:本年制发件数`, `${p + 6}:本年废止件数`, `${p + 9}:现行有效件数`]);
  assert.deepEqual(hints(p + 4, p + 8, 'en'), [`${p + 6}:repealed`]);
  // 行政强制 has a number too many (GR107): which is which is not known, so no names.
  const q = at(text, '行政强制\t7\t8');
  assert.deepEqual(hints(q, q + 10), []);
  assert.deepEqual(hints(at(text, '行政处罚'), q + 10, 'en'), [`${at(text, '行政处罚\t', 5)}:decisions`]);
});

test('inlay hints: table 2 in short English words; table 3 names the group on its first column', () => {
  const model = parse(CLEAN);
  const carry = model.tables.find((t) => t.id === 2)?.data.get('carryOver');
  assert.ok(carry);
  const row = (from: number, to: number, locale: 'zh' | 'en') => columnHints(model, from, to, locale).map((h) => h.label);
  const first = carry.values[0].start;
  const last = carry.values[6].start;
  assert.deepEqual(row(first, last, 'en'), ['person', 'business', 'research', 'welfare', 'legal', 'other', 'total']);
  assert.deepEqual(row(first, last, 'zh'), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
  const appeals = model.tables.find((t) => t.id === 3)?.data.get('appeals');
  assert.ok(appeals);
  const from = appeals.values[0].start;
  const to = appeals.values[14].start;
  assert.deepEqual(row(from, to, 'zh'), [
    '行政复议 结果维持',
    '结果纠正',
    '其他结果',
    '尚未审结',
    '总计',
    '未经复议直接起诉 结果维持',
    '结果纠正',
    '其他结果',
    '尚未审结',
    '总计',
    '复议后起诉 结果维持',
    '结果纠正',
    '其他结果',
    '尚未审结',
    '总计',
  ]);
  assert.deepEqual(row(from, to, 'en'), [
    'recon. upheld',
    'corrected',
    'other',
    'pending',
    'total',
    'suit upheld',
    'corrected',
    'other',
    'pending',
    'total',
    'suit after recon. upheld',
    'corrected',
    'other',
    'pending',
    'total',
  ]);
});

test('inlay hints: the trial format’s columns, in English by column key where a short word exists', () => {
  const model = parse(TRIAL);
  const licensing = model.tables.find((t) => t.id === 1)?.data.get('licensing');
  const rules = model.tables.find((t) => t.id === 1)?.data.get('rules');
  assert.ok(licensing && rules);
  const labels = (cells: { start: number }[]) =>
    columnHints(model, cells[0].start, cells[cells.length - 1].start, 'en').map((h) => h.label);
  assert.deepEqual(labels(licensing.values), ['last year', 'change', 'decisions']);
  assert.deepEqual(labels(rules.values), ['made this year', 'published this year', 'total']);
});
