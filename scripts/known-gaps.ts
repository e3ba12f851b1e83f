// npm run render:gaps: prints how every rendering's findings differ from its original's,
// in the format of test/fixtures/rendered/known-gaps.txt. For review: the list in the repo
// should only shrink; a new difference is a parser bug to fix, not a line to add.

import { differences, renderings } from '../test/unit/invariance';

let count = 0;
for (const r of renderings()) {
  for (const d of differences(r)) {
    console.log(`${r.id} ${d}`);
    count++;
  }
}
console.error(`${count} differences`);
