// GR008 for a UTF-8 report opened as GBK (the other way round from the fixtures' GBK read
// as UTF-8): runs of rare characters (鏀垮簻 for 政府) instead of U+FFFD. Said once, on the
// first line that shows it, in both languages, and no other rule runs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { lint } from '../../server/src/engine';
import { CLEAN } from './engine-cases';

const MOJIBAKE = iconv.decode(Buffer.from(CLEAN, 'utf8'), 'gbk');

test('GR008: UTF-8 read as GBK, said once, on the first line, naming the typical mojibake', () => {
  const { findings } = lint(MOJIBAKE);
  assert.deepEqual(
    findings.map((f) => f.code),
    ['GR008'],
  );
  const [f] = findings;
  assert.match(f.message, /^文本像是用错误的编码打开的（有 \d+ 处典型乱码），请用正确的编码（如 GB 18030）重新打开；在此之前不做其他检查$/);
  // The first mark is on the title line: the span is that written line, from its start.
  const firstLine = MOJIBAKE.split('\n').findIndex((l) => l.trim() !== '');
  assert.equal(f.range.start.line, firstLine);
  assert.equal(f.range.end.line, firstLine);
  assert.equal(f.range.start.character, 0);
  assert.equal(f.range.end.character, MOJIBAKE.split('\n')[firstLine].length);
  const [en] = lint(MOJIBAKE, { locale: 'en' }).findings;
  assert.match(
    en.message,
    /^The text looks decoded with the wrong encoding \(\d+ typical mojibake characters\); reopen it with the right one \(e\.g\. GB 18030\)\. No other check runs until then$/,
  );
});

test('GR008 in English for replacement characters', () => {
  const replaced = CLEAN.replace(/[\u4e00-\u9fff]/g, '\ufffd');
  const [f] = lint(replaced, { locale: 'en' }).findings;
  assert.equal(f.code, 'GR008');
  assert.match(f.message, /^The text looks decoded with the wrong encoding \(\d+ replacement characters \(�\)\);/);
});
