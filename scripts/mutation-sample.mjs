// Prints a `--mutate` list for StrykerJS: a seeded random sample of the engine's code lines
// (`SAMPLE_LINES`, default 150; `SAMPLE_SEED`, default 1). Mutation testing the whole engine
// takes hours on a loaded 2-core machine; the mutants of a random sample of lines estimate
// its score (a ratio estimate over whole lines, with its margin) in minutes. Mutants that
// span several lines (a whole block, a whole object) are outside every one-line range and
// so left out of the sample; they are among the easiest to kill, so the estimate errs low.
//
//   npx stryker run --mutate "$(node scripts/mutation-sample.mjs)"
//   node scripts/mutation-sample.mjs --score reports/mutation/mutation.json

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { draw, isCodeLine } from './mutation-lines.mjs';

const ROOT = 'server/src/engine';
const LINES = Number(process.env.SAMPLE_LINES ?? 150);
const SEED = Number(process.env.SAMPLE_SEED ?? 1);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') && relative(ROOT, path) !== 'types.ts' ? [path] : [];
  });
}

/** Lines that can hold a mutant: not blank, not only a comment, an import or a bracket. */
function codeLines() {
  const out = [];
  for (const file of files(ROOT).sort()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      const t = text.trim();
      if (!isCodeLine(t)) return;
      out.push({ file, line: i + 1 });
    });
  }
  return out;
}

function sample() {
  const all = codeLines();
  return draw(all, LINES, SEED);
}

if (process.argv[2] === '--score') {
  // The sample's score from a Stryker JSON report: only mutants within the sampled lines.
  const report = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const wanted = new Set(sample().map((s) => `${s.file}:${s.line}`));
  const count = { killed: 0, survived: 0 };
  const perLine = new Map();
  for (const [file, result] of Object.entries(report.files)) {
    for (const m of result.mutants) {
      const { start, end } = m.location;
      if (start.line !== end.line || !wanted.has(`${file}:${start.line}`)) continue;
      if (m.status === 'Ignored' || m.status === 'CompileError' || m.status === 'RuntimeError') continue;
      const detected = m.status === 'Killed' || m.status === 'Timeout';
      count[detected ? 'killed' : 'survived']++;
      const key = `${file}:${start.line}`;
      const c = perLine.get(key) ?? [0, 0];
      c[0] += detected ? 1 : 0;
      c[1] += 1;
      perLine.set(key, c);
    }
  }
  const lines = perLine.size;
  // Ratio estimator over lines (clusters) with its standard error.
  const n = count.killed + count.survived;
  const r = count.killed / n;
  const mean = n / lines;
  let s2 = 0;
  for (const [k, t] of perLine.values()) s2 += (k - r * t) ** 2;
  const se = Math.sqrt(s2 / (lines - 1) / lines) / mean;
  console.log(
    `sample: ${wanted.size} lines (${lines} with mutants), ${n} mutants, ${count.killed} detected, ${count.survived} survived or not covered: ` +
      `${(100 * r).toFixed(2)}% ± ${(196 * se).toFixed(2)} (95%)`,
  );
} else {
  console.log(
    sample()
      .map((s) => `${s.file}:${s.line}-${s.line}`)
      .join(','),
  );
}
