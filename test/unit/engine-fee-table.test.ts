// The 2025 variant's fee table (五、信息处理费收取情况: 通知收取件数 · 通知收取金额（元） ·
// 实际收取金额（元）, one row 信息处理费收取情况) read in every layout, its cells checked
// like the national tables' (GR103, GR104, GR107, GR108), and GR206: no fee notice but an
// amount notified, or notices with no amount. Expectations written from the format.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lint } from '../../server/src/engine';
import type { Finding, LintOptions } from '../../server/src/engine';
import { parse } from '../../server/src/engine/parse';
import { tableLines } from '../../server/src/engine/render/layout';
import type { Layout } from '../../server/src/engine/model';
import { readFixture } from './helpers';

const BASE = readFixture('config', 'pingtan-2025-variant-tab.txt');
const FEE_TABLE = '通知收取件数\t通知收取金额（元）\t实际收取金额（元）\n信息处理费收取情况\t0\t0\t0\n';
const HEADER = ['', '通知收取件数', '通知收取金额（元）', '实际收取金额（元）'];

/** The variant report with its fee table written as `rows` in `layout`. */
function withFees(rows: string[][], layout: Layout = 'tab'): string {
  assert.ok(BASE.includes(FEE_TABLE));
  return BASE.replace(FEE_TABLE, `${tableLines(rows, layout).join('\n')}\n`);
}

const feeRow = (a: string, b: string, c: string) => ['信息处理费收取情况', a, b, c];
const findings = (text: string, options?: LintOptions) => lint(text, options).findings;
const codes = (text: string) => findings(text).map((f) => f.code);

/** The range of the `n`th occurrence of `written` on the line that starts with `lineStart`. */
function rangeOf(text: string, lineStart: string, written: string, n = 0) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith(lineStart));
  assert.ok(line >= 0, lineStart);
  let at = -1;
  for (let i = 0; i <= n; i++) at = lines[line].indexOf(written, at + 1);
  assert.ok(at >= 0, `${written} on ${lines[line]}`);
  return { start: { line, character: at }, end: { line, character: at + written.length } };
}

test('a correct 2025 report with its fee table gets no finding in any layout', () => {
  for (const layout of ['tab', 'cellPerLine', 'pipe', 'markdown', 'html'] as const) {
    for (const row of [feeRow('0', '0', '0'), feeRow('2', '120.50', '100'), feeRow('0', '0', '35')]) {
      const text = withFees([HEADER, row], layout);
      assert.deepEqual(codes(text), [], `${layout} ${row.join(' ')}`);
    }
  }
});

test('the fee table is read into the model: three cells with their values and exact offsets', () => {
  for (const layout of ['tab', 'cellPerLine', 'pipe', 'markdown', 'html'] as const) {
    const text = withFees([HEADER, feeRow('1', '120元', '99.5')], layout);
    const table = parse(text).feeSection?.table;
    assert.equal(table?.layout, layout);
    const cells = table!.row!.values;
    assert.deepEqual(
      cells.map((c) => [c.columnKey, c.status, c.value, text.slice(c.start, c.end)]),
      [
        ['notifiedCount', 'ok', 1, '1'],
        ['notifiedAmount', 'ok', 120, '120元'],
        ['collectedAmount', 'ok', 99.5, '99.5'],
      ],
      layout,
    );
    assert.deepEqual(
      table!.labels.map((l) => [l.what, l.canonical]),
      [
        ['column', '通知收取件数'],
        ['column', '通知收取金额（元）'],
        ['column', '实际收取金额（元）'],
        ['row', '信息处理费收取情况'],
      ],
      layout,
    );
  }
});

test('GR206: no notice but an amount notified, on the amount, related the count, the quick fix writes 0', () => {
  const text = withFees([HEADER, feeRow('0', '120', '120')]);
  const [f, ...rest] = findings(text);
  assert.deepEqual(rest, []);
  assert.equal(f.code, 'GR206');
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, rangeOf(text, '信息处理费收取情况', '120'));
  assert.equal(
    f.message,
    '信息处理费收取情况：通知收取件数为 0，但通知收取金额为 120 元（没有收费通知就没有通知金额）\n若本年未发收费通知，通知收取金额应为 0；若发过，请填写通知件数',
  );
  assert.deepEqual(
    f.related.map((r) => [r.range, r.message]),
    [[rangeOf(text, '信息处理费收取情况', '0'), '信息处理费收取情况 通知收取件数 = 0']],
  );
  assert.deepEqual(f.fixes, [
    {
      title: '将 信息处理费收取情况 通知收取金额 改为 0',
      edits: [{ range: rangeOf(text, '信息处理费收取情况', '120'), newText: '0' }],
      kind: 'figure',
      auto: false,
    },
  ]);
});

test('GR206: notices with no amount notified, on the amount, the quick fix sets the count to 0', () => {
  const text = withFees([HEADER, feeRow('3', '0', '0')], 'pipe');
  const [f, ...rest] = findings(text);
  assert.deepEqual(rest, []);
  assert.equal(f.code, 'GR206');
  // The amount notified is the first 0 of the row (after the count 3).
  assert.deepEqual(f.range, rangeOf(text, '信息处理费收取情况', '0'));
  assert.equal(
    f.message,
    '信息处理费收取情况：通知收取件数为 3，但通知收取金额为 0（每份收费通知都有金额）\n请填写通知收取的金额；若本年未发收费通知，通知收取件数应为 0',
  );
  assert.deepEqual(
    f.related.map((r) => r.message),
    ['信息处理费收取情况 通知收取件数 = 3'],
  );
  assert.equal(f.fixes?.length, 1);
  assert.equal(f.fixes![0].title, '将 信息处理费收取情况 通知收取件数 改为 0');
  assert.deepEqual(f.fixes![0].edits, [{ range: rangeOf(text, '信息处理费收取情况', '3'), newText: '0' }]);
  const [en] = findings(text, { locale: 'en' });
  assert.equal(
    en.message,
    'Information processing fees: fee notices 3, but amount notified 0 (every fee notice asks for an amount)\nFill in the amount notified; if no fee notice was sent, the count is 0',
  );
  assert.equal(en.fixes![0].title, 'Change information processing fees, fee notices to 0');
});

test('GR206: full-width figures are corrected in full-width; amounts with a unit are amounts', () => {
  const text = withFees([HEADER, feeRow('０', '１２０元', '０')]);
  const [f] = findings(text);
  assert.equal(f.code, 'GR206');
  assert.match(f.message, /通知收取金额为 120 元/);
  assert.equal(f.fixes![0].edits[0].newText, '０');
});

test('GR206 writes no figure in fix-all, not even with figure fixes turned on', () => {
  for (const row of [feeRow('0', '120', '120'), feeRow('3', '0', '0')]) {
    const text = withFees([HEADER, row]);
    assert.equal(fixAll(text).text, text);
    assert.equal(fixAll(text, { figures: true }).text, text);
  }
});

test('GR206 can be turned off, or given another severity, by code or name', () => {
  const text = withFees([HEADER, feeRow('0', '120', '120')]);
  assert.deepEqual(
    findings(text, { rules: { GR206: 'off' } }).map((f) => f.code),
    [],
  );
  assert.deepEqual(
    findings(text, { rules: { 'fee-balance': 'warning' } }).map((f) => f.severity),
    ['warning'],
  );
});

test('the amount collected is tied to nothing: more than notified, or without a notice, is no finding', () => {
  for (const row of [feeRow('1', '50', '80'), feeRow('0', '0', '80'), feeRow('2', '80', '0')]) {
    assert.deepEqual(codes(withFees([HEADER, row])), [], row.join(' '));
  }
});

test('fee cells: a blank, a placeholder, text, a fraction of a count, a negative amount', () => {
  const blanks = withFees([HEADER, feeRow('', '—', '0')]);
  assert.deepEqual(
    findings(blanks).map((f) => [f.code, f.message]),
    [
      ['GR103', '信息处理费收取情况 通知收取件数 为空，应填数字（没有则填 0）'],
      ['GR103', '信息处理费收取情况 通知收取金额 写的是“—”，应填数字（没有则填 0）'],
    ],
  );
  const wrong = withFees([HEADER, feeRow('2.5', '-3', '三十')]);
  assert.deepEqual(
    findings(wrong).map((f) => [f.code, f.message]),
    [
      ['GR104', '信息处理费收取情况 通知收取件数“2.5”应为整数（件数不能有小数）'],
      ['GR104', '信息处理费收取情况 通知收取金额“-3”不能为负数'],
      ['GR104', '信息处理费收取情况 实际收取金额“三十”不是数字'],
    ],
  );
  // An amount in 元 may have decimals; a count may not.
  assert.deepEqual(codes(withFees([HEADER, feeRow('1', '0.35', '0.35')])), []);
});

test('fee rows with a cell too many or too few: GR107 on the row, and no cell or relation read', () => {
  // A header without its corner cell: tableLines pads a row to the widest (a blank cell).
  const short = withFees([HEADER.slice(1), ['信息处理费收取情况', '0', '120']]);
  const [f, ...rest] = findings(short);
  assert.deepEqual(rest, []);
  assert.equal(f.code, 'GR107');
  assert.equal(f.message, '信息处理费收取情况 行有 2 个数，应有 3 个');
  const lines = short.split('\n');
  const line = lines.findIndex((l) => l.startsWith('信息处理费收取情况'));
  assert.deepEqual(f.range, { start: { line, character: 0 }, end: { line, character: lines[line].length } });
  const long = withFees([HEADER, feeRow('0', '120', '5').concat('7')]);
  assert.deepEqual(
    findings(long).map((x) => [x.code, x.message]),
    [['GR107', '信息处理费收取情况 行有 4 个数，应有 3 个']],
  );
  assert.equal(findings(long, { locale: 'en' })[0].message, 'Row information processing fees has 4 numbers; it should have 3');
});

test('a data row without its label, right after the header, is the fee row; a caption before the header is not', () => {
  const bare = withFees([['信息处理费收取情况'], ['通知收取件数', '通知收取金额（元）', '实际收取金额（元）'], ['0', '50', '50']]);
  assert.deepEqual(codes(bare), ['GR206']);
  const values = parse(bare).feeSection!.table!.row!.values;
  assert.deepEqual(
    values.map((c) => c.text),
    ['0', '50', '50'],
  );
  // Without a header, numbers alone are not taken for the fee table.
  const loose = withFees([['0', '50', '50']]);
  assert.equal(parse(loose).feeSection?.table, undefined);
  assert.deepEqual(codes(loose), []);
});

test('a fee section with prose only, or a header and no row, has no data row and no fee finding', () => {
  const prose = BASE.replace(FEE_TABLE, '本年度未收取信息处理费。\n');
  assert.equal(parse(prose).feeSection?.table?.row, undefined);
  assert.deepEqual(codes(prose), []);
  const header = withFees([HEADER]);
  assert.equal(parse(header).feeSection?.table?.row, undefined);
  assert.deepEqual(codes(header), []);
});

test('flattened web text: the fee row read as a stream; run-together figures with no unique split are GR108', () => {
  const sample = readFixture('samples', 'pingtan_sppq_2025.txt');
  const spaced = sample.replace('信息处理费收取情况000', '信息处理费收取情况 2 0 0');
  assert.deepEqual(codes(spaced), ['GR206']);
  const joined = sample.replace('信息处理费收取情况000', '信息处理费收取情况2100');
  const found: Finding[] = findings(joined);
  assert.deepEqual(
    found.map((f) => [f.code, f.severity, f.message]),
    [['GR108', 'info', '信息处理费收取情况表的数字连在一起，无法可靠拆分（2100），本表不作检查']],
  );
  assert.equal(parse(joined).feeSection?.table?.row, undefined);
});

test('GR206 reads numbers only: an invalid count or amount is GR104 and no relation', () => {
  assert.deepEqual(codes(withFees([HEADER, feeRow('1.5', '120', '0')])), ['GR104']);
  assert.deepEqual(codes(withFees([HEADER, feeRow('2', '-3', '0')])), ['GR104']);
});

test('GR206 in English: no notice but an amount notified', () => {
  const text = withFees([HEADER, feeRow('0', '80', '0')]);
  const [f] = findings(text, { locale: 'en' });
  assert.equal(
    f.message,
    'Information processing fees: fee notices 0, but amount notified 80 yuan (no notice, no amount notified)\nIf no fee notice was sent, the amount notified is 0; if some were, fill in how many',
  );
  assert.deepEqual(
    f.related.map((r) => r.message),
    ['information processing fees, fee notices = 0'],
  );
  assert.equal(f.fixes![0].title, 'Change information processing fees, amount notified to 0');
});
