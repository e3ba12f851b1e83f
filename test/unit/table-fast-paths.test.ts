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
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fastPaths } from '../../server/src/engine/fast';
import { readView } from '../../server/src/engine/parse/view';
import { readSections } from '../../server/src/engine/parse/sections';
import { readTables } from '../../server/src/engine/parse/tables';

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

/** Every report text of the fixtures (all layouts, the rules' cases, real samples). */
function fixtureTexts(): string[] {
  const root = path.join(__dirname, '..', 'fixtures');
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(?:txt|md|html)$/.test(entry.name) && statSync(file).size < 100_000) texts.push(readFileSync(file, 'utf8'));
    }
  };
  walk(root);
  return texts;
}

/** The tables read from `text`, with one quick check on or off. */
function tablesOf(text: string, check?: keyof typeof fastPaths) {
  const read = () => {
    const source = readView(text);
    return readTables(source, readSections(source).sections);
  };
  if (!check) return read();
  fastPaths[check] = false;
  try {
    return read();
  } finally {
    fastPaths[check] = true;
  }
}

test('the streams read until every wanting table is settled give the tables all streams give', () => {
  const texts = fixtureTexts();
  assert.ok(texts.length > 300);
  for (const text of texts) assert.deepEqual(tablesOf(text), tablesOf(text, 'streams'));
  // Reports with lines dropped, doubled or emptied of their numbers: rows missing, moved
  // into another table's section, read better or worse as a stream.
  const reports = texts.filter((t) => /第二十条/.test(t) && /行政复议/.test(t));
  fc.assert(
    fc.property(
      fc.constantFrom(...reports),
      fc.array(fc.tuple(fc.nat(400), fc.constantFrom('drop', 'double', 'move', 'digits', 'join', 'squash')), {
        minLength: 1,
        maxLength: 6,
      }),
      (text, edits) => {
        const lines = text.split('\n');
        for (const [at, edit] of edits) {
          if (lines.length === 0) break;
          const i = at % lines.length;
          if (edit === 'drop') lines.splice(i, 1);
          else if (edit === 'double') lines.splice(i, 0, lines[i]);
          // A line moved into another section (a table's row under the next table).
          else if (edit === 'move') lines.splice((i * 7) % lines.length, 0, ...lines.splice(i, 1));
          else if (edit === 'digits') lines[i] = lines[i].replace(/[0-9]/g, '');
          else if (edit === 'join') lines[i] = lines[i].replace(/\t/g, '');
          // A table's numbers run together from here on (a web page without cell borders).
          else for (let j = i; j < lines.length; j++) lines[j] = lines[j].replace(/([0-9])[\t |]+(?=[0-9])/g, '$1');
        }
        const mangled = lines.join('\n');
        assert.deepEqual(tablesOf(mangled), tablesOf(mangled, 'streams'));
      },
    ),
    { numRuns: 400 },
  );
});
