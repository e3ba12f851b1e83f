// Fixes on reports read through a view (issue 8): a fix that inserts whole lines (a
// missing table row, GR102) is laid out for the view's TAB lines; in the text as written
// it goes where the view's line break is the text's own, as a <tr> row in an HTML page,
// and is not offered where the view's line has no one place in the text (a web page
// flattened onto one line). Expected edits written by hand from the markup.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, lint, parse } from '../../server/src/engine';
import { emptyTable } from '../../server/src/engine/render/templates';
import { readFixture } from './helpers';

const PAGE = readFixture('rendered', 'html', '000_83736ae7aacb97e3.html');
/** Table 1's 行政处罚 row of the page, as the CMS writes it. */
const PENALTY_ROW =
  '<tr><td valign="center" style="border-width: 1px; border-style: solid; border-color: rgb(0, 0, 0);"><p>行政处罚&nbsp;</p></td><td valign="center" colspan="3" style="border-width: 1px; border-style: solid; border-color: rgb(0, 0, 0);"><p>0</p></td></tr>';

const gr102 = (text: string) => lint(text).findings.filter((f) => f.code === 'GR102');

test('HTML page: a missing row is inserted as a <tr> of its cells between the rows around it', () => {
  assert.ok(PAGE.includes(PENALTY_ROW));
  const text = PAGE.replace(`${PENALTY_ROW}\n`, '');
  const [f] = gr102(text);
  assert.equal(f.message, '表一缺少“行政处罚”行');
  assert.equal(f.fixes?.length, 1);
  const [edit] = f.fixes![0].edits;
  // One insertion, at a row boundary of the written table.
  assert.deepEqual(edit.range.start, edit.range.end);
  assert.equal(edit.newText, '<tr><td><p>行政处罚</p></td><td><p>0</p></td></tr>');
  const at = parse(text).source.original.offsetAt(edit.range.start);
  assert.match(text.slice(0, at), /<\/tr>$/);
  assert.match(text.slice(at), /^\s*<tr>/);
  // The page fixed lints as the page with its row: the row is there, no GR102.
  const fixed = applyEdits(text, f.fixes![0].edits);
  assert.deepEqual(gr102(fixed), []);
  assert.deepEqual(
    lint(fixed).findings.map((x) => `${x.code} ${x.message}`),
    lint(PAGE).findings.map((x) => `${x.code} ${x.message}`),
  );
});

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';

/** A report without table 1's 行政处罚 row; sections as `lines` lay them out. */
function withoutPenalty(): { id: 1 | 2 | 3; rows: string[][] }[] {
  return ([1, 2, 3] as const).map((id) => ({ id, rows: emptyTable(id).filter((r) => r[0] !== '行政处罚') }));
}

test('web page flattened onto one line: the row has no line of its own to go on, so no fix is offered', () => {
  const tables = withoutPenalty().map((t) => t.rows.map((r) => r.join('')).join(''));
  const body = [
    '本报告所列数据统计期限为2022年1月1日至2022年12月31日。',
    '一、总体情况',
    '本年度未收到政府信息公开申请。',
    '二、主动公开政府信息情况',
    tables[0],
    '三、收到和处理政府信息公开申请情况',
    tables[1],
    '四、政府信息公开行政复议、行政诉讼情况',
    tables[2],
    '五、存在的主要问题及改进情况',
    '部分信息更新不够及时，下一步将加强培训。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('');
  const text = `标题: ${TITLE}\n发布时间: 2023-01-20 10:00\n${body}`;
  const [f] = gr102(text);
  assert.equal(f.message, '表一缺少“行政处罚”行');
  assert.equal(f.fixes, undefined);
});

test('PDF text hard-wrapped (read with its lines joined): the row goes on a line of the text’s own', () => {
  // Twenty-four prose lines cut mid-sentence: the parser reads a view with them joined;
  // the TAB table's lines are lines of the text as written.
  const wrapped = Array.from({ length: 24 }, (_, i) => `本局认真落实政府信息公开条例的各项要求，第${i + 1}项工作做到`);
  const tables = withoutPenalty().map((t) => t.rows.map((r) => r.join('\t')));
  const text = [
    TITLE,
    '本报告所列数据统计期限为2022年1月1日至2022年12月31日。',
    '一、总体情况',
    ...wrapped,
    '主动公开、依申请公开、政府信息管理、平台建设和监督保障。',
    '二、主动公开政府信息情况',
    ...tables[0],
    '三、收到和处理政府信息公开申请情况',
    ...tables[1],
    '四、政府信息公开行政复议、行政诉讼情况',
    ...tables[2],
    '五、存在的主要问题及改进情况',
    '部分信息更新不够及时，下一步将加强培训。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
  assert.notEqual(parse(text).source, parse(text).source.original, 'read through a view');
  const [f] = gr102(text);
  assert.equal(f.message, '表一缺少“行政处罚”行');
  assert.equal(f.fixes?.length, 1);
  const fixed = applyEdits(text, f.fixes![0].edits);
  assert.ok(fixed.split('\n').includes('行政处罚\t0'), fixed.split('\n').slice(25, 45).join('\n'));
  assert.deepEqual(gr102(fixed), []);
});
