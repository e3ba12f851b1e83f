// npm run render:gaps: prints how every rendering's findings differ from its original's,
// in the format of test/fixtures/rendered/known-gaps.txt (with --samples, then how the
// real samples' findings differ from their hand-written .expected, as samples/known-gaps.txt). For review: the list in the repo
// should only shrink; a new difference is a parser bug to fix, not a line to add.

import { differences, renderings, sampleDifferences, sampleFiles } from '../test/unit/invariance';

let count = 0;
for (const r of renderings()) {
  for (const d of differences(r)) {
    console.log(`${r.id} ${d}`);
    count++;
  }
}
if (process.argv.includes('--samples')) {
  for (const f of sampleFiles())
    for (const d of sampleDifferences(f)) {
      console.log(`${f} ${d}`);
      count++;
    }
}
console.error(`${count} differences`);
