// Fast paths of the table readers (issue 11) against the code they replace: each must give
// exactly what the slower code gave, on any input.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bestMatch, matcher, type Labelled } from '../../server/src/engine/parse/match';
import { takeValues, toCells, valueCells, type CellNames } from '../../server/src/engine/parse/cells';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019 } from '../../server/src/engine/format/table1';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_ROWS } from '../../server/src/engine/format/table2';
import { TABLE3_HEADER_LABELS } from '../../server/src/engine/format/table3';
import type { Span } from '../../server/src/engine/model';

const CATALOGUES: Labelled[][] = [
  TABLE2_ROWS,
  TABLE2_COLUMNS,
  TABLE2_GROUPS.map((label) => ({ label })),
  TABLE3_HEADER_LABELS,
  TABLE1_BLOCKS.flatMap((b) => b.rows),
  TABLE1_BLOCKS_2019[1].columns.slice(1),
];
const THRESHOLDS = [0.6, 0.75, 0.9];

/** Labels of the catalogues, whole, cut, run together, renumbered, spaced, full-width. */
const labelText = fc
  .tuple(
    fc.constantFrom(...CATALOGUES.flat().flatMap((l) => [l.label, ...(l.variants ?? []), ...(l.accepted ?? [])])),
    fc.constantFrom('', '1.', '（三）', '三、', ' ', '\u3000', '：', '"'),
    fc.nat(6),
    fc.nat(6),
    fc.constantFrom('', '其他', '件数', ' ', '。', 'x'.repeat(80)),
  )
  .map(([label, prefix, cut, from, suffix]) => prefix + label.slice(Math.min(from, 2), label.length - Math.min(cut, 2)) + suffix);

test('a matcher gives what bestMatch gives for its catalogue and threshold', () => {
  const matchers = CATALOGUES.flatMap((items) => THRESHOLDS.map((t) => ({ items, t, match: matcher(items, t) })));
  fc.assert(
    fc.property(labelText, (text) => {
      for (const { items, t, match } of matchers) {
        // Twice: computed, then from the memo.
        assert.deepEqual(match(text), bestMatch(text, items, t), text);
        assert.deepEqual(match(text), bestMatch(text, items, t), text);
      }
    }),
    { numRuns: 2000 },
  );
  for (const text of ['', 'a'.repeat(81), '规章', '3.其他']) {
    for (const { items, t, match } of matchers) assert.deepEqual(match(text), bestMatch(text, items, t), text);
  }
});

// Cells of a row: numbers, empties, fillers (-, —, /) and words, with an empty cell's gap.
const cellText = fc.constantFrom('', '', '0', '12', '-', '—', '——', '/', '无', '3.5', '１２', '-1', '规章');
const row = fc
  .array(cellText, { maxLength: 12 })
  .map((texts): Span[] =>
    texts.map((text, i) =>
      text === '' && i % 2 === 0
        ? { text, start: i * 3, end: i * 3, gap: { start: i * 3, end: i * 3 + 1 } }
        : { text, start: i * 3, end: i * 3 + text.length },
    ),
  );

test('valueCells reads what toCells(takeValues(cells.slice(from))) reads', () => {
  const names: CellNames = { rowKey: 'r', rowName: { zh: '行', en: 'row' }, columns: TABLE2_COLUMNS };
  fc.assert(
    fc.property(row, fc.nat(13), fc.nat(16), (cells, from, expected) => {
      const at = Math.min(from, cells.length);
      assert.deepEqual(valueCells(cells, at, expected, names), toCells(takeValues(cells.slice(at), expected), names));
    }),
    { numRuns: 5000 },
  );
});
