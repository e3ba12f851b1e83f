// Fast paths of the engine (issue 11) against the plain definitions they replace: each
// must give exactly what the slower code gave, on any text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { misDecoding, type MisDecoding } from '../../server/src/engine/text/mojibake';

/** misDecoding as it was written with regexes (the definition). */
function misDecodingByRegex(text: string): MisDecoding | undefined {
  const count = (re: RegExp) => {
    let n = 0;
    let first = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (first < 0) first = m.index;
      n++;
    }
    return { n, first };
  };
  const meaningful = text.replace(/\s/g, '').length;
  if (meaningful === 0) return undefined;
  const found = (n: number) => n >= 5 && n / meaningful >= 0.02;
  const replacement = count(/\ufffd/g);
  if (found(replacement.n)) return { kind: 'replacement', first: replacement.first, marks: replacement.n };
  const latin1 = count(/[ÃÂâäåæçèé][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ'"•–—˜™š›œžŸ]/g);
  if (found(latin1.n)) return { kind: 'latin1', first: latin1.first, marks: latin1.n };
  const gbk = count(/[锛銆鈥鍙鏀鐨鍏嶆娴閮涓鎴紑绠璇鐢缁鍦瀵鏈鍚]/g);
  if (gbk.n >= 5 && gbk.n / meaningful >= 0.08) return { kind: 'gbk', first: gbk.first, marks: gbk.n };
  return undefined;
}

// Characters of every class the check counts, their neighbours, and ordinary text.
const ALPHABET = [
  ...'\ufffdÃÂâäåæçèé\u0080\u0085\u00a0\u00bf\u00c0€Ž\'"•Ÿ锛銆鈥鍙鏀鍚政府信息公开年报 \t\n\r\u3000\ufeff\u2028\u200b12abc，。',
];

test('misDecoding counts as its regex definition did', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 120 }), (chars) => {
      const text = chars.join('');
      assert.deepEqual(misDecoding(text), misDecodingByRegex(text));
    }),
    { numRuns: 3000 },
  );
  for (const text of ['', '   ', 'Ã¤Ã¤Ã¤Ã¤Ã¤', '\ufffd'.repeat(5) + '字'.repeat(200), '鏀垮簻锛銆'.repeat(3)]) {
    assert.deepEqual(misDecoding(text), misDecodingByRegex(text), JSON.stringify(text));
  }
});
