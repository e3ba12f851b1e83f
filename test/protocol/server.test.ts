// End-to-end protocol test of the language server: the built bundle (dist/server.js) is
// spawned over stdio and driven like an editor would, once as a push-diagnostics client
// (Neovim-like) and once as a pull-diagnostics client (VS Code-like).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  FoldingRange,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { startServer, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const SEED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', '000_83736ae7aacb97e3.txt'), 'utf8');
const SEED_URI = 'file:///reports/000_seed.txt';

/** The seed's period sentence ends in 2021 instead of 2022 (0-based line 4). */
const PERIOD_LINE = 4;
/** Table 3's only data row: 行政复议 维持 纠正 其他 尚未审结 总计, then 行政诉讼 … */
const TABLE3_ROW = 85;

const SYMBOL_KIND_STRUCT = 23; // tables
const FIX_ALL = 'source.fixAll.govreport';

const TEST_TIMEOUT = { timeout: 30_000 };

function open(client: LspClient, uri: string, text: string, version = 1) {
  return client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const before = (a: typeof inner.start, b: typeof inner.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Edits one cell of table 3's data row: the first cell (行政复议 结果维持) becomes `value`. */
function editTable3(value: string) {
  return { range: { start: { line: TABLE3_ROW, character: 0 }, end: { line: TABLE3_ROW, character: 1 } }, text: value };
}

function errorLogs(client: LspClient): string[] {
  return client.notifications.filter((n) => n.method === 'window/logMessage' && n.params.type === 1).map((n) => n.params.message);
}

/** GR301's message in the Chinese session, to compare with the English one. */
let chineseGr301Message: string | undefined;

it('the server bundle has been built', () => {
  assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` (npm test builds first)`);
});

describe('push diagnostics client (stdio, no pull support)', TEST_TIMEOUT, () => {
  let client: LspClient;
  let gr301: Diagnostic;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server.js missing');
    client = startServer(SERVER);
    const result: InitializeResult = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-cn',
      // What a Neovim user would put in init.lua; GR204 is an error by default.
      initializationOptions: { settings: { rules: { 'appeal-total': 'warning' } } },
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    assert.equal(result.capabilities.diagnosticProvider, undefined, 'no pull provider for a push client');
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
    const codeActionProvider = result.capabilities.codeActionProvider;
    assert.ok(typeof codeActionProvider === 'object' && codeActionProvider.codeActionKinds?.includes(FIX_ALL));
    await client.notify('initialized', {});
  });

  after(() => client?.kill());

  it('publishes GR301 on the period sentence, with docs link and source', async () => {
    await open(client, SEED_URI, SEED);
    const published: PublishDiagnosticsParams = await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: PublishDiagnosticsParams) => p.uri === SEED_URI,
    );
    assert.equal(published.version, 1);
    const found = published.diagnostics.find((d) => d.code === 'GR301');
    assert.ok(found, `GR301 expected, got ${codes(published.diagnostics).join(', ') || 'nothing'}`);
    gr301 = found;
    assert.equal(typeof found.message, 'string');
    chineseGr301Message = String(found.message);
    assert.equal(found.range.start.line, PERIOD_LINE);
    assert.equal(found.source, 'gov-report-lint');
    assert.equal(found.severity, 1);
    const href = found.codeDescription?.href;
    assert.ok(href, 'codeDescription.href');
    const url = new URL(href);
    assert.equal(url.protocol, 'file:');
    assert.equal(url.hash, '#gr301');
    assert.equal(fileURLToPath(url), path.join(ROOT, 'docs', 'rules.md'));
    assert.match(fs.readFileSync(fileURLToPath(url), 'utf8'), /id="gr301"/, 'the link target exists');
    for (const d of published.diagnostics) {
      for (const related of d.relatedInformation ?? []) assert.equal(related.location.uri, SEED_URI);
    }
  });

  it('outlines the six sections and the tables', async () => {
    const symbols: DocumentSymbol[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    const all = flatten(symbols);
    const names = all.map((s) => s.name);
    for (const section of [
      '总体情况',
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '行政复议、行政诉讼情况',
      '存在的主要问题及改进情况',
      '其他需要报告的事项',
    ]) {
      assert.ok(
        names.some((name) => name.includes(section)),
        `no symbol for section ${section} in ${JSON.stringify(names)}`,
      );
    }
    assert.ok(all.filter((s) => s.kind === SYMBOL_KIND_STRUCT).length >= 3, 'tables 1–3 as symbols');
    for (const symbol of all) {
      assert.ok(contains(symbol.range, symbol.selectionRange), `selectionRange outside range: ${symbol.name}`);
      for (const child of symbol.children ?? []) assert.ok(contains(symbol.range, child.range), `child outside parent: ${child.name}`);
    }
  });

  it('returns folding ranges', async () => {
    const ranges: FoldingRange[] = await client.request('textDocument/foldingRange', { textDocument: { uri: SEED_URI } });
    assert.ok(ranges.length > 0);
    for (const range of ranges) assert.ok(range.endLine > range.startLine);
  });

  it('quick-fixes GR301 to the end of the report year', async () => {
    const actions: CodeAction[] = await client.request('textDocument/codeAction', {
      textDocument: { uri: SEED_URI },
      range: gr301.range,
      context: { diagnostics: [gr301], only: ['quickfix'] },
    });
    assert.ok(
      actions.every((a) => a.kind === 'quickfix'),
      'only quickfixes when only=[quickfix]',
    );
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === 'GR301'));
    assert.ok(fix, 'a quickfix for GR301');
    assert.equal(fix.isPreferred, true);
    const edits = fix.edit?.changes?.[SEED_URI];
    assert.ok(edits && edits.length > 0);
    const fixed = apply(SEED, edits).split('\n')[PERIOD_LINE];
    assert.match(fixed, /至\s*2022\s*年\s*12\s*月\s*31\s*日/);
    assert.doesNotMatch(fixed, /2021\s*年\s*12\s*月\s*31\s*日/);

    // The fixed text is free of GR301 (lint it as another document).
    const fixedUri = 'file:///reports/000_fixed.txt';
    await open(client, fixedUri, apply(SEED, edits));
    const published: PublishDiagnosticsParams = await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: PublishDiagnosticsParams) => p.uri === fixedUri,
    );
    assert.ok(!codes(published.diagnostics).includes('GR301'), 'GR301 gone after the fix');
  });

  it('offers source.fixAll.govreport only when asked for it', async () => {
    const ask = (only?: string[]): Promise<CodeAction[]> =>
      client.request('textDocument/codeAction', {
        textDocument: { uri: SEED_URI },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], ...(only && { only }), triggerKind: 2 },
      });
    const onSave = await ask([FIX_ALL]);
    assert.equal(onSave.length, 1);
    assert.equal(onSave[0].kind, FIX_ALL);
    const edits = onSave[0].edit?.changes?.[SEED_URI];
    assert.ok(edits && edits.length > 0, 'fix-all has edits');
    assert.match(apply(SEED, edits).split('\n')[PERIOD_LINE], /至\s*2022\s*年\s*12\s*月\s*31\s*日/);
    assert.ok(
      (await ask(['source.fixAll'])).some((a) => a.kind === FIX_ALL),
      'parent kind source.fixAll',
    );
    // A request without `only` comes with every cursor move: fix-all is not computed for
    // it (this client cannot resolve code actions; see codeActions.test.ts for one that can).
    assert.ok(!(await ask(undefined)).some((a) => a.kind === FIX_ALL), 'no filter, no resolve support');
    assert.ok(!(await ask(['quickfix'])).some((a) => a.kind === FIX_ALL), 'excluded by only=[quickfix]');
  });

  it('debounces edits and publishes for the latest version', async () => {
    // The first edit after a pause may be checked at once (the scheduler's leading edge);
    // the next ones, closer together than the debounce, are coalesced to the latest.
    await client.notify('textDocument/didChange', { textDocument: { uri: SEED_URI, version: 2 }, contentChanges: [editTable3('7')] });
    await client.notify('textDocument/didChange', { textDocument: { uri: SEED_URI, version: 3 }, contentChanges: [editTable3('9')] });
    await client.notify('textDocument/didChange', { textDocument: { uri: SEED_URI, version: 4 }, contentChanges: [editTable3('1')] });
    const published: PublishDiagnosticsParams = await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: PublishDiagnosticsParams) => p.uri === SEED_URI && p.version === 4,
    );
    const gr204 = published.diagnostics.find((d) => d.code === 'GR204');
    assert.ok(gr204, `GR204 after breaking table 3, got ${codes(published.diagnostics).join(', ')}`);
    assert.equal(gr204.range.start.line, TABLE3_ROW);
    assert.equal(gr204.severity, 2, 'initializationOptions.settings: appeal-total → warning');
    const versions = client.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === SEED_URI)
      .map((n) => n.params.version as number);
    assert.ok(!versions.includes(3), 'the overtaken version 3 was not linted');
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'never an older version after a newer one',
    );
  });

  it('re-publishes with settings pushed by workspace/didChangeConfiguration', async () => {
    await client.notify('workspace/didChangeConfiguration', { settings: { govreport: { rules: { GR301: 'off' } } } });
    const published: PublishDiagnosticsParams = await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: PublishDiagnosticsParams) => p.uri === SEED_URI && !codes(p.diagnostics).includes('GR301'),
    );
    assert.equal(published.version, 4);
    assert.equal(published.diagnostics.find((d) => d.code === 'GR204')?.severity, 2, 'initializationOptions.settings still apply');
  });

  it('clears diagnostics on close', async () => {
    await client.notify('textDocument/didClose', { textDocument: { uri: SEED_URI } });
    await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: PublishDiagnosticsParams) => p.uri === SEED_URI && p.diagnostics.length === 0,
    );
  });

  it('survives empty and garbage documents', async () => {
    const garbage = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    const odd = ['', '\n\n\n', '\t\t\t\n一、\n二、\n表\t\t', garbage, '三、'.repeat(5000), SEED.replace(/\d/g, '９'), SEED.repeat(20)];
    for (const [i, text] of odd.entries()) {
      const uri = `file:///reports/odd_${i}.txt`;
      await open(client, uri, text);
      await client.waitFor('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => p.uri === uri);
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      });
      assert.ok(Array.isArray(actions));
    }
    // Requests for documents the server never saw are answered, not failed.
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.txt' } }), []);
    assert.deepEqual(errorLogs(client), [], 'the engine threw (see window/logMessage)');
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.close(), 0);
  });
});

describe('pull diagnostics client (VS Code-like, workspace/configuration, English)', TEST_TIMEOUT, () => {
  let client: LspClient;
  let settings: unknown = { enable: true, rules: {} };

  before(async () => {
    client = startServer(SERVER);
    client.configuration = (item) => (item.section === 'govreport' ? settings : null);
    const result: InitializeResult = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-cn',
      initializationOptions: { locale: 'en' },
      capabilities: {
        textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      },
    });
    assert.deepEqual(result.capabilities.diagnosticProvider, {
      identifier: 'govreport',
      // A report's findings depend on last year's report (GR403–GR405), another file.
      interFileDependencies: true,
      workspaceDiagnostics: false,
    });
    await client.notify('initialized', {});
    await open(client, SEED_URI, SEED);
  });

  after(() => client?.kill());

  const pull = (previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    client.request('textDocument/diagnostic', { textDocument: { uri: SEED_URI }, ...(previousResultId && { previousResultId }) });

  it('registers for configuration changes', async () => {
    // The registration request is sent after `initialized`; a request round trip orders it.
    await pull();
    assert.ok(client.serverRequests.some((r) => r.method === 'client/registerCapability'));
  });

  it('answers textDocument/diagnostic with a full report containing GR301, in English', async () => {
    const report = await pull();
    assert.equal(report.kind, 'full');
    const gr301 = report.items.find((d) => d.code === 'GR301');
    assert.ok(gr301, `GR301 expected, got ${codes(report.items).join(', ')}`);
    assert.equal(gr301.range.start.line, PERIOD_LINE);
    assert.ok(chineseGr301Message, 'the push session ran first');
    assert.notEqual(gr301.message, chineseGr301Message, 'initializationOptions.locale=en gives English messages');
    assert.ok(report.resultId);
    assert.equal((await pull(report.resultId)).kind, 'unchanged', 'same version, same settings');
    // No push in pull mode.
    assert.ok(!client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics'));
  });

  it('reports a new diagnostic after an edit breaks table 3', async () => {
    const before = await pull();
    assert.ok(before.kind === 'full');
    assert.ok(!codes(before.items).includes('GR204'));
    await client.notify('textDocument/didChange', { textDocument: { uri: SEED_URI, version: 2 }, contentChanges: [editTable3('1')] });
    const afterEdit = await pull(before.resultId);
    assert.equal(afterEdit.kind, 'full');
    const gr204 = afterEdit.items.find((d) => d.code === 'GR204');
    assert.ok(gr204, `GR204 expected, got ${codes(afterEdit.items).join(', ')}`);
    assert.equal(gr204.range.start.line, TABLE3_ROW);
  });

  it('applies govreport.rules and refreshes on configuration change', async () => {
    settings = { rules: { 'period-range': 'off', GR204: 'hint' } };
    const refreshes = () => client.serverRequests.filter((r) => r.method === 'workspace/diagnostic/refresh').length;
    const before = refreshes();
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const report = await pull();
    assert.equal(refreshes(), before + 1, 'workspace/diagnostic/refresh sent');
    assert.equal(report.kind, 'full');
    assert.ok(!codes(report.items).includes('GR301'), 'period-range: off');
    assert.equal(report.items.find((d) => d.code === 'GR204')?.severity, 4, 'GR204: hint');

    settings = { enable: false };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const disabled = await pull();
    assert.equal(disabled.kind, 'full');
    assert.deepEqual(disabled.items, [], 'govreport.enable: false');
  });

  it('shuts down and exits cleanly', async () => {
    assert.deepEqual(errorLogs(client), []);
    assert.equal(await client.close(), 0);
  });
});
