// Numbers as reports write them (text/numerals.ts), each case written by hand: digits of
// either width, Chinese numerals with 十/百/千/万 read by their grammar, 两 for 二, years
// written digit by digit (二〇二三), zeros; and what is not a number at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNumeral } from '../../server/src/engine/text/numerals';

test('readNumeral: digits, also full-width and with space around them', () => {
  assert.equal(readNumeral('3'), 3);
  assert.equal(readNumeral('３'), 3);
  assert.equal(readNumeral(' 12 '), 12);
  assert.equal(readNumeral('0'), 0);
});

test('readNumeral: Chinese numerals by their grammar, 两 as 二', () => {
  assert.equal(readNumeral('三'), 3);
  assert.equal(readNumeral('十二'), 12);
  assert.equal(readNumeral('十一'), 11);
  assert.equal(readNumeral('一百零五'), 105);
  assert.equal(readNumeral('一百〇五'), 105, '〇 for 零 inside a numeral');
  assert.equal(readNumeral('两'), 2);
  assert.equal(readNumeral('两千'), 2000);
  assert.equal(readNumeral('两百零两'), 202);
  assert.equal(readNumeral('十万'), 100000);
});

test('readNumeral: without 十百千万, digit by digit (years), 〇 and 零 alike', () => {
  assert.equal(readNumeral('二〇二三'), 2023);
  assert.equal(readNumeral('二零二三'), 2023);
  assert.equal(readNumeral('一〇'), 10, 'a zero at the end is a digit');
  assert.equal(readNumeral('〇一'), 1, 'a zero in front is a digit too');
  assert.equal(readNumeral('〇'), 0);
  assert.equal(readNumeral('零零'), 0);
});

test('readNumeral: not a number', () => {
  for (const text of ['', 'abc', '12三', '三12', '1 2', '零十']) assert.equal(readNumeral(text), undefined, text);
});
