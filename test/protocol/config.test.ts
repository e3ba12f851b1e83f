// .govreportrc.json in the language server: the document's nearest configuration applies
// under the editor's settings; a change on disk re-checks open documents at once; a broken
// configuration gets diagnostics on the configuration file and the rest keeps working.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
/** A department's report published 2023-02-15: GR304 unless the deadline is moved. */
const LATE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', 'gr304-published-late-tab.txt'), 'utf8');

function nextPublication(client: LspClient, uri: string): Promise<PublishDiagnosticsParams> {
  const seen = new Set(client.notifications.map((n) => n.params));
  return client.waitFor('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => !seen.has(p) && p.uri === uri);
}

describe('.govreportrc.json in the language server', { timeout: 30_000 }, () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  let configFile: string;
  let configUri: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lsp-config-'));
    fs.mkdirSync(path.join(dir, 'bureau'));
    configFile = path.join(dir, '.govreportrc.json');
    configUri = pathToFileURL(configFile).toString();
    uri = pathToFileURL(path.join(dir, 'bureau', 'report.txt')).toString();
    fs.writeFileSync(configFile, JSON.stringify({ deadline: '02-28' }));
    client = startServer(SERVER);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      capabilities: { textDocument: { publishDiagnostics: {} }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.notify('initialized', {});
  });

  after(() => {
    client?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the nearest configuration (a parent folder) applies', async () => {
    const published = nextPublication(client, uri);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: LATE } });
    assert.deepEqual((await published).diagnostics, []);
  });

  it('a change on disk re-checks the open document at once', async () => {
    fs.writeFileSync(configFile, JSON.stringify({ rules: { GR001: 'off' } }));
    const published = nextPublication(client, uri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    assert.deepEqual(
      (await published).diagnostics.map((d) => d.code),
      ['GR304'],
    );
  });

  it('a broken configuration: diagnostics on it, the valid part still applies', async () => {
    fs.writeFileSync(configFile, '{\n  "deadline": "02-28",\n  "rules": { "GR999": "off" }\n}\n');
    const onConfig = nextPublication(client, configUri);
    const onReport = nextPublication(client, uri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const problems = (await onConfig).diagnostics;
    assert.deepEqual(
      problems.map((d) => [d.range.start.line, d.message]),
      [[2, '未知的规则 "GR999"']],
    );
    assert.deepEqual((await onReport).diagnostics, [], 'the deadline still applies');
    assert.ok(
      client.serverRequests.some((r) => r.method === 'window/showMessageRequest' || r.method === 'window/showMessage') ||
        client.notifications.some((n) => n.method === 'window/showMessage'),
    );
  });

  it('put right, its diagnostics are cleared', async () => {
    fs.writeFileSync(configFile, JSON.stringify({ deadline: '02-28' }));
    const onConfig = nextPublication(client, configUri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    assert.deepEqual((await onConfig).diagnostics, []);
  });
});
