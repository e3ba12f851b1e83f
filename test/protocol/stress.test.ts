// The soak test (test/stress/soak.ts) at a size that keeps npm test quick: 1,500 edits.
// `npm run test:stress` runs it longer and prints the memory figures for the README.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soak } from '../stress/soak';

test('1,500 edits with requests, cancellations, closes and malformed frames', { timeout: 180_000 }, async () => {
  const result = await soak(1500, 500);
  assert.ok(result.cancelled > 0, 'some requests were cancelled');
  assert.equal(result.malformed, 60);
  // Memory settles: the end is not far above the level after the first 500 edits.
  const settled = result.rss[1];
  const end = result.rss[result.rss.length - 1];
  assert.ok(end < settled + 150, `RSS grew from ${settled} MB to ${end} MB: ${result.rss.join(', ')}`);
});
