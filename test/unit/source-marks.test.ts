// The TEXT line mark (text/source.ts) of every UTF-16 code unit: on exactly for what a regex's
// \S matches. Its table is built by asking isSpaceCode only of the code units below U+3001 and
// of U+FEFF (issue 11: asking all 65,536 cost milliseconds at every start); this asks every one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMark, SourceText } from '../../server/src/engine/text/source';

test('source: every code unit marks a line as holding text exactly when \\S matches it', () => {
  const wrong: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const marked = (new SourceText(`a\n${ch}`).lineMarks[1] & LineMark.TEXT) !== 0;
    if (marked !== /\S/.test(ch)) wrong.push(c.toString(16));
  }
  assert.deepEqual(wrong, []);
  // The white space above U+3000 and far below it: none marks a line as text.
  assert.equal(new SourceText('\ufeff\u3000\u2028\u00a0 \t').lineMarks[0] & LineMark.TEXT, 0);
});
