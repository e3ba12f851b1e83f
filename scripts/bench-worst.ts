// The worst inputs of test/worst/cases.ts at about 160 KB and 800 KB of planted text:
// the engine's time on each (best of three), for the README's Robustness section.
// Run: npm run bench:worst

import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/engine';
import { WORST_CASES } from '../test/worst/cases';

const SIZES = [160_000, 800_000];

function best(text: string): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    lint(text);
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

console.log(`| input | ${SIZES.map((n) => `${n / 1000}k`).join(' | ')} |`);
console.log(`|---|${SIZES.map(() => '---').join('|')}|`);
for (const worst of WORST_CASES) {
  const cells = SIZES.map((n) => {
    const text = worst.build(n);
    return `${Math.round(Buffer.byteLength(text) / 1024).toLocaleString('en-US')} KB: ${best(text).toFixed(0)} ms`;
  });
  console.log(`| ${worst.name} | ${cells.join(' | ')} |`);
}
