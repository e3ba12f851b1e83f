// Reports opened as plain text under a neutral name are recognised by their content and
// checked; ordinary text files are left alone.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LANGUAGE_ID,
  activateExtension,
  closeAllEditors,
  findDocument,
  fixturePath,
  hasCode,
  ours,
  repoRoot,
  tempCopy,
  waitForDiagnostics,
  waitForLanguage,
} from './helpers';

suite('content detection', () => {
  teardown(closeAllEditors);

  test('notes.txt holding a report becomes a report and is checked; plain.txt stays plain text', async () => {
    await activateExtension();
    const plain = vscode.Uri.file(fixturePath('plain.txt'));
    const notes = vscode.Uri.file(fixturePath('notes.txt'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plain), { preview: false });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes), { preview: false });
    await waitForLanguage(notes, LANGUAGE_ID);
    await waitForDiagnostics(notes, hasCode('GR301'), 'GR301 in the detected report');
    // plain.txt was opened first and handled before notes.txt was switched.
    assert.equal(findDocument(plain)?.languageId, 'plaintext');
    assert.deepEqual(ours(plain), []);
  });

  test('documents about reports stay what they are: a copy of the rule list, a note on the format', async () => {
    await activateExtension();
    const docs = [
      tempCopy(path.join(repoRoot, 'docs', 'rules.md'), '规则列表.md'),
      tempCopy(path.join(repoRoot, 'test', 'fixtures', 'unit', 'detect', 'format-notice.md'), 'notes-on-the-format.md'),
    ].map((f) => vscode.Uri.file(f));
    for (const uri of docs) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    // A report opened after them is switched; by then they were looked at and left alone.
    const report = vscode.Uri.file(tempCopy(fixturePath('notes.txt')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(report), { preview: false });
    await waitForLanguage(report, LANGUAGE_ID);
    for (const uri of docs) {
      assert.equal(findDocument(uri)?.languageId, 'markdown', uri.fsPath);
      assert.deepEqual(ours(uri), []);
    }
  });
});
