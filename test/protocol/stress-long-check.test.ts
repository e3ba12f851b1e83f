// A long check does not hold up the server (issue 7): a large document is checked in
// the server's worker thread, so while it runs, requests for other documents are
// answered, and an edit stops the check of the old version instead of publishing it late.
// Over stdio with the built bundle (dist/server.js and dist/checkWorker.js).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { startServer, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');
const SMALL = fs.readFileSync(path.join(LAYOUTS, 'tab-balance-error.txt'), 'utf8');
const TIMEOUT = { timeout: 120_000 };

/**
 * A web page: a report, then `paragraphs` paragraphs of narrative with dates. Among the
 * slowest content per character (every character read through the view that maps it
 * back to the page), so its check is long: with 300,000 paragraphs (14 MB) about a second of
 * the engine's time (23 Nov), many times what the small report's answers take. The engine got
 * faster round after round (150,000 had taken seconds, then half a second): the size keeps the
 * margin of what this test depends on, that the big check is still running when they come.
 */
function bigPage(paragraphs: number): string {
  const report = fs.readFileSync(path.join(LAYOUTS, 'html-table-clean.txt'), 'utf8');
  const more = Array.from({ length: paragraphs }, (_, i) => `<p>第${i}条：2023年${(i % 12) + 1}月${(i % 28) + 1}日公开。</p>`);
  return `<html><body><div>${report}</div>\n${more.join('\n')}</body></html>`;
}
const BIG = bigPage(300_000);
const BIG_URI = 'file:///reports/big.txt';
const SMALL_URI = 'file:///reports/small.txt';

async function start(capabilities: object): Promise<LspClient> {
  const client = startServer(SERVER);
  // No size limit: the big document is several times the default one.
  const initializationOptions = { settings: { maxDocumentSize: 0 } };
  await client.request('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities, initializationOptions });
  await client.notify('initialized', {});
  return client;
}

/** The big page in the report language, the small report as plain text (detected). */
const open = (client: LspClient, uri: string, text: string) =>
  client.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: uri === BIG_URI ? 'govreport' : 'plaintext', version: 1, text },
  });

/** Replaces the first character of the big document with itself: a new version, the same text. */
const edit = (client: LspClient, version: number) =>
  client.notify('textDocument/didChange', {
    textDocument: { uri: BIG_URI, version },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: BIG[0] }],
  });

const publishedFor = (client: LspClient, uri: string) =>
  client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);

const PUSH = {
  textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

describe('a long check does not hold up the server', () => {
  it('push: another document is checked and answered while a large one is checked; an edit stops the old check', TIMEOUT, async () => {
    const client = await start(PUSH);
    try {
      await open(client, BIG_URI, BIG);
      // The big document's check is under way; now a small one arrives.
      const started = performance.now();
      await open(client, SMALL_URI, SMALL);
      const small = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === SMALL_URI, 20_000);
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: SMALL_URI } });
      await client.request('textDocument/hover', { textDocument: { uri: SMALL_URI }, position: { line: 40, character: 30 } });
      const answeredMs = performance.now() - started;
      assert.ok(small.diagnostics.length > 0, 'the small report was checked');
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'and its outline answered');
      assert.equal(publishedFor(client, BIG_URI).length, 0, `answered in ${answeredMs.toFixed(0)} ms, before the big check ended`);

      // An edit while the check of version 1 runs: version 1 is never published.
      await edit(client, 2);
      const latest = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BIG_URI, 100_000);
      assert.equal(latest.version, 2);
      assert.deepEqual(
        publishedFor(client, BIG_URI).map((n) => n.params.version),
        [2],
        'only the current version is published',
      );
      assert.doesNotMatch(client.stderr(), /failed/);
    } finally {
      client.kill();
    }
  });

  it('pull: another document’s diagnostics are answered during a large check; an edit cancels the old one', TIMEOUT, async () => {
    const client = await start({ textDocument: { diagnostic: {} } });
    try {
      await open(client, BIG_URI, BIG);
      await open(client, SMALL_URI, SMALL);
      let bigDone = false;
      const big = client.request('textDocument/diagnostic', { textDocument: { uri: BIG_URI } }, 100_000).finally(() => (bigDone = true));
      const started = performance.now();
      const small = await client.request('textDocument/diagnostic', { textDocument: { uri: SMALL_URI } });
      const answeredMs = performance.now() - started;
      assert.ok(small.items.length > 0, 'the small report was checked');
      assert.equal(bigDone, false, `answered in ${answeredMs.toFixed(0)} ms, while the big check still ran`);

      await edit(client, 2);
      // The request for version 1 ends with ServerCancelled and asks the client to retrigger.
      await assert.rejects(big, (error: { code?: number; data?: { retriggerRequest?: boolean } }) => {
        assert.equal(error.code, -32802);
        assert.equal(error.data?.retriggerRequest, true);
        return true;
      });
      const again = await client.request('textDocument/diagnostic', { textDocument: { uri: BIG_URI } }, 100_000);
      assert.equal(again.kind, 'full');
      assert.match(again.resultId, /:2$/, 'the report is for version 2');
    } finally {
      client.kill();
    }
  });
});
