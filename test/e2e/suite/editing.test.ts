// Settings and typing: the diagnostics follow without reopening the document.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, findLine, hasCode, lacksCode, openReport, seedPath, tempCopy, waitForDiagnostics, withCode } from './helpers';

suite('live updates', () => {
  teardown(closeAllEditors);

  test('turning a rule off removes its diagnostics without reopening', async () => {
    const config = vscode.workspace.getConfiguration('govreport');
    const { uri } = await openReport(seedPath('001'));
    await waitForDiagnostics(uri, (ds) => hasCode('GR303')(ds) && hasCode('GR004')(ds), 'GR303 and GR004');
    try {
      await config.update('rules', { GR303: 'off' }, vscode.ConfigurationTarget.Global);
      const after = await waitForDiagnostics(uri, lacksCode('GR303'), 'GR303 to go away');
      assert.equal(after.filter((d) => withCode(uri, 'GR004').includes(d)).length, 2, 'GR004 stays');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri, hasCode('GR303'), 'GR303 to come back');
  });

  test('editing a number makes a balance diagnostic appear and disappear as the user types', async () => {
    // Seed 002 is clean: table 3's data row is fifteen zeros separated by ` | `.
    const file = tempCopy(seedPath('002'), '钱塘区2022年政府信息公开工作年度报告.txt');
    const { uri, editor } = await openReport(file);
    const line = findLine(uri, /^0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0/);
    const first = new vscode.Range(line, 0, line, 1);
    assert.ok(await editor.edit((e) => e.replace(first, '3')), 'typing 3');
    const [d] = await waitForDiagnostics(uri, hasCode('GR204'), 'GR204 after typing 3').then(() => withCode(uri, 'GR204'));
    assert.equal(d.range.start.line, line);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(await editor.edit((e) => e.replace(first, '0')), 'typing 0 back');
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics once the number is right again');
  });
});
