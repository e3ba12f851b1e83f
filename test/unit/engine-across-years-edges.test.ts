// GR404 (现行有效件数 chained from last year) at its edges, with hand-written numbers:
// this year's 现行有效件数 must equal last year's + 本年制发 − 本年废止, row by row; a cell
// that is not a number (blank here or last year) is GR103's, and the chain is not checked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { readFixture } from './helpers';
import { replaceOnce } from './engine-cases';

const LAST = readFixture('across-years', '2021-qiantang-pipe.txt');
const THIS = readFixture('across-years', '2022-qiantang-consistent-tab.txt');
const ROW = '行政规范性文件\t0\t0\t10\t';
const previous = (text = LAST) => ({ text, uri: 'file:///reports/2021.txt' });
const gr404 = (text: string, last = LAST, locale: 'zh' | 'en' = 'zh') =>
  lint(text, { previous: previous(last), locale }).findings.filter((f) => f.code === 'GR404');

test('GR404: last year 10, issued 3, repealed 1: 12 holds, 13 does not', () => {
  assert.deepEqual(gr404(replaceOnce(THIS, ROW, '行政规范性文件\t3\t1\t12\t')), []);
  const text = replaceOnce(THIS, ROW, '行政规范性文件\t3\t1\t13\t');
  const [f, ...rest] = gr404(text);
  assert.deepEqual(rest, []);
  assert.equal(f.message, '表一 行政规范性文件 现行有效件数为 13，但上年 10 + 本年制发 3 − 本年废止 1 = 12');
  assert.deepEqual(
    f.related.map((r) => [r.message, r.uri ?? 'here']),
    [
      ['上年报告 行政规范性文件 现行有效件数', 'file:///reports/2021.txt'],
      ['本年制发件数', 'here'],
      ['本年废止件数', 'here'],
    ],
  );
  const [en] = gr404(text, LAST, 'en');
  assert.equal(en.message, "Table 1 normative documents: currently valid is 13, but last year's 10 + issued 3 − repealed 1 = 12");
  assert.deepEqual(
    en.related.map((r) => r.message),
    ["Last year's normative documents, currently valid", 'Issued this year', 'Repealed this year'],
  );
});

test('GR404: a blank cell here or last year leaves the chain unchecked (GR103 says so)', () => {
  for (const row of ['行政规范性文件\t\t1\t13\t', '行政规范性文件\t3\t\t13\t', '行政规范性文件\t3\t1\t\t']) {
    assert.deepEqual(gr404(replaceOnce(THIS, ROW, row)), [], row);
  }
  const blankLastYear = replaceOnce(LAST, '行政规范性文件 | 2 | 0 | 10 |', '行政规范性文件 | 2 | 0 |  |');
  assert.deepEqual(gr404(replaceOnce(THIS, ROW, '行政规范性文件\t3\t1\t13\t'), blankLastYear), []);
});

const UNCHAINED = readFixture('across-years', '2022-qiantang-unchained-tab.txt');
const COPIED = readFixture('across-years', '2022-qiantang-copied-markdown.txt');
const only = (text: string, code: string, last = LAST, locale: 'zh' | 'en' = 'zh') =>
  lint(text, { previous: previous(last), locale }).findings.filter((f) => f.code === code);

test('GR403 in English names every column that differs; a blank cell on either side is left out', () => {
  const [f] = only(UNCHAINED, 'GR403', LAST, 'en');
  assert.equal(
    f.message,
    "Table 2 row II (carried over) differs from last year's row IV (carried to next year): natural persons 0 (last year 1), total 0 (last year 1)",
  );
  assert.deepEqual(
    f.related.map((r) => r.message),
    ["Last year's row IV, natural persons", "Last year's row IV, total"],
  );
  const blankHere = replaceOnce(UNCHAINED, '二、上年结转政府信息公开申请数量\t0\t', '二、上年结转政府信息公开申请数量\t\t');
  assert.deepEqual(
    only(blankHere, 'GR403').map((x) => x.message),
    ['表二 二、上年结转 与上年报告 四、结转下年度继续办理 不符：总计 0（上年 1）'],
  );
  const blankThen = replaceOnce(LAST, '四、结转下年度继续办理 | 1 |', '四、结转下年度继续办理 |  |');
  assert.deepEqual(
    only(UNCHAINED, 'GR403', blankThen).map((x) => x.message),
    ['表二 二、上年结转 与上年报告 四、结转下年度继续办理 不符：总计 0（上年 1）'],
  );
});

test('GR405 in English; a section missing this year or last year is not compared', () => {
  const found = only(COPIED, 'GR405', LAST, 'en');
  assert.deepEqual(
    found.map((f) => [f.message, f.related.map((r) => r.message)]),
    [
      ["100% of the overview section repeats the same section of last year's report", ["Last year's overview section"]],
      [found[1].message, ["Last year's main problems and improvements section"]],
    ],
  );
  assert.match(found[1].message, /^\d+% of the main problems and improvements section repeats the same section of last year's report$/);
  // Without 五 last year, only the overview is compared.
  const noFive = LAST.replace(/\n五、[^\n]*\n/, '\n');
  assert.equal(only(COPIED, 'GR405', noFive).length, 1);
  const noFiveHere = COPIED.replace(/\n五、[^\n]*\n/, '\n');
  assert.equal(only(noFiveHere, 'GR405').length, 1);
});
