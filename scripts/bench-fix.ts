// Fix-all on documents full of blank cells (issue 7: a 21 KB report with 7,001 blank
// cells took 4.9 s, 75 KB 121 s). The documents: seed 004 with table 2's cells blanked and
// its rows repeated until the text reaches the size asked, so that nearly every finding
// is a GR103 with a figure fix. Times are medians of three runs, in ms:
//   lint            — parse and check (what the server does on every edit)
//   fix-all         — the default: text fixes only, reusing that lint for its first pass
//   fix-all figures — `figures: true`, every blank filled with 0 (one pass of 7,000+ fixes)
//   LSP edits       — the same as minimal edits against the input
// Run: npm run bench:fix [-- --engine <dir>] (another engine, e.g. an older checkout).

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(__dirname, '..');
const at = process.argv.indexOf('--engine');
const enginePath = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(ROOT, 'server/src/engine');

async function main(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the engine under test is chosen at run time
  const engine = require(enginePath) as typeof import('../server/src/engine');
  const seed = readFileSync(path.join(ROOT, 'test/fixtures/seeds/004_3a76839b33e1ea7f.txt'), 'utf8');
  const model = engine.parse(seed);
  const table = model.tables.find((t) => t.id === 2)!;
  const start = model.source.lineStarts[table.firstLine];
  const end = model.source.lineStarts[table.lastLine + 1];
  const block = seed.slice(start, end).replace(/\t0(?=[\t\n])/g, '\t');
  const document = (kb: number) => {
    let rows = block;
    while (Buffer.byteLength(seed, 'utf8') - (end - start) + Buffer.byteLength(rows, 'utf8') < kb * 1024) rows += block;
    return seed.slice(0, start) + rows + seed.slice(end);
  };
  const median = (f: () => void) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      f();
      times.push(performance.now() - t);
    }
    return Math.round(times.sort((a, b) => a - b)[1]);
  };
  console.log('| document | blank cells | lint | fix-all | fix-all figures | LSP edits (figures) |');
  console.log('| --- | --: | --: | --: | --: | --: |');
  for (const kb of [21, 75, 300]) {
    const text = document(kb);
    const result = engine.lint(text);
    const blanks = result.findings.filter((f) => f.code === 'GR103').length;
    const lint = median(() => engine.lint(text));
    const fix = median(() => engine.fixAll(text, { from: result } as never));
    const figures = median(() => engine.fixAll(text, { figures: true } as never));
    const edits = median(() => engine.fixAllEdits(text, { figures: true } as never));
    console.log(`| ${Math.round(Buffer.byteLength(text) / 1024)} KB | ${blanks} | ${lint} | ${fix} | ${figures} | ${edits} |`);
  }
}

void main();
