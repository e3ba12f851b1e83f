// How the narrative is read (GR401/GR402): each sentence → the figures it states, or
// nothing when the sentence is about another year or says two things at once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLine } from '../../server/src/engine/narrative/statements';
import { readNumeral } from '../../server/src/engine/text/numerals';

function read(text: string): string[] {
  return readLine(text, 0, 2022).map((s) => `${s.kind}=${s.value}${s.negated ? ' (negated)' : ''} "${text.slice(s.start, s.end)}"`);
}

test('numbers in digits and Chinese numerals', () => {
  assert.equal(readNumeral('三'), 3);
  assert.equal(readNumeral('十二'), 12);
  assert.equal(readNumeral('一百零五'), 105);
  assert.equal(readNumeral('两'), 2);
  assert.equal(readNumeral('１２'), 12);
  assert.equal(readNumeral('二〇二三'), 2023);
  assert.equal(readNumeral('零'), 0);
  assert.equal(readNumeral('若干'), undefined);
});

test('applications received: the clause’s own number, digits or numerals', () => {
  assert.deepEqual(read('本年度本行政机关共受理政府信息公开申请5件。'), ['received=5 "5"']);
  assert.deepEqual(read('2022年共受理三件政府信息公开申请。'), ['received=3 "三"']);
  assert.deepEqual(read('共收到政府信息公开申请一百零五件，较上年增长10件。'), ['received=105 "一百零五"']);
  assert.deepEqual(read('共收到1条依申请公开政府信息。'), ['received=1 "1"']);
  assert.deepEqual(read('共收到政府信息公开申请12件（其中上年结转2件）。'), ['received=12 "12"']);
  assert.deepEqual(read('受理申请5件，其中自然人4件、法人1件。'), ['received=5 "5"']);
  assert.deepEqual(read('2022年我局未收到依申请公开件。'), ['received=0 (negated) "未收到依申请"']);
});

test('numbers about another year or ambiguous sentences are left alone', () => {
  assert.deepEqual(read('2021年收到申请8件。'), []);
  assert.deepEqual(read('上年结转申请2件。'), []);
  assert.deepEqual(read('自2008年以来累计受理申请300件。'), []);
  assert.deepEqual(read('收到申请5件，收到申请6件。'), []);
});

test('appeals: counts, the breakdown, negations; asides about last year skipped', () => {
  assert.deepEqual(read('其中，涉及复议1件（其中2021年延续下来的0件），诉讼0件。'), ['review=1 "1"', 'litigation=0 "0"']);
  assert.deepEqual(read('发生行政复议2件（维持1件、纠正1件），行政诉讼0件。'), [
    'reviewUpheld=1 "1"',
    'reviewCorrected=1 "1"',
    'review=2 "2"',
    'litigation=0 "0"',
  ]);
  assert.deepEqual(read('全年未发生政府信息公开的行政复议、行政诉讼。'), [
    'review=0 (negated) "未发生政府信息公开的行政复议、行政诉讼"',
    'litigation=0 (negated) "未发生政府信息公开的行政复议、行政诉讼"',
  ]);
  assert.deepEqual(read('行政复议、行政诉讼均为0件。'), ['litigation=0 "0"', 'review=0 "0"']);
  // An outcome, or a cause, is not a statement that no appeal happened.
  assert.deepEqual(read('无一例被复议纠正。'), []);
  assert.deepEqual(read('未发生因违反政府信息公开工作规定而出现投诉、复议、诉讼情况。'), []);
});
