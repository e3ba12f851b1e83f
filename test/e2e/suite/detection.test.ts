// Reports opened as plain text under a neutral name are recognised by their content and
// checked; ordinary text files are left alone.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  LANGUAGE_ID,
  activateExtension,
  closeAllEditors,
  findDocument,
  fixturePath,
  hasCode,
  ours,
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
});
