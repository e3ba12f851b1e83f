// Fast paths of the engine (issue 11) against the plain definitions they replace: each
// must give exactly what the slower code gave, on any text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { misDecoding, type MisDecoding } from '../../server/src/engine/text/mojibake';
import { reportIdentity, type ReportIdentity } from '../../server/src/engine/previous';
import { parseTitle } from '../../server/src/engine/parse/title';
import { unitName } from '../../server/src/engine/rules/unit';
import { SourceText } from '../../server/src/engine/text/source';
import type { ReportModel } from '../../server/src/engine/model';

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

/** reportIdentity over the whole text (the definition; it now reads only the title's lines). */
function identityOfWhole(text: string): ReportIdentity | undefined {
  const source = new SourceText(text);
  const title = parseTitle(source, 15);
  if (!title?.year) return undefined;
  const unit = unitName({ source, title } as ReportModel);
  return unit === undefined ? undefined : { unit, year: title.year.value };
}

test('reportIdentity reads the title as the whole text does, whatever the line endings', () => {
  const dir = path.join(__dirname, '..', '..', 'examples');
  const texts = readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8'));
  assert.ok(texts.length >= 5);
  const endings = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\r\n');
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.array(endings, { minLength: 1, maxLength: 40 }), fc.nat(40), (text, eols, shift) => {
      // The report's lines with mixed endings, some leading lines dropped or blank lines
      // put before (the title moves, up to past the 15 lines it may be on).
      const lines = text.split(/\r\n|\n|\r/);
      if (shift < 3) lines.splice(0, shift);
      else lines.unshift(...Array<string>(shift - 3).fill(''));
      const mixed = lines.map((line, i) => line + eols[i % eols.length]).join('');
      assert.deepEqual(reportIdentity(mixed), identityOfWhole(mixed));
    }),
    { numRuns: 300 },
  );
  for (const text of texts) assert.ok(reportIdentity(text), 'every example has a title');
});
