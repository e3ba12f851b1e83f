// Number cells on their own, written from the format (docs/report-format.md): counts are
// whole numbers of zero or more; table 3's fee column and the 2025 variant's fees are
// amounts (万元, decimals allowed); the 2019 format's 本年增/减 is a change that may be
// negative. A cell is blank when nothing is written, invalid when what is written is no
// such number, and says why (negative, fraction, text). Merged headers leave empty cells at
// a row's ends, dropped until the row fits.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNumber, takeValues, toCells, type CellNames } from '../../server/src/engine/parse/cells';
import type { Span } from '../../server/src/engine/model';

test('readNumber: counts', () => {
  assert.deepEqual(readNumber('0'), { status: 'ok', value: 0 });
  assert.deepEqual(readNumber('19'), { status: 'ok', value: 19 });
  assert.deepEqual(readNumber('１９'), { status: 'ok', value: 19 }, 'full-width digits');
  assert.deepEqual(readNumber(' 1 9 '), { status: 'ok', value: 19 }, 'spaces inside');
  assert.deepEqual(readNumber('1,234'), { status: 'ok', value: 1234 }, 'thousands separators');
  assert.deepEqual(readNumber('1,234,567'), { status: 'ok', value: 1234567 });
  assert.deepEqual(readNumber('12,34'), { status: 'invalid', value: null, problem: 'text' }, 'a comma that separates no thousands');
  assert.deepEqual(readNumber('12,345'), { status: 'ok', value: 12345 });
  assert.deepEqual(readNumber('123,456'), { status: 'ok', value: 123456 });
  assert.deepEqual(readNumber('1234,567'), { status: 'invalid', value: null, problem: 'text' }, 'four digits before a separator');
  assert.deepEqual(readNumber('1,234x'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber('-3件'), { status: 'invalid', value: null, problem: 'text' }, 'a sign before a word is no number');
  assert.deepEqual(readNumber('x-3'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber('-12'), { status: 'invalid', value: null, problem: 'negative' });
  assert.deepEqual(readNumber('-1.25'), { status: 'invalid', value: null, problem: 'negative' });
  assert.deepEqual(readNumber('1.25'), { status: 'invalid', value: null, problem: 'fraction' });
  assert.deepEqual(readNumber('1.5x'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber('x1.5'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber('3 -'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber(''), { status: 'blank', value: null });
  assert.deepEqual(readNumber('&nbsp;'), { status: 'blank', value: null });
  assert.deepEqual(readNumber('\u3000'), { status: 'blank', value: null });
  assert.deepEqual(readNumber('-3'), { status: 'invalid', value: null, problem: 'negative' });
  assert.deepEqual(readNumber('－3'), { status: 'invalid', value: null, problem: 'negative' }, 'a full-width minus');
  assert.deepEqual(readNumber('−3'), { status: 'invalid', value: null, problem: 'negative' }, 'the minus sign U+2212');
  assert.deepEqual(readNumber('\\-3'), { status: 'invalid', value: null, problem: 'negative' }, 'a Markdown-escaped minus');
  assert.deepEqual(readNumber('-1.5'), { status: 'invalid', value: null, problem: 'negative' });
  assert.deepEqual(readNumber('+3'), { status: 'invalid', value: null, problem: 'text' }, 'a count has no sign');
  assert.deepEqual(readNumber('1.5'), { status: 'invalid', value: null, problem: 'fraction' });
  assert.deepEqual(readNumber('1\\.5'), { status: 'invalid', value: null, problem: 'fraction' });
  assert.deepEqual(readNumber('无'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber('5件'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber('5万元'), { status: 'invalid', value: null, problem: 'text' }, 'a count has no unit');
});

test('readNumber: long runs of digits are still read (past 15 digits, by the slower path)', () => {
  assert.deepEqual(readNumber('123456789012345'), { status: 'ok', value: 123456789012345 });
  assert.deepEqual(readNumber('1234567890123456'), { status: 'ok', value: 1234567890123456 });
});

test('readNumber: amounts in 万元 may have decimals and the unit', () => {
  assert.deepEqual(readNumber('1.5', 'amount'), { status: 'ok', value: 1.5 });
  assert.deepEqual(readNumber('0.35万元', 'amount'), { status: 'ok', value: 0.35 });
  assert.deepEqual(readNumber('12元', 'amount'), { status: 'ok', value: 12 });
  assert.deepEqual(readNumber('元12', 'amount'), { status: 'invalid', value: null, problem: 'text' }, 'the unit only after the number');
  assert.deepEqual(readNumber('-1.5', 'amount'), { status: 'invalid', value: null, problem: 'negative' });
});

test('readNumber: a change this year (本年增/减) may be negative or signed, but is whole', () => {
  assert.deepEqual(readNumber('-3', 'delta'), { status: 'ok', value: -3 });
  assert.deepEqual(readNumber('+3', 'delta'), { status: 'ok', value: 3 });
  assert.deepEqual(readNumber('-12', 'delta'), { status: 'ok', value: -12 });
  assert.deepEqual(readNumber('-3件', 'delta'), { status: 'invalid', value: null, problem: 'text' });
  assert.deepEqual(readNumber('－3', 'delta'), { status: 'ok', value: -3 });
  assert.deepEqual(readNumber('3', 'delta'), { status: 'ok', value: 3 });
  assert.deepEqual(readNumber('-1.5', 'delta'), { status: 'invalid', value: null, problem: 'negative' });
  assert.deepEqual(readNumber('1.5', 'delta'), { status: 'invalid', value: null, problem: 'fraction' });
});

const span = (text: string, start = 0): Span => ({ text, start, end: start + text.length });

test('takeValues: empty cells and fillers at the ends are dropped until the row fits, trailing ones first', () => {
  const texts = (cells: Span[]) => cells.map((c) => c.text);
  assert.deepEqual(
    texts(
      takeValues(
        ['', '1', '2', ''].map((t) => span(t)),
        2,
      ),
    ),
    ['1', '2'],
  );
  assert.deepEqual(
    texts(
      takeValues(
        ['-', '1', '2', '—', '/'].map((t) => span(t)),
        2,
      ),
    ),
    ['1', '2'],
  );
  // One too many and an empty cell at both ends: the trailing one goes.
  assert.deepEqual(
    texts(
      takeValues(
        ['', '1', '2', ''].map((t) => span(t)),
        3,
      ),
    ),
    ['', '1', '2'],
  );
  // An empty cell inside the row stays (GR103), and so do cells when the count fits.
  assert.deepEqual(
    texts(
      takeValues(
        ['1', '', '2'].map((t) => span(t)),
        3,
      ),
    ),
    ['1', '', '2'],
  );
  assert.deepEqual(
    texts(
      takeValues(
        ['1', '2', '——'].map((t) => span(t)),
        2,
      ),
    ),
    ['1', '2'],
    'a dash of two is a filler',
  );
  assert.deepEqual(
    texts(
      takeValues(
        ['1', '2', '--'].map((t) => span(t)),
        2,
      ),
    ),
    ['1', '2', '--'],
    'two hyphens are not',
  );
  // Not padding: text, a long dash of three, a number.
  assert.deepEqual(
    texts(
      takeValues(
        ['1', '2', '———'].map((t) => span(t)),
        2,
      ),
    ),
    ['1', '2', '———'],
  );
  assert.deepEqual(
    texts(
      takeValues(
        ['x', '1', '2'].map((t) => span(t)),
        2,
      ),
    ),
    ['x', '1', '2'],
  );
});

test('takeValues leaves the row it is given as it was', () => {
  const row = ['1', '2', ''].map((t) => span(t));
  takeValues(row, 2);
  assert.equal(row.length, 3);
});

test('toCells: each value named by its row and column; problem and gap only where there is one', () => {
  const names: CellNames = {
    rowKey: 'new',
    rowName: { zh: '一', en: 'I' },
    columns: [
      { key: 'natural', short: { zh: '自然人', en: 'natural persons' } },
      { key: 'fee', short: { zh: '费用', en: 'fee' }, kind: 'amount' },
    ],
  };
  const [ok, amount, extra] = toCells([span('3', 10), span('1.5', 12), span('x', 16)], names);
  assert.deepStrictEqual(ok, {
    text: '3',
    start: 10,
    end: 11,
    status: 'ok',
    value: 3,
    rowKey: 'new',
    columnKey: 'natural',
    rowName: { zh: '一', en: 'I' },
    columnName: { zh: '自然人', en: 'natural persons' },
  });
  assert.deepEqual([amount.status, amount.value, amount.columnKey], ['ok', 1.5, 'fee']);
  assert.deepStrictEqual(
    { ...extra },
    {
      text: 'x',
      start: 16,
      end: 17,
      status: 'invalid',
      value: null,
      problem: 'text',
      rowKey: 'new',
      columnKey: 'extra2',
      rowName: { zh: '一', en: 'I' },
      columnName: { zh: '第3列', en: 'column 3' },
    },
  );
  const gap = { start: 20, end: 22 };
  const [blank, notBlank] = toCells(
    [
      { ...span('', 20), gap },
      { ...span('4', 23), gap },
    ],
    names,
  );
  assert.deepEqual(blank.gap, gap);
  assert.equal(blank.status, 'blank');
  assert.ok(!('gap' in notBlank), 'a cell with a number has no gap');
  assert.ok(!('problem' in blank), 'a blank cell has no problem');
});
