// Prints a `--mutate` list for StrykerJS: a seeded random sample of the engine's code lines
// added or changed since a commit (`git diff -U0 BASE..HEAD_REF -- server/src/engine`, new line
// numbers), so a mutation run checks that the tests notice wrong answers in new code.
// The line filter and draw of scripts/mutation-sample.mjs (scripts/mutation-lines.mjs): not blank, not only a
// comment, an import or brackets; mulberry32 with `SAMPLE_SEED` (default 1), a partial
// Fisher–Yates for `SAMPLE_LINES` (default 90) lines.
//
//   node scripts/mutation-diff-sample.mjs cef527b main > LIST
//   npx stryker run --mutate "$(cat LIST)"
//
// test/mutation/session-sample.txt is issue 11's sample: `cef527b 80ca780` (784 changed code
// lines, 90 drawn, seed 1); its line numbers are those of 80ca780 and drift as the files change.

import { execFileSync } from 'node:child_process';
import { draw, isCodeLine } from './mutation-lines.mjs';

const [base = 'cef527b', head = 'HEAD'] = process.argv.slice(2);
const LINES = Number(process.env.SAMPLE_LINES ?? 90);
const SEED = Number(process.env.SAMPLE_SEED ?? 1);

function changedCodeLines() {
  const diff = execFileSync('git', ['diff', '-U0', `${base}..${head}`, '--', 'server/src/engine'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const out = [];
  let file = null;
  let line = 0;
  for (const text of diff.split('\n')) {
    if (text.startsWith('+++ ')) {
      file = text === '+++ /dev/null' ? null : text.slice(6);
      continue;
    }
    const hunk = /^@@ -\S+ \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (!file || !text.startsWith('+')) continue;
    const t = text.slice(1).trim();
    const n = line++;
    if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file === 'server/src/engine/types.ts') continue;
    if (!isCodeLine(t)) continue;
    out.push({ file, line: n });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

const all = changedCodeLines();
const picked = draw(all, LINES, SEED);
console.error(`${all.length} changed code lines, ${picked.length} sampled (seed ${SEED})`);
console.log(picked.map((s) => `${s.file}:${s.line}-${s.line}`).join(','));
