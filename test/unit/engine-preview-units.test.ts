// The preview's HTML (preview.ts) checked cell by cell, with expectations written by hand
// from the format (docs/report-format.md: table 1's four blocks, table 2's 三、本年度办理结果
// with its groups, table 3's 行政复议 · 行政诉讼 header): merged header cells, the label
// columns' spans, each number cell's class, offsets in the text as written and findings,
// the problem list under each table, escaping. The e2e suite sees this HTML in a browser;
// these cases pin it without one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine/parse';
import { escapeHtml, renderTablesHtml } from '../../server/src/engine/preview';
import type { Finding, Severity } from '../../server/src/engine/types';
import { SourceText } from '../../server/src/engine/text/source';
import { readFixture } from './helpers';

const CLEAN = readFixture('layouts', 'tab-clean.txt');
// Table 1 and table 3 with figures that differ from cell to cell, so each cell's offsets
// can be checked against the text it points at.
const FIGURES = CLEAN.replace('规章\t0\t0\t0', '规章\t11\t12\t13')
  .replace('行政规范性文件\t0\t0\t0', '行政规范性文件\t21\t22\t23')
  .replace('行政许可\t0', '行政许可\t5')
  .replace('行政处罚\t0', '行政处罚\t6')
  .replace('行政强制\t0', '行政强制\t7')
  .replace('行政事业性收费\t0', '行政事业性收费\t0.5')
  .replace(/^0(\t0){14}\t$/m, Array.from({ length: 15 }, (_, i) => String(101 + i)).join('\t'));

interface HtmlCell {
  tag: 'th' | 'td';
  attrs: string;
  text: string;
}

/** One table's section of the preview. */
function sectionOf(html: string, id: 1 | 2 | 3): string {
  const m = html.match(new RegExp(`<section class="table" data-table="${id}">[\\s\\S]*?</section>`));
  assert.ok(m, `no section for table ${id}`);
  return m[0];
}

/** The section's rows, each cell as `tag attrs|text` (attrs as written, text as escaped). */
function rowsOf(section: string): HtmlCell[][] {
  return [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<(th|td)((?: [a-z-]+="[^"]*")*)>([\s\S]*?)<\/\1>/g)].map((c) => ({
      tag: c[1] as 'th' | 'td',
      attrs: c[2].trim(),
      text: c[3],
    })),
  );
}

const show = (cells: HtmlCell[]) => cells.map((c) => `${c.tag}${c.attrs ? ` ${c.attrs}` : ''}|${c.text}`);
const heads = (cells: HtmlCell[]) => show(cells.filter((c) => c.tag === 'th'));
const numbers = (cells: HtmlCell[]) => cells.filter((c) => c.tag === 'td');
const attr = (c: HtmlCell, name: string) => c.attrs.match(new RegExp(`(?:^| )${name}="([^"]*)"`))?.[1];

/** The cell's text as the report writes it, read back through its data offsets. */
function pointedAt(text: string, c: HtmlCell): string {
  const start = attr(c, 'data-start');
  const end = attr(c, 'data-end');
  assert.ok(start !== undefined && end !== undefined, `no offsets on ${show([c])}`);
  return text.slice(Number(start), Number(end));
}

function finding(text: string, code: string, severity: Severity, start: number, end: number, message = `${code} message`): Finding {
  const source = new SourceText(text);
  return { code, rule: code.toLowerCase(), severity, message, range: source.range(start, end), related: [] };
}

// ---------------------------------------------------------------------------------------
// Table 1: four blocks, each a heading row, a column-header row and data rows

test('preview table 1: each block is a heading row over the widest block, its column headers, its rows', () => {
  const rows = rowsOf(sectionOf(renderTablesHtml(parse(FIGURES), [], 'zh'), 1));
  assert.deepEqual(rows.map(heads), [
    ['th colspan="4" class="block"|第二十条第（一）项'],
    ['th|信息内容', 'th|本年制发件数', 'th|本年废止件数', 'th|现行有效件数'],
    ['th class="label"|规章'],
    ['th class="label"|行政规范性文件'],
    ['th colspan="4" class="block"|第二十条第（五）项'],
    // A block of two columns: its last header spans the three columns block (一) has there.
    ['th|信息内容', 'th colspan="3"|本年处理决定数量'],
    ['th class="label"|行政许可'],
    ['th colspan="4" class="block"|第二十条第（六）项'],
    ['th|信息内容', 'th colspan="3"|本年处理决定数量'],
    ['th class="label"|行政处罚'],
    ['th class="label"|行政强制'],
    ['th colspan="4" class="block"|第二十条第（八）项'],
    ['th|信息内容', 'th colspan="3"|本年收费金额（单位：万元）'],
    ['th class="label"|行政事业性收费'],
  ]);
  const cells = rows.map((r) => numbers(r).map((c) => `${attr(c, 'colspan') ?? 1}:${pointedAt(FIGURES, c)}:${c.text}`));
  assert.deepEqual(cells, [
    [],
    [],
    ['1:11:11', '1:12:12', '1:13:13'],
    ['1:21:21', '1:22:22', '1:23:23'],
    [],
    [],
    ['3:5:5'],
    [],
    [],
    ['3:6:6'],
    ['3:7:7'],
    [],
    [],
    ['3:0.5:0.5'],
  ]);
  // A cell with no finding has no class but num, and no title.
  assert.match(sectionOf(renderTablesHtml(parse(FIGURES), [], 'zh'), 1), /<td class="num" data-start="\d+" data-end="\d+">11<\/td>/);
});

test('preview table 1: the 2019 trial format has its five blocks and says so in the heading', () => {
  const trial = readFixture('rules', 'gr106-trial-format-in-2022-tab.txt');
  const html = renderTablesHtml(parse(trial), [], 'zh');
  const section = sectionOf(html, 1);
  assert.match(section, /^<section class="table" data-table="1"><h2>表一 主动公开政府信息情况（2019 年试行格式）<\/h2>\n<table>\n<tr>/);
  const rows = rowsOf(section);
  assert.deepEqual(
    rows.filter((r) => r[0].attrs === 'colspan="4" class="block"').map((r) => r[0].text),
    ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项'],
  );
  // Block (八) has three columns: its last header and its last cell span the fourth.
  const eight = rows.findIndex((r) => r[0].text === '第二十条第（八）项');
  assert.deepEqual(heads(rows[eight + 1]), ['th|信息内容', 'th|上一年项目数量', 'th colspan="2"|本年增/减']);
  assert.deepEqual(
    numbers(rows[eight + 2]).map((c) => attr(c, 'colspan') ?? '1'),
    ['1', '2'],
  );
  assert.match(
    sectionOf(renderTablesHtml(parse(trial), [], 'en'), 2),
    /<h2>Table 2 收到和处理政府信息公开申请情况 \(2019 trial format\)<\/h2>/,
  );
  // The 2021 format adds nothing to the heading.
  assert.match(renderTablesHtml(parse(CLEAN), [], 'zh'), /<h2>表一 主动公开政府信息情况<\/h2>/);
});

// ---------------------------------------------------------------------------------------
// Table 2: the corner, 申请人情况 over its columns, the label columns' groups

test('preview table 2: three header rows, 法人或其他组织 over its five columns', () => {
  const rows = rowsOf(sectionOf(renderTablesHtml(parse(CLEAN), [], 'zh'), 2));
  assert.deepEqual(rows.slice(0, 3).map(show), [
    [
      'th rowspan="3" colspan="3" class="corner"|（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      'th colspan="7"|申请人情况',
    ],
    ['th rowspan="2"|自然人', 'th colspan="5"|法人或其他组织', 'th rowspan="2"|总计'],
    ['th|商业企业', 'th|科研机构', 'th|社会公益组织', 'th|法律服务机构', 'th|其他'],
  ]);
  assert.equal(rows.length, 3 + 25, 'three header rows and the 2021 format’s 25 rows');
});

test('preview table 2: 三 spans its 22 rows, each group its items; rows outside 三 span the three label columns', () => {
  const rows = rowsOf(sectionOf(renderTablesHtml(parse(CLEAN), [], 'zh'), 2)).slice(3);
  const labels = rows.map(heads);
  assert.deepEqual(labels[0], ['th colspan="3" class="label"|一、本年新收政府信息公开申请数量']);
  assert.deepEqual(labels[1], ['th colspan="3" class="label"|二、上年结转政府信息公开申请数量']);
  assert.deepEqual(labels[2], ['th rowspan="22" class="group"|三、本年度办理结果', 'th colspan="2" class="label"|（一）予以公开']);
  assert.deepEqual(labels[3], ['th colspan="2" class="label"|（二）部分公开（区分处理的，只计这一情形，不计其他情形）']);
  assert.deepEqual(labels[4], ['th rowspan="8" class="group"|（三）不予公开', 'th class="label"|1.属于国家秘密']);
  assert.deepEqual(labels[5], ['th class="label"|2.其他法律行政法规禁止公开']);
  assert.deepEqual(labels[12], ['th rowspan="3" class="group"|（四）无法提供', 'th class="label"|1.本机关不掌握相关政府信息']);
  assert.deepEqual(labels[15], ['th rowspan="5" class="group"|（五）不予处理', 'th class="label"|1.信访举报投诉类申请']);
  assert.deepEqual(labels[20], [
    'th rowspan="3" class="group"|（六）其他处理',
    'th class="label"|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  ]);
  assert.deepEqual(labels[22], ['th class="label"|3.其他']);
  assert.deepEqual(labels[23], ['th colspan="2" class="label"|（七）总计']);
  assert.deepEqual(labels[24], ['th colspan="3" class="label"|四、结转下年度继续办理']);
  // Every row has its seven number cells, one per column.
  assert.deepEqual(
    rows.map((r) => numbers(r).length),
    rows.map(() => 7),
  );
  const carry = numbers(rows[24]);
  assert.deepEqual(
    carry.map((c) => pointedAt(CLEAN, c)),
    ['0', '0', '0', '0', '0', '0', '0'],
  );
  // The cells are read left to right: each starts two characters (a figure and a TAB) after the one before.
  const starts = carry.map((c) => Number(attr(c, 'data-start')));
  assert.deepEqual(
    starts.map((s) => s - starts[0]),
    [0, 2, 4, 6, 8, 10, 12],
  );
  assert.equal(starts[0], CLEAN.indexOf('四、结转下年度继续办理\t') + '四、结转下年度继续办理\t'.length);
});

test('preview table 2: the trial format’s single （六）其他处理 sits under 三 and spans both label columns', () => {
  const trial = readFixture('rules', 'gr106-trial-format-in-2022-tab.txt');
  const rows = rowsOf(sectionOf(renderTablesHtml(parse(trial), [], 'zh'), 2)).slice(3);
  const labels = rows.map(heads);
  assert.equal(rows.length, 23);
  assert.deepEqual(labels[2], ['th rowspan="20" class="group"|三、本年度办理结果', 'th colspan="2" class="label"|（一）予以公开']);
  assert.deepEqual(labels[20], ['th colspan="2" class="label"|（六）其他处理']);
  assert.deepEqual(labels[21], ['th colspan="2" class="label"|（七）总计']);
  assert.deepEqual(labels[22], ['th colspan="3" class="label"|四、结转下年度继续办理']);
});

// ---------------------------------------------------------------------------------------
// Table 3: 行政复议 and the two kinds of 行政诉讼, five columns each

test('preview table 3: 行政复议 over five columns, 行政诉讼 over ten, then the fifteen figures in order', () => {
  const rows = rowsOf(sectionOf(renderTablesHtml(parse(FIGURES), [], 'zh'), 3));
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  assert.deepEqual(rows.slice(0, 3).map(show), [
    ['th colspan="5"|行政复议', 'th colspan="10"|行政诉讼'],
    [...five.map((c) => `th rowspan="2"|${c}`), 'th colspan="5"|未经复议直接起诉', 'th colspan="5"|复议后起诉'],
    [...five, ...five].map((c) => `th|${c}`),
  ]);
  assert.equal(rows.length, 4);
  const figures = Array.from({ length: 15 }, (_, i) => String(101 + i));
  assert.deepEqual(
    numbers(rows[3]).map((c) => pointedAt(FIGURES, c)),
    figures,
  );
  assert.deepEqual(
    numbers(rows[3]).map((c) => c.text),
    figures,
  );
});

// ---------------------------------------------------------------------------------------
// Whole page: sections, headings, missing tables

test('preview: three sections in table order, headings in the UI’s language', () => {
  const zh = renderTablesHtml(parse(CLEAN), [], 'zh');
  assert.deepEqual(
    [...zh.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]),
    ['表一 主动公开政府信息情况', '表二 收到和处理政府信息公开申请情况', '表三 政府信息公开行政复议、行政诉讼情况'],
  );
  const en = renderTablesHtml(parse(CLEAN), [], 'en');
  assert.deepEqual(
    [...en.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]),
    ['Table 1 主动公开政府信息情况', 'Table 2 收到和处理政府信息公开申请情况', 'Table 3 政府信息公开行政复议、行政诉讼情况'],
  );
  // Sections one a line, each table's rows one a line, no problem list without findings.
  assert.equal(zh.split('\n').filter((l) => l.startsWith('<section')).length, 3);
  assert.match(zh, /<\/table><\/section>\n<section class="table" data-table="2">/);
  assert.match(zh, /<\/tr>\n<tr>/);
  assert.doesNotMatch(zh, /problems/);
  assert.ok(zh.endsWith('</table></section>'));
});

test('preview: a table not in the report is one section saying so, in either language', () => {
  const text = CLEAN.slice(0, CLEAN.indexOf('四、政府信息公开行政复议'));
  const zh = renderTablesHtml(parse(text), [], 'zh');
  assert.match(
    zh,
    /\n<section class="table"><h2>表三 政府信息公开行政复议、行政诉讼情况<\/h2><p class="absent">报告中没有找到这张表。<\/p><\/section>$/,
  );
  const en = renderTablesHtml(parse(text), [], 'en');
  assert.match(
    en,
    /<section class="table"><h2>Table 3 政府信息公开行政复议、行政诉讼情况<\/h2><p class="absent">This table was not found in the report.<\/p><\/section>$/,
  );
  assert.equal(en.match(/data-table=/g)?.length, 2);
});

test('preview: a row missing from the table, or with the wrong count of figures, shows a dash in each cell', () => {
  const text = CLEAN.replace(/^行政处罚\t0\t*\n/m, '').replace('行政强制\t0', '行政强制\t7\t8');
  const zh = rowsOf(sectionOf(renderTablesHtml(parse(text), [], 'zh'), 1));
  const row = (rows: HtmlCell[][], label: string) => rows.find((r) => r[0].text === label) as HtmlCell[];
  assert.deepEqual(show(row(zh, '行政处罚')), [
    'th class="label"|行政处罚',
    'td colspan="3" class="num missing" title="报告中没有这一格"|—',
  ]);
  assert.deepEqual(show(row(zh, '行政强制')), [
    'th class="label"|行政强制',
    'td colspan="3" class="num missing" title="报告中没有这一格"|—',
  ]);
  const en = rowsOf(sectionOf(renderTablesHtml(parse(text), [], 'en'), 1));
  assert.deepEqual(show(row(en, '行政处罚')).slice(1), ['td colspan="3" class="num missing" title="not in the report"|—']);
  // A missing row of table 2 is seven dashes, none spanning.
  const t2 = rowsOf(sectionOf(renderTablesHtml(parse(CLEAN.replace(/^2\.重复申请.*\n/m, '')), [], 'zh'), 2));
  assert.deepEqual(show(row(t2, '2.重复申请')).slice(1), Array(7).fill('td class="num missing" title="报告中没有这一格"|—'));
});

// ---------------------------------------------------------------------------------------
// Cells and their findings

test('preview cell: blank and invalid cells carry their status, the worst finding’s severity and every finding as title', () => {
  const text = CLEAN.replace('规章\t0\t0\t0', '规章\t\t1<2\t13');
  const at = text.indexOf('规章\t') + 3; // the blank cell's TAB
  const findings = [
    finding(text, 'GR103', 'warning', at, at + 1, '空格 "要填"'),
    finding(text, 'GR104', 'info', at + 1, at + 4),
    finding(text, 'GR105', 'error', at + 1, at + 4),
    finding(text, 'GR106', 'hint', at + 5, at + 7),
  ];
  const rows = rowsOf(sectionOf(renderTablesHtml(parse(text), findings, 'zh'), 1));
  const cells = numbers(rows.find((r) => r[0].text === '规章') as HtmlCell[]);
  assert.deepEqual(show(cells), [
    `td class="num blank warning" data-start="${at}" data-end="${at + 1}" title="GR103 空格 &quot;要填&quot;"|&nbsp;`,
    `td class="num invalid error" data-start="${at + 1}" data-end="${at + 4}" title="GR104 GR104 message\nGR105 GR105 message"|1&lt;2`,
    `td class="num hint" data-start="${at + 5}" data-end="${at + 7}" title="GR106 GR106 message"|13`,
  ]);
  // Severity order: error over warning over info over hint.
  const only = (severity: Severity) =>
    numbers(rowsOf(sectionOf(renderTablesHtml(parse(text), [finding(text, 'GR1', severity, at + 5, at + 7)], 'zh'), 1))[2])[2].attrs;
  assert.match(only('info'), /^class="num info" /);
  assert.match(only('warning'), /^class="num warning" /);
  const mixed = [finding(text, 'GR1', 'info', at + 5, at + 7), finding(text, 'GR2', 'warning', at + 5, at + 7)];
  assert.match(numbers(rowsOf(sectionOf(renderTablesHtml(parse(text), mixed, 'zh'), 1))[2])[2].attrs, /^class="num warning" /);
});

test('preview cell: a finding is on a cell when their ranges overlap, or at a point within it (its end included)', () => {
  const text = CLEAN.replace('规章\t0\t0\t0', '规章\t0\t345\t0');
  const start = text.indexOf('\t345\t') + 1;
  const end = start + 3;
  const classOf = (from: number, to: number) => {
    const rows = rowsOf(sectionOf(renderTablesHtml(parse(text), [finding(text, 'GR104', 'error', from, to)], 'zh'), 1));
    const cell = numbers(rows[2])[1];
    assert.equal(cell.text, '345');
    return attr(cell, 'class');
  };
  assert.equal(classOf(start, end), 'num error');
  assert.equal(classOf(start + 1, start + 2), 'num error', 'inside');
  assert.equal(classOf(end - 1, end + 2), 'num error', 'over its last character');
  assert.equal(classOf(start - 2, start + 1), 'num error', 'over its first character');
  assert.equal(classOf(start - 2, start), 'num', 'ends where the cell starts');
  assert.equal(classOf(end, end + 2), 'num', 'starts where the cell ends');
  assert.equal(classOf(start, start), 'num error', 'a point at its start');
  assert.equal(classOf(end, end), 'num error', 'a point at its end');
  assert.equal(classOf(start - 1, start - 1), 'num', 'a point before it');
  assert.equal(classOf(end + 1, end + 1), 'num', 'a point after it');
});

test('preview cell: an empty cell with no width (an HTML page’s <td></td>) takes findings that start on it', () => {
  const text = readFixture('layouts', 'html-table-clean.txt').replace('<td>规章</td><td>0</td>', '<td>规章</td><td></td>');
  const at = text.indexOf('<td>规章</td><td></td>') + '<td>规章</td><td>'.length;
  const cellOf = (from: number, to: number) => {
    const rows = rowsOf(sectionOf(renderTablesHtml(parse(text), [finding(text, 'GR103', 'warning', from, to)], 'zh'), 1));
    return numbers(rows.find((r) => r[0].text === '规章') as HtmlCell[])[0];
  };
  assert.deepEqual(show([cellOf(at, at + 5)]), [
    `td class="num blank warning" data-start="${at}" data-end="${at}" title="GR103 GR103 message"|&nbsp;`,
  ]);
  assert.equal(attr(cellOf(at - 4, at + 1), 'class'), 'num blank warning', 'a range over it');
  assert.equal(attr(cellOf(at, at), 'class'), 'num blank warning', 'a point on it');
  assert.equal(attr(cellOf(at - 4, at), 'class'), 'num blank', 'a range ending where it is');
  assert.equal(attr(cellOf(at + 1, at + 5), 'class'), 'num blank', 'a range after it');
});

// ---------------------------------------------------------------------------------------
// The problem list under each table

test('preview problems: the findings on the table’s lines, first line to last, each with its offsets and line', () => {
  const text = FIGURES;
  const source = new SourceText(text);
  const first = source.lineAt(text.indexOf('第二十条第(一)项'));
  const last = source.lineAt(text.indexOf('行政事业性收费\t'));
  const lineStart = (line: number) => source.lineStarts[line];
  const findings = [
    finding(text, 'GR001', 'error', lineStart(first - 1), lineStart(first - 1) + 2),
    finding(text, 'GR101', 'warning', lineStart(first), lineStart(first) + 3, '<表一> & "块"'),
    finding(text, 'GR102', 'info', lineStart(last) + 1, lineStart(last) + 4),
    finding(text, 'GR003', 'hint', lineStart(last + 1), lineStart(last + 1) + 2),
  ];
  const zh = sectionOf(renderTablesHtml(parse(text), findings, 'zh'), 1);
  const list = zh.match(/<\/table>\n<ul class="problems">\n([\s\S]*)\n<\/ul><\/section>$/);
  assert.ok(list, zh.slice(-300));
  assert.deepEqual(list[1].split('\n'), [
    `<li class="warning" data-start="${lineStart(first)}" data-end="${lineStart(first) + 3}"><span class="code">GR101</span> &lt;表一&gt; &amp; &quot;块&quot; <span class="line">第 ${first + 1} 行</span></li>`,
    `<li class="info" data-start="${lineStart(last) + 1}" data-end="${lineStart(last) + 4}"><span class="code">GR102</span> GR102 message <span class="line">第 ${last + 1} 行</span></li>`,
  ]);
  const en = sectionOf(renderTablesHtml(parse(text), findings, 'en'), 1);
  assert.match(en, new RegExp(`GR102</span> GR102 message <span class="line">line ${last + 1}</span></li>\n</ul>`));
  // Table 2 gets none of them.
  assert.doesNotMatch(sectionOf(renderTablesHtml(parse(text), findings, 'zh'), 2), /problems/);
});

test('preview: offsets are in the text as written, CRLF line endings counted', () => {
  const crlf = FIGURES.replace(/\n/g, '\r\n');
  const source = new SourceText(crlf);
  const at = crlf.indexOf('\t12\t') + 1;
  const findings = [finding(crlf, 'GR104', 'error', at, at + 2)];
  const html = renderTablesHtml(parse(crlf), findings, 'zh');
  const rows = rowsOf(sectionOf(html, 1));
  assert.deepEqual(
    numbers(rows[2]).map((c) => pointedAt(crlf, c)),
    ['11', '12', '13'],
  );
  assert.equal(attr(numbers(rows[2])[1], 'data-start'), String(at));
  assert.match(html, new RegExp(`<li class="error" data-start="${at}" data-end="${at + 2}">.*第 ${source.lineAt(at) + 1} 行`));
  assert.deepEqual(
    numbers(rowsOf(sectionOf(html, 3))[3]).map((c) => pointedAt(crlf, c)),
    Array.from({ length: 15 }, (_, i) => String(101 + i)),
  );
});

test('escapeHtml: the five characters HTML gives meaning to, nothing else', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  assert.equal(escapeHtml('表一 （一） 12'), '表一 （一） 12');
});

test('preview: each table row is one line of cells and nothing else, the page starts with the first section', () => {
  const html = renderTablesHtml(parse(FIGURES), [], 'zh');
  assert.ok(html.startsWith('<section class="table" data-table="1"><h2>'));
  const cell = /<(th|td)(?: [a-z-]+="[^"]*")*>[^<]*<\/\1>/.source;
  for (const id of [1, 2, 3] as const) {
    const lines = sectionOf(html, id).split('\n');
    assert.deepEqual(lines.slice(0, 2), [lines[0], '<table>']);
    assert.equal(lines.at(-1), '</table></section>');
    const rows = lines.slice(2, -1);
    assert.equal(rows.length, [14, 28, 4][id - 1]);
    for (const row of rows) assert.match(row, new RegExp(`^<tr>(?:${cell})+</tr>$`));
  }
});
