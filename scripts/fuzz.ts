// The long property run: the properties of test/fuzz/properties.ts on many documents each.
// Run: npm run test:fuzz   (FUZZ_RUNS=N for N documents per property, FUZZ_SEED=S to replay)

import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import {
  changedNumberFound,
  changedNumberSameInEveryRendering,
  neverThrowsRangesInside,
  notAReportIsQuiet,
  rowLabelTypoSameInEveryRendering,
  sameFindingsInEveryLayout,
} from '../test/fuzz/properties';

const scale = Number(process.env.FUZZ_RUNS) || 0;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);

type Check = (parameters: fc.Parameters<unknown>) => fc.RunDetails<unknown>;
const properties: [string, Check, number][] = [
  ['lint never throws, ranges inside the document', (p) => fc.check(neverThrowsRangesInside, p), 20_000],
  ['a changed number in a balanced table is found', (p) => fc.check(changedNumberFound, p), 3_000],
  ['text that is not a report is not taken for one', (p) => fc.check(notAReportIsQuiet, p), 10_000],
  ['the same cells changed in every layout, the same findings', (p) => fc.check(sameFindingsInEveryLayout, p), 2_000],
  ['a number of a real report changed, every rendering agrees', (p) => fc.check(changedNumberSameInEveryRendering, p), 1_000],
  ['a letter of a real report row label mistyped, every rendering agrees', (p) => fc.check(rowLabelTypoSameInEveryRendering, p), 1_000],
];

let failed = false;
console.log(`seed ${seed}`);
for (const [name, check, defaultRuns] of properties) {
  const numRuns = scale || defaultRuns;
  const start = performance.now();
  const details = check({ numRuns, seed });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`✖ ${name}: failed after ${details.numRuns} documents (${seconds} s)`);
    console.log(fc.defaultReportMessage(details));
  } else {
    console.log(`✔ ${name}: ${details.numRuns.toLocaleString('en-US')} documents, ${seconds} s`);
  }
}
process.exitCode = failed ? 1 : 0;
