// Linear growth to 16 MB in every layout family the reader handles (issue 11): one report
// (seed 000) as each family writes it, the whole report repeated to about 1, 2, 4, 8 and
// 16 MB (or, with --narrative, its 一、总体情况 narrative repeated in place), and linted. The time is the process's CPU time
// (user + system, best of a few runs), not wall time: other jobs share these machines, and
// CPU time is what a lint costs whatever the load. Linear growth: 16 MB takes about 16× the
// time of 1 MB.
//
// Measured the same way at every size, on the engine as it ships: each family in a fresh
// process of its own (the bench's process holds other sections' documents, which the 16 MB
// lint's collections had to walk), the engine bundled as dist/ has it (through tsx, 16 MB of
// pdf.js text took ~930 ms against ~620 bundled), warmed by 500 lints of the report as it is,
// and at each size one lint untimed before the timed ones. Until 23 Nov the smallest size alone had been linted first and timed best of
// three, and 8 and 16 MB timed once, cold: the first lint at a size also pays for the heap's
// growth to it (fresh pages from the system: 60–105 ms of system time at 16 MB, ≤ 8 ms at 1 MB),
// which a 1 MB row never paid.
//
// Run: npm run bench:growth   (npm run bench prints the same rows; --quick: 1, 4 and 16 MB)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bundleEngine } from './shipped-engine';

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

/** Lints of the report as it is before any size is timed. */
const WARM_LINTS = 500;

/** One family's CPU ms at each size, in this process, linting with `lint`. */
function familyTimes(
  lint: (text: string) => unknown,
  file: string,
  sizes: number[],
  how: 'narrative' | 'report',
  quick: boolean,
): number[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  // The engine warmed on the report itself first, as a server or a folder's run has it: in a
  // fresh process the first sizes would otherwise be timed before V8 has optimised the engine.
  for (let i = 0; i < WARM_LINTS; i++) lint(text);
  return sizes.map((mb) => {
    const doc = how === 'report' ? repeat(text, mb * MB) : grow(text, mb * MB);
    // Once untimed at every size: the compiler's work and the heap's growth to the size.
    cpuMs(() => lint(doc), 1);
    return cpuMs(() => lint(doc), mb >= 8 || quick ? 2 : 3);
  });
}

/** One row per family: time at each size, and 16 MB / 1 MB (linear: 16). */
export function growthRows(quick = false, how: 'narrative' | 'report' = 'report'): [string, string][] {
  const sizes = quick ? [1, 4, 16] : [1, 2, 4, 8, 16];
  const dir = mkdtempSync(path.join(tmpdir(), 'grl-growth-'));
  const engine = path.join(dir, 'engine.js');
  bundleEngine(engine);
  const rows: [string, string][] = [];
  try {
    for (const { family, file } of FAMILIES) {
      // A fresh process per family (this file again, with --child).
      const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child', engine, file, how, quick ? 'quick' : 'full'], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(`growth of ${family}: ${child.stderr}`);
      const times = JSON.parse(child.stdout) as number[];
      const ratio = times[times.length - 1] / times[0];
      // From 2 MB as well: the 1 MB lint carries the most of what does not grow with the text.
      const fromTwo = sizes.includes(2) ? ` · 16 MB = ${fmt(times[times.length - 1] / times[sizes.indexOf(2)], 1)}× 2 MB (linear: 8×)` : '';
      rows.push([
        `growth, ${family}: ${sizes.map((s) => `${s} MB`).join(' / ')} (CPU ms; linear: 16 MB ≈ 16× 1 MB)`,
        `${times.map((t) => fmt(t)).join(' / ')} ms · 16 MB = ${fmt(ratio, 1)}× 1 MB${fromTwo}`,
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (require.main === module) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) {
    const [engine, file, how, quick] = process.argv.slice(at + 1);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built at run time
    const { lint } = require(engine) as typeof import('../server/src/engine');
    const sizes = quick === 'quick' ? [1, 4, 16] : [1, 2, 4, 8, 16];
    process.stdout.write(JSON.stringify(familyTimes(lint, file, sizes, how as 'narrative' | 'report', quick === 'quick')));
  } else {
    const how = process.argv.includes('--narrative') ? 'narrative' : 'report';
    const rows = growthRows(process.argv.includes('--quick'), how);
    console.log(['| measure | result |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
  }
}
