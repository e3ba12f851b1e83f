// Edges of the quick paths issue 11 wrote into the parser (char-code loops in place of
// patterns, roles as bits, section ids as bits, line marks), found unchecked by mutation
// testing a seeded sample of the lines this work changed (scripts/mutation-diff-sample.mjs,
// test/mutation/session-sample.txt). Each case is a few lines in the format's own words
// (docs/report-format.md), its expected rows, cells, offsets and sections worked out by
// hand from what the code promises: white space as `\s` has it, a minus sign after a
// separator, the first heading of a section kept, a table's bound counted in row lines.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTokenRows } from '../../server/src/engine/parse/tokens';
import { gridRows } from '../../server/src/engine/parse/grid';
import { readSections } from '../../server/src/engine/parse/sections';
import { parse } from '../../server/src/engine/parse';
import { SourceText } from '../../server/src/engine/text/source';
import { fastPaths } from '../../server/src/engine/fast';

// ---------------------------------------------------------------------------------------
// tokens.ts: a dash is a separator for the minus sign after it ([—–-], by char code)

const NEW = '一、本年新收政府信息公开申请数量';

/** Table 2's stream reading of one line: each row's cells as `text@start-end`. */
const streamCells = (text: string) =>
  readTokenRows(text, 0, text.length, () => 0, 2).rows.map((r) => r.cells.map((c) => `${c.text}@${c.start}-${c.end}`));

test('tokens: a minus sign right after a dash filler (—, –) is a sign: the filler is a cell, -5 the next', () => {
  // 一、本年新收…数量 is 16 characters, a space at 16: the dash at 17, the sign at 18, 5 at 19.
  assert.deepEqual(streamCells(`${NEW} —-5`), [[`${NEW}@0-16`, '—@17-18', '-5@18-20']]);
  assert.deepEqual(streamCells(`${NEW} –-5`), [[`${NEW}@0-16`, '–@17-18', '-5@18-20']]);
});

test('tokens: after a lone hyphen (no filler: one - is not 无 or --), a hyphen before a digit is a sign', () => {
  assert.deepEqual(streamCells(`${NEW} --5`), [[`${NEW}@0-16`, '-5@18-20']]);
});

test('tokens: a hyphen glued to other text is no sign: the number after it is 5', () => {
  // The contrast to the cases above: x is not a dash, so - after it starts no number.
  assert.deepEqual(streamCells(`${NEW} x-5`), [[`${NEW}@0-16`, '5@19-20']]);
});

// ---------------------------------------------------------------------------------------
// grid.ts: a cell's edges trimmed of white space as \s has it, U+FEFF included

test('grid: a cell is trimmed of U+FEFF (white space to \\s) at its start and end; a cell of it alone is empty', () => {
  // 予以公开 0-3, TAB 4, U+FEFF 5, 5 at 6, TAB 7, 6 at 8, U+FEFF 9, TAB 10, U+FEFF 11.
  const src = new SourceText('予以公开\t\ufeff5\t6\ufeff\t\ufeff');
  const [row] = gridRows(src, [0], 'tab');
  assert.deepEqual(row.cells, [
    { text: '予以公开', start: 0, end: 4 },
    { text: '5', start: 6, end: 7 },
    { text: '6', start: 8, end: 9 },
    { text: '', start: 12, end: 12, gap: { start: 11, end: 12 } },
  ]);
});

// ---------------------------------------------------------------------------------------
// sections.ts: of two numbered (not 一、) headings naming one section, the first is it

test('sections: a sub-heading naming the section it stands in is no second section (6. … then （六）…)', () => {
  // Numbered 1. 5. 6. as clerks write it; under 6. the format's own sub-heading
  // （六）本行政机关认为需要报告的其他事项 names section 6 again: section 6 runs from its
  // heading (line 5) to the end (line 7), and there is no second section 6.
  const src = new SourceText(
    [
      '某县2022年政府信息公开工作年度报告',
      '1.总体情况',
      '本年度未收到申请。',
      '5.存在的主要问题及改进情况',
      '无。',
      '6.其他需要报告的事项',
      '（六）本行政机关认为需要报告的其他事项',
      '无。',
    ].join('\n'),
  );
  const { sections } = readSections(src);
  assert.deepEqual(
    sections.map((s) => [s.id, s.firstLine, s.lastLine, s.heading.numbering.text]),
    [
      [1, 1, 2, '1.'],
      [5, 3, 4, '5.'],
      [6, 5, 7, '6.'],
    ],
  );
});

// ---------------------------------------------------------------------------------------
// tables.ts: the bound on a table's size (TABLE_MAX_ROWS, 2,000) counts row lines, not
// blank ones, with the line marks and without (the plain definition the marks replace)

test('tables: 2,001 blank lines inside table 2 are no rows: it is read, with its two rows, with the line marks and without', () => {
  const row = (label: string) => `${label}\t0\t0\t0\t0\t0\t0\t0`;
  const text = [
    '一、总体情况',
    '本年度未收到申请。',
    '三、收到和处理政府信息公开申请情况',
    row(NEW),
    ...new Array<string>(2001).fill(''),
    row('二、上年结转政府信息公开申请数量'),
    '四、政府信息公开行政复议、行政诉讼情况',
    '无。',
  ].join('\n');
  const read = () => {
    const model = parse(text);
    return { unreadable: model.unreadableTables.length, tables: model.tables.map((t) => [t.id, t.rows.length]) };
  };
  const expected = { unreadable: 0, tables: [[2, 2]] };
  assert.deepEqual(read(), expected);
  fastPaths.lineMarks = false;
  try {
    assert.deepEqual(read(), expected);
  } finally {
    fastPaths.lineMarks = true;
  }
});
