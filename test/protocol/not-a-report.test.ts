// Text that is not a report gets no diagnostics through the server (issue 7 §3), as an
// editor other than VS Code sends it: plain text and Markdown, push and pull. Prose,
// notes about the 年报, a CSV, code, other reports sharing headings (法治政府建设情况报告),
// and fast-check's generated non-reports (test/fuzz/properties.ts). The same server then
// checks a real report sent the same way, so the test fails if the server checks
// nothing at all.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { notAReport } from '../fuzz/properties';
import { startServer, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const read = (...parts: string[]) => fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');
const TIMEOUT = { timeout: 120_000 };
/** Generated documents per run; `npm run test:fuzz` raises it with FUZZ_RUNS. */
const GENERATED = Number(process.env.FUZZ_RUNS) || 60;

const REPORT = read('layouts', 'tab-balance-error.txt');

function documents(): { name: string; text: string }[] {
  const fixed = [
    { name: 'notes mentioning the 年报', text: read('cli', 'not-reports', 'meeting-notes.txt') },
    { name: 'a README titled with 年报', text: read('cli', 'not-reports', 'README.md') },
    { name: '法治政府建设情况报告', text: read('cli', 'not-reports', 'fazhi-2023.txt') },
    { name: '法治政府建设情况报告, untitled draft', text: read('cli', 'not-reports', 'fazhi-2023-draft-untitled.txt') },
    { name: 'code', text: fs.readFileSync(__filename, 'utf8') },
    {
      name: 'a CSV of dates',
      text: ['编号,数量,日期', ...Array.from({ length: 300 }, (_, i) => `${i},${i * 7},2023年${(i % 12) + 1}月${(i % 28) + 1}日`)].join(
        '\n',
      ),
    },
    { name: 'empty', text: '' },
    { name: 'only line breaks', text: '\r\n'.repeat(50) },
  ];
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 7;
  const generated = fc.sample(notAReport, { numRuns: GENERATED, seed }).map((text, i) => ({ name: `generated #${i}`, text }));
  return [...fixed, ...generated];
}

async function start(capabilities: object): Promise<LspClient> {
  const client = startServer(SERVER);
  await client.request('initialize', { processId: process.pid, rootUri: null, locale: 'zh-cn', capabilities });
  await client.notify('initialized', {});
  return client;
}

const LANGUAGES = ['plaintext', 'markdown'];

const open = (client: LspClient, uri: string, text: string, languageId: string) =>
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });

describe('text that is not a report gets no diagnostics from the server', () => {
  it('push: nothing published, no outline, no fix-all', TIMEOUT, async () => {
    const client = await start({ textDocument: { publishDiagnostics: { versionSupport: true } } });
    try {
      const docs = documents();
      for (const [i, { name, text }] of docs.entries()) {
        const uri = `file:///notes/${i}.txt`;
        const languageId = LANGUAGES[i % LANGUAGES.length];
        await open(client, uri, text, languageId);
        const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 20_000);
        assert.deepEqual(published.diagnostics, [], `${name} (${languageId}): ${JSON.stringify(text.slice(0, 120))}`);
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        assert.deepEqual(symbols, [], `${name}: no outline`);
        const actions = await client.request('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll'] },
        });
        assert.deepEqual(actions, [], `${name}: no fix-all`);
        await client.notify('textDocument/didClose', { textDocument: { uri } });
      }
      // The control: a report sent the same way is checked.
      await open(client, 'file:///notes/report.txt', REPORT, 'plaintext');
      const report = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///notes/report.txt', 20_000);
      assert.ok(report.diagnostics.length > 0, 'a report in plain text is checked');
    } finally {
      client.kill();
    }
  });

  it('pull: every report is empty', TIMEOUT, async () => {
    const client = await start({ textDocument: { diagnostic: {} } });
    try {
      for (const [i, { name, text }] of documents().entries()) {
        const uri = `file:///notes/${i}.md`;
        await open(client, uri, text, LANGUAGES[(i + 1) % LANGUAGES.length]);
        const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
        assert.deepEqual(report.items, [], `${name}: ${JSON.stringify(text.slice(0, 120))}`);
        await client.notify('textDocument/didClose', { textDocument: { uri } });
      }
      await open(client, 'file:///notes/report.md', REPORT, 'markdown');
      const report = await client.request('textDocument/diagnostic', { textDocument: { uri: 'file:///notes/report.md' } });
      assert.ok(report.items.length > 0, 'a report in Markdown is checked');
    } finally {
      client.kill();
    }
  });
});
