// The language server finds last year's report of the same unit (GR403–GR405): among open
// documents, or on disk in the same folder; an edit to last year's report re-checks this
// year's at once, and related information points into last year's file.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startPushClient, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'across-years');
const LAST = fs.readFileSync(path.join(FIXTURES, '2021-qiantang-pipe.txt'), 'utf8');
const THIS = fs.readFileSync(path.join(FIXTURES, '2022-qiantang-unchained-tab.txt'), 'utf8');
const LAST_URI = 'file:///reports/open/2021.txt';
const THIS_URI = 'file:///reports/open/2022.txt';
/** Last year's 四、结转下年度继续办理 row (0-based), as pipe cells: 自然人 1 … 总计 1. */
const CARRY_OVER_LINE = LAST.split('\n').findIndex((l) => l.startsWith('四、结转下年度继续办理'));

/** The first publication for `uri` after the `after`-th notification that satisfies `match`. */
const publishedFor = (client: LspClient, uri: string, match: (codes: string[]) => boolean, after = 0) => {
  const published = new Set(client.notifications.slice(0, after).map((n) => n.params));
  return client.waitFor(
    'textDocument/publishDiagnostics',
    (p: PublishDiagnosticsParams) => !published.has(p) && p.uri === uri && match(p.diagnostics.map((d) => String(d.code))),
  );
};

describe('checks across years in the language server', { timeout: 30_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    client = await startPushClient(SERVER);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lsp-years-'));
  });

  after(() => {
    client?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('without last year, nothing across years', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: THIS_URI, languageId: 'plaintext', version: 1, text: THIS } });
    const published = await publishedFor(client, THIS_URI, () => true);
    assert.deepEqual(published.diagnostics, []);
  });

  it('opening last year re-checks this year, pointing into last year', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: LAST_URI, languageId: 'plaintext', version: 1, text: LAST } });
    const published = await publishedFor(client, THIS_URI, (codes) => codes.includes('GR403'));
    assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), ['GR403', 'GR404']);
    const carry = published.diagnostics.find((d) => d.code === 'GR403')!;
    assert.deepEqual(
      carry.relatedInformation!.map((r) => [r.location.uri, r.location.range.start.line]),
      [
        [LAST_URI, CARRY_OVER_LINE],
        [LAST_URI, CARRY_OVER_LINE],
      ],
    );
  });

  it('editing last year re-checks this year at once', async () => {
    const fixed = LAST.replace(
      /^四、结转下年度继续办理 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \| 1/m,
      '四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    );
    assert.notEqual(fixed, LAST);
    const before = client.notifications.length;
    await client.notify('textDocument/didChange', {
      textDocument: { uri: LAST_URI, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const published = await publishedFor(client, THIS_URI, () => true, before);
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['GR404'],
    );
  });

  it('last year only on disk, in the same folder', async () => {
    // Open documents come first: close last year's so that only the file on disk is left.
    await client.notify('textDocument/didClose', { textDocument: { uri: LAST_URI } });
    const lastFile = path.join(dir, '钱塘区经科局2021年报.txt');
    fs.writeFileSync(lastFile, LAST);
    const uri = pathToFileURL(path.join(dir, '2022.txt')).toString();
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: THIS } });
    const published = await publishedFor(client, uri, (codes) => codes.includes('GR403'));
    const related = published.diagnostics.find((d) => d.code === 'GR403')!.relatedInformation!;
    assert.equal(related[0].location.uri, pathToFileURL(lastFile).toString());
  });
});

describe('last year elsewhere in the workspace (a folder per year)', { timeout: 30_000 }, () => {
  let client: LspClient;
  let workspace: string;
  let lastFile: string;
  let thisUri: string;

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lsp-workspace-'));
    fs.mkdirSync(path.join(workspace, '2021', '经信局'), { recursive: true });
    fs.mkdirSync(path.join(workspace, '2022'));
    fs.mkdirSync(path.join(workspace, 'node_modules', 'x'), { recursive: true });
    lastFile = path.join(workspace, '2021', '经信局', '年报.txt');
    fs.writeFileSync(lastFile, LAST);
    thisUri = pathToFileURL(path.join(workspace, '2022', '年报.txt')).toString();
    client = await startPushClient(SERVER, { workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'reports' }] });
  });

  after(() => {
    client?.kill();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('finds last year in another folder of the workspace, only on disk', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: thisUri, languageId: 'plaintext', version: 1, text: THIS } });
    const published = await publishedFor(client, thisUri, (codes) => codes.includes('GR403'));
    assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), ['GR403', 'GR404']);
    const related = published.diagnostics.find((d) => d.code === 'GR403')!.relatedInformation!;
    assert.deepEqual(
      related.map((r) => [r.location.uri, r.location.range.start.line]),
      [
        [pathToFileURL(lastFile).toString(), CARRY_OVER_LINE],
        [pathToFileURL(lastFile).toString(), CARRY_OVER_LINE],
      ],
    );
  });

  it('last year changed on disk: this year is checked again', async () => {
    const fixed = LAST.replace(
      /^四、结转下年度继续办理 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \| 1/m,
      '四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    );
    fs.writeFileSync(lastFile, fixed);
    const before = client.notifications.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lastFile).toString(), type: 2 }] });
    const published = await publishedFor(client, thisUri, () => true, before);
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['GR404'],
    );
  });

  it('last year deleted: nothing across years any more', async () => {
    fs.rmSync(lastFile);
    const before = client.notifications.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lastFile).toString(), type: 3 }] });
    const published = await publishedFor(client, thisUri, () => true, before);
    assert.deepEqual(published.diagnostics, []);
  });

  it('a report of last year created in the workspace is found', async () => {
    const created = path.join(workspace, '2021', 'new.txt');
    fs.writeFileSync(created, LAST);
    const before = client.notifications.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(created).toString(), type: 1 }] });
    const published = await publishedFor(client, thisUri, (codes) => codes.includes('GR403'), before);
    assert.equal(
      published.diagnostics.find((d) => d.code === 'GR403')!.relatedInformation![0].location.uri,
      pathToFileURL(created).toString(),
    );
  });
});
