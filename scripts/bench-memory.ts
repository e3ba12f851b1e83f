// Memory of the engine on huge documents (issue 7): each document is written to a temp
// file and linted in a fresh process, which reports its peak resident memory (the
// process's own high-water mark, so every transient counts), the time, and what the
// model held. A tiny report in the same kind of process gives the baseline (Node, tsx
// and the engine's code). Run: npm run bench:memory   (ROWS=N for another size)
//
//   table rows   a report whose table 1 has ROWS extra data rows (default 1,000,000:
//                about 12 MB), the document of the issue
//   prose lines  a report followed by ROWS lines of narrative with dates
//   web page     an HTML page (a report, then ROWS paragraphs), read through the view
//                that maps every character back to the page

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(__dirname, '..');
const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');

function plantAfter(report: string, after: RegExp, extra: string[]): string {
  const lines = report.split('\n');
  const at = lines.findIndex((l) => after.test(l));
  return [...lines.slice(0, at + 1), ...extra, ...lines.slice(at + 1)].join('\n');
}

const DOCUMENTS: Record<string, (rows: number) => string> = {
  'table rows': (rows) => {
    const report = readFileSync(path.join(LAYOUTS, 'tab-clean.txt'), 'utf8');
    return plantAfter(
      report,
      /信息内容/,
      Array.from({ length: rows }, (_, i) => `规章\t${i % 100}\t${i % 7}\t${i % 100}`),
    );
  },
  'prose lines': (rows) => {
    const report = readFileSync(path.join(LAYOUTS, 'tab-clean.txt'), 'utf8');
    return report + '\n' + Array.from({ length: rows }, (_, i) => `第${i}条：2023年${(i % 12) + 1}月${(i % 28) + 1}日公开。`).join('\n');
  },
  'web page': (rows) => {
    const page = readFileSync(path.join(LAYOUTS, 'html-table-clean.txt'), 'utf8');
    const paragraphs = Array.from({ length: rows }, (_, i) => `<p>第${i}条：2023年${(i % 12) + 1}月${(i % 28) + 1}日公开。</p>`);
    return `<html><body><div>${page}</div>\n${paragraphs.join('\n')}</body></html>`;
  },
};

interface Measure {
  chars: number;
  ms: number;
  findings: number;
  peakMB: number;
}

/** In the child: lint the file, print the figures. */
function child(file: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lint } = require('../server/src/engine') as typeof import('../server/src/engine');
  const text = readFileSync(file, 'utf8');
  const start = performance.now();
  const { findings } = lint(text);
  const ms = performance.now() - start;
  const measure: Measure = { chars: text.length, ms, findings: findings.length, peakMB: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(measure));
}

function measure(file: string): Measure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measure;
}

function main(): void {
  const rows = Number(process.env.ROWS) || 1_000_000;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-memory-'));
  try {
    const tiny = path.join(dir, 'tiny.txt');
    writeFileSync(tiny, readFileSync(path.join(LAYOUTS, 'tab-clean.txt'), 'utf8'));
    const base = measure(tiny);
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    console.log(`| document | characters | lint | findings | peak RSS | above the baseline |`);
    console.log(`| --- | --: | --: | --: | --: | --: |`);
    console.log(
      `| a typical report (baseline) | ${fmt(base.chars)} | ${fmt(base.ms)} ms | ${base.findings} | ${fmt(base.peakMB)} MB | — |`,
    );
    for (const [name, build] of Object.entries(DOCUMENTS)) {
      const file = path.join(dir, `${name.replace(/ /g, '-')}.txt`);
      writeFileSync(file, build(rows));
      const m = measure(file);
      console.log(
        `| ${name}, ${fmt(rows)} | ${fmt(m.chars)} | ${fmt(m.ms)} ms | ${fmt(m.findings)} | ${fmt(m.peakMB)} MB | ${fmt(m.peakMB - base.peakMB)} MB |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child(process.argv[3]);
else main();
