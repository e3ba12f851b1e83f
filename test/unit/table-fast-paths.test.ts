// Fast paths of the table readers (issue 11) against the code they replace: each must give
// exactly what the slower code gave, on any input.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bestMatch, matcher, type Labelled } from '../../server/src/engine/parse/match';
import {
  asciiDigits,
  digitsValue,
  readNumber,
  takeValues,
  toCells,
  valueCells,
  type CellNames,
  type NumberKind,
} from '../../server/src/engine/parse/cells';
import { detectLayout, endsWithPipe, gridRows, startsWithPipe, trimmedLength } from '../../server/src/engine/parse/grid';
import { isTableLine } from '../../server/src/engine/parse/sections';
import { isBlank, SourceText, trimmedSpan } from '../../server/src/engine/text/source';
import { CELL_PER_LINE_SHARE, HTML_LINES_SHARE, MARKDOWN_LEADING_PIPE_SHARE, PIPE_LINES_SHARE } from '../../server/src/engine/heuristics';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019 } from '../../server/src/engine/format/table1';
import { TABLE2_COLUMNS, TABLE2_GROUPS, TABLE2_ROWS } from '../../server/src/engine/format/table2';
import { TABLE3_HEADER_LABELS } from '../../server/src/engine/format/table3';
import type { Layout, Span } from '../../server/src/engine/model';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fastPaths } from '../../server/src/engine/fast';
import { readView } from '../../server/src/engine/parse/view';
import { readSections } from '../../server/src/engine/parse/sections';
import { readTables } from '../../server/src/engine/parse/tables';
import { isNumeric } from '../../server/src/engine/parse/match';
import { cellText as toldText, cellTexts, EMPTY_TEXT, NUMBER_TEXT, WORD } from '../../server/src/engine/parse/texts';
import { table1Format } from '../../server/src/engine/parse/table1';
import { normalizeLabel } from '../../server/src/engine/text/normalize';
import type { GridRow } from '../../server/src/engine/model';
import { tabRows } from './table-rows';
import { insideLabelCode, isSeparatorCode } from '../../server/src/engine/parse/tokens';
import { isSpaceCode } from '../../server/src/engine/text/chars';

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

test('an empty cell reads as readNumber reads an empty text, in a column of every kind', () => {
  for (const kind of [undefined, 'count', 'amount', 'delta'] as (NumberKind | undefined)[]) {
    const names: CellNames = {
      rowKey: 'r',
      rowName: { zh: '行', en: 'row' },
      columns: [{ key: 'c', short: { zh: '列', en: 'col' }, kind }],
    };
    const [cell] = toCells([{ text: '', start: 4, end: 4 }], names);
    const read = readNumber('', kind);
    assert.deepEqual({ status: cell.status, value: cell.value, problem: cell.problem }, { problem: undefined, ...read }, String(kind));
  }
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

// Characters of table lines in every layout: separators, tags, white space, words, digits.
const LINE_PIECES = [
  '\t',
  '\t',
  '|',
  ' | ',
  '<td>',
  '</td>',
  '<tr>',
  '<TH class=a>',
  '<table>',
  '<p>',
  '<',
  ' ',
  '\u3000',
  '\u00a0',
  '第二十条',
  '规章',
  '0',
  '12',
  '-',
  '---',
  ':',
];
const tableText = fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 16 }).map((p) => p.join(''));

test('isTableLine is its three patterns; trimmedLength is trim().length; asciiDigits is its pattern', () => {
  // isTableLine's own quick checks (a TAB, then each pattern only where its character is)
  // against the patterns alone: the grid asks it only of lines marked with one of them.
  const byPatterns = (t: string) => /\t|\|.*\||^\s*\|/.test(t) || /<\/?(?:table|tbody|thead|tr|td|th)\b/i.test(t);
  fc.assert(
    fc.property(tableText, (text) => {
      assert.equal(isTableLine(text), byPatterns(text), JSON.stringify(text));
      assert.equal(trimmedLength(text), text.trim().length, JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(cellTextOf('0123456789０a. -'), (text) => {
      assert.equal(asciiDigits(text), text.length > 0 && text.length <= 15 && /^[0-9]+$/.test(text), JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test('digitsValue is Number(text) for what asciiDigits accepts, -1 for the rest (toCell reads values with it)', () => {
  const check = (text: string) => assert.equal(digitsValue(text), asciiDigits(text) ? Number(text) : -1, JSON.stringify(text));
  fc.assert(fc.property(cellTextOf('0123456789０a. -/:'), check), { numRuns: 5000 });
  // Long runs of nines and leading zeros: the largest values it reads, exactly.
  fc.assert(fc.property(cellTextOf('09'), check), { numRuns: 5000 });
  for (const text of ['999999999999999', '9999999999999999', '000000000000001', '0', '']) check(text);
});

function cellTextOf(chars: string) {
  return fc.array(fc.constantFrom(...chars), { maxLength: 18 }).map((c) => c.join(''));
}

/** detectLayout as it was written, with lists of the lines (the definition). */
function detectLayoutByLists(src: SourceText, lines: number[]): Layout {
  const texts = lines.map((l) => src.lineText(l)).filter((t) => !isBlank(t));
  if (texts.length === 0) return 'tab';
  if (texts.filter((t) => /<(?:tr|td|th)\b/i.test(t)).length >= texts.length * HTML_LINES_SHARE) return 'html';
  const onePerLine = texts.filter((t) => /^\t[^\t]*$/.test(t)).length;
  if (onePerLine >= texts.length * CELL_PER_LINE_SHARE) return 'cellPerLine';
  const piped = texts.filter((t) => t.includes('|')).length;
  if (piped >= texts.length * PIPE_LINES_SHARE) {
    const leading = texts.filter((t) => /^\s*\|/.test(t)).length;
    return leading >= piped * MARKDOWN_LEADING_PIPE_SHARE ? 'markdown' : 'pipe';
  }
  return 'tab';
}

/** splitLine and its gaps as they were written (the definition), at TABs (or pipes). */
function tabCellsByDefinition(src: SourceText, line: number, sep = '\t'): Span[] {
  const base = src.lineStarts[line];
  const text = src.lineText(line);
  const cells: Span[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(sep, from);
    const end = at < 0 ? text.length : at;
    const span = trimmedSpan(src.text, base + from, base + end);
    const cell: Span = { text: src.text.slice(span.start, span.end), ...span };
    if (cell.text === '') {
      const previous = cells[cells.length - 1];
      const gap =
        end > from
          ? { start: from, end }
          : at >= 0
            ? { start: end, end: at + 1 }
            : previous && previous.text !== ''
              ? { start: from - 1, end: from }
              : undefined;
      if (gap) cell.gap = { start: base + gap.start, end: base + gap.end };
    }
    cells.push(cell);
    if (at < 0) break;
    from = at + 1;
  }
  return cells;
}

test('detectLayout counting in one pass, and TAB rows with their gaps, are their definitions', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(tableText, fc.constant('')), { minLength: 1, maxLength: 12 }), (lines) => {
      const src = new SourceText(lines.join('\n'));
      const all = lines.map((_, i) => i);
      assert.equal(detectLayout(src, all), detectLayoutByLists(src, all));
      const rows = gridRows(src, all, 'tab');
      const expected = all
        .filter((l) => !isBlank(src.lineText(l)) || src.lineText(l).includes('\t'))
        .map((l) => ({ cells: tabCellsByDefinition(src, l), firstLine: l, lastLine: l }));
      assert.deepEqual(rows, expected);
      // The pipe layout splits by the same loop, then drops what lies outside the outer pipes.
      const piped = all
        .filter((l) => !isBlank(src.lineText(l)))
        .map((l) => {
          const cells = tabCellsByDefinition(src, l, '|');
          const text = src.lineText(l);
          if (cells.length > 1 && cells[0].text === '' && /^\s*\|/.test(text)) cells.shift();
          if (cells.length > 1 && cells[cells.length - 1].text === '' && /\|\s*$/.test(text)) cells.pop();
          return { cells, firstLine: l, lastLine: l };
        });
      assert.deepEqual(gridRows(src, all, 'pipe'), piped);
    }),
    { numRuns: 3000 },
  );
});

// Cell texts told once (parse/texts.ts): numbers and empty cells share one record each,
// whose answers are set in advance, since no label of the format is empty or a number.

/** Texts isNumeric takes: a sign, digits (ASCII or full width), commas and points. */
const numberText = fc
  .tuple(
    fc.constantFrom('', '-', '−', '－', '+'),
    fc.array(fc.constantFrom(...'0123456789０１９,，.．'), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('', ' ', '\u3000'),
  )
  .map(([sign, digits, pad]) => pad + sign + (/[0-9０-９]/.test(digits[0]) ? '' : '1') + digits.join('') + pad);

/** Every label of the three tables (both formats of table 1), as written and normalised. */
const ALL_LABELS = [
  ...[...TABLE1_BLOCKS, ...TABLE1_BLOCKS_2019].flatMap((b) => [b.heading, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]),
  ...TABLE2_ROWS.flatMap((r) => [r.label, ...(r.variants ?? []), ...(r.accepted ?? [])]),
  ...TABLE2_GROUPS,
  ...TABLE2_COLUMNS.map((c) => c.label),
  ...TABLE3_HEADER_LABELS.map((l) => l.label),
];

test('a cell text is empty, a number (as isNumeric tells) or a word, one record per word', () => {
  assert.equal(toldText(''), EMPTY_TEXT);
  fc.assert(
    fc.property(fc.oneof(numberText, labelText, fc.string({ maxLength: 6 })), (text) => {
      const told = toldText(text);
      if (text === '') assert.equal(told, EMPTY_TEXT);
      else if (isNumeric(text)) assert.equal(told, NUMBER_TEXT, text);
      else {
        assert.equal(told.kind, WORD, text);
        // The same record for the same text, even in another string (a later lint's copy).
        assert.equal(toldText([...text].join('')), told, text);
      }
    }),
    { numRuns: 3000 },
  );
});

test('no label of the tables is empty or a number, nor normalises like one (what the shared records assume)', () => {
  const labels = new Set(ALL_LABELS.map(normalizeLabel));
  for (const l of ALL_LABELS) assert.ok(l !== '' && !isNumeric(l), l);
  fc.assert(
    fc.property(numberText, (text) => {
      assert.ok(!labels.has(normalizeLabel(text)), text);
    }),
    { numRuns: 3000 },
  );
});

/** table1Format as it was written: each cell's normalised text counted in the labels only one format has. */
function table1FormatByDefinition(rows: GridRow[]): 2019 | 2021 {
  const own = (mine: typeof TABLE1_BLOCKS, other: typeof TABLE1_BLOCKS) => {
    const labels = (blocks: typeof TABLE1_BLOCKS) =>
      new Set(blocks.flatMap((b) => [b.heading, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]).map(normalizeLabel));
    const theirs = labels(other);
    return new Set([...labels(mine)].filter((l) => !theirs.has(l)));
  };
  const only2019 = own(TABLE1_BLOCKS_2019, TABLE1_BLOCKS);
  const only2021 = own(TABLE1_BLOCKS, TABLE1_BLOCKS_2019);
  let old = 0;
  let current = 0;
  for (const cell of rows.flatMap((r) => r.cells)) {
    const label = normalizeLabel(cell.text);
    if (only2019.has(label)) old++;
    if (only2021.has(label)) current++;
  }
  return old > current ? 2019 : 2021;
}

const table1Cell = fc.oneof(
  fc.constantFrom(
    ...[...TABLE1_BLOCKS, ...TABLE1_BLOCKS_2019].flatMap((b) => [
      b.heading,
      ...b.columns.map((c) => c.label),
      ...b.rows.map((r) => r.label),
    ]),
  ),
  numberText.map((t) => t.trim()),
  fc.constantFrom('', '无', '信息内容'),
);

test('table1Format, from the cells told once, counts as it did from each normalised text', () => {
  fc.assert(
    fc.property(fc.array(fc.array(table1Cell, { maxLength: 5 }), { maxLength: 6 }), (lines) => {
      const rows = tabRows(...lines.map((cells) => cells.join('\t')));
      const expected = table1FormatByDefinition(rows);
      assert.equal(table1Format(rows), expected);
      assert.equal(
        table1Format(
          rows,
          rows.map((r) => cellTexts(r.cells)),
        ),
        expected,
      );
    }),
    { numRuns: 3000 },
  );
});

test('the stream reader tells separators and the characters inside a label by code unit as its patterns did', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isSeparatorCode(c), /[\s\u3000\u00a0|]/.test(ch), c.toString(16));
    assert.equal(insideLabelCode(c), /[\s\u3000\u00a0|*“”‘’"'\\]/.test(ch), c.toString(16));
  }
  // Past the text's end (charCodeAt gives NaN), as a pattern tested on '' is: no class.
  assert.equal(isSeparatorCode(NaN), false);
  assert.equal(insideLabelCode(NaN), false);
});

test('no white space lies in (0x20, 0xa0) or (0x3000, 0xfeff), the code units splitLine trims without asking', () => {
  for (let c = 0x21; c < 0xa0; c++) assert.ok(!isSpaceCode(c), c.toString(16));
  for (let c = 0x3001; c < 0xfeff; c++) assert.ok(!isSpaceCode(c), c.toString(16));
});

test('startsWithPipe and endsWithPipe are /^\\s*\\|/ and /\\|\\s*$/', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('|', ' ', '\t', '\u3000', '\u00a0', 'a', '规', '-', '\r'), { maxLength: 8 }), (chars) => {
      const text = chars.join('');
      assert.equal(startsWithPipe(text), /^\s*\|/.test(text), JSON.stringify(text));
      assert.equal(endsWithPipe(text), /\|\s*$/.test(text), JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});
