// The stylish report's quick paths (issue 11: formatting 1,000 reports' findings): a string
// without control characters is returned as it is, a message that is already one line skips
// the split and the patterns, and a string of narrow characters is measured by its length.
// Each must give what the patterns give, on any string.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeControls, oneLine, quick } from '../../server/src/cli/formatters/escape';
import { displayWidth, padEndDisplay } from '../../server/src/cli/formatters/ansi';

function both<T>(f: (s: string) => T, s: string): [T, T] {
  const fast = f(s);
  quick.escape = false;
  try {
    return [fast, f(s)];
  } finally {
    quick.escape = true;
  }
}

// Line breaks, TABs, spaces (one and several), what trim() removes besides (ideographic and
// no-break spaces, line separators), control and bidirectional characters, sentence ends.
const PIECES = [
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '\u3000',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u000b',
  '\u000c',
  '\u0000',
  '\u001b[31m',
  '\u007f',
  '\u009f',
  '\u00a0',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u2069',
  '合计',
  'Total',
  '。',
  '；',
  '.',
  ';',
  ':',
  '4',
  '😀',
];

const messages = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

test('escape: escapeControls gives what its pattern gives, on any string', () => {
  fc.assert(
    fc.property(fc.oneof(messages, fc.string({ unit: 'binary' })), (s) => {
      const [fast, slow] = both(escapeControls, s);
      assert.equal(fast, slow);
    }),
    { numRuns: 2000 },
  );
  assert.equal(escapeControls('合计\u001b[31m'), '合计\\u001b[31m');
  assert.equal(escapeControls('a\u202eb'), 'a\\u202eb');
});

test('escape: oneLine gives what the split and the patterns give, on any string', () => {
  fc.assert(
    fc.property(fc.oneof(messages, fc.string({ unit: 'binary' })), (s) => {
      const [fast, slow] = both(oneLine, s);
      assert.equal(fast, slow, JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
  // The shapes the quick path must leave to the slow one, written out.
  assert.equal(oneLine(' 合计 '), '合计');
  assert.equal(oneLine('合计\u3000'), '合计');
  assert.equal(oneLine('a  b'), 'a b');
  assert.equal(oneLine('a\tb'), 'a b');
  assert.equal(oneLine('合计为 4\n应为 5'), '合计为 4；应为 5');
  assert.equal(oneLine('Total 4\nSetting 5'), 'Total 4; Setting 5');
  assert.equal(oneLine('a b'), 'a b');
  assert.equal(oneLine(''), '');
});

/** Columns by the definition: two for CJK and full-width code points, one for any other. */
function columns(s: string): number {
  const wide: [number, number][] = [
    [0x1100, 0x115f],
    [0x2e80, 0x303e],
    [0x3041, 0x33ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xa000, 0xa4cf],
    [0xac00, 0xd7a3],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xff60],
    [0xffe0, 0xffe6],
    [0x20000, 0x3fffd],
  ];
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += wide.some(([lo, hi]) => c >= lo && c <= hi) ? 2 : 1;
  }
  return n;
}

test('ansi: displayWidth counts two columns for wide characters and one for any other, narrow strings by their length', () => {
  const chars = ['a', ' ', 'é', '\u10ff', '\u1100', '\u115f', '\u1160', '错', '误', '，', '（', '\u3000', '😀', '𠀀', '\ud800', 'ｗ'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (parts) => {
      const s = parts.join('');
      assert.equal(displayWidth(s), columns(s), JSON.stringify(s));
    }),
    { numRuns: 1000 },
  );
  assert.equal(displayWidth('warning'), 7);
  assert.equal(displayWidth('错误'), 4);
  assert.equal(padEndDisplay('错误', 7), '错误   ');
  assert.equal(padEndDisplay('error', 7), 'error  ');
});
