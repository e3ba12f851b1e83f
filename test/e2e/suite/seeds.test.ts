// Each seed report, opened by its file name, gets exactly the diagnostics written in its
// .expected file (the same expectations the engine tests use), with severity and range
// on the right cell.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  assertOnCell,
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  findLine,
  openReport,
  rangeText,
  seedPath,
  tempCopy,
  waitForDiagnostics,
  withCode,
} from './helpers';

/**
 * `CODE severity line:column-endLine:endColumn` of each finding in the seed's .expected
 * file (its block headers: unindented, not comments; 1-based, as the file writes them).
 * Messages are not compared: the workbench here shows them in English.
 */
function expected(seed: string): string[] {
  return fs
    .readFileSync(seed.replace(/\.txt$/, '.expected'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => /^GR\d{3} /.test(l))
    .map((l) => l.split(' ').slice(0, 3).join(' '))
    .sort();
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const actual = (ds: vscode.Diagnostic[]) =>
  ds
    .map((d) => {
      const r = d.range;
      return `${codeOf(d)} ${SEVERITY[d.severity]} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
    })
    .sort();

suite('seed reports', () => {
  teardown(closeAllEditors);

  for (const prefix of ['000', '001', '003', '004']) {
    test(`${prefix}: the expected diagnostics appear`, async () => {
      const seed = seedPath(prefix);
      const want = expected(seed);
      const { uri } = await openReport(seed);
      const got = await waitForDiagnostics(uri, (ds) => actual(ds).join() === want.join(), `exactly ${want.join(', ')}`);
      assert.deepEqual(actual(got), want, describeDiagnostics(got));
    });
  }

  test('002: a clean report has no diagnostics (shown live: break one number, then undo)', async () => {
    // A clean file produces no event to wait for, so first make the server report
    // something, then take it back and wait for the list to empty.
    const file = tempCopy(seedPath('002'));
    const { uri, editor } = await openReport(file);
    const line = findLine(uri, /^0 \| 0 \| 0 \| 0 \| 0 \|/);
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 1), '7')));
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'a diagnostic for the broken number');
    await vscode.commands.executeCommand('undo');
    const after = await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics after undo');
    assert.deepEqual(after, []);
    assert.equal(editor.document.getText(), fs.readFileSync(seedPath('002'), 'utf8'));
  });

  test('000: GR301 is an error on the period sentence, naming the wrong year', async () => {
    const { uri } = await openReport(seedPath('000'));
    const [d] = await waitForDiagnostics(uri, () => withCode(uri, 'GR301').length === 1, 'GR301').then(() => withCode(uri, 'GR301'));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 4);
    assert.match(rangeText(uri, d), /^2022 年 1 月 1 日至 2021 年 12 月 31 日$/);
    // The code links to the rendered rule page (a command), not to the raw docs file.
    assert.ok(typeof d.code === 'object' && d.code.target.scheme === 'command', 'docs link');
    assert.equal(d.code.target.path, 'govreport.openRuleDocs');
    assert.deepEqual(JSON.parse(decodeURIComponent(d.code.target.query)), ['GR301']);
  });

  test('003: warnings on the blank 自然人 cells and the mistyped column label', async () => {
    const { uri } = await openReport(seedPath('003'));
    await waitForDiagnostics(uri, (ds) => ds.length >= 4, 'four diagnostics');
    const blanks = withCode(uri, 'GR103');
    assert.equal(blanks.length, 2, describeDiagnostics(blanks));
    for (const d of blanks) assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    // The empty cell right after the row label: cell 2 of (一) and (二).
    assertOnCell(uri, blanks[0], findLine(uri, '(一) 予以公开'), 2);
    assertOnCell(uri, blanks[1], findLine(uri, '(二) 部分公开'), 2);
    // Each squiggle covers the TAB after its empty cell, so it can be seen.
    for (const d of blanks) assert.equal(rangeText(uri, d), '\t');
    const [label] = withCode(uri, 'GR105');
    assert.equal(rangeText(uri, label), '本年度止件数');
    const [missing] = withCode(uri, 'GR102');
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(missing.relatedInformation === undefined || Array.isArray(missing.relatedInformation));
  });

  test('001: GR303 is information, GR004 sits on the 5、 numbering', async () => {
    const { uri } = await openReport(seedPath('001'));
    await waitForDiagnostics(uri, () => withCode(uri, 'GR004').length === 2, 'two GR004');
    const [info] = withCode(uri, 'GR303');
    assert.equal(info.severity, vscode.DiagnosticSeverity.Information);
    const [five] = withCode(uri, 'GR004');
    assert.equal(rangeText(uri, five), '5、');
  });
});
