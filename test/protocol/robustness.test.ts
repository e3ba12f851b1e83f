// The server under a client that misbehaves or lacks features, over stdio with the built
// bundle: malformed frames (it logs and goes on answering), clients without hierarchical
// symbols or related information, a document above the size limit, and a request
// cancelled while the server waits on the client.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { startServer, withTimeout, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
/** Table 2 out of balance in two columns, table 3 in one: findings with related cells. */
const UNBALANCED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'layouts', 'tab-balance-error.txt'), 'utf8');
const URI = 'file:///reports/unbalanced.txt';
const TIMEOUT = { timeout: 30_000 };

async function initialized(client: LspClient, capabilities: object, initializationOptions: object = {}) {
  await client.request('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities, initializationOptions });
  await client.notify('initialized', {});
}

function open(client: LspClient, text: string, uri = URI, version = 1) {
  return client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
}

describe('malformed frames over stdio', () => {
  const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`) => `${header}\r\n\r\n${body}`;
  const message = (id: number, method: string, params: unknown) => JSON.stringify({ jsonrpc: '2.0', id, method, params });
  const initialize = message(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
  const symbols = message(2, 'textDocument/documentSymbol', { textDocument: { uri: URI } });
  const BAD: Record<string, string> = {
    'no Content-Length': 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}',
    'Content-Length abc': 'Content-Length: abc\r\n\r\n{}',
    'negative Content-Length': 'Content-Length: -5\r\n\r\n{}',
    'Content-Length too short': frame('{"jsonrpc":"2.0","id":9,"method":"x"}', 'Content-Length: 10'),
    'huge Content-Length': 'Content-Length: 99999999999999\r\n\r\n{}',
    'Content-Length longer than the body': 'Content-Length: 100000000\r\n\r\n{}',
    'a body that is not JSON': frame('{"jsonrpc":"2.0", oops}'),
    'garbage without a header end': 'x'.repeat(20_000),
  };

  for (const [name, bad] of Object.entries(BAD)) {
    it(`${name}: logged, and the next message is answered`, TIMEOUT, async () => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const answered = (id: number) =>
        withTimeout(
          new Promise<void>((resolve) => {
            const check = () => (out.includes(`"id":${id},`) || out.includes(`"id":${id}}`) ? resolve() : setTimeout(check, 20));
            check();
          }),
          10_000,
          `answer to request ${id}; stderr: ${err}`,
        );
      try {
        child.stdin.write(frame(initialize));
        await answered(1);
        child.stdin.write(bad);
        child.stdin.write(frame(symbols));
        await answered(2);
        assert.equal(child.exitCode, null, 'the server is alive');
        assert.match(err, /malformed message skipped/);
        assert.equal(err.match(/malformed message skipped/g)!.length, 1, 'one log line per bad frame');
      } finally {
        child.kill();
      }
    });
  }

  it('a report of several MB in one message, written in small pieces', TIMEOUT, async () => {
    const client = startServer(SERVER);
    try {
      await initialized(client, {}, { settings: { maxDocumentSize: 0 } });
      const big = UNBALANCED + '\n' + '（一）主动公开情况。本机关依法主动公开政府信息。\n'.repeat(60_000);
      await open(client, big);
      const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI, 20_000);
      assert.ok(published.diagnostics.length > 0);
      assert.ok(published.diagnostics.every((d: any) => d.code !== 'too-large' && d.code !== 'internal-error'));
    } finally {
      client.kill();
    }
  });
});

describe('client capabilities', () => {
  it('without hierarchical symbols or related information', TIMEOUT, async () => {
    const client = startServer(SERVER);
    try {
      await initialized(client, { textDocument: { publishDiagnostics: {}, documentSymbol: {} } });
      await open(client, UNBALANCED);
      const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI);
      const balance = diagnostics.filter((d: any) => /^GR20[1-4]$/.test(d.code));
      assert.equal(balance.length, 3, 'two GR201 and one GR204');
      for (const d of diagnostics) assert.equal(d.relatedInformation, undefined, `${d.code} carries relatedInformation`);
      // The cells the balance was computed from are named in the message instead: line:column.
      assert.ok(
        balance.some((d: any) => /\n\d+:\d+ /.test(d.message)),
        balance.map((d: any) => d.message).join('\n---\n'),
      );
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
      assert.ok(symbols.length > 3);
      for (const s of symbols) {
        assert.equal(s.children, undefined);
        assert.equal(s.location.uri, URI);
      }
      assert.ok(
        symbols.some((s: any) => s.containerName !== undefined),
        'children name their container',
      );
    } finally {
      client.kill();
    }
  });

  it('with related information: the related cells stay apart from the message', TIMEOUT, async () => {
    const client = startServer(SERVER);
    try {
      await initialized(client, { textDocument: { publishDiagnostics: { relatedInformation: true } } });
      await open(client, UNBALANCED);
      const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI);
      const balance = diagnostics.filter((d: any) => /^GR20[1-4]$/.test(d.code));
      assert.ok(balance.some((d: any) => (d.relatedInformation?.length ?? 0) > 0));
      for (const d of balance) assert.doesNotMatch(d.message, /\n\d+:\d+ /);
    } finally {
      client.kill();
    }
  });
});

describe('size limit and cancellation', () => {
  it('a document above govreport.maxDocumentSize gets one information notice', TIMEOUT, async () => {
    const client = startServer(SERVER);
    try {
      await initialized(client, {}, { settings: { maxDocumentSize: 1000 } });
      await open(client, UNBALANCED);
      const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'too-large');
      assert.equal(diagnostics[0].severity, 3);
      assert.match(diagnostics[0].message, /govreport\.maxDocumentSize/);
      // A smaller document in the same session is checked as usual.
      await open(client, '无关的短文本', 'file:///reports/short.txt');
      const short = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///reports/short.txt');
      assert.ok(short.diagnostics.every((d: any) => d.code !== 'too-large'));
    } finally {
      client.kill();
    }
  });

  it('a code action request cancelled while the server waits for settings answers RequestCancelled', TIMEOUT, async () => {
    const client = startServer(SERVER);
    try {
      await initialized(client, { workspace: { configuration: true } });
      await open(client, UNBALANCED);
      await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === URI);
      // Settings are cached per document; a configuration change makes the next request ask again.
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const source = new CancellationTokenSource();
      client.configuration = () =>
        new Promise((resolve) => {
          source.cancel();
          setTimeout(() => resolve(null), 100);
        });
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const answer = client.request(
        'textDocument/codeAction',
        { textDocument: { uri: URI }, range: whole, context: { diagnostics: [], only: ['source.fixAll.govreport'] } },
        10_000,
        source.token,
      );
      await assert.rejects(answer, (error: { code?: number }) => error.code === -32800);
      // The server goes on answering.
      client.configuration = () => null;
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
      assert.ok(symbols.length > 0);
    } finally {
      client.kill();
    }
  });
});
