// The reader's small parts on their own, each case written by hand from the format
// (docs/report-format.md: the title, the statistical period sentence, dates as reports
// write them, cells run together in web copies): splitting run-together digits, finding
// dates, the period sentence, the title and the publication date. The fixture tests reach
// these parts only through whole reports; these cases pin the edges a whole report rarely
// shows (a period sentence on the last line, a title cut by a blank line, a 标题： label,
// a split that lies beyond the search bound), which mutation testing found unchecked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitRuns, type Piece } from '../../server/src/engine/parse/split';
import { findDates } from '../../server/src/engine/parse/dates';
import { parsePeriod } from '../../server/src/engine/parse/period';
import { parsePublication, parseTitle } from '../../server/src/engine/parse/title';
import { SourceText } from '../../server/src/engine/text/source';

const src = (...lines: string[]) => new SourceText(lines.join('\n'));
const cells = (digits: string, pieces: Piece[]) => pieces.map((p) => digits.slice(p.start, p.end));

// ---------------------------------------------------------------------------------------
// splitRuns: digits run together, cut into cells

test('split: 1010 into two cells is 10|10 or 101|0, never a cell with a leading 0 (010)', () => {
  const digits = '1010';
  const found = splitRuns([{ start: 0, digits }], 2, undefined, 3);
  assert.deepEqual(
    found.map((p) => cells(digits, p)),
    [
      ['10', '10'],
      ['101', '0'],
    ],
  );
});

test('split: the row total picks the one split that adds up (19 0 0 0 0 0 19)', () => {
  const digits = '190000019';
  const total = (v: number[]) => v[6] === v[0] + v[1] + v[2] + v[3] + v[4] + v[5];
  const found = splitRuns([{ start: 10, digits }], 7, total);
  assert.equal(found.length, 1);
  assert.deepEqual(
    cells(
      digits,
      found[0].map((p) => ({ start: p.start - 10, end: p.end - 10 })),
    ),
    ['19', '0', '0', '0', '0', '0', '19'],
  );
  assert.deepEqual(found[0][0], { start: 10, end: 12 }, 'pieces are offsets in the text, from the run’s start');
});

test('split: a number with a decimal point is one cell, never cut', () => {
  assert.deepEqual(splitRuns([{ start: 0, digits: '1.5' }], 1), [[{ start: 0, end: 3 }]]);
  // Two runs cannot fill three cells when 1.5 stays whole.
  assert.deepEqual(
    splitRuns(
      [
        { start: 0, digits: '1.5' },
        { start: 4, digits: '2' },
      ],
      3,
    ),
    [],
  );
});

test('split: each run is at least one cell; as many runs as cells is one cell a run', () => {
  const runs = [
    { start: 0, digits: '12' },
    { start: 3, digits: '3' },
  ];
  assert.deepEqual(splitRuns(runs, 2), [
    [
      { start: 0, end: 2 },
      { start: 3, end: 4 },
    ],
  ]);
  assert.deepEqual(splitRuns(runs, 1), [], 'two runs never make one cell');
  assert.deepEqual(splitRuns([{ start: 0, digits: '12' }], 3), [], 'fewer digits than cells');
});

test('split: at most 64 digits are split; more count as not splittable', () => {
  // n runs of one digit into n cells: exactly one way, one cell a run.
  const singles = (n: number) => Array.from({ length: n }, (_, i) => ({ start: 2 * i, digits: '1' }));
  assert.equal(splitRuns(singles(64), 64).length, 1);
  assert.deepEqual(splitRuns(singles(65), 65), []);
});

test('split: a second split found only beyond the search bound counts as not found: no split at all', () => {
  // 40 ones into 20 cells: the first split (nineteen 1s and a 21-digit cell) is found at
  // once; the other accepted one starts with 11, after every split that starts with 1 —
  // billions of them. The search gives up, and a row it gave up on is not split on the
  // strength of the one split it had seen.
  const digits = '1'.repeat(40);
  const longLast = Number('1'.repeat(21));
  const either = (v: number[]) => v[19] === longLast || v[0] === 11;
  assert.deepEqual(splitRuns([{ start: 0, digits }], 20, either), []);
  // Within the bound: the first two splits that start with 1 are returned (two = ambiguous).
  const found = splitRuns([{ start: 0, digits }], 20, (v) => v[0] === 1);
  assert.equal(found.length, 2);
});

test('split: the search rules out dead ends early, so longer rows stay within its bound', () => {
  // Every split of 20 (or 28) ones that starts with 11 comes after every split that starts
  // with 1. Cutting off branches that can no longer fill the cells (too few digits left,
  // or a run left without a cell) keeps that search within the bound; searched blindly,
  // the same rows give up and are not split.
  for (const [digits, cells] of [
    [20, 8],
    [28, 6],
  ]) {
    const found = splitRuns([{ start: 0, digits: '1'.repeat(digits) }], cells, (v) => v[0] === 11);
    assert.equal(found.length, 2, `${digits} digits into ${cells} cells`);
    for (const pieces of found) assert.deepEqual(pieces[0], { start: 0, end: 2 });
  }
});

// ---------------------------------------------------------------------------------------
// Dates

test('dates: in the order they are written, whichever way each is written', () => {
  const line = '发布于2023-01-28，统计期限为2022年1月1日至2022年12月31日';
  const found = findDates(line, 100);
  assert.deepEqual(
    found.map((d) => [d.year?.value, d.month.value, d.day.value, line.slice(d.start - 100, d.end - 100)]),
    [
      [2023, 1, 28, '2023-01-28'],
      [2022, 1, 1, '2022年1月1日'],
      [2022, 12, 31, '2022年12月31日'],
    ],
  );
});

// ---------------------------------------------------------------------------------------
// The statistical period sentence

const PERIOD = '本报告所列数据统计期限为2022年1月1日至2022年12月31日。';

test('period: the sentence on the last line of the text is read', () => {
  const s = src('某县2022年政府信息公开工作年度报告', PERIOD);
  const period = parsePeriod(s, 1);
  assert.ok(period, 'no period read');
  assert.equal(period.line, 1);
  assert.equal(s.text.slice(period.start, period.end), '2022年1月1日至2022年12月31日');
  assert.equal(period.from.year?.value, 2022);
  assert.equal(period.to.month.value, 12);
});

test('period: read up to and including the last line it is looked for on, not beyond', () => {
  const s = src('标题', '正文', PERIOD, '正文');
  assert.equal(parsePeriod(s, 2)?.line, 2);
  assert.equal(parsePeriod(s, 1), undefined);
});

test('period: a sentence hard-wrapped mid-date is read with the next line', () => {
  const s = src('本报告所列数据统计期限为2022', '年1月1日至2022年12月31日。', '正文');
  const period = parsePeriod(s, 2);
  assert.ok(period, 'no period read');
  assert.equal(period.line, 0);
  assert.equal(s.text.slice(period.start, period.end), '2022\n年1月1日至2022年12月31日');
});

// ---------------------------------------------------------------------------------------
// The title and the publication date

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';

test('title: one line, its year and its span', () => {
  const s = src('', TITLE, '正文');
  const title = parseTitle(s, 3);
  assert.ok(title);
  assert.deepEqual([title.text, title.firstLine, title.lastLine, title.year?.value], [TITLE, 1, 1, 2022]);
  assert.equal(s.text.slice(title.start, title.end), TITLE);
});

test('title: a short line with 报告 after a whole title is not part of it', () => {
  const title = parseTitle(src(TITLE, '本报告由某县科学技术局编制'), 2);
  assert.deepEqual([title?.firstLine, title?.lastLine, title?.text], [0, 0, TITLE]);
});

test('title: cut in two (…政府信息公开 / 工作年度报告), also across a blank line and with the tail padded', () => {
  const head = '某县科学技术局2022年政府信息公开';
  for (const [lines, last] of [
    [[head, '工作年度报告'], 1],
    [[head, '', '工作年度报告'], 2],
    [[head, `${' '.repeat(12)}工作年度报告${' '.repeat(12)}`], 1],
  ] as const) {
    const title = parseTitle(src(...lines, '正文'), lines.length + 1);
    assert.equal(title?.lastLine, last, JSON.stringify(lines));
    assert.equal(title?.text, `${head} 工作年度报告`);
  }
});

test('title: a long second line is not the tail of a cut title', () => {
  const head = '某县科学技术局2022年政府信息公开';
  const body = '依据《中华人民共和国政府信息公开条例》规定，现公布本局年度报告如下';
  const title = parseTitle(src(head, body), 2);
  assert.deepEqual([title?.firstLine, title?.lastLine, title?.text], [0, 0, head]);
});

test('title: the tail is looked for only before the first section', () => {
  const head = '某县科学技术局2022年政府信息公开';
  const title = parseTitle(src(head, '工作年度报告'), 1);
  assert.equal(title?.lastLine, 0);
});

test('title: a crawler’s 标题： before it is left out, also below the first line', () => {
  const s = src('', '', `标题：${TITLE}`);
  const title = parseTitle(s, 3);
  assert.equal(title?.text, TITLE);
  assert.equal(s.text.slice(title!.start, title!.end), TITLE);
});

test('title: on one line with the body, the title ends at its 年度报告', () => {
  const line = `${TITLE}根据《中华人民共和国政府信息公开条例》要求编制本报告，全文包括总体情况等内容。`;
  const s = src('', line);
  const title = parseTitle(s, 2);
  assert.ok(title);
  assert.equal(title.text, TITLE);
  assert.equal(s.text.slice(title.start, title.end), TITLE);
  assert.equal(title.year?.value, 2022);
});

test('title: on one line with 8 characters of body or more it ends at its 年度报告; with 7 the whole line is the title', () => {
  const eight = '现将报告公布如下';
  const seven = '现将报告公布如';
  // Spaces around the line count for neither.
  for (const [line, title] of [
    [`${TITLE}${eight}`, TITLE],
    [`  ${TITLE}${eight}`, TITLE],
    [`${TITLE}${seven}`, `${TITLE}${seven}`],
    [`${TITLE}${seven}   `, `${TITLE}${seven}`],
  ]) {
    assert.equal(parseTitle(src(line, '正文'), 2)?.text, title, JSON.stringify(line));
  }
});

test('title: a long line naming 信息公开 that is no title is passed over for the title below it', () => {
  const long =
    '为贯彻落实《中华人民共和国政府信息公开条例》，进一步做好政府信息公开工作，提高政府工作透明度，现将本机关本年度政府信息公开工作有关情况报告如下，全文共分六个部分，请各单位认真对照执行，如有疑问请与本机关办公室联系。';
  assert.ok(long.length > 80);
  const title = parseTitle(src(long, TITLE), 2);
  assert.deepEqual([title?.firstLine, title?.text], [1, TITLE]);
});

test('publication date: the first 发布日期 line with a date, only before the first section', () => {
  const s = src(TITLE, '发布日期：待定', '发布日期：2023年1月20日', '正文');
  const pub = parsePublication(s, 3);
  assert.equal(pub?.line, 2);
  assert.deepEqual([pub?.date.year?.value, pub?.date.month.value, pub?.date.day.value], [2023, 1, 20]);
  assert.equal(parsePublication(s, 2), undefined, 'the line of the first section is not looked at');
});
