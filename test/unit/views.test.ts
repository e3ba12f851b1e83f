// What the editor shows at a glance: the hover text of a table number (its place in the
// format and the relations it is in), the code-lens summary of each table's relations,
// the preview of the tables as the format draws them, and the new-report template.
// Expected texts are written from the format and the fixtures' own comments: in
// tab-balance-error.txt, table 2's 四 自然人 and 四 总计 hold 1 although nothing was
// received, and table 3's 行政复议 结果维持 is 1 while its 总计 is 0.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';
import { balanceSummary, cellAt, explainCell, tableBalances } from '../../server/src/engine/explain';
import { escapeHtml, renderTablesHtml } from '../../server/src/engine/preview';
import { newReport } from '../../server/src/engine/template';
import { summary } from '../../server/src/lsp/views';
import { readFixture } from './helpers';

const CLEAN = readFixture('layouts', 'tab-clean.txt');
const BROKEN = readFixture('layouts', 'tab-balance-error.txt');

function cell(text: string, table: 1 | 2 | 3, rowKey: string, column: number) {
  const model = parse(text);
  const found = model.tables.find((t) => t.id === table)?.data.get(rowKey)?.values[column];
  assert.ok(found, `no cell ${table}/${rowKey}/${column}`);
  return { model, cell: found };
}

test('hover: a table-2 cell names its table, row and column and shows its relations holding', () => {
  const { model, cell: c } = cell(CLEAN, 2, 'carryOver', 0);
  const text = explainCell(model, c.start, 'zh');
  assert.equal(
    text,
    [
      '**表二 · 四、结转下年度继续办理 · 自然人**',
      '',
      '数值: 0',
      '',
      '勾稽关系：',
      '- GR201: 一(0) + 二(0) = 0 = 三（七）总计(0) + 四(0) = 0 ✓',
      '- GR203: 总计(0) = 自然人(0) + 商业企业(0) + 科研机构(0) + 社会公益组织(0) + 法律服务机构(0) + 其他(0) = 0 ✓',
    ].join('\n'),
  );
});

test('hover: a relation that fails is written with ≠ and ✗, in English too', () => {
  const { model, cell: c } = cell(BROKEN, 2, 'carryOver', 0);
  const zh = explainCell(model, c.start, 'zh') ?? '';
  assert.match(zh, /^- GR201: 一\(0\) \+ 二\(0\) = 0 ≠ 三（七）总计\(0\) \+ 四\(1\) = 1 ✗$/m);
  assert.match(zh, /^- GR203: 总计\(1\) = 自然人\(1\) \+ 商业企业\(0\) .* = 1 ✓$/m);
  const en = explainCell(model, c.start, 'en') ?? '';
  assert.match(en, /^\*\*Table 2 · 四、结转下年度继续办理 · natural persons\*\*$/m);
  assert.match(en, /^- GR201: I\(0\) \+ II\(0\) = 0 ≠ III\(7\) total\(0\) \+ IV\(1\) = 1 ✗$/m);
});

test('hover: long sums list only their non-zero items', () => {
  const { model, cell: c } = cell(CLEAN, 2, 'results', 6);
  const text = explainCell(model, c.start, 'zh') ?? '';
  assert.match(text, /^\*\*表二 · 三、本年度办理结果 （七）总计 · 总计\*\*$/m);
  assert.match(text, /^- GR202: 三（七）总计\(0\) = 其余各项\(0\) = 0 ✓$/m);
});

test('hover: a table-1 cell names its block; table 3 its group and column', () => {
  const t1 = cell(CLEAN, 1, 'normative', 0);
  assert.match(explainCell(t1.model, t1.cell.start, 'zh') ?? '', /^\*\*表一 · 第二十条第（一）项 · 行政规范性文件 · 本年制发件数\*\*$/m);
  const t3 = cell(BROKEN, 3, 'appeals', 4);
  const text = explainCell(t3.model, t3.cell.start, 'zh') ?? '';
  assert.match(text, /^\*\*表三 · 行政复议 总计\*\*$/m);
  assert.match(text, /^- GR204: 行政复议 总计\(0\) ≠ 行政复议 结果维持\(1\) \+ .* = 1 ✗$/m);
});

test('hover: nothing outside number cells', () => {
  const model = parse(CLEAN);
  assert.equal(cellAt(model, 0), undefined);
  assert.equal(explainCell(model, 0, 'zh'), undefined);
});

test('code lens: each of tables 2 and 3 summarises its relations', () => {
  const clean = tableBalances(parse(CLEAN)).map((b) => balanceSummary(b, 'zh'));
  assert.deepEqual(clean, ['勾稽关系：7 列全部平衡，25 行全部平衡', '勾稽关系：3 组全部平衡']);
  const broken = tableBalances(parse(BROKEN));
  assert.deepEqual(
    broken.map((b) => balanceSummary(b, 'zh')),
    ['勾稽关系：2 列不平衡，25 行全部平衡', '勾稽关系：1 组不平衡'],
  );
  assert.deepEqual(
    broken.map((b) => balanceSummary(b, 'en')),
    ['Relations: 2 of 7 columns do not balance, all 25 rows balance', 'Relations: 1 of 3 groups do not balance'],
  );
  // The lens jumps to the first failing relation's cell: 四 自然人.
  const model = parse(BROKEN);
  const first = tableBalances(model)[0].failing[0].target;
  assert.equal(first, model.tables.find((t) => t.id === 2)?.data.get('carryOver')?.values[0]);
});

test('preview: the three tables in the format layout, wrong cells marked with their findings', () => {
  const { report, findings } = lint(BROKEN);
  const html = renderTablesHtml(report, findings, 'zh');
  assert.equal(html.match(/<section class="table"/g)?.length, 3);
  assert.match(html, /<th rowspan="3" colspan="3" class="corner">/);
  // 三、本年度办理结果 spans its 22 rows; （三）不予公开 its 8 items.
  assert.match(html, /<th rowspan="22" class="group">三、本年度办理结果<\/th>/);
  assert.match(html, /<th rowspan="8" class="group">（三）不予公开<\/th>/);
  const carry = report.tables.find((t) => t.id === 2)?.data.get('carryOver')?.values[0];
  const td = new RegExp(`<td class="num error" data-start="${carry?.start}" data-end="${carry?.end}" title="GR201 [^"]+">1</td>`);
  assert.match(html, td);
  assert.equal(html.match(/<td class="num error"/g)?.length, 3, 'the two GR201 cells and the GR204 cell');
  assert.match(html, /<li class="error" data-start="\d+" data-end="\d+"><span class="code">GR204<\/span>/);
});

test('preview: a missing table says so, and cell text is escaped', () => {
  const html = renderTablesHtml(parse('某局2022年政府信息公开工作年度报告\n一、总体情况\n'), [], 'zh');
  assert.equal(html.match(/报告中没有找到这张表/g)?.length, 3);
  assert.equal(escapeHtml(`<script>"&'`), '&lt;script&gt;&quot;&amp;&#39;');
});

test('summary: the unit and year come from the title', () => {
  assert.deepEqual(summary(parse(readFixture('seeds', '003_e7290be93566281d.txt'))), { year: 2023, unit: '金乡县科学技术局' });
  assert.deepEqual(summary(parse('没有标题的文字')), {});
});

test('new report: title, period and every section and table of the format, cells left blank', () => {
  const text = newReport({ unit: '某县科学技术局', year: 2025 });
  const lines = text.split('\n');
  assert.equal(lines[0], '某县科学技术局2025年政府信息公开工作年度报告');
  assert.match(text, /本报告所列数据统计期限为2025年1月1日至2025年12月31日。/);
  for (const heading of [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ]) {
    assert.ok(lines.includes(heading), heading);
  }
  assert.doesNotMatch(text, /\t\d+(?:\t|$)/m, 'no figure is written into a table');
  const { report, findings } = lint(text);
  assert.deepEqual(
    report.tables.map((t) => t.id),
    [1, 2, 3],
  );
  const structural = findings.filter((f) => f.code !== 'GR103');
  assert.deepEqual(structural, [], 'only blank cells are left to write');
  // Table 3's row of TABs is its data row with fifteen blank cells, not a missing row.
  const table3 = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const row3 = findings.filter((f) => f.code === 'GR103' && f.range.start.line > table3);
  assert.equal(row3.length, 15);
  assert.ok(row3.every((f) => f.range.start.line === table3 + 4 && lines[table3 + 4] === '\t'.repeat(14)));
  // Every number cell of tables 1 and 2 is there, blank: table 1 has 3 + 3 + 1 + 1 + 1 + 1 = 10
  // (fee cell included), table 2 has 25 rows × 7 columns = 175.
  assert.equal(
    findings.filter((f) => f.code === 'GR103' && f.range.start.line < lines.indexOf('四、政府信息公开行政复议、行政诉讼情况')).length,
    185,
  );
  assert.equal(newReport({ unit: 'X', year: 2024, eol: '\r\n' }).split('\r\n')[0], 'X2024年政府信息公开工作年度报告');
});
