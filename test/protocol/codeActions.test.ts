// Protocol test of the code actions, as VS Code drives them: a balance finding's
// alternatives (titles, which one is preferred), fix-all computed only when asked
// (unresolved on a cursor move, resolved on demand, eager on save), its edits equal to
// what the CLI writes, figures kept unless the setting opts in, "fix all of this rule",
// "turn this rule off" written to .govreportrc.json, fix-all that says what it did, and
// cancellation.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fixAll, parse } from '../../server/src/engine';
import { startServer, type LspClient } from './lspClient';
import { figuresOf } from '../unit/helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const SEED_002 = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', '002_12a69261f9476b84.txt'), 'utf8');
const SEED_000 = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', '000_83736ae7aacb97e3.txt'), 'utf8');
const FIX_ALL = 'source.fixAll.govreport';
/** The server's test hook while a fix-all runs (server.ts, GOVREPORT_TEST_HOOKS). */
const FIX_ALL_RUNNING = 'govreport/test/fixAllRunning';
const TEST_TIMEOUT = { timeout: 60_000 };

/** Seed 002 with last year's period end (a wording fix) and 3 typed into table 2, row 一, 自然人 (the clerk). */
const SEED_002_WRONG_YEAR = SEED_002.replace('至2022年12月31日止', '至2021年12月31日止');
function withThree(): { text: string; offset: number } {
  const cell = parse(SEED_002_WRONG_YEAR)
    .tables.find((t) => t.id === 2)!
    .data.get('new')!.values[0];
  return { text: SEED_002_WRONG_YEAR.slice(0, cell.start) + '3' + SEED_002_WRONG_YEAR.slice(cell.end), offset: cell.start };
}

/** Seed 002 with two blank cells: table 2, 二 自然人 and 二 商业企业. */
function withTwoBlanks(): string {
  const cells = parse(SEED_002)
    .tables.find((t) => t.id === 2)!
    .data.get('carried')!.values;
  return SEED_002.slice(0, cells[0].start) + ' ' + SEED_002.slice(cells[0].end, cells[1].start) + ' ' + SEED_002.slice(cells[1].end);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

describe('code actions (VS Code-like client with resolve support, a workspace folder)', TEST_TIMEOUT, () => {
  let client: LspClient;
  let folder: string;
  let settings: Record<string, unknown> = {};
  const applied: WorkspaceEdit[] = [];
  const REPORT = () => pathToFileURL(path.join(folder, 'reports', 'report.txt')).href;
  const diagnostics = async (uri: string): Promise<Diagnostic[]> => {
    const report: DocumentDiagnosticReport = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    return report.kind === 'full' ? report.items : [];
  };
  const actionsFor = (uri: string, diagnostic: Diagnostic | undefined, only?: string[]): Promise<CodeAction[]> =>
    client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: diagnostic ? [diagnostic] : [], ...(only && { only }), triggerKind: only ? 1 : 2 },
    });

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-actions-'));
    fs.mkdirSync(path.join(folder, 'reports'));
    client = startServer(SERVER, { GOVREPORT_TEST_HOOKS: '1' });
    client.configuration = (item) => (item.section === 'govreport' ? settings : null);
    client.answer = (method, params) => {
      if (method !== 'workspace/applyEdit') return undefined;
      applied.push(params.edit);
      return { applied: true };
    };
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'reports' }],
      locale: 'zh-cn',
      capabilities: {
        textDocument: {
          diagnostic: { dynamicRegistration: false, relatedInformation: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
            isPreferredSupport: true,
            resolveSupport: { properties: ['edit'] },
            dataSupport: true,
          },
        },
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      },
    });
    await client.notify('initialized', {});
    await client.notify('textDocument/didOpen', {
      textDocument: { uri: REPORT(), languageId: 'govreport', version: 1, text: withThree().text },
    });
  });

  after(() => {
    client?.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('offers each correction of a balance finding, titled with what it writes, the restoring one preferred', async () => {
    const gr2 = (await diagnostics(REPORT())).filter((d) => /^GR2/.test(String(d.code)));
    assert.equal(gr2.length, 1, gr2.map((d) => d.message).join(' | '));
    const [finding] = gr2;
    assert.match(String(finding.message).split('\n')[0], /一\(3\) \+ 二\(0\) = 3，但 三（七）总计\(0\) \+ 四\(0\) = 0/);
    // Related: the operands of the two failing relations (the 自然人 column's 一 + 二 = 三（七）
    // + 四, the row 一's total), zeros included; not the rest of the column.
    assert.deepEqual(
      (finding.relatedInformation ?? []).map((r) => r.message),
      [
        '表二 四 自然人 = 0',
        '表二 二 自然人 = 0',
        '表二 三（七）总计 自然人 = 0',
        '表二 一 总计 = 0',
        '表二 一 商业企业 = 0',
        '表二 一 科研机构 = 0',
        '表二 一 社会公益组织 = 0',
        '表二 一 法律服务机构 = 0',
        '表二 一 其他 = 0',
      ],
    );
    const fixes = (await actionsFor(REPORT(), finding, ['quickfix'])).filter((a) => a.edit);
    const titles = fixes.map((a) => a.title);
    assert.equal(titles[0], '将 一、本年新收政府信息公开申请数量 自然人 改为 0');
    assert.ok(titles.includes('将 四、结转下年度继续办理 自然人 改为 3'), titles.join(' | '));
    assert.deepEqual(
      fixes.map((a) => a.isPreferred === true),
      fixes.map((_, i) => i === 0),
    );
    const { text, offset } = withThree();
    const restored = apply(text, fixes[0].edit!.changes![REPORT()]);
    assert.equal(restored, SEED_002_WRONG_YEAR);
    assert.equal(restored.length, text.length);
    assert.equal(restored[offset], '0');
  });

  it('does not compute fix-all on a cursor move: unresolved, then resolved to what the CLI writes, figures kept', async () => {
    const onMove = (await actionsFor(REPORT(), undefined)).filter((a) => a.kind === FIX_ALL);
    assert.equal(onMove.length, 1);
    assert.equal(onMove[0].edit, undefined, 'no edit computed before it is chosen');
    const resolved: CodeAction = await client.request('codeAction/resolve', onMove[0]);
    const edits = resolved.edit?.changes?.[REPORT()];
    assert.ok(edits && edits.length > 0);
    const { text } = withThree();
    const fixed = apply(text, edits);
    assert.equal(fixed, fixAll(text).text, 'LSP edits equal the CLI result');
    assert.deepEqual(figuresOf(fixed), figuresOf(text), 'the typed 3 and every other figure kept');
  });

  it('on save (only = source.fixAll) returns the edit at once; govreport.fix.figures opts the preferred correction in', async () => {
    const { text } = withThree();
    const onSaveActions = await actionsFor(REPORT(), undefined, [FIX_ALL]);
    assert.equal(onSaveActions.length, 1, JSON.stringify(onSaveActions));
    const [onSave] = onSaveActions;
    assert.equal(apply(text, onSave.edit!.changes![REPORT()]), fixAll(text).text);
    settings = { fix: { figures: true } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const [withFigures] = await actionsFor(REPORT(), undefined, [FIX_ALL]);
    assert.equal(apply(text, withFigures.edit!.changes![REPORT()]), fixAll(text, { figures: true }).text);
    assert.equal(apply(text, withFigures.edit!.changes![REPORT()]), fixAll(SEED_002, { figures: true }).text, 'the 3 was put back');
    settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: null });
  });

  it('shows the GR301 fix titled with the exact period it writes', async () => {
    const uri = pathToFileURL(path.join(folder, 'reports', 'seed000.txt')).href;
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: SEED_000 } });
    const gr301 = (await diagnostics(uri)).find((d) => d.code === 'GR301');
    assert.ok(gr301);
    const titles = (await actionsFor(uri, gr301, ['quickfix'])).map((a) => a.title);
    assert.ok(titles.includes('改为“2022 年 1 月 1 日至 2022 年 12 月 31 日”'), titles.join(' | '));
  });

  it('fixes all problems of one rule in the file, saying it writes figures', async () => {
    const text = withTwoBlanks();
    const uri = pathToFileURL(path.join(folder, 'reports', 'blanks.txt')).href;
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
    const blanks = (await diagnostics(uri)).filter((d) => d.code === 'GR103');
    assert.equal(blanks.length, 2);
    const actions = await actionsFor(uri, blanks[0], ['quickfix']);
    const all = actions.find((a) => a.title.startsWith('修复本文件中全部 2 个 GR103 问题'));
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    assert.match(all.title, /填入 0.*写入数字/);
    const filled = figuresOf(apply(text, all.edit!.changes![uri]));
    assert.deepEqual(filled, { ...figuresOf(text), '2 carried/natural': '0', '2 carried/business': '0' });
    assert.ok(!actions.some((a) => a.isPreferred), 'a blank is not obviously 0');
  });

  it('marks a blank cell over its whole gap and still offers its own fix for that diagnostic', async () => {
    const uri = pathToFileURL(path.join(folder, 'reports', 'blanks.txt')).href;
    const blanks = (await diagnostics(uri)).filter((d) => d.code === 'GR103');
    assert.equal(blanks.length, 2);
    const doc = TextDocument.create(uri, 'govreport', 1, withTwoBlanks());
    for (const d of blanks) {
      // `| 0 |` with its 0 taken out is `|   |`: the squiggle covers the three spaces.
      assert.equal(doc.getText(d.range), '   ', JSON.stringify(d.range));
      assert.equal(doc.getText({ start: { ...d.range.start, character: d.range.start.character - 1 }, end: d.range.start }), '|');
      const own = (await actionsFor(uri, d, ['quickfix'])).filter((a) => a.title === '填入 0');
      assert.equal(own.length, 1, 'the one fix of this blank, found by code and range');
      const [edit] = own[0].edit!.changes![uri];
      // The 0 goes inside the gap, replacing nothing.
      assert.deepEqual(edit.range.start, edit.range.end);
      assert.ok(edit.range.start.character > d.range.start.character && edit.range.start.character <= d.range.end.character);
    }
  });

  it('turns a rule off for this file, then for the workspace, in .govreportrc.json', async () => {
    const gr2 = (await diagnostics(REPORT())).find((d) => /^GR2/.test(String(d.code)))!;
    const actions = await actionsFor(REPORT(), gr2, ['quickfix']);
    const forFile = actions.find((a) => a.command && a.title.includes('本文件中关闭规则'));
    const forWorkspace = actions.find((a) => a.command && a.title.includes('工作区关闭规则'));
    assert.ok(forFile && forWorkspace, actions.map((a) => a.title).join(' | '));
    const config = path.join(folder, '.govreportrc.json');
    const configUri = pathToFileURL(config).href;

    assert.equal(await client.request('workspace/executeCommand', forFile.command), true);
    const create = applied.at(-1)!;
    const changes = create.documentChanges ?? [];
    assert.deepEqual(changes[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    const written = (changes[1] as { edits: TextEdit[] }).edits[0].newText;
    assert.deepEqual(JSON.parse(written), { overrides: [{ files: ['reports/report.txt'], rules: { [String(gr2.code)]: 'off' } }] });
    fs.writeFileSync(config, written); // what the editor would do with the edit

    assert.equal(await client.request('workspace/executeCommand', forWorkspace.command), true);
    const edit = applied.at(-1)!.changes![configUri][0];
    assert.deepEqual(edit.range.start, { line: 0, character: 0 });
    assert.deepEqual(JSON.parse(edit.newText), {
      overrides: [{ files: ['reports/report.txt'], rules: { [String(gr2.code)]: 'off' } }],
      rules: { [String(gr2.code)]: 'off' },
    });
    assert.equal(apply(written, [edit]), edit.newText, 'the edit replaces the whole file');
  });

  it('fix-all by command applies the edit and says what it did', async () => {
    const before = applied.length;
    const result = await client.request('workspace/executeCommand', { command: 'govreport.applyFixAll', arguments: [{ uri: REPORT() }] });
    // The balance finding left for the clerk was turned off in .govreportrc.json by the
    // test before, and the server reads that file: nothing remains.
    assert.deepEqual(result, { fixed: 1, remaining: 0 });
    assert.equal(applied.length, before + 1);
    const message = await client.waitFor('window/showMessage', (p: { type: number; message: string }) => p.message.startsWith('已修复'));
    assert.equal(message.type, 3);
    assert.equal(message.message, '已修复 1 个问题，另有 0 个需要人工处理');
  });

  it('honours cancellation of a fix-all', async () => {
    const uri = pathToFileURL(path.join(folder, 'reports', 'big.txt')).href;
    const big = SEED_000.repeat(40);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: big } });
    await diagnostics(uri);
    const source = new CancellationTokenSource();
    // The cancel is sent when the server says the fix-all is running (its test hook asks
    // FIX_ALL_RUNNING and waits for the answer), not after a fixed delay: a timer of 30 ms
    // raced a fix-all of about 200 ms, and a loaded machine could let the fix-all win. The
    // $/cancelRequest goes out before the answer, so the server reads it mid-fix-all.
    let running = 0;
    const answer = client.answer;
    client.answer = (method, params) => {
      if (method !== FIX_ALL_RUNNING) return answer(method, params);
      running++;
      source.cancel();
      return null;
    };
    try {
      const pending = client.request(
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: [FIX_ALL], triggerKind: 1 },
        },
        30_000,
        source.token,
      );
      await assert.rejects(pending, (error: { code?: number }) => error.code === -32800, 'RequestCancelled');
    } finally {
      client.answer = answer;
    }
    assert.equal(running, 1, 'cancelled while the fix-all ran, not before it began');
    assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument: { uri } })), 'still answering');
  });

  it('shuts down cleanly with nothing logged as an error', async () => {
    const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && n.params.type === 1);
    assert.deepEqual(errors, []);
    assert.equal(await client.close(), 0);
  });
});
