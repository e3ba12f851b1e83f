// The real samples (test/fixtures/samples, copied from /work/shared/samples: portal pages
// as crawler text and as HTML) give the findings written by hand in their .expected files
// (the format of expected.ts), from the format, with the reasoning in the comments. Blocks
// are matched by code, severity and start line, then compared in full. Where the tool
// does not yet agree, the difference is listed in samples/known-gaps.txt for the parser's
// owner; a listed difference that no longer occurs fails the test (remove it). The
// fixtures test and `npm run fixtures:update` leave samples/ alone: the tool's output
// must never overwrite these expectations.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readKnownGaps, sampleDifferences, sampleExpectedPath, sampleFiles, SAMPLE_GAPS, unmatched } from './invariance';

const samples = sampleFiles();
const gaps = readKnownGaps(SAMPLE_GAPS);

test('the five real samples are there, each with hand-written expectations', () => {
  assert.equal(samples.length, 5);
  for (const f of samples) assert.ok(existsSync(sampleExpectedPath(f)), `${f} has no .expected`);
  assert.deepEqual(
    [...gaps.keys()].filter((f) => !samples.includes(f)),
    [],
  );
});

for (const file of samples) {
  test(`samples/${file}: the findings written by hand`, () => {
    const diff = sampleDifferences(file);
    const known = gaps.get(file) ?? [];
    assert.deepEqual(unmatched(diff, known), [], 'findings differ from the hand-written expectation');
    assert.deepEqual(unmatched(known, diff), [], 'gap fixed: remove it from test/fixtures/samples/known-gaps.txt');
  });
}
