// The engine's coverage floor, checked on the summary that `npm run coverage` writes.
//
// c8 collects V8's coverage; its Monocart converter (`experimental-monocart` in .c8rc.json)
// maps it back to the TypeScript. c8's default converter also counts, at line 1 of every
// file, the branches of the CommonJS interop helpers that tsx's esbuild prepends (some
// never taken: tsx issue #564), which no test of ours can or should reach; Monocart leaves
// out code that maps to no source. Because c8's own --check-coverage reads the default
// converter's figures, the threshold is checked here, on Monocart's summary.

import { readFileSync } from 'node:fs';

const FLOOR = { lines: 95, branches: 95 };
const summary = JSON.parse(readFileSync(new URL('../coverage/coverage-summary.json', import.meta.url), 'utf8'));

let failed = false;
for (const [metric, floor] of Object.entries(FLOOR)) {
  const { pct, covered, total } = summary.total[metric];
  const ok = pct >= floor;
  if (!ok) failed = true;
  console.log(`engine ${metric}: ${pct}% (${covered}/${total}) ${ok ? '≥' : '<'} ${floor}%`);
}
if (failed) {
  console.error('coverage below the floor: see coverage/index.html for the uncovered lines');
  process.exit(1);
}
