// lint.ts's own promises, on small cases: a finding with no fix carries no fix fields; the
// problems of the last lint are kept with its report and handed back only to a caller
// running the same checks (the locale changes messages, not checks); fix-all's first pass
// takes them from the server's last lint and still fixes what that lint found.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lint, parse } from '../../server/src/engine';
import { problemsOf } from '../../server/src/engine/lint';
import type { LintOptions } from '../../server/src/engine';
import { CLEAN, offsetOf, replaceOnce } from './engine-cases';
import { readFixture } from './helpers';

const LABEL = replaceOnce(CLEAN, '本年废止件数', '本年度止件数');

test('lint: a finding with a fix has it first among its fixes; one without has neither field', () => {
  const withFix = lint(LABEL).findings;
  assert.deepEqual(
    withFix.map((f) => f.code),
    ['GR105'],
  );
  assert.deepEqual(withFix[0].fix, withFix[0].fixes?.[0]);
  assert.equal(withFix[0].fixes?.length, 1);
  assert.equal(withFix[0].fix?.isPreferred, true);
  // 一 自然人 5 against its row and column: figure corrections, none applied by fix-all by itself.
  const figure = replaceOnce(CLEAN, '一、本年新收政府信息公开申请数量\t\t4', '一、本年新收政府信息公开申请数量\t\t5');
  const [balance] = lint(figure).findings;
  assert.equal(balance.code, 'GR201');
  assert.equal(balance.fixes?.length, 3);
  assert.equal(balance.fix, balance.fixes?.[0]);
  // A report without a title (GR001) has nothing to write there.
  const untitled = lint(CLEAN.replace('嘉善县科学技术局 2022 年政府信息公开工作年度报告\n', '')).findings;
  assert.deepEqual(
    untitled.map((f) => f.code),
    ['GR001'],
  );
  assert.equal('fix' in untitled[0], false);
  assert.equal('fixes' in untitled[0], false);
});

test('problemsOf: the last lint’s problems, for the same checks only', () => {
  const options: LintOptions = {
    rules: { GR003: 'warning' },
    profile: 'auto',
    localSections: [],
    omitSections: [],
    deadline: '01-31',
    previous: { text: CLEAN, uri: 'file:///2021.txt' },
  };
  const { report, findings } = lint(LABEL, options);
  const problems = problemsOf(report, { ...options });
  assert.ok(problems);
  assert.deepEqual(
    problems.map((p) => p.rule.code),
    findings.map((f) => f.code),
  );
  assert.equal(problemsOf(report, { ...options, locale: 'en' }), problems, 'the locale changes only messages');
  for (const [what, changed] of [
    ['rules', { rules: { GR003: 'warning' } }],
    ['profile', { profile: 'national-2021' }],
    ['local sections', { localSections: [] }],
    ['omitted sections', { omitSections: [] }],
    ['deadline', { deadline: '03-31' }],
    ['last year’s text', { previous: { text: LABEL, uri: 'file:///2021.txt' } }],
    ['last year’s file', { previous: { text: CLEAN, uri: 'file:///other.txt' } }],
    ['no last year', { previous: undefined }],
  ] as [string, LintOptions][]) {
    assert.equal(problemsOf(report, { ...options, ...changed }), undefined, what);
  }
  // A report that was parsed but never linted has none.
  assert.equal(problemsOf(parse(LABEL), {}), undefined);
  // Without options on either side the checks are the same.
  const plain = lint(LABEL);
  assert.equal(problemsOf(plain.report, {})?.length, 1);
});

test('fix-all from the server’s last lint: the same fixes; a lint with other checks is not reused', () => {
  const at = offsetOf(LABEL, '度止件数');
  const expected = [{ start: at, end: at + 1, newText: '废' }];
  const reused = fixAll(LABEL, { from: { report: lint(LABEL).report } });
  assert.deepEqual(
    { fixed: reused.fixed, passes: reused.passes, remaining: reused.remaining, converged: reused.converged, edits: reused.edits },
    { fixed: 1, passes: 1, remaining: 0, converged: true, edits: expected },
  );
  assert.equal(reused.text, CLEAN);
  // The server's lint ran with GR105 off; fix-all runs with it on: the label is still fixed.
  const off = lint(LABEL, { rules: { GR105: 'off' } });
  assert.deepEqual(off.findings, []);
  assert.deepEqual(fixAll(LABEL, { from: { report: off.report } }).edits, expected);
  // And the other way round: off for fix-all, nothing is fixed whatever the lint found.
  const r = fixAll(LABEL, { rules: { GR105: 'off' }, from: { report: lint(LABEL).report } });
  assert.deepEqual([r.fixed, r.edits], [0, []]);
});

/** A text report as a web page: rows with `sep` as <tr><td> rows, other lines as paragraphs. */
function asPage(text: string, sep: string): string {
  const out = ['<html><body>'];
  let table = false;
  for (const line of text.split('\n')) {
    if (line.includes(sep)) {
      if (!table) out.push('<table>');
      table = true;
      const cells = line.split(sep).map((c) => c.trim());
      if (cells[cells.length - 1] === '') cells.pop();
      out.push(`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    } else {
      if (table) out.push('</table>');
      table = false;
      if (line.trim() !== '') out.push(`<p>${line}</p>`);
    }
  }
  out.push('</body></html>');
  return out.join('\n');
}

/** The text a range covers. */
const textAt = (text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
};

test('lint across years: last year read as a web page, its related cells point into the page as written', () => {
  const lastYear = asPage(readFixture('across-years', '2021-qiantang-pipe.txt'), '|');
  assert.notEqual(parse(lastYear).source.original, parse(lastYear).source, 'read through a view');
  const text = readFixture('across-years', '2022-qiantang-unchained-tab.txt');
  const uri = 'file:///2021.html';
  const found = lint(text, { previous: { text: lastYear, uri } }).findings;
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR404', 'GR403'],
  );
  const page = lastYear.split('\n');
  for (const f of found) {
    for (const r of f.related) {
      const written = textAt(r.uri === uri ? lastYear : text, r.range);
      assert.match(written, /^\d+$/, `${f.code} ${r.message}`);
    }
  }
  // GR404: last year's 行政规范性文件 现行有效件数 10; GR403: last year's 四 自然人 and 总计, 1 and 1.
  const label = (line: number) => page[line].slice('<tr><td>'.length, page[line].indexOf('</td>'));
  const last = (f: (typeof found)[number]) =>
    f.related.filter((r) => r.uri === uri).map((r) => [label(r.range.start.line), textAt(lastYear, r.range)]);
  assert.deepEqual(last(found[0]), [['行政规范性文件', '10']]);
  assert.deepEqual(last(found[1]), [
    ['四、结转下年度继续办理', '1'],
    ['四、结转下年度继续办理', '1'],
  ]);
});

test('lint across years: this year read as a web page, its findings and own related cells point into the page', () => {
  const previous = { text: readFixture('across-years', '2021-qiantang-pipe.txt'), uri: 'file:///2021.txt' };
  const page = asPage(readFixture('across-years', '2022-qiantang-unchained-tab.txt'), '\t');
  const found = lint(page, { previous }).findings;
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR404', 'GR403'],
  );
  for (const f of found) {
    assert.match(textAt(page, f.range), /^\d+$/, f.code);
    for (const r of f.related) assert.match(textAt(r.uri ? previous.text : page, r.range), /^\d+$/, `${f.code} ${r.message}`);
  }
});
