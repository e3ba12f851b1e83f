// "Turn this rule off" for a report opened on its own (a clerk double-clicking a file: VS
// Code with no folder open). There is no workspace to write to, so only "for this file" is
// offered, written to the .govreportrc.json beside the report, where the server and the CLI
// look first; once the client says the file changed, the rule is off.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
// Seed 000 has findings of its own (it is a real report with real slips).
const SEED_000 = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', '000_83736ae7aacb97e3.txt'), 'utf8');

describe('turning a rule off with no workspace folder open', { timeout: 60_000 }, () => {
  let client: LspClient;
  let folder: string;
  const applied: WorkspaceEdit[] = [];
  const report = () => pathToFileURL(path.join(folder, 'report.txt')).href;
  const diagnostics = async (): Promise<Diagnostic[]> => {
    const answer: DocumentDiagnosticReport = await client.request('textDocument/diagnostic', { textDocument: { uri: report() } });
    return answer.kind === 'full' ? answer.items : [];
  };

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lone-'));
    fs.writeFileSync(path.join(folder, 'report.txt'), SEED_000);
    client = startServer(SERVER);
    client.configuration = () => null;
    client.answer = (method, params) => {
      if (method !== 'workspace/applyEdit') return undefined;
      applied.push(params.edit);
      return { applied: true };
    };
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      },
    });
    await client.notify('initialized', {});
    await client.notify('textDocument/didOpen', { textDocument: { uri: report(), languageId: 'govreport', version: 1, text: SEED_000 } });
  });

  after(() => {
    client?.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('offers "for this file" only, writes .govreportrc.json beside the report, and the rule is off once it changed', async () => {
    const before = await diagnostics();
    assert.ok(before.length > 0, 'seed 000 has findings');
    const target = before[0];
    const code = String(target.code);
    const actions: CodeAction[] = await client.request('textDocument/codeAction', {
      textDocument: { uri: report() },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'], triggerKind: 1 },
    });
    const ruleOff = actions.filter((a) => a.command?.command === 'govreport.disableRule');
    assert.deepEqual(
      ruleOff.map((a) => a.title),
      // Chinese by default (no locale given): no 在整个工作区关闭规则 without a workspace.
      [`在本文件中关闭规则 ${code}（写入 .govreportrc.json）`],
    );

    assert.equal(await client.request('workspace/executeCommand', ruleOff[0].command), true);
    const config = path.join(folder, '.govreportrc.json');
    const configUri = pathToFileURL(config).href;
    const changes = applied.at(-1)!.documentChanges ?? [];
    assert.deepEqual(changes[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    const written = (changes[1] as { edits: TextEdit[] }).edits[0].newText;
    assert.deepEqual(JSON.parse(written), { overrides: [{ files: ['report.txt'], rules: { [code]: 'off' } }] });

    // What VS Code and the extension do next: the file saved, the server told of it.
    fs.writeFileSync(config, written);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const after = await diagnostics();
    assert.ok(!after.some((d) => String(d.code) === code), after.map((d) => d.code).join(' '));
    assert.equal(after.length, before.filter((d) => String(d.code) !== code).length);
  });
});
