// Numbering values on their own (server/src/engine/text/normalize.ts): a numbering is
// digits only or one of 一 … 十; digits with anything around them are no number, even
// where JavaScript's Number() would read one (' 12', '12 ', '1e3', '0x1').

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numeralValue } from '../../server/src/engine/text/normalize';

test('numeralValue: digits with a space, an exponent or a hex prefix around them are NaN', () => {
  for (const s of [' 12', '12 ', '1e3', '0x1', '1 2', '12、']) assert.ok(Number.isNaN(numeralValue(s)), s);
  assert.equal(numeralValue('０７'), 7);
});
