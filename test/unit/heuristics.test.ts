// One boundary test per heuristic of server/src/engine/heuristics.ts: the value at the
// boundary, and the first value past it, through the code that uses it. A changed
// constant fails here and has to be argued for.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeReport, parse } from '../../server/src/engine';
import * as H from '../../server/src/engine/heuristics';
import { bestMatch } from '../../server/src/engine/parse/match';
import { detectLayout, tableLineRuns } from '../../server/src/engine/parse/grid';
import { headingIds } from '../../server/src/engine/parse/sections';
import { SourceText } from '../../server/src/engine/text/source';
import { normalizeLabel, similarity } from '../../server/src/engine/text/normalize';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019 } from '../../server/src/engine/format/table1';
import { TABLE2_COLUMNS, TABLE2_ROWS } from '../../server/src/engine/format/table2';
import { TABLE3_HEADER_LABELS } from '../../server/src/engine/format/table3';

/** A label of `n` distinct characters, and the same with its first `k` characters replaced. */
const LETTERS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒';
const label = (n: number) => LETTERS.slice(0, n);
const typo = (n: number, k: number) => '某'.repeat(k) + LETTERS.slice(k, n);

/** The lowest threshold at which `written` still matches a one-label catalogue. */
function matches(written: string, canonical: string, threshold: number): boolean {
  return bestMatch(written, [{ label: canonical }], threshold) !== undefined;
}

test('LABEL_MATCH: a label with 40% of its characters wrong is read, one more wrong is not', () => {
  assert.equal(H.LABEL_MATCH, 0.6);
  assert.ok(matches(typo(10, 4), label(10), H.LABEL_MATCH));
  assert.ok(!matches(typo(10, 5), label(10), H.LABEL_MATCH));
  // The reasons given: the format's typo example is read, the closest different labels are not confused.
  assert.ok(similarity(normalizeLabel('本年度止件数'), '本年废止件数') >= H.LABEL_MATCH);
  for (const [a, b] of [
    ['结果维持', '结果纠正'],
    ['行政复议', '行政诉讼'],
    ['行政许可', '行政处罚'],
  ]) {
    assert.ok(similarity(a!, b!) < H.LABEL_MATCH, `${a} / ${b}`);
  }
});

test('TABLE_WORDS_MATCH: 25% wrong still votes, 30% does not', () => {
  assert.equal(H.TABLE_WORDS_MATCH, 0.75);
  assert.ok(matches(typo(20, 5), label(20), H.TABLE_WORDS_MATCH));
  assert.ok(!matches(typo(20, 6), label(20), H.TABLE_WORDS_MATCH));
  assert.ok(H.TABLE_WORDS_MATCH > H.LABEL_MATCH);
});

test('SHAPE_LABEL_MATCH: 10% wrong still counts, 15% does not', () => {
  assert.equal(H.SHAPE_LABEL_MATCH, 0.9);
  assert.ok(matches(typo(20, 2), label(20), H.SHAPE_LABEL_MATCH));
  assert.ok(!matches(typo(20, 3), label(20), H.SHAPE_LABEL_MATCH));
});

test('NUMBERING_PENALTY: a label without its numbering scores 1 − penalty, still above SHAPE_LABEL_MATCH', () => {
  const row = TABLE2_ROWS.find((r) => r.label === '4.保护第三方合法权益')!;
  const m = bestMatch('保护第三方合法权益', TABLE2_ROWS, H.LABEL_MATCH);
  assert.equal(m?.item, row);
  assert.equal(m?.score, 1 - H.NUMBERING_PENALTY);
  assert.ok(1 - H.NUMBERING_PENALTY >= H.SHAPE_LABEL_MATCH);
  // With the right number written, the exact row wins over its unnumbered twin.
  assert.equal(bestMatch('4.保护第三方合法权益', TABLE2_ROWS, H.LABEL_MATCH)?.score, 1);
});

test('MAX_LABEL_LENGTH: a cell of 80 characters can be a label, 81 is prose; every format label fits in half', () => {
  assert.equal(H.MAX_LABEL_LENGTH, 80);
  const long = '某'.repeat(H.MAX_LABEL_LENGTH);
  assert.ok(matches(long, long, H.LABEL_MATCH));
  assert.ok(!matches(long + '某', long + '某', H.LABEL_MATCH));
  const labels = [
    ...TABLE2_ROWS,
    ...TABLE2_COLUMNS,
    ...TABLE3_HEADER_LABELS,
    ...[...TABLE1_BLOCKS, ...TABLE1_BLOCKS_2019].flatMap((b) => [{ label: b.heading }, ...b.columns, ...b.rows]),
  ].map((l) => l.label);
  assert.ok(Math.max(...labels.map((l) => l.length)) * 2 <= H.MAX_LABEL_LENGTH);
});

/** detectLayout over `lines` (a table run): the layout it picks. */
function layoutOf(lines: string[]): string {
  const src = new SourceText(lines.join('\n'));
  return detectLayout(
    src,
    lines.map((_, i) => i),
  );
}
const rows = (n: number, line: string) => Array<string>(n).fill(line);

test('HTML_LINES_SHARE: 3 lines of 10 with cell tags is HTML, 2 is not', () => {
  assert.equal(H.HTML_LINES_SHARE, 0.3);
  assert.equal(layoutOf([...rows(3, '<tr><td>1</td></tr>'), ...rows(7, '行政许可\t0')]), 'html');
  assert.notEqual(layoutOf([...rows(2, '<tr><td>1</td></tr>'), ...rows(8, '行政许可\t0')]), 'html');
});

test('CELL_PER_LINE_SHARE: 8 lines of 10 holding one TAB-led cell is one cell per line, 7 is not', () => {
  assert.equal(H.CELL_PER_LINE_SHARE, 0.8);
  assert.equal(layoutOf([...rows(8, '\t0'), ...rows(2, '行政许可\t0')]), 'cellPerLine');
  assert.equal(layoutOf([...rows(7, '\t0'), ...rows(3, '行政许可\t0')]), 'tab');
});

test('PIPE_LINES_SHARE: half of the lines with pipes is a pipe table, 4 of 10 is not', () => {
  assert.equal(H.PIPE_LINES_SHARE, 0.5);
  assert.equal(layoutOf([...rows(5, '行政许可 | 0 | 0'), ...rows(5, '行政许可\t0')]), 'pipe');
  assert.equal(layoutOf([...rows(4, '行政许可 | 0 | 0'), ...rows(6, '行政许可\t0')]), 'tab');
});

test('MARKDOWN_LEADING_PIPE_SHARE: 8 of 10 pipe rows starting with | is Markdown, 7 is a web copy', () => {
  assert.equal(H.MARKDOWN_LEADING_PIPE_SHARE, 0.8);
  assert.equal(layoutOf([...rows(8, '| 行政许可 | 0 |'), ...rows(2, '行政许可 | 0 |')]), 'markdown');
  assert.equal(layoutOf([...rows(7, '| 行政许可 | 0 |'), ...rows(3, '行政许可 | 0 |')]), 'pipe');
});

/** The table runs tableLineRuns finds in `lines`, as lists of 1-based line numbers. */
function runsOf(lines: string[]): number[][] {
  return tableLineRuns(new SourceText(lines.join('\n')), 0, lines.length - 1).map((run) => run.map((l) => l + 1));
}

test('TABLE_LABEL_LINE_MAX_LENGTH: a 40-character line without TABs stays inside a table, 41 ends it', () => {
  assert.equal(H.TABLE_LABEL_LINE_MAX_LENGTH, 40);
  const between = (n: number) => runsOf(['行政许可\t0', '某'.repeat(n), '行政处罚\t0']);
  assert.deepEqual(between(40), [[1, 2, 3]]);
  assert.deepEqual(between(41), [[1], [3]]);
});

test('TABLE_MAX_SHORT_LINES: three short lines inside a table keep it whole, four end it', () => {
  assert.equal(H.TABLE_MAX_SHORT_LINES, 3);
  const between = (n: number) => runsOf(['行政许可\t0', ...rows(n, '注：单位为件'), '行政处罚\t0']);
  assert.deepEqual(between(3), [[1, 2, 3, 4, 5]]);
  assert.deepEqual(between(4), [[1], [6]]);
});

const TITLE = '某某县科学技术局2022年政府信息公开工作年度报告';
const SECTIONS = '\n\n一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n\n正文。\n';

test('TITLE_SEARCH_LINES: without headings, a title on line 15 is found, on line 16 it is not', () => {
  assert.equal(H.TITLE_SEARCH_LINES, 15);
  const at = (line: number) => parse(`${rows(line - 1, '网站首页 > 政务公开').join('\n')}\n${TITLE}\n正文。\n`).title;
  assert.equal(at(15)?.year?.value, 2022);
  assert.equal(at(16), undefined);
});

test('TITLE_MAX_LENGTH: a title line of 80 characters is a title, of 81 it is not', () => {
  assert.equal(H.TITLE_MAX_LENGTH, 80);
  const padded = (n: number) => '某'.repeat(n - TITLE.length) + TITLE;
  assert.equal(parse(padded(80) + SECTIONS).title?.year?.value, 2022);
  assert.equal(parse(padded(81) + SECTIONS).title, undefined);
});

test('TITLE_TAIL_MAX_LENGTH: a wrapped title continues on a line of 24 characters, not of 25', () => {
  assert.equal(H.TITLE_TAIL_MAX_LENGTH, 24);
  const tail = (n: number) => '某'.repeat(n - '工作年度报告'.length) + '工作年度报告';
  const wrapped = (n: number) => parse(`某某县科学技术局2022年政府信息公开\n${tail(n)}${SECTIONS}`).title;
  assert.equal(wrapped(24)?.lastLine, 1);
  assert.equal(wrapped(25)?.lastLine, 0);
});

test('HEADING_TITLE_MAX_LENGTH: a heading title of 40 characters is a heading, of 41 a sentence', () => {
  assert.equal(H.HEADING_TITLE_MAX_LENGTH, 40);
  const heading = (n: number) => `二、${'主动公开'.padEnd(n, '某')}`;
  assert.ok(headingIds(new SourceText(heading(40))).has(2));
  assert.ok(!headingIds(new SourceText(heading(41))).has(2));
});

test('TABLE3_MIN_NUMBERS: a bare row of 12 numbers outside any table section is table 3, of 11 it is not', () => {
  assert.equal(H.TABLE3_MIN_NUMBERS, 12);
  const tables = (n: number) => parse(`${TITLE}\n\n一、总体情况\n\n正文。\n\n${rows(n, '0').join('\t')}\n`).tables.map((t) => t.id);
  assert.deepEqual(tables(12), [3]);
  assert.deepEqual(tables(11), []);
});

test('DETECT_MIN_HEADINGS: three section headings make a report, two do not', () => {
  assert.equal(H.DETECT_MIN_HEADINGS, 3);
  assert.ok(looksLikeReport(`${TITLE}\n一、总体情况\n二、主动公开政府信息情况\n四、行政复议\n`));
  assert.ok(!looksLikeReport(`${TITLE}\n一、总体情况\n二、主动公开政府信息情况\n`));
});

test('DETECT_SAMPLE_LENGTH: a heading ending at the last character read counts, one character later it does not', () => {
  assert.equal(H.DETECT_SAMPLE_LENGTH, 200_000);
  const head = `${TITLE}\n一、总体情况\n二、主动公开政府信息情况\n`;
  const last = '四、行政复议';
  const text = (extra: number) => {
    const filler = 'x'.repeat(H.DETECT_SAMPLE_LENGTH - head.length - last.length - 1 + extra);
    return `${head}${filler}\n${last}\n正文`;
  };
  assert.equal(text(0).indexOf(last) + last.length, H.DETECT_SAMPLE_LENGTH);
  assert.ok(looksLikeReport(text(0)));
  assert.ok(!looksLikeReport(text(1)));
});

test('LABEL_VARIANTS: matched to the format label and reported; a word just past them is not matched', () => {
  const column = (written: string) => bestMatch(written, TABLE2_COLUMNS, H.LABEL_MATCH);
  for (const variant of H.LABEL_VARIANTS.socialWelfareOrganisation) {
    assert.equal(column(variant)?.item.label, '社会公益组织', variant);
    assert.equal(column(variant)?.exact, false, `${variant} is reported`);
  }
  assert.equal(column('其它')?.item.label, '其他');
  assert.equal(column('其它')?.exact, false);
  assert.equal(column('社会公益组织')?.exact, true);
  assert.equal(column('社会团体'), undefined);
});

test('ACCEPTED_LABELS: matched and not reported', () => {
  const fees = TABLE1_BLOCKS.flatMap((b) => b.columns).find((c) => c.key === 'fees')!;
  for (const accepted of H.ACCEPTED_LABELS.feesHeader) {
    assert.deepEqual(bestMatch(accepted, [fees], H.LABEL_MATCH), { item: fees, score: 1, exact: true }, accepted);
  }
  for (const accepted of H.ACCEPTED_LABELS.partialDisclosure) {
    const m = bestMatch(accepted, TABLE2_ROWS, H.LABEL_MATCH);
    assert.equal(m?.item.key, 'partial');
    assert.equal(m?.exact, true);
  }
});

test('SECTION_TITLE_WORDS: the format document’s title variants name their sections; one key word short does not', () => {
  const cases: [1 | 2 | 3 | 4 | 5 | 6, string[], string[]][] = [
    [1, ['总体情况', '总体概况', '基本情况'], ['总体']],
    [2, ['主动公开政府信息情况'], ['主动政府信息']],
    [3, ['收到和处理政府信息公开申请情况', '依申请公开情况'], ['政府信息公开情况']],
    [4, ['政府信息公开行政复议、行政诉讼情况', '行政复议和行政诉讼情况'], ['行政处罚情况']],
    [5, ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', '存在主要问题和改进情况'], ['存在的主要问题']],
    [6, ['其他需要报告的事项', '其它需要报告的事项'], ['其他需要报告的']],
  ];
  for (const [id, names, nearMisses] of cases) {
    for (const name of names) assert.ok(H.namesSection(id, name), `${name} names section ${id}`);
    for (const name of nearMisses) assert.ok(!H.namesSection(id, name), `${name} does not name section ${id}`);
  }
});

test('TABLE_MAX_ROWS: a table of 2,000 row lines is read, of 2,001 it is not (one GR108, no row built)', () => {
  assert.equal(H.TABLE_MAX_ROWS, 2000);
  const report = readFileSync(join(__dirname, '..', 'fixtures', 'layouts', 'tab-clean.txt'), 'utf8').split('\n');
  const header = report.findIndex((l) => /信息内容/.test(l));
  const from = report.findIndex((l) => /^二、/.test(l));
  const to = report.findIndex((l) => /^三、/.test(l));
  // Row lines of table 1 as written: every non-blank line of its section after the heading.
  const own = report.slice(from + 1, to).filter((l) => l.trim() !== '').length;
  const withRows = (total: number) =>
    parse([...report.slice(0, header + 1), ...rows(total - own, '规章\t1\t0\t1'), ...report.slice(header + 1)].join('\n'));
  const read = withRows(H.TABLE_MAX_ROWS);
  assert.equal(read.tables.find((t) => t.id === 1)?.rows.length, H.TABLE_MAX_ROWS);
  assert.deepEqual(read.unreadableTables, []);
  const tooMany = withRows(H.TABLE_MAX_ROWS + 1);
  assert.equal(
    tooMany.tables.find((t) => t.id === 1),
    undefined,
    'table 1 not read',
  );
  assert.deepEqual(
    tooMany.unreadableTables.map((t) => [t.id, t.reason.en]),
    [[1, "Table 1 has 2,001 rows, far more than the format's; the table is not checked"]],
  );
  assert.deepEqual(
    tooMany.tables.map((t) => t.id),
    [2, 3],
    'the other tables are read as before',
  );
});
