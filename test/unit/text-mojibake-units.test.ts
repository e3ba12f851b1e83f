// A wrong decoding (text/mojibake.ts) is told by counts written here by hand: at least five
// marks and at least 2 % of the text's characters that are not white space (8 % for the
// rare characters GBK makes of UTF-8); where the first mark is; Latin-1 pairs counted lead
// then continuation, not the other way round.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { misDecoding } from '../../server/src/engine/text/mojibake';

const text = (marks: string, others: number, spaces = 0) => marks + '政'.repeat(others) + ' '.repeat(spaces);

test('mojibake: five U+FFFD in 250 characters (2 %) are a wrong decoding, in 251 they are not', () => {
  assert.deepEqual(misDecoding(text('\ufffd'.repeat(5), 245)), { kind: 'replacement', first: 0, marks: 5 });
  assert.equal(misDecoding(text('\ufffd'.repeat(5), 246)), undefined);
  // White space is not counted: 250 characters and 100 spaces are still 2 %.
  assert.deepEqual(misDecoding(text('\ufffd'.repeat(5), 245, 100)), { kind: 'replacement', first: 0, marks: 5 });
  // Four marks are a stray few, whatever their share.
  assert.equal(misDecoding(text('\ufffd'.repeat(4), 10)), undefined);
  // The first mark's offset.
  assert.deepEqual(misDecoding(`政府${'\ufffd'.repeat(5)}`), { kind: 'replacement', first: 2, marks: 5 });
});

test('mojibake: Latin-1 pairs (å¹), a lead then a continuation', () => {
  assert.deepEqual(misDecoding(`政府${'å¹'.repeat(5)}${'政'.repeat(238)}`), { kind: 'latin1', first: 2, marks: 5 });
  // The same characters the other way round are no pairs.
  assert.equal(misDecoding(`政府${'¹å'.repeat(5)}${'政'.repeat(238)}`), undefined);
  // A lead with nothing after it.
  assert.equal(misDecoding(`${'政'.repeat(5)}å`), undefined);
});

test('mojibake: GBK’s rare characters from UTF-8 only at 8 % of the text', () => {
  const marks = '鏀垮簻锛銆鈥鍙'; // 7 characters, 5 of them in the list (垮 and 簻 are not)
  assert.deepEqual(misDecoding(`${'锛'.repeat(8)}${'政'.repeat(92)}`), { kind: 'gbk', first: 0, marks: 8 });
  assert.equal(misDecoding(`${'锛'.repeat(8)}${'政'.repeat(93)}`), undefined);
  assert.deepEqual(misDecoding(`${marks}${'政'.repeat(55)}`), { kind: 'gbk', first: 0, marks: 5 }, '5 in 62');
  assert.equal(misDecoding(`${marks}${'政'.repeat(56)}`), undefined, '5 in 63');
  assert.equal(misDecoding(`${'锛'.repeat(4)}`), undefined, 'four are too few');
});

test('mojibake: ordinary text, empty text and white space are read as they are', () => {
  assert.equal(misDecoding('本报告所列数据统计期限为2022年1月1日至2022年12月31日。'), undefined);
  assert.equal(misDecoding(''), undefined);
  assert.equal(misDecoding(' \n\u3000'), undefined);
});
