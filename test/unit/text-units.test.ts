// The text helpers on their own, each case written by hand from the format
// (docs/report-format.md: labels are compared loosely, ignoring white space, full/half
// width and quote styles; numbers are written in digits or Chinese numerals; GR405 compares
// texts by 5-character shingles with digits, spaces and punctuation taken out).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLabel, numeralValue, similarity, stripNumbering } from '../../server/src/engine/text/normalize';
import { readNumeral } from '../../server/src/engine/text/numerals';
import { containment, normalizeForShingles, shingles } from '../../server/src/engine/text/shingles';

test('normalizeLabel: white space, full width, quotes, tags and escapes do not count', () => {
  assert.equal(normalizeLabel('自 然 人'), '自然人');
  assert.equal(normalizeLabel('自\u3000然\u00a0人\ufeff'), '自然人');
  assert.equal(normalizeLabel('（一）予以公开'), '(一)予以公开');
  assert.equal(normalizeLabel('“商业企业”'), '商业企业');
  assert.equal(normalizeLabel('「商业企业」'), '商业企业');
  assert.equal(normalizeLabel('<b>总计</b>'), '总计');
  assert.equal(normalizeLabel('总&nbsp;计'), '总计');
  assert.equal(normalizeLabel('总&NBSP;计'), '总计');
  assert.equal(normalizeLabel('1\\. 属于国家秘密'), '1.属于国家秘密');
  assert.equal(normalizeLabel('a<b'), 'a<b', 'a lone < is text, not a tag');
});

test('normalizeLabel: a numbering’s 、 ， , after a digit reads as its dot; trailing :;。. go', () => {
  assert.equal(normalizeLabel('1、属于国家秘密'), '1.属于国家秘密');
  assert.equal(normalizeLabel('1，属于国家秘密'), '1.属于国家秘密');
  assert.equal(normalizeLabel('１，属于国家秘密'), '1.属于国家秘密');
  assert.equal(normalizeLabel('一、本年新收'), '一、本年新收', 'after a Chinese numeral 、 stays');
  assert.equal(normalizeLabel('总计：'), '总计', 'a full-width colon is a colon, and trailing');
  assert.equal(normalizeLabel('总计。.;:'), '总计');
  assert.equal(normalizeLabel('总计。其他'), '总计。其他', 'only at the end');
  assert.equal(normalizeLabel('...'), '');
});

test('normalizeLabel: the same answer for a long text (past the memo’s 80 characters) and twice over', () => {
  const long = `${'商 业 企 业'.repeat(20)}。`;
  assert.ok(long.length > 80);
  assert.equal(normalizeLabel(long), '商业企业'.repeat(20));
  assert.equal(normalizeLabel(long), '商业企业'.repeat(20));
  assert.equal(normalizeLabel('自 然 人'), normalizeLabel('自 然 人'));
});

test('stripNumbering: 一、 (一) (1) 1. at the start go, nothing else', () => {
  assert.equal(stripNumbering('一、本年新收'), '本年新收');
  assert.equal(stripNumbering('十二、其他'), '其他');
  assert.equal(stripNumbering('(三)不予公开'), '不予公开');
  assert.equal(stripNumbering('(12)其他'), '其他');
  assert.equal(stripNumbering('3.其他'), '其他');
  assert.equal(stripNumbering('本年新收一、'), '本年新收一、');
  assert.equal(stripNumbering('(甲)其他'), '(甲)其他');
});

test('similarity: 1 for equal texts, less by edit distance over the longer length', () => {
  assert.equal(similarity('总计', '总计'), 1);
  assert.equal(similarity('', ''), 1);
  assert.equal(similarity('abcd', 'abce'), 0.75);
  assert.equal(similarity('abcd', 'ab'), 0.5);
  assert.equal(similarity('ab', 'abcd'), 0.5);
  assert.equal(similarity('ab', 'cd'), 0);
  assert.equal(similarity('', 'ab'), 0);
});

test('numeralValue: 一 … 十 and digits, full width too; anything else is NaN', () => {
  assert.equal(numeralValue('一'), 1);
  assert.equal(numeralValue('十'), 10);
  assert.equal(numeralValue('5'), 5);
  assert.equal(numeralValue('５'), 5);
  assert.equal(numeralValue('12'), 12);
  assert.ok(Number.isNaN(numeralValue('十一')));
  assert.ok(Number.isNaN(numeralValue('甲')));
  assert.ok(Number.isNaN(numeralValue('')));
});

test('readNumeral: digits, Chinese numerals, 两, and years digit by digit', () => {
  assert.equal(readNumeral('3'), 3);
  assert.equal(readNumeral('３'), 3);
  assert.equal(readNumeral(' 12 '), 12);
  assert.equal(readNumeral('三'), 3);
  assert.equal(readNumeral('十二'), 12);
  assert.equal(readNumeral('一百零五'), 105);
  assert.equal(readNumeral('两'), 2);
  assert.equal(readNumeral('两百'), 200);
  assert.equal(readNumeral('零'), 0);
  assert.equal(readNumeral('〇〇'), 0);
  assert.equal(readNumeral('二〇二三'), 2023);
  assert.equal(readNumeral('二零二三'), 2023);
  assert.equal(readNumeral('一一'), 11, 'two digits with no 十: digit by digit');
  assert.equal(readNumeral('一〇'), 10);
  assert.equal(readNumeral('〇一'), 1, 'zeros only at the start are not zero');
  assert.equal(readNumeral('一百〇五'), 105);
  assert.equal(readNumeral('三件'), undefined);
  assert.equal(readNumeral('3件'), undefined);
  assert.equal(readNumeral('件3'), undefined);
  assert.equal(readNumeral('若干'), undefined);
  assert.equal(readNumeral(''), undefined);
});

test('shingles: digits, spaces and punctuation taken out, then every 5-character run', () => {
  assert.equal(normalizeForShingles('2022年，共受理 12 件。'), '年共受理件');
  assert.deepEqual([...shingles('甲乙丙丁戊己')], ['甲乙丙丁戊', '乙丙丁戊己']);
  assert.deepEqual([...shingles('甲乙丙丁戊')], ['甲乙丙丁戊']);
  assert.deepEqual([...shingles('甲乙丙丁')], []);
  assert.deepEqual([...shingles('甲乙丙', 2)], ['甲乙', '乙丙']);
});

test('containment: the share of this year’s shingles last year had', () => {
  const now = new Set(['a', 'b', 'c', 'd']);
  assert.equal(containment(now, new Set(['a', 'b', 'x'])), 0.5);
  assert.equal(containment(now, new Set()), 0);
  assert.equal(containment(new Set(), now), 0);
  assert.equal(containment(now, now), 1);
});
