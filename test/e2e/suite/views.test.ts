// What a clerk sees besides squiggles, in the real workbench: the hover on a table number,
// the code lens over tables 2 and 3, the table preview, the status item's data, the
// rendered rule page behind a diagnostic's code link, 新建年度报告, a GBK + CRLF report
// opened readable (and, read as UTF-8, one GR008 instead of structural errors), and a
// pasted report that keeps its language.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  LANGUAGE_ID,
  activateExtension,
  closeAllEditors,
  codeOf,
  findLine,
  hasCode,
  openReport,
  ours,
  repoRoot,
  tempCopy,
  waitFor,
  waitForDiagnostics,
  withCode,
} from './helpers';
import { clickInWebview, hasDriver, scrollOfWebview } from './driver';

const BROKEN = path.join(repoRoot, 'test', 'fixtures', 'layouts', 'tab-balance-error.txt');
const GBK_CRLF = path.join(repoRoot, 'test', 'fixtures', 'cli', 'gbk-crlf-000.txt');

function webviewTabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

suite('views', () => {
  teardown(closeAllEditors);

  test('hover on a table-2 number names its row and column and shows the failing relation', async () => {
    const { uri, doc } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
    await waitForDiagnostics(uri, hasCode('GR201'), 'GR201');
    const line = findLine(uri, /^四、结转下年度继续办理/);
    const character = doc.lineAt(line).text.indexOf('\t1') + 1;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(line, character),
    );
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /四、结转下年度继续办理/);
    assert.match(text, /GR201: .*≠.* ✗/);
  });

  test('code lenses over tables 2 and 3 say how their relations stand and lead to the problem', async () => {
    const { uri } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
    await waitForDiagnostics(uri, hasCode('GR204'), 'GR204');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.equal(titles.length, 2, titles.join(' | '));
    assert.match(titles[0], /2 (列不平衡|of 7 columns do not balance)/);
    assert.match(titles[1], /1 (组不平衡|of 3 groups do not balance)/);
    const lens = lenses[0].command;
    assert.ok(lens);
    await vscode.commands.executeCommand(lens.command, ...(lens.arguments ?? []));
    const selection = vscode.window.activeTextEditor?.selection;
    assert.equal(selection?.start.line, findLine(uri, /^四、结转下年度继续办理/));
  });

  test('预览报告表格 draws the tables with the wrong cells marked', async () => {
    const { uri } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
    await waitForDiagnostics(uri, hasCode('GR201'), 'GR201');
    await vscode.commands.executeCommand('govreport.preview');
    await waitFor(
      () => webviewTabs('govreport.preview').length === 1 || undefined,
      [vscode.window.tabGroups.onDidChangeTabs],
      'the preview tab',
    );
    const api = vscode.extensions.getExtension<{ previewHtml(): string | undefined }>(EXTENSION_ID)?.exports;
    const html = await waitFor(
      () => (api?.previewHtml() ?? '').includes('<section class="table"') && api?.previewHtml(),
      [vscode.window.tabGroups.onDidChangeTabs, vscode.languages.onDidChangeDiagnostics],
      'the preview page',
    );
    assert.equal(html.match(/<section class="table"/g)?.length, 3, html.slice(0, 500));
    assert.equal(html.match(/<td class="num error"/g)?.length, 3, 'the two GR201 cells and the GR204 cell are marked');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    // Live while typing: table 3's 总计 put right, its cell is no longer marked.
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    assert.ok(editor, 'the report is still visible beside the preview');
    const row = findLine(uri, /^1\t0\t0\t0\t0\t/);
    const text = editor.document.lineAt(row).text;
    const total = text.split('\t').slice(0, 4).join('\t').length + 1;
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(row, total, row, total + 1), '1')));
    // The page is redrawn a moment after the server answers; no event says so: poll.
    const marked = () => (api?.previewHtml() ?? '').match(/<td class="num error"/g)?.length;
    for (const deadline = Date.now() + 20_000; marked() !== 2 && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 200));
    assert.equal(marked(), 2, 'the preview follows the edit: the GR204 cell is no longer marked');
  });

  test('a click on a wrong cell in 预览报告表格 selects that cell in the report', async function () {
    // The click is a real mouse click inside the webview's page, done by the browser driver
    // (driver.ts); the Electron host has none.
    if (!hasDriver()) this.skip();
    const { uri, editor } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
    await waitForDiagnostics(uri, hasCode('GR201'), 'GR201');
    // The cell: table 2, 四、结转下年度继续办理, 自然人 (a 1 where the relation wants 0).
    const line = findLine(uri, /^四、结转下年度继续办理/);
    const [d] = withCode(uri, 'GR201').filter((x) => x.range.start.line === line);
    assert.ok(d, 'a GR201 on row 四');
    assert.equal(editor.document.getText(d.range), '1');
    const start = editor.document.offsetAt(d.range.start);
    await vscode.commands.executeCommand('govreport.preview');
    const api = vscode.extensions.getExtension<{ previewHtml(): string | undefined }>(EXTENSION_ID)?.exports;
    const cell = `td.num.error[data-start="${start}"]`;
    await waitFor(
      () => (api?.previewHtml() ?? '').includes(`data-start="${start}"`) || undefined,
      [vscode.window.tabGroups.onDidChangeTabs, vscode.languages.onDidChangeDiagnostics],
      'the preview page with the wrong cell',
    );
    // The caret elsewhere, so that only the click can bring it to the cell.
    const report = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    report()!.selection = new vscode.Selection(0, 0, 0, 0);
    const answer = await clickInWebview(cell);
    assert.ok(answer.ok, answer.message);
    const selected = await waitFor(
      () => {
        const s = vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor.selection;
        return s && s.isEqual(d.range) && s;
      },
      [vscode.window.onDidChangeTextEditorSelection, vscode.window.onDidChangeActiveTextEditor],
      'the report to be active with the clicked cell selected',
      () =>
        `active: ${vscode.window.activeTextEditor?.document.uri.toString()} selection ${JSON.stringify(vscode.window.activeTextEditor?.selection)}`,
      15_000,
    );
    assert.equal(editor.document.getText(selected), '1');
  });

  test('预览报告表格 opens on the first wrong cell and keeps its place while the clerk types', async function () {
    if (!hasDriver()) this.skip();
    const { uri, editor } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
    await waitForDiagnostics(uri, hasCode('GR204'), 'GR204');
    await vscode.commands.executeCommand('govreport.preview');
    const api = vscode.extensions.getExtension<{ previewHtml(): string | undefined }>(EXTENSION_ID)?.exports;
    const marked = () => (api?.previewHtml() ?? '').match(/<td class="num error"/g)?.length;
    await waitFor(() => marked() === 3 || undefined, [vscode.window.tabGroups.onDidChangeTabs], 'the preview page');
    // Table 2's 四 row lies below the fold: the page opens scrolled down to it.
    const opened = await scrollOfWebview('td.num.error');
    assert.ok(opened.ok && (opened.scrollY ?? 0) > 100, opened.message);
    // The clerk scrolls back to table 1, then puts table 3's 总计 right in the report.
    const top = await scrollOfWebview('td.num.error', 0);
    assert.equal(top.scrollY, 0, top.message);
    const row = findLine(uri, /^1\t0\t0\t0\t0\t/);
    const total = editor.document.lineAt(row).text.split('\t').slice(0, 4).join('\t').length + 1;
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(row, total, row, total + 1), '1')));
    for (const deadline = Date.now() + 20_000; marked() !== 2 && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 200));
    assert.equal(marked(), 2, 'the page was redrawn');
    // Redrawn, it stays where the clerk left it (not back on the first wrong cell).
    await new Promise((r) => setTimeout(r, 1_500));
    const after = await scrollOfWebview('td.num.error');
    assert.equal(after.scrollY, 0, after.message);
  });

  test('a diagnostic code links to the rendered rule page, not the raw Markdown', async () => {
    const { uri } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
    const [d] = await waitForDiagnostics(uri, hasCode('GR204'), 'GR204').then((ds) =>
      ds.filter((x) => typeof x.code === 'object' && x.code.value === 'GR204'),
    );
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'govreport.openRuleDocs');
    await vscode.commands.executeCommand(code.target.path, ...JSON.parse(decodeURIComponent(code.target.query)));
    await waitFor(
      () => webviewTabs('govreport.ruleDocs').length === 1 || undefined,
      [vscode.window.tabGroups.onDidChangeTabs],
      'the rule page',
    );
    // The docs file itself is never opened as a text document, so never linted.
    assert.ok(!vscode.workspace.textDocuments.some((t) => t.uri.fsPath.endsWith(path.join('docs', 'rules.md'))));
  });

  test('新建年度报告 opens a report for the unit and year that lints clean but for what is left to write', async () => {
    await activateExtension();
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('govreport.newReport', { unit: '某县统计局', year: 2025 });
    assert.ok(doc);
    assert.equal(doc.languageId, LANGUAGE_ID);
    assert.equal(doc.lineAt(0).text, '某县统计局2025年政府信息公开工作年度报告');
    const diagnostics = await waitForDiagnostics(doc.uri, hasCode('GR103'), 'blank cells');
    // Left for the clerk: blank cells (GR103), and the sections' prose (GR005–GR007 say what it must cover).
    const others = diagnostics.filter(
      (d) => !['GR103', 'GR005', 'GR006', 'GR007'].includes(typeof d.code === 'object' ? String(d.code.value) : String(d.code)),
    );
    assert.deepEqual(
      others.map((d) => d.message),
      [],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a GBK report with CRLF line endings opens readable and is checked', async () => {
    const file = tempCopy(GBK_CRLF, '嘉善县科学技术局2022年政府信息公开工作年度报告.txt');
    assert.ok(!fs.readFileSync(file).includes(Buffer.from('政府', 'utf8')), 'the fixture is not UTF-8');
    const { uri, doc } = await openReport(file);
    assert.match(doc.getText().slice(0, 300), /嘉善县科学技术局 2022 年政府信息公开工作年度报告/);
    assert.equal(doc.eol, vscode.EndOfLine.CRLF);
    await waitForDiagnostics(uri, hasCode('GR301'), 'GR301 in the GBK report');
    assert.ok(!ours(uri).some((d) => d.message.includes('\ufffd')));
  });

  test('a GBK report opened as UTF-8 gets one GR008 saying how to reopen it, and no structural errors', async () => {
    // A user who turned encoding guessing off: VS Code reads the GBK bytes as UTF-8.
    const files = vscode.workspace.getConfiguration('files', { languageId: LANGUAGE_ID });
    await files.update('autoGuessEncoding', false, vscode.ConfigurationTarget.Global, true);
    try {
      const file = tempCopy(GBK_CRLF, '嘉善县科学技术局2022年政府信息公开工作年度报告.txt');
      const { uri, doc } = await openReport(file);
      assert.ok(doc.getText().includes('\ufffd'), 'read as UTF-8');
      const diagnostics = await waitForDiagnostics(uri, hasCode('GR008'), 'GR008');
      assert.deepEqual(
        diagnostics.map((d) => codeOf(d)),
        ['GR008'],
      );
      assert.match(diagnostics[0].message, /GB 18030/);
    } finally {
      await files.update('autoGuessEncoding', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  test('a report pasted into a new editor becomes a report and stays one', async () => {
    await activateExtension();
    const text = fs.readFileSync(BROKEN, 'utf8');
    const untitled = await vscode.workspace.openTextDocument({ content: '' });
    const editor = await vscode.window.showTextDocument(untitled);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), text));
    await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === untitled.uri.toString() && d.languageId === LANGUAGE_ID),
      [vscode.workspace.onDidOpenTextDocument],
      'the pasted report to become a report',
    );
    // VS Code's own language detection runs on untitled editors a moment later.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === untitled.uri.toString());
    assert.equal(now?.languageId, LANGUAGE_ID);
    await waitForDiagnostics(untitled.uri, hasCode('GR201'), 'GR201 in the pasted report');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
