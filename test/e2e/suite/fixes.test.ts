// Quick fixes and fix-all through VS Code's own code-action command, applied as a user
// would: the text changes exactly as intended and the diagnostics go away.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  FIX_ALL_KIND,
  applyCodeAction,
  closeAllEditors,
  codeActions,
  findDocument,
  hasCode,
  lacksCode,
  openReport,
  repoRoot,
  seedPath,
  tempCopy,
  waitForDiagnostics,
  withCode,
  ours,
  codeOf,
} from './helpers';

suite('fixes', () => {
  teardown(closeAllEditors);

  test('the GR301 quick fix rewrites the wrong year and the diagnostic goes away', async () => {
    const file = tempCopy(seedPath('000'), '嘉善县科学技术局2022年政府信息公开工作年度报告.txt');
    const before = fs.readFileSync(file, 'utf8');
    const { uri } = await openReport(file);
    await waitForDiagnostics(uri, hasCode('GR301'), 'GR301');
    const [d] = withCode(uri, 'GR301');
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    // The period sentence holds only GR301, so its one editing quick fix is the period fix
    // (the others turn the rule off in .govreportrc.json, by command).
    const fixes = actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.edit && !a.command);
    assert.equal(fixes.length, 1, `quick fixes: ${actions.map((a) => a.title).join(', ')}`);
    const [fix] = fixes;
    assert.match(fix.title, /2022/);
    await applyCodeAction(fix);
    const expected = before.replace('至 2021 年 12 月 31 日', '至 2022 年 12 月 31 日');
    assert.notEqual(expected, before);
    assert.equal(findDocument(uri)!.getText(), expected);
    await waitForDiagnostics(uri, lacksCode('GR301'), 'GR301 to go away');
  });

  test('source.fixAll.govreport writes no figure: several balance errors stay for the clerk', async () => {
    const fixtures = path.join(repoRoot, 'test', 'fixtures', 'layouts');
    const file = tempCopy(path.join(fixtures, 'tab-balance-error.txt'), '某局2022年政府信息公开工作年度报告.txt');
    const { uri, doc } = await openReport(file);
    const before = doc.getText();
    await waitForDiagnostics(uri, (ds) => ds.filter((d) => /^GR2/.test(codeOf(d))).length >= 3, 'three balance errors');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const [fixAll] = await codeActions(uri, whole, FIX_ALL_KIND);
    if (fixAll) await applyCodeAction(fixAll);
    assert.equal(findDocument(uri)!.getText(), before, 'fix-all changed a number');
  });

  test('fix on save keeps a number the clerk typed; the preferred quick fix offers the 0 back', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'govreport' });
    await config.update('codeActionsOnSave', { 'source.fixAll.govreport': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const file = tempCopy(seedPath('002'), '钱塘区2022年政府信息公开工作年度报告.txt');
      const { uri, doc } = await openReport(file);
      const line = doc
        .getText()
        .split(/\r?\n/)
        .findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
      const column = doc.lineAt(line).text.indexOf('| 0 |') + 2;
      const cell = new vscode.Range(line, column, line, column + 1);
      await vscode.window.activeTextEditor!.edit((e) => e.replace(cell, '3'));
      await waitForDiagnostics(uri, (ds) => ds.some((d) => /^GR2/.test(codeOf(d))), 'a balance error');
      assert.ok(await doc.save(), 'save failed');
      assert.equal(doc.getText(cell), '3', 'fix on save turned the 3 back');
      assert.match(fs.readFileSync(file, 'utf8'), /一、本年新收政府信息公开申请数量 \| 3 \|/);
      const [balance] = ours(uri).filter((d) => /^GR2/.test(codeOf(d)));
      const actions = await codeActions(uri, balance.range, vscode.CodeActionKind.QuickFix.value);
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1, actions.map((a) => a.title).join(' | '));
      assert.ok(actions.length >= 3, 'the totals that would absorb it are offered too');
      await applyCodeAction(preferred[0]);
      assert.equal(doc.getText(cell), '0');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  test('source.fixAll.govreport runs on save with editor.codeActionsOnSave', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'govreport' });
    await config.update('codeActionsOnSave', { 'source.fixAll.govreport': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const file = tempCopy(seedPath('000'), '嘉善县2022年政府信息公开工作年度报告.txt');
      const { uri, doc } = await openReport(file);
      await waitForDiagnostics(uri, hasCode('GR301'), 'GR301');
      // Saving needs a dirty document in some hosts: add and remove a space first.
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
      await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, 1)));
      assert.ok(await doc.save(), 'save failed');
      assert.match(fs.readFileSync(file, 'utf8'), /至 2022 年 12 月 31 日/);
      await waitForDiagnostics(uri, lacksCode('GR301'), 'GR301 to go away after save');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });
});
