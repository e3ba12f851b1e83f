// npm run render:gaps: prints how every rendering's findings differ from its original's
// (lines as in test/fixtures/rendered/known-gaps.txt), then how each real sample's differ
// from its hand-written .expected (as in samples/known-gaps.txt). For review: the lists in
// the repo should only shrink; a new difference is a parser bug to fix, not a line to add.

import { differences, renderings, sampleDifferences, sampleFiles } from '../test/unit/invariance';

let count = 0;
for (const r of renderings()) {
  for (const d of differences(r)) {
    console.log(`${r.id} ${d}`);
    count++;
  }
}
for (const f of sampleFiles())
  for (const d of sampleDifferences(f)) {
    console.log(`${f} ${d}`);
    count++;
  }
console.error(`${count} differences`);
