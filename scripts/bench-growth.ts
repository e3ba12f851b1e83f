// Linear growth to 16 MB in every layout family the reader handles (issue 11): one report
// (seed 000) as each family writes it, the whole report repeated to about 1, 2, 4, 8 and
// 16 MB (or, with --narrative, its 一、总体情况 narrative repeated in place), and linted. The time is the process's CPU time
// (user + system, best of a few runs), not wall time: other jobs share these machines, and
// CPU time is what a lint costs whatever the load. Linear growth: 16 MB takes about 16× the
// time of 1 MB.
//
// Run: npm run bench:growth   (npm run bench prints the same rows; --quick: 1, 4 and 16 MB)

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint } from '../server/src/engine';

const ROOT = path.resolve(__dirname, '..');
const MB = 1024 * 1024;

/** Each family the reader handles, by a committed rendering of seed 000. */
export const FAMILIES: { family: string; file: string }[] = [
  { family: 'TAB text (the report as written)', file: 'test/fixtures/seeds/000_83736ae7aacb97e3.txt' },
  { family: 'TAB text (Word saved as text)', file: 'test/fixtures/rendered/docx-text/000_83736ae7aacb97e3.txt' },
  { family: 'PDF text (pdftotext -layout)', file: 'test/fixtures/rendered/pdftotext/000_83736ae7aacb97e3.txt' },
  { family: 'PDF text (pdf.js)', file: 'test/fixtures/rendered/pdfjs/000_83736ae7aacb97e3.txt' },
  { family: 'Markdown (turndown)', file: 'test/fixtures/rendered/markdown/000_83736ae7aacb97e3.md' },
  { family: 'web text, cells spaced (one line)', file: 'test/fixtures/rendered/web-spaced/000_83736ae7aacb97e3.txt' },
  { family: 'web text, cells run together (one line)', file: 'test/fixtures/rendered/web-run/000_83736ae7aacb97e3.txt' },
  { family: 'HTML page', file: 'test/fixtures/rendered/html/000_83736ae7aacb97e3.html' },
];

/**
 * The text grown to about `bytes` by repeating its overview narrative: from the end of the
 * 一、总体情况 heading (its line, when the family has lines) to the start of 二、主动公开.
 * A web page flattened onto one line grows that one line.
 */
export function grow(text: string, bytes: number): string {
  const heading = /一、\s*(?:政府信息公开(?:工作)?)?总体情况/.exec(text);
  if (!heading) throw new Error('no 一、总体情况 heading');
  let from = heading.index + heading[0].length;
  const eol = text.indexOf('\n', from);
  if (eol >= 0 && eol - from < 200) from = eol + 1;
  const next = /二、\s*主动公开/g;
  next.lastIndex = from;
  const two = next.exec(text);
  if (!two) throw new Error('no 二、主动公开 heading');
  const lineStart = text.lastIndexOf('\n', two.index) + 1;
  const to = lineStart > from ? lineStart : two.index;
  const narrative = text.slice(from, to);
  const base = Buffer.byteLength(text, 'utf8');
  const copies = Math.max(1, Math.round((bytes - base) / Buffer.byteLength(narrative, 'utf8')) + 1);
  return text.slice(0, from) + narrative.repeat(copies) + text.slice(to);
}

/** The whole report written `bytes / size` times over, one after another: tables, labels and all. */
export function repeat(text: string, bytes: number): string {
  const copies = Math.max(1, Math.round(bytes / Buffer.byteLength(text + '\n', 'utf8')));
  return `${text}\n`.repeat(copies);
}

/** CPU milliseconds (user + system) of fn, best of `runs`. */
export function cpuMs(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** One row per family: time at each size, and 16 MB / 1 MB (linear: 16). */
export function growthRows(quick = false, how: 'narrative' | 'report' = 'report'): [string, string][] {
  const sizes = quick ? [1, 4, 16] : [1, 2, 4, 8, 16];
  const rows: [string, string][] = [];
  for (const { family, file } of FAMILIES) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const times: number[] = [];
    for (const mb of sizes) {
      const doc = how === 'report' ? repeat(text, mb * MB) : grow(text, mb * MB);
      // The smallest size is linted twice untimed first, so its time is not the compiler's.
      if (mb === sizes[0]) cpuMs(() => lint(doc), 2);
      times.push(cpuMs(() => lint(doc), mb >= 8 ? 1 : quick ? 2 : 3));
    }
    const ratio = times[times.length - 1] / times[0];
    rows.push([
      `growth, ${family}: ${sizes.map((s) => `${s} MB`).join(' / ')} (CPU ms; linear: 16 MB ≈ 16× 1 MB)`,
      `${times.map((t) => fmt(t)).join(' / ')} ms · 16 MB = ${fmt(ratio, 1)}× 1 MB`,
    ]);
  }
  return rows;
}

if (require.main === module) {
  const how = process.argv.includes('--narrative') ? 'narrative' : 'report';
  const rows = growthRows(process.argv.includes('--quick'), how);
  console.log(['| measure | result |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
}
