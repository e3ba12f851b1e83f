// How the server answers while a long check runs (issue 7): a large web page (a report,
// then PARAGRAPHS paragraphs) is opened in the report language, and while it is checked
// in the worker a small report is opened and its outline, hover and diagnostics asked
// for. Measures each answer's latency next to the big check's duration, then edits the
// big document mid-check and checks that only the new version is published.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../protocol/lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');

export interface LongCheckResult {
  bigChars: number;
  /** Open → the big document's diagnostics published (the check, in the worker). */
  bigCheckMs: number;
  /** Open of the small report → its diagnostics published, then outline, then hover answered. */
  smallPublishMs: number;
  smallSymbolsMs: number;
  smallHoverMs: number;
  /** Whether all of those came before the big check ended. */
  answeredDuringCheck: boolean;
  /** Versions of the big document published after an edit in the middle of its check. */
  publishedAfterEdit: number[];
}

export async function longCheck(paragraphs = 150_000): Promise<LongCheckResult> {
  const report = readFileSync(path.join(LAYOUTS, 'html-table-clean.txt'), 'utf8');
  const more = Array.from({ length: paragraphs }, (_, i) => `<p>第${i}条：2023年${(i % 12) + 1}月${(i % 28) + 1}日公开。</p>`);
  const big = `<html><body><div>${report}</div>\n${more.join('\n')}</body></html>`;
  const small = readFileSync(path.join(LAYOUTS, 'tab-balance-error.txt'), 'utf8');
  const client = startServer(SERVER);
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
      initializationOptions: { settings: { maxDocumentSize: 0 } },
    });
    await client.notify('initialized', {});
    const open = (uri: string, text: string, languageId: string) =>
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const published = (uri: string, version: number, timeoutMs = 600_000) =>
      client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, timeoutMs);

    // 1. The big check alone, then the small requests during a second check of it.
    const t0 = performance.now();
    await open('file:///big.html', big, 'govreport');
    await published('file:///big.html', 1);
    const bigCheckMs = performance.now() - t0;

    await client.notify('textDocument/didClose', { textDocument: { uri: 'file:///big.html' } });
    await open('file:///big2.html', big, 'govreport');
    let bigDone = false;
    // Version 1 is superseded below and never published: this wait ends by its timeout.
    published('file:///big2.html', 1, 2 * bigCheckMs).then(
      () => (bigDone = true),
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    let t = performance.now();
    await open('file:///small.txt', small, 'plaintext');
    await published('file:///small.txt', 1);
    const smallPublishMs = performance.now() - t;
    t = performance.now();
    await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///small.txt' } });
    const smallSymbolsMs = performance.now() - t;
    t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: 'file:///small.txt' }, position: { line: 40, character: 30 } });
    const smallHoverMs = performance.now() - t;
    const answeredDuringCheck = !bigDone;

    // 2. An edit in the middle of a check: the old version is never published.
    await client.notify('textDocument/didChange', {
      textDocument: { uri: 'file:///big2.html', version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: big[0] }],
    });
    await published('file:///big2.html', 2);
    const publishedAfterEdit = client.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === 'file:///big2.html')
      .map((n) => n.params.version as number);
    return {
      bigChars: big.length,
      bigCheckMs,
      smallPublishMs,
      smallSymbolsMs,
      smallHoverMs,
      answeredDuringCheck,
      publishedAfterEdit,
    };
  } finally {
    client.kill();
  }
}
