// The reader (issue 8): one report written out in the families the parser must read —
// web text flattened onto one line, cells split by single spaces, Markdown headings, an
// HTML page — gets the findings of its TAB original, with every range on the original
// text; run-together digits are split only when the table's relations allow one split;
// a table that cannot be split is unreadable (GR108), never missing; wording variants.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';
import { emptyTable } from '../../server/src/engine/render/templates';
import { tableLines } from '../../server/src/engine/render/layout';
import { splitRuns } from '../../server/src/engine/parse/split';

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';
const PERIOD = '本报告所列数据统计期限为2022年1月1日至2022年12月31日。';

/** A correct report in TAB layout; table 2 has 19 applications, all disclosed. */
function tabReport(): string[] {
  const t = (id: 1 | 2 | 3) => tableLines(emptyTable(id), 'tab');
  const table2 = t(2).map((line) =>
    /本年新收|予以公开|（七）总计/.test(line) ? line.replace(/(?:\t0){7}\t?$/, '\t19\t0\t0\t0\t0\t0\t19') : line,
  );
  return [
    TITLE,
    PERIOD,
    '一、总体情况',
    '全年收到政府信息公开申请19件。',
    '二、主动公开政府信息情况',
    ...t(1),
    '三、收到和处理政府信息公开申请情况',
    ...table2,
    '四、政府信息公开行政复议、行政诉讼情况',
    ...t(3),
    '五、存在的主要问题及改进情况',
    // A sentence, not just 无 (GR006 empty-section).
    '部分信息更新不够及时，下一步将加强培训。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ];
}

const codes = (text: string) =>
  lint(text)
    .findings.map((f) => f.code)
    .sort();

test('the TAB original is clean and reads 19 applications', () => {
  const text = tabReport().join('\n');
  assert.deepEqual(codes(text), []);
  const t2 = parse(text).tables.find((t) => t.id === 2)!;
  assert.equal(t2.data.get('new')!.values[6].value, 19);
});

test('web text flattened onto one line, cells run together: read, digits split by the row totals', () => {
  const body = tabReport().slice(1).join('').replace(/\t/g, '');
  const text = `标题: ${TITLE}\n发布时间: 2023-01-20 10:00\n${body}`;
  assert.deepEqual(codes(text), []);
  const model = parse(text);
  assert.deepEqual(
    model.tables.map((t) => t.id),
    [1, 2, 3],
  );
  const row = model.tables.find((t) => t.id === 2)!.data.get('new')!;
  assert.deepEqual(
    row.values.map((c) => c.value),
    [19, 0, 0, 0, 0, 0, 19],
  );
  // Each cell's range is its own digits in the original text.
  const finding = lint(text.replace('（七）总计190000019', '（七）总计190000018')).findings;
  assert.ok(finding.length > 0);
  const src = model.source;
  const first = row.values[0];
  const range = src.range(first.start, first.end);
  const lines = text.split('\n');
  assert.equal(lines[range.start.line].slice(range.start.character, range.end.character), '19');
});

test('cells split by single spaces and labels broken by spaces (自 然 人, 总 计)', () => {
  const lines = tabReport();
  const body = lines
    .slice(1)
    .join(' ')
    .replace(/\t+/g, ' ')
    .replace('自然人', '自 然 人')
    .replace('商业企业', '商业 企业')
    .replace('（七）总计', '（七） 总 计');
  const text = `${TITLE}\n${body}`;
  assert.deepEqual(codes(text), []);
  assert.equal(parse(text).tables.find((t) => t.id === 2)!.data.size, 25);
});

test('a wrong total in flattened text is unreadable (GR108 once), not missing and not guessed', () => {
  const body = tabReport().slice(1).join('').replace(/\t/g, '');
  // 一、本年新收 19|0|0|0|0|0|18: no split into seven numbers satisfies the row total.
  const text = `${TITLE}\n${body.replace('本年新收政府信息公开申请数量190000019', '本年新收政府信息公开申请数量190000018')}`;
  const findings = lint(text).findings;
  assert.deepEqual(
    findings.map((f) => f.code),
    ['GR108'],
  );
  assert.equal(findings[0].severity, 'info');
  assert.match(findings[0].message, /表二的数字连在一起/);
});

test('run-together digits: split only when exactly one split satisfies the relation', () => {
  const total = (v: number[]) => v[6] === v[0] + v[1] + v[2] + v[3] + v[4] + v[5];
  const one = splitRuns([{ start: 0, digits: '190000019' }], 7, total);
  assert.equal(one.length, 1);
  assert.deepEqual(
    one[0].map((p) => '190000019'.slice(p.start, p.end)),
    ['19', '0', '0', '0', '0', '0', '19'],
  );
  // Table 1 has no relation: 114251 into three cells has many splits.
  assert.equal(splitRuns([{ start: 0, digits: '114251' }], 3).length, 2);
  // Single digits: the only split.
  assert.equal(splitRuns([{ start: 0, digits: '000' }], 3).length, 1);
  // 0 never leads a number: 00 is two cells.
  assert.deepEqual(splitRuns([{ start: 0, digits: '00' }], 1), []);
  // Runs separated by spaces keep their borders: "00 0 0 00 0" is seven zeros.
  const runs = [
    { start: 0, digits: '00' },
    { start: 3, digits: '0' },
    { start: 5, digits: '0' },
    { start: 7, digits: '00' },
    { start: 10, digits: '0' },
  ];
  assert.equal(splitRuns(runs, 7, total).length, 1);
  // More digits than the work bound allows: not split, rather than slow.
  assert.deepEqual(splitRuns([{ start: 0, digits: '1'.repeat(200) }], 7, total), []);
});

test('Markdown headings (##, **…**) and a title on one line with the body', () => {
  const lines = tabReport();
  // Section headings only: table 2's rows (一、本年新收… TAB 19 …) are cells, not headings, and
  // a converter does not mark them up.
  const md = lines.map((l) => (/^[一二三四五六]、/.test(l) && !l.includes('\t') ? (l.startsWith('二') ? `**${l}**` : `## ${l}`) : l));
  assert.deepEqual(codes(md.join('\n')), []);
  const oneLine = [`${lines[0]}${lines[1]}`, ...lines.slice(2)].join('\n');
  assert.equal(parse(oneLine).title?.text, TITLE);
});

test('an HTML page: tables read from <table>, ranges on the page source', () => {
  const lines = tabReport();
  const html = [
    `<div class="title">${TITLE}</div>`,
    '<div class="content">',
    ...lines.slice(1).map((l) =>
      l.includes('\t')
        ? `<table><tr>${l
            .split('\t')
            .map((c) => `<td><p>${c === '' ? '<br/>' : c}&nbsp;</p></td>`)
            .join('')}</tr></table>`
        : `<p style="text-indent: 2em;">${l}</p>`,
    ),
    '</div>',
  ].join('');
  const model = parse(html);
  assert.deepEqual(
    model.tables.map((t) => t.id),
    [1, 2, 3],
  );
  const broken = html.replace('数量&nbsp;</p></td><td><p>19&nbsp;', '数量&nbsp;</p></td><td><p>18&nbsp;');
  assert.notEqual(broken, html);
  assert.deepEqual(codes(html), []);
  // One wrong number: one balance finding, on that cell as written in the page source.
  const f = lint(broken).findings;
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.code)));
  const line = broken.split('\n')[f[0].range.start.line];
  assert.equal(line.slice(f[0].range.start.character, f[0].range.end.character), '18');
});

test('wording variants: 统计数据时间段, a wrapped period, 规范性文件, stray characters in a heading', () => {
  const lines = tabReport();
  const variant = lines
    .map((l) => l.replace('统计期限为', '统计数据时间段为'))
    .map((l) => l.replace(/^行政规范性文件/, '规范性文件'))
    .map((l) => l.replace('四、政府信息公开行政复议', '四、政府信息公开行政法复议'));
  assert.deepEqual(codes(variant.join('\n')), []);
  const wrapped = lines.map((l) => (l === PERIOD ? '本报告所列数据统计期限为 2022\n年 1 月 1 日至 12 月 31 日。' : l));
  const model = parse(wrapped.join('\n'));
  assert.equal(model.period?.to.day.value, 31);
  assert.deepEqual(codes(wrapped.join('\n')), []);
});

test('the 2025 variant: 五、信息处理费收取情况 with its table, the rest renumbered', () => {
  const lines = tabReport()
    .map((l) => l.replaceAll('2022', '2025'))
    .filter((l) => !/^六、|^本年度未收取/.test(l));
  const at = lines.indexOf('五、存在的主要问题及改进情况');
  lines.splice(
    at,
    1,
    '五、信息处理费收取情况',
    '通知收取件数\t通知收取金额（元）\t实际收取金额（元）',
    '信息处理费收取情况\t0\t0\t0',
    '六、存在的主要问题和改进情况',
  );
  const text = lines.join('\n');
  assert.deepEqual(codes(text), []);
  assert.ok(parse(text).feeSection);
  // Numbered the old way in a variant report, 存在的主要问题 is wrongly numbered.
  assert.deepEqual(codes(text.replace('六、存在的主要问题', '五、存在的主要问题')), ['GR004']);
});

/** The report with its tables as a converter's Markdown (turndown's GFM tables). */
function markdownReport(): string[] {
  return tabReport().map((l) =>
    l.includes('\t')
      ? `| ${l
          .split('\t')
          .map((c) => c.replace(/^(\d)\./, '$1\\.'))
          .join(' | ')} |`
      : l,
  );
}

test("converter Markdown: a row broken by a cell's <br> (a hard line break) and escaped signs", () => {
  const lines = markdownReport();
  const at = lines.findIndex((l) => l.includes('（二）部分公开'));
  // | （二）部分公开… |   ⏎ | 0 | …: the empty cell's <br> breaks the row over two lines.
  const broken = lines[at].replace(/^\| ((?:[^|]*\|){1}) 0 \|/, '| $1   \n | ');
  assert.notEqual(broken, lines[at]);
  const text = [...lines.slice(0, at), broken, ...lines.slice(at + 1)].join('\n');
  const findings = lint(text).findings;
  assert.deepEqual(
    findings.map((f) => f.code),
    ['GR103'],
  );
  // The blank cell is the one broken off, at the start of the continuation line.
  assert.equal(findings[0].range.start.line, at + 1);
  // \-1: Markdown's escape of a sign is a negative number, not text.
  const negative = lines.map((l) => (l.includes('1\\.属于国家秘密') ? l.replace('1\\.属于国家秘密 | 0', '1\\.属于国家秘密 | \\-1') : l));
  const [f] = lint(negative.join('\n')).findings.filter((x) => x.code === 'GR104');
  assert.match(f.message, /不能为负数/);
});

test('a "none" word in a cell (行政处罚 无) is that cell, in TAB and in run-together web text', () => {
  const tab = tabReport().map((l) => (l.startsWith('行政处罚\t') ? l.replace('\t0', '\t无') : l));
  // 无 is a placeholder where the format wants 0: GR103's family (rules.md), not invalid text.
  assert.deepEqual(codes(tab.join('\n')), ['GR103']);
  const flat = `${TITLE}\n${tab.slice(1).join('').replace(/\t/g, '')}`;
  assert.ok(flat.includes('行政处罚无行政强制0'));
  const findings = lint(flat).findings;
  assert.deepEqual(
    findings.map((f) => f.code),
    ['GR103'],
  );
  assert.match(findings[0].message, /行政处罚.*写的是“无”，应填数字/);
});

test('run-together digits no row total settles: split by the column balances when exactly one split fits them', () => {
  // Two row totals wrong in a way the columns still balance: 三（一） 19 … 18 and 三（四）1 0 … 1.
  const lines = tabReport().map((l) =>
    l.includes('（一）予以公开')
      ? l.replace(/\t19\t0\t0\t0\t0\t0\t19$/, '\t19\t0\t0\t0\t0\t0\t18')
      : l.includes('1.本机关不掌握相关政府信息')
        ? l.replace(/\t0\t?$/, '\t1')
        : l,
  );
  const tab = lines.join('\n');
  const expected = ['GR203', 'GR203'];
  assert.deepEqual(codes(tab), expected);
  const flat = `${TITLE}\n${lines.slice(1).join('').replace(/\t/g, '')}`;
  assert.ok(flat.includes('（一）予以公开190000018') && flat.includes('本机关不掌握相关政府信息0000001'));
  const findings = lint(flat).findings;
  assert.deepEqual(
    findings.map((f) => f.code),
    expected,
  );
  // 190000018 has three splits into seven numbers (19|…|18, 1|90|…|18, 190|…|1|8); only the
  // first balances the 自然人 column. The finding sits on the 18.
  const at = flat.indexOf('190000018') + 7;
  assert.deepEqual(findings.map((f) => f.range.start.character).sort((a, b) => a - b)[0], at - flat.lastIndexOf('\n', at) - 1);
  // A third error that breaks a column too: no split balances, the table is unreadable (GR108).
  const broken = flat.replace('2.重复申请0000000', '2.重复申请0000010');
  assert.deepEqual(
    lint(broken).findings.map((f) => f.code),
    ['GR108'],
  );
});
