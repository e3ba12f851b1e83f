import { readFileSync, readdirSync } from 'node:fs';
import { lint } from './server/src/engine';
const pat = new RegExp(process.argv[2] ?? '.');
for (const dir of ['rules', 'seeds', 'layouts']) {
  for (const f of readdirSync(`test/fixtures/${dir}`)) {
    if (!f.endsWith('.txt') || f.endsWith('.fixed.txt') || !pat.test(f)) continue;
    const r = lint(readFileSync(`test/fixtures/${dir}/${f}`, 'utf8'));
    console.log(f, '\n   ' + r.findings.map((x) => `${x.code}@${x.range.start.line + 1} ${x.message}`).join('\n   '));
  }
}
