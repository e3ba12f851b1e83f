// The language server over stdio (dist/server.js: npm run build first), as an editor
// without pull diagnostics sees it: keystroke → published diagnostics, p50/p95, debounce
// included, on a typical report and on 1 MB; then the server's RSS after 10,000 edits.
// npm run bench prints the same rows. Run alone: npm run bench:server
// Options: --quick (fewer samples); --server=PATH (another built server, to compare).

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../test/protocol/lspClient';

const ROOT = path.resolve(__dirname, '..');

/** An example grown to about `targetBytes` by repeating its 一、总体情况 narrative. */
export function largeDocument(text: string, targetBytes: number): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*一、/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\s*二、/.test(l));
  if (start < 0 || end < 0) throw new Error('example without sections 一 and 二');
  const narrative = lines.slice(start + 1, end).join('\n') + '\n';
  const base = Buffer.byteLength(text, 'utf8');
  const copies = Math.max(1, Math.round((targetBytes - base) / Buffer.byteLength(narrative, 'utf8')));
  return [...lines.slice(0, start + 1), narrative.repeat(copies), ...lines.slice(end)].join('\n');
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** RSS in MB of a process, from /proc (Linux). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * Keystroke → publishDiagnostics through dist/server.js --stdio, as an editor without
 * pull diagnostics sees it: one character typed at the end of the narrative, a pause
 * longer than any debounce, repeat; the time runs from sending didChange to receiving
 * the diagnostics for that version. Then 10,000 edits without pauses, and the RSS.
 */
export async function serverLatency(typical: string, large: string, quick: boolean): Promise<[string, string][]> {
  const serverArg = process.argv.find((a) => a.startsWith('--server='));
  const serverPath = serverArg ? path.resolve(serverArg.slice('--server='.length)) : path.join(ROOT, 'dist', 'server.js');
  const client = startServer(serverPath);
  const rows: [string, string][] = [];
  try {
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await client.notify('initialized', {});
    let n = 0;
    const measure = async (label: string, text: string, samples: number, pauseMs: number) => {
      const uri = `file:///bench/${++n}.txt`;
      let version = 1;
      const published = (v: number) =>
        client.waitFor(
          'textDocument/publishDiagnostics',
          (p: { uri: string; version?: number }) => p.uri === uri && p.version === v,
          60_000,
        );
      const first = published(version);
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
      await first;
      const insertAt = text.split('\n').findIndex((l) => /^\s*二、/.test(l)) - 1;
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        version++;
        const done = published(version);
        const start = performance.now();
        await client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: insertAt, character: 0 }, end: { line: insertAt, character: 0 } }, text: '。' }],
        });
        await done;
        times.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
      client.notifications.length = 0;
      rows.push([
        `keystroke → published diagnostics, ${label} (stdio, debounce included)`,
        `p50 ${fmt(percentile(times, 50), 1)} ms · p95 ${fmt(percentile(times, 95), 1)} ms`,
      ]);
      return uri;
    };
    const uri = await measure(
      `typical report (${fmt(Buffer.byteLength(typical) / 1024)} KB; target p95 ≤ 20 ms)`,
      typical,
      quick ? 20 : 100,
      300,
    );
    await measure(`1 MB (target p95 ≤ 100 ms)`, large, quick ? 5 : 30, 600);
    // 10,000 edits on the typical report, as fast as the pipe takes them.
    const edits = 10_000;
    for (let i = 0; i < edits; i++) {
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version: 10_000 + i },
        // Typing a character and deleting it again, so the text stays the same size.
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: i % 2 } }, text: i % 2 ? '' : '。' }],
      });
      if (i % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: { uri: string; version?: number }) => p.uri === uri && p.version === 10_000 + edits - 1,
      60_000,
    );
    client.notifications.length = 0;
    const pid = client.pid;
    rows.push([`server RSS after ${fmt(edits, 0)} edits (target ≤ 100 MB)`, pid ? `${fmt(rssOf(pid), 0)} MB` : 'n/a']);
    await client.close();
  } finally {
    client.kill();
  }
  return rows;
}

if (require.main === module) {
  // The bench's typical report and its 1 MB document, as npm run bench builds them.
  const examples = path.join(ROOT, 'examples');
  const read = (name: string) => readFileSync(path.join(examples, name), 'utf8');
  const typical = read('嘉善县科学技术局2022年政府信息公开工作年度报告.txt');
  const seed = read('金乡县科学技术局2023年政府信息公开工作年度报告.txt');
  serverLatency(typical, largeDocument(seed, 1024 * 1024), process.argv.includes('--quick')).then(
    (rows) => console.log(['| measure | result |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
