// Prints a `--mutate` list for StrykerJS: a seeded random sample of the engine's code lines
// added or changed since a commit (`git diff -U0 BASE..HEAD_REF -- server/src/engine`, new line
// numbers), so a mutation run checks that the tests notice wrong answers in new code.
// Same line filter and generator as scripts/mutation-sample.mjs: not blank, not only a
// comment, an import or brackets; mulberry32 with `SAMPLE_SEED` (default 1), a partial
// Fisher–Yates for `SAMPLE_LINES` (default 90) lines.
//
//   node scripts/mutation-diff-sample.mjs cef527b main > LIST
//   npx stryker run --mutate "$(cat LIST)"
//
// test/mutation/session-sample.txt is issue 11's sample: `cef527b 80ca780` (784 changed code
// lines, 90 drawn, seed 1); its line numbers are those of 80ca780 and drift as the files change.

import { execFileSync } from 'node:child_process';

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
    if (t === '' || /^(\/\/|\/\*|\*)/.test(t) || /^(import|export \* from|export \{[^}]*\} from)\b/.test(t) || /^[\])};,]+$/.test(t))
      continue;
    out.push({ file, line: n });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** mulberry32: a small seeded generator, so a sample can be run again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const all = changedCodeLines();
const next = random(SEED);
for (let i = 0; i < Math.min(LINES, all.length); i++) {
  const j = i + Math.floor(next() * (all.length - i));
  [all[i], all[j]] = [all[j], all[i]];
}
const picked = all.slice(0, LINES).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
console.error(`${all.length} changed code lines, ${picked.length} sampled (seed ${SEED})`);
console.log(picked.map((s) => `${s.file}:${s.line}-${s.line}`).join(','));
