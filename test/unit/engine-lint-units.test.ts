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
