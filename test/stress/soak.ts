// An editing session far rougher than a clerk's, against the built server over stdio:
// thousands of incremental edits across several reports, code-action and outline requests
// (some cancelled at once), documents closed while their check is pending and opened
// again, and malformed frames in between. Measures the server's resident memory as it
// goes, and checks at the end that it is alive and that the diagnostics it published
// last for each document are the engine's findings on that document's final text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint, looksLikeReport } from '../../server/src/engine';
import { startServer } from '../protocol/lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const LAYOUTS = [
  'tab-balance-error.txt',
  'markdown-clean.txt',
  'html-table-clean.txt',
  'pipe-balance-error.txt',
  'cell-per-line-clean.txt',
];

export interface SoakResult {
  edits: number;
  documents: number;
  requests: number;
  cancelled: number;
  closes: number;
  malformed: number;
  seconds: number;
  /** Resident memory of the server in MB: after opening, then every `sampleEvery` edits, at the end. */
  rss: number[];
  sampleEvery: number;
}

/** The server's resident set size in MB (Linux /proc). */
function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const MALFORMED = [
  'Content-Length: abc\r\n\r\n{}',
  'Content-Length: -1\r\n\r\n',
  '{"no":"header"}\r\n\r\n',
  'Content-Length: 3\r\n\r\n{"jsonrpc"',
];

export async function soak(edits: number, sampleEvery = Math.max(100, Math.floor(edits / 10)), seed = 42): Promise<SoakResult> {
  const rnd = random(seed);
  const client = startServer(SERVER);
  const pid = client.pid!;
  const started = performance.now();
  const result: SoakResult = {
    edits,
    documents: LAYOUTS.length,
    requests: 0,
    cancelled: 0,
    closes: 0,
    malformed: 0,
    seconds: 0,
    rss: [],
    sampleEvery,
  };
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-cn',
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await client.notify('initialized', {});
    const docs = LAYOUTS.map((name, i) => {
      const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'layouts', name), 'utf8');
      // Half in the report language (always checked), half plain text (checked while the
      // server's detection takes it for a report, which random edits may end).
      const languageId = i % 2 === 0 ? 'govreport' : 'plaintext';
      return { doc: TextDocument.create(`file:///soak/${i}-${name}`, languageId, 1, text), open: true };
    });
    for (const { doc } of docs) {
      await client.notify('textDocument/didOpen', {
        textDocument: { uri: doc.uri, languageId: doc.languageId, version: doc.version, text: doc.getText() },
      });
    }
    result.rss.push(rssMB(pid));
    const DIGITS = '0123456789';
    for (let i = 1; i <= edits; i++) {
      const entry = docs[Math.floor(rnd() * docs.length)];
      if (!entry.open) {
        entry.doc = TextDocument.create(entry.doc.uri, entry.doc.languageId, entry.doc.version + 1, entry.doc.getText());
        await client.notify('textDocument/didOpen', {
          textDocument: { uri: entry.doc.uri, languageId: entry.doc.languageId, version: entry.doc.version, text: entry.doc.getText() },
        });
        entry.open = true;
      }
      const { doc } = entry;
      const text = doc.getText();
      const at = Math.floor(rnd() * (text.length + 1));
      const remove = rnd() < 0.5 ? 0 : Math.min(text.length - at, 1 + Math.floor(rnd() * 3));
      const insert = rnd() < 0.7 ? DIGITS[Math.floor(rnd() * 10)] : rnd() < 0.5 ? '\t' : '\n';
      const range = { start: doc.positionAt(at), end: doc.positionAt(at + remove) };
      entry.doc = TextDocument.update(doc, [{ range, text: insert }], doc.version + 1);
      await client.notify('textDocument/didChange', {
        textDocument: { uri: doc.uri, version: entry.doc.version },
        contentChanges: [{ range, text: insert }],
      });
      if (i % 10 === 0) {
        // A code action as a cursor move asks for it, half of them cancelled at once.
        const source = new CancellationTokenSource();
        const whole = { start: { line: 0, character: 0 }, end: entry.doc.positionAt(entry.doc.getText().length) };
        const answer = client.request(
          'textDocument/codeAction',
          { textDocument: { uri: doc.uri }, range: whole, context: { diagnostics: [] } },
          30_000,
          source.token,
        );
        if (rnd() < 0.5) source.cancel();
        result.requests++;
        await answer.catch((error: { code?: number }) => {
          assert.equal(error.code, -32800, `code action failed: ${String(error)}`);
          result.cancelled++;
        });
      }
      if (i % 25 === 0) {
        result.requests++;
        await client.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri } }, 30_000);
        // No message is being written now: a malformed frame cannot split a good one.
        client.writeRaw(MALFORMED[result.malformed++ % MALFORMED.length]);
      }
      if (i % 97 === 0) {
        // Closed while its check is pending (the last edit's debounce has not run).
        await client.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
        entry.open = false;
        result.closes++;
      }
      if (i % sampleEvery === 0) result.rss.push(rssMB(pid));
    }
    // The last diagnostics for each open document are the engine's on its final text.
    for (const { doc, open } of docs) {
      if (!open) continue;
      const published = await client.waitFor(
        'textDocument/publishDiagnostics',
        (p) => p.uri === doc.uri && p.version === doc.version,
        30_000,
      );
      const checked = doc.languageId === 'govreport' || looksLikeReport(doc.getText());
      const expected = (checked ? lint(doc.getText(), { locale: 'zh' }).findings : []).map(
        (f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`,
      );
      const got = (published.diagnostics as Diagnostic[]).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
      assert.deepEqual(got, expected, `${doc.uri}: published diagnostics differ from the engine's`);
    }
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: docs[0].doc.uri } });
    assert.ok(Array.isArray(symbols), 'the server still answers');
    result.rss.push(rssMB(pid));
    result.seconds = (performance.now() - started) / 1000;
    const code = await client.close();
    assert.equal(code, 0, `server exit code ${code}; stderr: ${client.stderr().slice(-500)}`);
    return result;
  } catch (error) {
    client.kill();
    throw error;
  }
}
