// The token reader (parse/tokens.ts) on its own: tables whose text has no cell separators
// to go by (a web page flattened onto one line, cells split by single spaces, PDF text with
// header words stacked over lines, labels cut by a wrap or mistyped). Each case is a few
// lines written in the format's own words (docs/report-format.md: table 1's four blocks,
// table 2's seven columns and 25 rows with 总计 = the other six, table 3's fifteen numbers in
// three groups of five with 总计 = the other four), with the rows, cells and offsets the
// format says they hold, worked out by hand. The fixture tests reach this reader only
// through whole reports; these cases pin the edges mutation testing found unchecked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTokenRows, type TableId, type TokenReading } from '../../server/src/engine/parse/tokens';

/** The line of an offset, counting line feeds before it. */
const lineOf = (text: string) => (offset: number) => {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
};

const read = (text: string, fallback?: TableId, from = 0, to = text.length): TokenReading =>
  readTokenRows(text, from, to, lineOf(text), fallback);

/** Each row's cells as written. */
const cells = (reading: TokenReading) => reading.rows.map((r) => r.cells.map((c) => c.text));
/** Each row's cells with their offsets, `text@start-end`. */
const placed = (reading: TokenReading) => reading.rows.map((r) => r.cells.map((c) => `${c.text}@${c.start}-${c.end}`));
const zeros = (n: number) => new Array<string>(n).fill('0');

const NEW = '一、本年新收政府信息公开申请数量';

// ---------------------------------------------------------------------------------------
// Digits run together: the table's own relations pick the split

test('table 2: digits run together are split where the row total 总计 = the other six holds (1 2 3 4 5 6 21)', () => {
  // Eight digits for seven cells: of the ways to cut them, only 1|2|3|4|5|6|21 adds up,
  // with every column non-zero, so a wrong sum (any one column left out) has no split.
  const text = `${NEW} 12345621`;
  const reading = read(text, 2);
  assert.deepEqual(placed(reading), [[`${NEW}@0-16`, '1@17-18', '2@18-19', '3@19-20', '4@20-21', '5@21-22', '6@22-23', '21@23-25']]);
  assert.equal(reading.unreadable.size, 0);
});

test('table 2: a run with no split that adds up leaves the table unread, naming the row and its digits', () => {
  // 19000001 9: eight digits for six cells, no leading zeros, cannot be cut (five zeros
  // are five cells already); the total 9 cannot help.
  const text = `${NEW} 19000001 9`;
  const reading = read(text, 2);
  assert.deepEqual(cells(reading), [[NEW, '19000001', '9']], 'the row keeps its runs as written');
  assert.deepEqual(reading.unreadable.get(2), {
    zh: `表二的数字连在一起，无法可靠拆分（${NEW}：19000001 9），本表不作检查`,
    en: `The numbers of table 2 run together and cannot be split with confidence (${NEW}: 19000001 9); the table is not checked`,
  });
});

test('table 3: fifteen numbers run together are split where each group’s 总计 = the other four', () => {
  // 1 2 3 4 10 | 2 0 1 1 4 | 1 1 1 1 4: sixteen digits, and only 10 in the first group's
  // total makes all three groups add up.
  const text = '行政复议 结果维持\n1234102011411114';
  const reading = read(text, 3);
  assert.deepEqual(cells(reading), [
    ['行政复议', '结果维持'],
    ['1', '2', '3', '4', '10', '2', '0', '1', '1', '4', '1', '1', '1', '1', '4'],
  ]);
  assert.equal(reading.rows[1].cells[4].start, 14);
  assert.equal(reading.rows[1].cells[4].end, 16);
  assert.equal(reading.rows[1].firstLine, 1);
  assert.equal(reading.rows[1].lastLine, 1);
  assert.equal(reading.unreadable.size, 0);
});

test('table 3: a row of bare numbers in the section is table 3’s, even with no header before it', () => {
  const reading = read('1234102011411114', 3);
  assert.deepEqual(cells(reading), [['1', '2', '3', '4', '10', '2', '0', '1', '1', '4', '1', '1', '1', '1', '4']]);
});

test('table 3: bare numbers in another table’s section are not taken for table 3’s', () => {
  const reading = read('1234102011411114', 2);
  assert.deepEqual(cells(reading), [['1234102011411114']]);
  assert.equal(reading.unreadable.size, 0, 'no table row, nothing to call unreadable');
});

test('table 3: a run that no grouping adds up names the table, as no row label is written', () => {
  const reading = read('1000100000100010', 3);
  assert.deepEqual(reading.unreadable.get(3), {
    zh: '表三的数字连在一起，无法可靠拆分（表三：1000100000100010），本表不作检查',
    en: 'The numbers of table 3 run together and cannot be split with confidence (表三: 1000100000100010); the table is not checked',
  });
});

test('an unreadable row’s digits are cut at 40 characters with …', () => {
  // Table 2's row: two runs of zeros for seven cells; a 0 stands alone, so 42 zeros are 42 cells.
  const runs = `${'0'.repeat(22)} ${'0'.repeat(20)}`;
  assert.equal(runs.length, 43);
  const reading = read(`${NEW} ${runs}`, 2);
  assert.equal(reading.unreadable.get(2)?.zh, `表二的数字连在一起，无法可靠拆分（${NEW}：${runs.slice(0, 40)}…），本表不作检查`);
  // Forty characters exactly are written whole.
  const forty = `${'0'.repeat(20)} ${'0'.repeat(19)}`;
  assert.equal(forty.length, 40);
  assert.equal(read(`${NEW} ${forty}`, 2).unreadable.get(2)?.zh, `表二的数字连在一起，无法可靠拆分（${NEW}：${forty}），本表不作检查`);
});

test('as many digits as cells: one digit a cell, even when the row total does not hold', () => {
  // 1111111: 总计 1 ≠ 6, which GR203 reports; the split is not in doubt.
  const reading = read(`${NEW} 1111111`, 2);
  assert.deepEqual(cells(reading), [[NEW, '1', '1', '1', '1', '1', '1', '1']]);
  assert.equal(reading.unreadable.size, 0);
});

test('only the first unreadable row of a table is named', () => {
  const text = `${NEW} 19000001 9\n二、上年结转政府信息公开申请数量 29000002 9`;
  const reading = read(text, 2);
  assert.equal(reading.unreadable.size, 1);
  assert.ok(reading.unreadable.get(2)!.zh.includes(`${NEW}：19000001 9`));
  assert.equal(reading.fees.unreadable, undefined, 'no fee table here');
});

// ---------------------------------------------------------------------------------------
// Labels as the trie reads them

test('a numbering written 1、 or 2， reads as 1. and 2. (table 2’s items)', () => {
  const text = `1、属于国家秘密 ${zeros(7).join(' ')}\n2，其他法律行政法规禁止公开 ${zeros(7).join(' ')}`;
  const reading = read(text, 2);
  assert.deepEqual(cells(reading), [
    ['1、属于国家秘密', ...zeros(7)],
    ['2，其他法律行政法规禁止公开', ...zeros(7)],
  ]);
  assert.equal(reading.rows[1].firstLine, 1);
  assert.equal(reading.unreadable.size, 0);
});

test('a numbering written 1, or 1. reads as the same label', () => {
  const reading = read(`1,属于国家秘密 ${zeros(7).join(' ')}\n1.属于国家秘密 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading), [
    ['1,属于国家秘密', ...zeros(7)],
    ['1.属于国家秘密', ...zeros(7)],
  ]);
});

test('、 after a Chinese numeral stays: 一、本年新收 is the row, not 一.', () => {
  const reading = read(`${NEW} ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading), [[NEW, ...zeros(7)]]);
});

test('a label broken by spaces, pipes and line breaks is one label, written without pipes and line breaks', () => {
  const text = '自 然 人 商|业|企\n业\n' + `${NEW} 5 0 0 0 0 3 8`;
  const reading = read(text, 2);
  assert.deepEqual(placed(reading), [
    ['自 然 人@0-5', '商业企业@6-13'],
    [`${NEW}@14-30`, '5@31-32', '0@33-34', '0@35-36', '0@37-38', '0@39-40', '3@41-42', '8@43-44'],
  ]);
  assert.equal(reading.rows[0].firstLine, 0);
  assert.equal(reading.rows[0].lastLine, 1, 'the label ends on the line below');
});

test('twelve spaces inside a label still join it; thirteen do not', () => {
  // No section given: the words the trie leaves are not rescued as a row's start.
  const twelve = read(`规${' '.repeat(12)}章 1 2 3`);
  assert.deepEqual(cells(twelve), [[`规${' '.repeat(12)}章`, '1', '2', '3']]);
  const thirteen = read(`规${' '.repeat(13)}章 1 2 3`);
  assert.deepEqual(cells(thirteen), [['1', '2', '3']], 'two stray letters, no label');
});

test('a label is not read at a space: the row starts where its first letter is', () => {
  const reading = read('  规章 1 2 3', 1);
  assert.deepEqual(placed(reading), [['规章@2-4', '1@5-6', '2@7-8', '3@9-10']]);
});

test('a label ends before trailing punctuation the format does not write (其他情形）。)', () => {
  const reading = read('规章。 1 2 3', 1);
  assert.deepEqual(placed(reading), [['规章@0-2', '1@4-5', '2@6-7', '3@8-9']]);
});

test('a word that only starts like a label is not one: 其他 in 其他法律行政法规禁止公开', () => {
  // Without its numbering the item is not in the catalogue; 其他 (table 2's column) is
  // cut out of a longer word and stands for nothing.
  const reading = read('其他法律 0', 2);
  assert.deepEqual(cells(reading), [['0']]);
});

test('a label standing before another label, a digit, a separator or punctuation stands alone', () => {
  assert.deepEqual(cells(read('规章行政规范性文件', 1)), [['规章'], ['行政规范性文件']]);
  assert.deepEqual(cells(read('规章1 2 3', 1)), [['规章', '1', '2', '3']]);
  assert.deepEqual(cells(read('规章,1,2,3', 1)), [['规章', '1', '2', '3']]);
  assert.deepEqual(cells(read('规章', 1)), [['规章']]);
});

test('行政处罚无行政强制0: a none word run together with the labels is the row’s cell', () => {
  const reading = read('行政处罚无行政强制0', 1);
  assert.deepEqual(placed(reading), [
    ['行政处罚@0-4', '无@4-5'],
    ['行政强制@5-9', '0@9-10'],
  ]);
  assert.deepEqual(cells(read('行政处罚暂无', 1)), [['行政处罚', '暂无']]);
  assert.deepEqual(cells(read('行政处罚无 行政强制 0', 1)), [
    ['行政处罚', '无'],
    ['行政强制', '0'],
  ]);
  // 空 then 0: both the one cell of 行政处罚's row (GR107 counts two).
  assert.deepEqual(cells(read('行政处罚空0', 1)), [['行政处罚', '空', '0']]);
});

test('a label followed by a word that is no none word is not read (行政处罚决定书)', () => {
  assert.deepEqual(cells(read('行政处罚决定书 5')), [['5']]);
  assert.deepEqual(cells(read('行政处罚无效 5')), [['5']], '无 must end the word too');
  assert.deepEqual(cells(read('行政处罚无效')), []);
});

// ---------------------------------------------------------------------------------------
// Numbers, placeholders and captions

test('converter placeholders (数据1, 列2, col3) are no cells', () => {
  const text = '| 数据1 | 列2 | col3 | Column4 |\n|规章|0|0|0|';
  const reading = read(text, 1);
  assert.deepEqual(placed(reading), [['规章@31-33', '0@34-35', '0@36-37', '0@38-39']]);
});

test('a placeholder right before a number is left out and the number stands apart', () => {
  const reading = read('规章 数据11 2 3', 1);
  // 数据 and up to two digits are the placeholder: 数据11 goes whole.
  assert.deepEqual(cells(reading), [['规章', '2', '3']]);
  assert.deepEqual(cells(read('规章 数据123 2 3', 1)), [['规章', '3', '2', '3']], 'a third digit is a number of its own');
});

test('a minus sign before digits after a separator is part of the number (-1, GR104 reports it)', () => {
  const reading = read('规章 -1 0 0', 1);
  assert.deepEqual(placed(reading), [['规章@0-2', '-1@3-5', '0@6-7', '0@8-9']]);
  assert.deepEqual(cells(read('规章 －2 0 0', 1)), [['规章', '－2', '0', '0']]);
});

test('a hyphen inside a word is no minus sign (a-1 is a word and 1)', () => {
  const reading = read('规章 a-1 0 0', 1);
  assert.deepEqual(cells(reading), [['规章', '1', '0', '0']]);
});

test('a dash after a word makes the number after it stand apart (—1)', () => {
  assert.deepEqual(cells(read('规章 x—1 0 0', 1)), [['规章', '1', '0', '0']]);
});

test('decimals are one number (1.5), and a final dot is not part of it', () => {
  const reading = read('行政事业性收费 1.5', 1);
  assert.deepEqual(placed(reading), [['行政事业性收费@0-7', '1.5@8-11']]);
  assert.deepEqual(placed(read('行政事业性收费 2.', 1)), [['行政事业性收费@0-7', '2@8-9']]);
  assert.deepEqual(placed(read('行政事业性收费 ３．５', 1)), [['行政事业性收费@0-7', '３．５@8-11']]);
});

test('a run of 65 digits is not table text; 64 digits still are one run', () => {
  const long = '1'.repeat(65);
  const reading = read(`规章 ${long} 0 0 0`, 1);
  assert.ok(!cells(reading).flat().includes(long));
  assert.deepEqual(cells(reading), [['规章'], ['0', '0', '0']], 'prose-long junk ends the row');
  const run = '1'.repeat(64);
  assert.deepEqual(cells(read(`规章 ${run} 0 0`, 1)), [['规章', run, '0', '0']]);
});

test('a long digit run glued to junk stays junk with it', () => {
  const long = '1'.repeat(70);
  const reading = read(`规章 0 0 0 x${long}`, 1);
  assert.deepEqual(cells(reading), [['规章', '0', '0', '0']]);
});

test('the last digit before a numbered label numbers it: 00000002.其他法律…', () => {
  const text = `1.属于国家秘密 00000002.其他法律行政法规禁止公开 0 0 0 0 0 0 0`;
  const reading = read(text, 2);
  assert.deepEqual(cells(reading), [
    ['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
    ['2.其他法律行政法规禁止公开', ...zeros(7)],
  ]);
  assert.equal(reading.rows[1].cells[0].start, 16, 'the label starts at its numbering 2');
  assert.equal(reading.rows[0].cells[7].end, 16);
});

test('a digit with a dot before a word not in the catalogue: the digit still numbers it (0 0 03、 xx)', () => {
  const reading = read('规章 0 0 03、新的', 1);
  assert.deepEqual(cells(reading), [['规章', '0', '0', '0']]);
  assert.equal(reading.rows[0].cells[3].end, 8);
  // A decimal point is not a numbering: 0 0 1.5 stays.
  assert.deepEqual(cells(read('规章 0 0 1.5', 1)), [['规章', '0', '0', '1.5']]);
});

test('a single digit with a dot and no word after it is a number (a row’s last cell 3.)', () => {
  assert.deepEqual(cells(read('规章 0 0 3.', 1)), [['规章', '0', '0', '3']]);
});

test('4. 保护第三方…: a label’s numbering is not a number', () => {
  const reading = read(`4.保护第三方合法权益 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading), [['4.保护第三方合法权益', ...zeros(7)]]);
});

test('表 3 and 表2 in a caption are the table’s number, not a cell', () => {
  assert.deepEqual(cells(read('表 3 行政复议\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0', 3)), [['行政复议'], zeros(15)]);
  assert.deepEqual(cells(read('规章 0 0 0\n表2收到和处理政府信息公开申请情况', 1)), [['规章', '0', '0', '0']]);
  assert.deepEqual(cells(read('规章 0 0 0 表２ 说明', 1)), [['规章', '0', '0', '0']]);
});

test('表 followed by a number not of a caption is a number: 表 12, 表 3a, 代表 3 0 0', () => {
  assert.deepEqual(cells(read('规章 0 0\n表 3', 1)), [['规章', '0', '0', '3']], 'at the end: a cell');
  assert.deepEqual(cells(read('规章 0 0 表3,', 1)), [['规章', '0', '0', '3']]);
  assert.deepEqual(cells(read('规章 0 0 表 x 3', 1)), [['规章', '0', '0', '3']]);
  assert.deepEqual(cells(read('规章 0 0  3 表', 1)), [['规章', '0', '0', '3']]);
});

test('a caption at the section’s start: 表 before `from` is not looked at', () => {
  const text = '表3 0 0 0';
  // From offset 1 the text starts at 3: a number, whatever stands before the section.
  const reading = read(text, 1, 1);
  assert.deepEqual(cells(reading), [['3', '0', '0', '0']]);
  const spaced = '表 3 0 0';
  assert.deepEqual(cells(read(spaced, 1, 2)), [['3', '0', '0']]);
});

// ---------------------------------------------------------------------------------------
// Rows: where one ends and the next starts

test('a row label starts a row; the numbers after it are its cells', () => {
  const reading = read('规章 1 2 3 行政规范性文件 4 5 6', 1);
  assert.deepEqual(cells(reading), [
    ['规章', '1', '2', '3'],
    ['行政规范性文件', '4', '5', '6'],
  ]);
});

test('web text flattened onto one line: 规章000行政规范性文件114251 (too few digits to split: unread)', () => {
  const reading = read('规章000行政规范性文件114251', 1);
  assert.deepEqual(placed(reading), [
    ['规章@0-2', '0@2-3', '0@3-4', '0@4-5'],
    ['行政规范性文件@5-12', '114251@12-18'],
  ]);
  assert.equal(reading.unreadable.get(1)?.zh, '表一的数字连在一起，无法可靠拆分（行政规范性文件：114251），本表不作检查');
  assert.equal(
    reading.unreadable.get(1)?.en,
    'The numbers of table 1 run together and cannot be split with confidence (行政规范性文件: 114251); the table is not checked',
  );
});

test('a block heading, 信息内容 and columns start rows of their own', () => {
  const text = '第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 1 0 5';
  const reading = read(text, 1);
  assert.deepEqual(cells(reading), [
    ['第二十条第（一）项'],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '1', '0', '5'],
  ]);
});

test('a column label after a row label starts a new row (the next block’s header)', () => {
  const text = '规章 1 0 5 本年处理决定数量 行政许可 3';
  assert.deepEqual(cells(read(text, 1)), [['规章', '1', '0', '5'], ['本年处理决定数量'], ['行政许可', '3']]);
});

test('a column label right after a row label without numbers also starts a row', () => {
  assert.deepEqual(cells(read('行政许可 本年处理决定数量 3', 1)), [['行政许可'], ['本年处理决定数量'], ['3']]);
});

test('numbers after column labels alone are a row of their own', () => {
  const reading = read('信息内容 本年制发件数 本年废止件数 现行有效件数 0 1', 1);
  assert.deepEqual(cells(reading), [
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['0', '1'],
  ]);
});

test('a group label with its first item on the same row: （三）不予公开 1.属于国家秘密 0 …', () => {
  const text = `（三）不予公开 1.属于国家秘密 ${zeros(7).join(' ')}\n2.其他法律行政法规禁止公开 ${zeros(7).join(' ')}`;
  const reading = read(text, 2);
  assert.deepEqual(cells(reading), [
    ['（三）不予公开', '1.属于国家秘密', ...zeros(7)],
    ['2.其他法律行政法规禁止公开', ...zeros(7)],
  ]);
});

test('三、本年度办理结果 （一）予以公开: two group labels in a row, then the item', () => {
  const text = `三、本年度办理结果 （一）予以公开 ${zeros(7).join(' ')}`;
  const reading = read(text, 2);
  assert.deepEqual(cells(reading), [['三、本年度办理结果', '（一）予以公开', ...zeros(7)]]);
});

test('a group label after an item starts a row: （四）无法提供 after the last item of （三）', () => {
  const text = `8.属于行政查询事项 ${zeros(7).join(' ')} （四）无法提供 1.本机关不掌握相关政府信息 ${zeros(7).join(' ')}`;
  assert.deepEqual(cells(read(text, 2)), [
    ['8.属于行政查询事项', ...zeros(7)],
    ['（四）无法提供', '1.本机关不掌握相关政府信息', ...zeros(7)],
  ]);
});

test('a group label after a group label with no numbers: one row of labels', () => {
  const text = `三、本年度办理结果 （三）不予公开 1.属于国家秘密 ${zeros(7).join(' ')}`;
  assert.deepEqual(cells(read(text, 2)), [['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', ...zeros(7)]]);
});

test('a group label after a row label without numbers starts a row', () => {
  const text = `${NEW} （三）不予公开 1.属于国家秘密 ${zeros(7).join(' ')}`;
  assert.deepEqual(cells(read(text, 2)), [[NEW], ['（三）不予公开', '1.属于国家秘密', ...zeros(7)]]);
});

test('the trial format’s （六）其他处理 is a group label with seven numbers of its own, split by the row total', () => {
  const reading = read('（六）其他处理 12345621', 2);
  assert.deepEqual(cells(reading), [['（六）其他处理', '1', '2', '3', '4', '5', '6', '21']]);
});

test('numbers after a heading alone are a row of their own', () => {
  assert.deepEqual(cells(read('第二十条第（五）项 3', 1)), [['第二十条第（五）项'], ['3']]);
});

test('a heading after labels starts a row; 信息内容 too', () => {
  assert.deepEqual(cells(read('规章 第二十条第（五）项 信息内容 本年处理决定数量', 1)), [
    ['规章'],
    ['第二十条第（五）项'],
    ['信息内容', '本年处理决定数量'],
  ]);
});

test('a note after a row starts a row (table 2’s corner note)', () => {
  const text = `${NEW} ${zeros(7).join(' ')}\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）`;
  const reading = read(text, 2);
  assert.deepEqual(cells(reading), [[NEW, ...zeros(7)], ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）']]);
  assert.equal(reading.rows[1].firstLine, 1);
  assert.equal(reading.rows[1].lastLine, 1);
});

test('a row label after a row label with no numbers starts a row', () => {
  assert.deepEqual(cells(read('规章 行政规范性文件 1 2 3', 1)), [['规章'], ['行政规范性文件', '1', '2', '3']]);
});

test('prose of thirty characters or more ends the row; shorter words do not', () => {
  const prose = '说'.repeat(30);
  assert.deepEqual(cells(read(`规章 ${prose} 1 2 3`, 1)), [['规章'], ['1', '2', '3']]);
  const short = '说'.repeat(29);
  assert.deepEqual(cells(read(`规章 ${short} 1 2 3`, 1)), [['规章', '1', '2', '3']]);
});

test('a none word where a cell goes is the cell (GR103): after a row label with cells to fill', () => {
  const reading = read('行政处罚 无\n行政强制 0', 1);
  assert.deepEqual(placed(reading), [
    ['行政处罚@0-4', '无@5-6'],
    ['行政强制@7-11', '0@12-13'],
  ]);
  assert.equal(reading.rows[0].lastLine, 0);
  assert.deepEqual(cells(read('规章 1 / 2', 1)), [['规章', '1', '/', '2']]);
  assert.deepEqual(cells(read('规章 — 1 2', 1)), [['规章', '—', '1', '2']]);
  assert.deepEqual(cells(read('规章 -- 1 2', 1)), [['规章', '--', '1', '2']]);
});

test('a none word past the row’s cells, or a lone hyphen, is no cell', () => {
  assert.deepEqual(cells(read('规章 1 2 3 无', 1)), [['规章', '1', '2', '3']]);
  assert.deepEqual(cells(read('规章 1 - 2 3', 1)), [['规章', '1', '2', '3']]);
  assert.deepEqual(cells(read('信息内容 无', 1)), [['信息内容']], 'a header has no cells to fill');
});

test('a none word between two bare numbers is a cell (table 3’s row): 0 无 0, but not at the end', () => {
  const row = ['0', '0', '0', '0', '0', '0', '0', '无', '0', '0', '0', '0', '0', '0', '0'];
  assert.deepEqual(cells(read(row.join(' '), 3)), [row]);
  assert.deepEqual(cells(read('1 无', 2)), [['1']]);
  assert.deepEqual(cells(read('无 1', 2)), [['1']]);
});

test('all cells none words: kept as written, no split tried', () => {
  assert.deepEqual(cells(read('行政处罚 无', 1)), [['行政处罚', '无']]);
});

test('the section’s bounds: text before `from` and after `to` is not read', () => {
  const text = '规章 1 2 3\n行政规范性文件 4 5 6\n规章 7 8 9';
  const from = text.indexOf('行政');
  const to = text.lastIndexOf('\n');
  const reading = read(text, 1, from, to);
  assert.deepEqual(placed(reading), [['行政规范性文件@9-16', '4@17-18', '5@19-20', '6@21-22']]);
  assert.equal(reading.rows[0].firstLine, 1);
  assert.equal(reading.rows[0].lastLine, 1);
});

test('a row’s last line is the line of its last character, not the line after it', () => {
  const reading = read('规章\n1\n2\n3\n行政规范性文件 4 5 6', 1);
  assert.deepEqual(
    reading.rows.map((r) => [r.firstLine, r.lastLine]),
    [
      [0, 3],
      [4, 4],
    ],
  );
});

// ---------------------------------------------------------------------------------------
// Table 2's column balances settle a row its own total cannot (一 + 二 = 三（七） + 四, and
// 三（七） = the sum of the items, column by column)

const CARRIED = '二、上年结转政府信息公开申请数量';
const RESULTS = '（七）总计';
const CARRY_OVER = '四、结转下年度继续办理';
const row7 = (label: string, values: string) => `${label} ${values}`;

test('一 run together as 110000011 is 11 0 0 0 0 0 11 or 1 10 0 0 0 0 11: 一 + 二 = 三（七） + 四 picks it', () => {
  const table = (results: string) =>
    [row7(NEW, '110000011'), row7(CARRIED, zeros(7).join(' ')), row7(RESULTS, results), row7(CARRY_OVER, zeros(7).join(' '))].join('\n');
  const first = read(table('11 0 0 0 0 0 11'), 2);
  assert.deepEqual(placed(first)[0], [`${NEW}@0-16`, '11@17-19', '0@19-20', '0@20-21', '0@21-22', '0@22-23', '0@23-24', '11@24-26']);
  assert.equal(first.unreadable.size, 0);
  const second = read(table('1 10 0 0 0 0 11'), 2);
  assert.deepEqual(cells(second)[0], [NEW, '1', '10', '0', '0', '0', '0', '11']);
  assert.equal(second.unreadable.size, 0);
});

test('the balance counts 二 and 四 too: 一 110000011, 二 1 0 …, 三（七） 11 …, 四 1 …', () => {
  // 一 + 二 = 三（七） + 四 in the first two columns: a + 1 = 11 + 1 and b + 0 = 0 + 0.
  const text = [
    row7(NEW, '110000011'),
    row7(CARRIED, '1 0 0 0 0 0 1'),
    row7(RESULTS, '11 0 0 0 0 0 11'),
    row7(CARRY_OVER, '1 0 0 0 0 0 1'),
  ].join('\n');
  assert.deepEqual(cells(read(text, 2))[0], [NEW, '11', '0', '0', '0', '0', '0', '11']);
  const other = [
    row7(NEW, '110000011'),
    row7(CARRIED, '0 1 0 0 0 0 1'),
    row7(RESULTS, '1 10 0 0 0 0 11'),
    row7(CARRY_OVER, '0 1 0 0 0 0 1'),
  ].join('\n');
  assert.deepEqual(cells(read(other, 2))[0], [NEW, '1', '10', '0', '0', '0', '0', '11']);
});

test('without 三（七） or 四 nothing settles the row: the table is unread', () => {
  const text = [row7(NEW, '110000011'), row7(CARRIED, zeros(7).join(' '))].join('\n');
  const reading = read(text, 2);
  assert.deepEqual(cells(reading)[0], [NEW, '110000011']);
  assert.equal(reading.unreadable.get(2)?.zh, `表二的数字连在一起，无法可靠拆分（${NEW}：110000011），本表不作检查`);
  const noCarryOver = [row7(NEW, '110000011'), row7(CARRIED, zeros(7).join(' ')), row7(RESULTS, '11 0 0 0 0 0 11')].join('\n');
  assert.ok(read(noCarryOver, 2).unreadable.has(2));
  const noCarried = [row7(NEW, '110000011'), row7(RESULTS, '11 0 0 0 0 0 11'), row7(CARRY_OVER, zeros(7).join(' '))].join('\n');
  assert.ok(read(noCarried, 2).unreadable.has(2));
});

test('a balance that holds for no split leaves the table unread', () => {
  const text = [
    row7(NEW, '110000011'),
    row7(CARRIED, zeros(7).join(' ')),
    row7(RESULTS, '5 0 0 0 0 0 5'),
    row7(CARRY_OVER, zeros(7).join(' ')),
  ].join('\n');
  assert.ok(read(text, 2).unreadable.has(2));
});

/** Table 2's 25 rows in order, each with seven values (zeros unless given), spaced or as written. */
const ITEMS = [
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
];
const table2 = (values: Record<string, string>) =>
  [NEW, CARRIED, ...ITEMS, RESULTS, CARRY_OVER].map((label) => row7(label, values[label] ?? zeros(7).join(' '))).join('\n');

test('an item run together is settled by 三（七） = the sum of the items, column by column', () => {
  const text = table2({
    [NEW]: '11 0 0 0 0 0 11',
    '（一）予以公开': '110000011',
    [RESULTS]: '11 0 0 0 0 0 11',
  });
  const reading = read(text, 2);
  assert.equal(reading.rows.length, 25);
  assert.deepEqual(cells(reading)[2], ['（一）予以公开', '11', '0', '0', '0', '0', '0', '11']);
  assert.equal(reading.unreadable.size, 0);
  const other = read(
    table2({
      [NEW]: '1 10 0 0 0 0 11',
      '（一）予以公开': '110000011',
      [RESULTS]: '1 10 0 0 0 0 11',
    }),
    2,
  );
  assert.deepEqual(cells(other)[2], ['（一）予以公开', '1', '10', '0', '0', '0', '0', '11']);
});

test('the items’ sum is checked only with every item read: one item missing, the item stays in doubt', () => {
  // 一 and 三（七） balance either way; 3.其他 left out of the table, the items do not decide.
  const text = table2({ [NEW]: '11 0 0 0 0 0 11', '（一）予以公开': '110000011', [RESULTS]: '11 0 0 0 0 0 11' }).replace(
    /\n3\.其他 [0 ]+/,
    '',
  );
  const reading = read(text, 2);
  assert.equal(reading.rows.length, 24);
  assert.ok(reading.unreadable.has(2));
});

test('two rows in doubt are settled together when exactly one choice balances', () => {
  // 一 and 三（七） both 110000011: the two choices where they agree both balance (a + b = t + d
  // holds either way), so nothing is settled; with （一） in doubt too and 三（七） written out,
  // one choice is left.
  const both = table2({ [NEW]: '110000011', '（一）予以公开': '110000011', [RESULTS]: '11 0 0 0 0 0 11' });
  const reading = read(both, 2);
  assert.deepEqual(cells(reading)[0], [NEW, '11', '0', '0', '0', '0', '0', '11']);
  assert.deepEqual(cells(reading)[2], ['（一）予以公开', '11', '0', '0', '0', '0', '0', '11']);
  assert.equal(reading.unreadable.size, 0);
  const undecided = table2({ [NEW]: '110000011', [RESULTS]: '110000011', '（一）予以公开': '110000011' });
  assert.ok(read(undecided, 2).unreadable.has(2));
});

test('a row read with a word in a cell (无) is no figure for the balances: NaN balances nothing', () => {
  const text = [
    row7(NEW, '110000011'),
    row7(CARRIED, zeros(7).join(' ')),
    row7(RESULTS, '11 无 0 0 0 0 11'),
    row7(CARRY_OVER, zeros(7).join(' ')),
  ].join('\n');
  assert.ok(read(text, 2).unreadable.has(2));
});

test('more rows than one table 2 holds (twice its 25): not split by the balances', () => {
  const extra = new Array(48).fill(row7(CARRIED, zeros(7).join(' ')));
  const table = (n: number) =>
    [row7(NEW, '110000011'), ...extra.slice(0, n), row7(RESULTS, '11 0 0 0 0 0 11'), row7(CARRY_OVER, zeros(7).join(' '))].join('\n');
  // 47 + 3 = 50 rows with numbers: still one table's worth.
  assert.equal(read(table(47), 2).unreadable.size, 0);
  assert.ok(read(table(48), 2).unreadable.has(2), '51 rows');
});

test('the trial format’s （六）其他处理 in doubt has no key of the balances: unread', () => {
  const text = [row7('（六）其他处理', '110000011'), row7(RESULTS, '11 0 0 0 0 0 11')].join('\n');
  assert.ok(read(text, 2).unreadable.has(2));
  // …and beside a row in doubt, it keeps the balances from being used.
  const beside = [
    row7(NEW, '110000011'),
    row7(CARRIED, zeros(7).join(' ')),
    row7('（六）其他处理', zeros(7).join(' ')),
    row7(RESULTS, '11 0 0 0 0 0 11'),
    row7(CARRY_OVER, zeros(7).join(' ')),
  ].join('\n');
  assert.ok(read(beside, 2).unreadable.has(2));
});

test('a row in doubt with more than 16 splits is not tried: unread', () => {
  // 1111111111 (ten ones) for seven cells with 总计 = the rest: 1|1|1|1|1|1|... many ways.
  const text = [
    row7(NEW, '1000000001000000001'),
    row7(CARRIED, zeros(7).join(' ')),
    row7(RESULTS, '1 0 0 0 0 0 1'),
    row7(CARRY_OVER, zeros(7).join(' ')),
  ].join('\n');
  assert.ok(read(text, 2).unreadable.has(2));
});

// ---------------------------------------------------------------------------------------
// Which table a label shared by two tables belongs to

test('总计 after 结果维持 is table 3’s: the bare numbers after it are table 3’s fifteen', () => {
  const reading = read('结果维持 总计\n1234102011411114', 2);
  assert.equal(reading.rows[1].cells.length, 15);
  assert.equal(reading.rows[1].cells[4].text, '10');
});

test('总计 after 自然人 is table 2’s, even in table 3’s section: the numbers after it are not split', () => {
  const reading = read('自然人 总计\n1234102011411114', 3);
  assert.deepEqual(cells(reading), [['自然人', '总计'], ['1234102011411114']]);
});

test('总计 alone in table 3’s section is table 3’s', () => {
  const reading = read('总计\n1234102011411114', 3);
  assert.equal(reading.rows[1].cells.length, 15);
  const two = read('总计\n1234102011411114', 2);
  assert.deepEqual(cells(two)[1], ['1234102011411114']);
});

// ---------------------------------------------------------------------------------------
// The 2025 variant's fee table

const FEE_ROW = '信息处理费收取情况';

test('the fee table’s rows go apart from tables 1–3, header and row', () => {
  const text = `通知收取件数 通知收取金额（元） 实际收取金额（元）\n${FEE_ROW} 1 200 200`;
  const reading = read(text);
  assert.deepEqual(reading.rows, []);
  assert.deepEqual(
    reading.fees.rows.map((r) => r.cells.map((c) => `${c.text}@${c.start}-${c.end}`)),
    [
      ['通知收取件数@0-6', '通知收取金额（元）@7-16', '实际收取金额（元）@17-26'],
      [`${FEE_ROW}@27-36`, '1@37-38', '200@39-42', '200@43-46'],
    ],
  );
  assert.deepEqual(
    reading.fees.rows.map((r) => [r.firstLine, r.lastLine]),
    [
      [0, 0],
      [1, 1],
    ],
  );
  assert.equal(reading.fees.unreadable, undefined);
});

test('the fee row’s three digits run together are its three cells', () => {
  const reading = read(`${FEE_ROW} 123`);
  assert.deepEqual(
    reading.fees.rows.map((r) => r.cells.map((c) => c.text)),
    [[FEE_ROW, '1', '2', '3']],
  );
});

test('the fee row’s digits with no single split: the row is left out and the first one named, with its span', () => {
  const text = `规章 0 0 0\n${FEE_ROW} 1234\n${FEE_ROW} 5678`;
  const reading = read(text);
  assert.deepEqual(reading.fees.rows, []);
  assert.deepEqual(reading.fees.unreadable, {
    start: 9,
    end: 23,
    reason: {
      zh: '信息处理费收取情况表的数字连在一起，无法可靠拆分（1234），本表不作检查',
      en: 'The numbers of the information processing fees table run together and cannot be split with confidence (1234); the table is not checked',
    },
  });
  assert.deepEqual(cells(reading), [['规章', '0', '0', '0']], 'table 1 is read, not called unreadable');
  assert.equal(reading.unreadable.size, 0);
});

test('the fee row with two runs: both written in the reason, space apart', () => {
  const reading = read(`${FEE_ROW} 12 345`);
  assert.equal(reading.fees.unreadable?.reason.zh, '信息处理费收取情况表的数字连在一起，无法可靠拆分（12 345），本表不作检查');
  assert.equal(reading.fees.unreadable?.end, 16);
});

// ---------------------------------------------------------------------------------------
// Header words: a mistyped column label among the header's labels is that column

test('信息内容 本年制发件数 本年度止件数 现行有效件数: the mistyped column is read as that column, as written', () => {
  const text = '信息内容 本年制发件数 本年度止件数 现行有效件数\n规章 1 0 5';
  const reading = read(text, 1);
  assert.deepEqual(placed(reading), [
    ['信息内容@0-4', '本年制发件数@5-11', '本年度止件数@12-18', '现行有效件数@19-25'],
    ['规章@26-28', '1@29-30', '0@31-32', '5@33-34'],
  ]);
});

test('header labels run together in web text, one mistyped: each is a column (本年制发件数本年度止件数现行有效件数)', () => {
  const reading = read('信息内容 本年制发件数本年度止件数现行有效件数\n规章 1 0 5', 1);
  assert.deepEqual(placed(reading)[0], ['信息内容@0-4', '本年制发件数@5-11', '本年度止件数@11-17', '现行有效件数@17-23']);
  // Mistyped first, then the catalogue's label.
  const typoFirst = read('信息内容 本年度止件数现行有效件数 规章 1 0 5', 1);
  assert.deepEqual(placed(typoFirst)[0], ['信息内容@0-4', '本年度止件数@5-11', '现行有效件数@11-17']);
});

test('a mistyped header word needs a column label before it, not a row label or none', () => {
  assert.deepEqual(cells(read('本年度止件数 规章 1 0 5', 1)), [['规章', '1', '0', '5']]);
  assert.deepEqual(cells(read('规章 本年度止件数 1 0 5', 1)), [['规章', '1', '0', '5']]);
  assert.deepEqual(cells(read('第二十条第（一）项 本年度止件数', 1)), [['第二十条第（一）项']]);
});

test('a header word is a column of the header’s own table: 总计 (tables 2 and 3) is not table 1’s', () => {
  assert.deepEqual(cells(read('信息内容 总计本年度止件数', 1)), [['信息内容']]);
});

test('a header word of another length than the label, or a piece of one, is no column (自然, 本年度止件)', () => {
  assert.deepEqual(cells(read('信息内容 本年度止件', 1)), [['信息内容']]);
  assert.deepEqual(cells(read('本年制发件数 本年度止件数x', 1)), [['本年制发件数']]);
  assert.deepEqual(cells(read('本年制发件数 本', 1)), [['本年制发件数']]);
});

test('header words after the header has numbers are no columns', () => {
  assert.deepEqual(cells(read('本年制发件数 0 本年度止件数', 1)), [['本年制发件数'], ['0']]);
});

test('table 2’s header: 社会工益组织 (a typo of the label’s length) after 商业企业 is its column', () => {
  const reading = read(`商业企业 社会工益组织\n${NEW} ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading)[0], ['商业企业', '社会工益组织']);
});

// ---------------------------------------------------------------------------------------
// Header words a PDF stacks over lines in their column

const Z7 = `${NEW} ${zeros(7).join(' ')}`;

test('社会 / 组织 and 法律 / 服务 / 机构 stacked in their columns are one label each, with their pieces', () => {
  const text = `自然人  社会  法律\n     组织  服务\n         机构\n${Z7}`;
  const reading = read(text, 2);
  assert.equal(reading.rows.length, 2);
  const header = reading.rows[0].cells;
  assert.deepEqual(
    header.map((c) => [c.text, c.start, c.end]),
    [
      ['自然人', 0, 3],
      ['社会组织', 5, 7],
      ['法律服务机构', 9, 11],
    ],
  );
  assert.deepEqual(header[1].parts, [
    { start: 5, end: 7 },
    { start: 17, end: 19 },
  ]);
  assert.deepEqual(header[2].parts, [
    { start: 9, end: 11 },
    { start: 21, end: 23 },
    { start: 33, end: 35 },
  ]);
  assert.equal(header[0].parts, undefined);
  assert.deepEqual(cells(reading)[1], [NEW, ...zeros(7)]);
});

test('stacked words in columns that do not overlap stay apart', () => {
  // 组织 at columns 7–9, 社会 at 5–7: touching, not overlapping.
  const text = `自然人  社会  法律\n       组织\n${Z7}`;
  assert.deepEqual(cells(read(text, 2))[0], ['自然人']);
  // 组织 at 3–5 ends where 社会 starts.
  assert.deepEqual(cells(read(`自然人  社会  法律\n   组织\n${Z7}`, 2))[0], ['自然人']);
  // One column of overlap on either side is enough.
  assert.deepEqual(cells(read(`自然人  社会  法律\n      组织\n${Z7}`, 2))[0], ['自然人', '社会组织']);
  assert.deepEqual(cells(read(`自然人  社会  法律\n    组织\n${Z7}`, 2))[0], ['自然人', '社会组织']);
});

test('商业 / 企业 and 科研 / 机构: the stacked pieces spell the format’s own labels, read with their pieces', () => {
  const reading = read(`商业  科研\n企业  机构\n${Z7}`, 2);
  assert.deepEqual(placed(reading)[0], ['商业企业@0-2', '科研机构@4-6']);
});

test('a page’s form feed takes no column: \\f   社会 is at column 3', () => {
  // 组织 at 4–6 overlaps 社会 at 3–5; at 5–7 or 1–3 it does not.
  assert.deepEqual(cells(read(`\f   社会  法律\n    组织\n${Z7}`, 2))[0], ['社会组织']);
  assert.deepEqual(cells(read(`\f   社会  法律\n     组织\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
  assert.deepEqual(cells(read(`\f   社会  法律\n 组织\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

test('a form feed inside the header opens a page: the line after it counts from the feed', () => {
  assert.deepEqual(cells(read(`自然人  社会  法律\n\f     组织\n${Z7}`, 2))[0], ['自然人', '社会组织']);
  assert.deepEqual(cells(read(`自然人  社会  法律\n\f    组织\n${Z7}`, 2))[0], ['自然人', '社会组织']);
  assert.deepEqual(cells(read(`自然人  社会  法律\n\f   组织\n${Z7}`, 2))[0], ['自然人']);
});

test('a TAB in the header: cells set apart by count, no columns to stack words in', () => {
  const text = `自然人\t社会\t法律\n    \t组织\t服务\n${Z7}`;
  assert.deepEqual(cells(read(text, 2))[0], ['自然人']);
});

test('stacked pieces at most two lines apart join; three lines apart they do not', () => {
  assert.deepEqual(cells(read(`商业  科研\n\n企业  机构\n${Z7}`, 2))[0], ['商业企业', '科研机构']);
  assert.deepEqual(cells(read(`商业  科研\n\n\n企业  机构\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
  // A stack whose last piece is two lines up stays open for the next.
  assert.deepEqual(cells(read(`社会  x\n\n公益  x\n\n组织  x\n${Z7}`, 2))[0], ['社会公益组织']);
});

test('a piece on the same line does not join a stack: 社会 组织 side by side are two words', () => {
  assert.deepEqual(cells(read(`社会 x 组织  法律\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

test('stacked words that spell no label, or a label of another length, stay apart', () => {
  assert.deepEqual(cells(read(`社会  法律\n团体  服务\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
  assert.deepEqual(cells(read(`社会  法律\n公益  服务\n组织\n${Z7}`, 2))[0], ['社会公益组织']);
  assert.deepEqual(cells(read(`社会  法律\n公益组织机构  服务\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

test('single letters stacked (结/果/维/特) make a label only when they spell it exactly', () => {
  // A vertical header's letters stand too close for their columns to tell apart: a typo
  // of single letters is not read.
  const typo = read(`结  其\n果  他\n维  说\n特  明\n${zeros(15).join(' ')}`, 3);
  assert.deepEqual(cells(typo), [zeros(15)]);
  const exact = read(`结  其\n果  他\n维  说\n持  明\n${zeros(15).join(' ')}`, 3);
  assert.deepEqual(cells(exact), [['结果维持'], zeros(15)]);
  assert.deepEqual(exact.rows[0].cells[0].parts, [
    { start: 0, end: 1 },
    { start: 5, end: 6 },
    { start: 10, end: 11 },
    { start: 15, end: 16 },
  ]);
});

test('stacks are looked for only in the header: words after the first number are not', () => {
  assert.deepEqual(cells(read(`${Z7}\n社会  法律\n组织  服务`, 2)), [[NEW, ...zeros(7)]]);
});

test('a header word longer than a column label (16 characters) is no piece of a stack', () => {
  const long = '社会'.repeat(9);
  assert.deepEqual(cells(read(`${long}  法律\n组织  服务\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

test('stacked pieces that together run longer than 16 characters are no label', () => {
  assert.deepEqual(cells(read(`社会社会社会社会  x\n组织组织组织组织组  x\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

test('without the section’s table no stacks are joined', () => {
  assert.deepEqual(cells(read(`自然人  社会  法律\n     组织  服务\n${Z7}`)), [['自然人'], [NEW, ...zeros(7)]]);
});

test('a header line longer than 512 characters is prose, not columns', () => {
  const pad = ' '.repeat(520);
  assert.deepEqual(cells(read(`x${pad}社会  法律\n${' '.repeat(521)}组织  服务\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

// ---------------------------------------------------------------------------------------
// Row labels the trie did not take: cut by a wrap, broken by a vertical label's letters, mistyped

test('a row label cut by a wrap (4.保护第三方合法 … 权益 below) is the row’s label, read whole', () => {
  const reading = read(`4.保护第三方合法 ${zeros(7).join(' ')}\n权益`, 2);
  assert.deepEqual(placed(reading), [
    ['4.保护第三方合法权益@0-9', '0@10-11', '0@12-13', '0@14-15', '0@16-17', '0@18-19', '0@20-21', '0@22-23'],
  ]);
  assert.equal(reading.rows[0].cells[0].parts, undefined);
});

test('the end of a wrapped label mistyped on the line below (权利 for 权益): the label as written, with its two pieces', () => {
  const reading = read(`4.保护第三方合法 ${zeros(7).join(' ')}\n权利`, 2);
  const label = reading.rows[0].cells[0];
  assert.equal(label.text, '4.保护第三方合法权利');
  assert.deepEqual([label.start, label.end], [0, 9]);
  assert.deepEqual(label.parts, [
    { start: 0, end: 9 },
    { start: 24, end: 26 },
  ]);
  assert.deepEqual(cells(reading)[0].slice(1), zeros(7));
});

test('the mistyped end below may be followed by the next row', () => {
  const reading = read(`4.保护第三方合法 ${zeros(7).join(' ')}\n权利 5.属于三类内部事务信息 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading), [
    ['4.保护第三方合法权利', ...zeros(7)],
    ['5.属于三类内部事务信息', ...zeros(7)],
  ]);
});

test('a word below that is not the label’s end mistyped is not taken (a different word, another length)', () => {
  const other = read(`4.保护第三方合法 ${zeros(7).join(' ')}\n说明`, 2);
  assert.equal(other.rows[0].cells[0].text, '4.保护第三方合法权益');
  assert.equal(other.rows[0].cells[0].parts, undefined);
  const longer = read(`4.保护第三方合法 ${zeros(7).join(' ')}\n权利人`, 2);
  assert.equal(longer.rows[0].cells[0].text, '4.保护第三方合法权益');
  const half = read(`1.本机关不掌握相关 ${zeros(7).join(' ')}\n政策信箱`, 2);
  assert.equal(half.rows[0].cells[0].text, '1.本机关不掌握相关政策信箱', '政策信箱: half of 政府信息 in place, a typo of it');
  assert.equal(half.rows[0].cells[0].parts?.length, 2);
  const less = read(`1.本机关不掌握相关 ${zeros(7).join(' ')}\n政策说明`, 2);
  assert.equal(less.rows[0].cells[0].text, '1.本机关不掌握相关政府信息', '政策说明: one of four in place, not the end');
  const same = read(`1.本机关不掌握相关 ${zeros(7).join(' ')}\n政府信息`, 2);
  assert.equal(same.rows[0].cells[0].parts, undefined, 'the end as the format writes it is no typo');
});

test('a row label mistyped at its end before the numbers (4.保护第三方合法权利): the label as written', () => {
  const reading = read(`4.保护第三方合法权利 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(reading)[0].slice(0, 2), ['4.保护第三方合法权利@0-11', '0@12-13']);
  assert.equal(reading.rows[0].cells.length, 8);
});

test('a wrapped label’s start whose last word is its end mistyped: read as written', () => {
  // 4.保护第三方合法 + 权利: the words spell the start (权利, two letters, is passed over like
  // a vertical label's); 权利 is the rest (权益) mistyped, so the label is what is written.
  const reading = read(`4.保护第三方合法 权利 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(reading)[0].slice(0, 2), ['4.保护第三方合法 权利@0-12', '0@13-14']);
  const right = read(`4.保护第三方合法 权益 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(right)[0].slice(0, 2), ['4.保护第三方合法 权益@0-12', '0@13-14'], 'the trie reads the label over the space');
});

test('a numbering written apart from its mistyped words (4. 保护…权利, （三） …) is part of the label', () => {
  assert.deepEqual(placed(read(`4. 保护第三方合法权利 ${zeros(7).join(' ')}`, 2))[0].slice(0, 2), [
    '4. 保护第三方合法权利@0-12',
    '0@13-14',
  ]);
  assert.deepEqual(cells(read(`说明 保护第三方合法权利 ${zeros(7).join(' ')}`, 2))[0][0], '保护第三方合法权利');
});

test('the letters of a vertical label beside the row (理) are left out of the row’s label', () => {
  const reading = read(`1.本机关不掌握 理 相关政府信息 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(reading)[0].slice(0, 2), ['1.本机关不掌握相关政府信息@0-17', '0@18-19']);
  const joined = read(`2.申请人逾期未按收费 理通知要求缴纳费用、 ${zeros(7).join(' ')}`, 2);
  assert.equal(joined.rows[0].cells[0].text, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
  assert.equal(joined.rows[0].cells[0].end, 22);
});

test('a piece of the group label beside the row (本年度办理 of 三、本年度办理结果) is left out too', () => {
  const reading = read(`（一）予以 本年度办理 公开 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(reading)[0].slice(0, 2), ['（一）予以公开@0-14', '0@15-16']);
  // A word of three letters that is no piece of a group label breaks the label.
  assert.deepEqual(cells(read(`（一）予以 新字词 公开 ${zeros(7).join(' ')}`, 2)), [zeros(7)]);
});

test('a wrapped start shorter than six characters is no row label (2.重复 of 2.重复申请)', () => {
  // Six characters are needed, or the whole label; 2.重复 is read loosely: a typo of 2.重复申请.
  const reading = read(`说明 1.本机 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading), [zeros(7)]);
});

test('the label’s start may come after other words, ten words back at most', () => {
  const reading = read(`说明 1.本机关不掌握 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(reading)[0].slice(0, 2), ['1.本机关不掌握相关政府信息@3-11', '0@12-13']);
  const spelled = read(`1.本 机 关 不 掌 握 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(spelled)[0].slice(0, 2), ['1.本机关不掌握相关政府信息@0-13', '0@14-15']);
});

test('a none word right before the numbers is the row’s first cell, the label before it rescued', () => {
  const reading = read(`1.本机关不掌握 无 ${zeros(6).join(' ')}`, 2);
  assert.deepEqual(placed(reading)[0].slice(0, 3), ['1.本机关不掌握相关政府信息@0-8', '无@9-10', '0@11-12']);
  assert.equal(reading.rows[0].cells.length, 8);
});

test('without the section’s table, words are not rescued as labels', () => {
  assert.deepEqual(cells(read(`1.本机关不掌握 ${zeros(7).join(' ')}`)), [zeros(7)]);
});

test('a label of table 1 mistyped (规范性 for 规范性文件): loosely matched, read as written', () => {
  assert.deepEqual(placed(read('规范性 0 0 0', 1)), [['规范性@0-3', '0@4-5', '0@6-7', '0@8-9']]);
  assert.deepEqual(cells(read('规范性 0 0 0', 2)), [['0', '0', '0']], 'not a row of table 2');
});

test('one letter is no label, and a word of more than 60 letters is prose', () => {
  assert.deepEqual(cells(read('规 0 0 0', 1)), [['0', '0', '0']]);
  const long = `规范性文件${'的'.repeat(56)}`;
  assert.equal(long.length, 61);
  assert.deepEqual(cells(read(`${long} 0 0 0`, 1)), [['0', '0', '0']]);
});

test('quotes inside a wrapped label are no part of it: 3.危及“三安全 … 一稳定”', () => {
  const reading = read(`3.危及“三安全 ${zeros(7).join(' ')}\n一稳定”`, 2);
  assert.equal(reading.rows[0].cells[0].text, '3.危及“三安全一稳定”');
});

test('a section ending inside a label or a number: nothing past `to` is read', () => {
  const text = '规章 0 0 0 行政规范性文件';
  assert.deepEqual(cells(read(text, undefined, 0, text.length - 1)), [['规章', '0', '0', '0']], '行政规范性文 is no label');
  const digits = '规章 0 0 05';
  assert.deepEqual(placed(read(digits, undefined, 0, digits.length - 1)), [['规章@0-2', '0@3-4', '0@5-6', '0@7-8']]);
});

test('a minus sign at the section’s very start is a number’s', () => {
  assert.deepEqual(placed(read('-1 2 3')), [['-1@0-2', '2@3-4', '3@5-6']]);
});

test('a hyphen right after a label or a number is a dash between, not a minus sign', () => {
  assert.deepEqual(placed(read('规章-1 0 0', 1)), [['规章@0-2', '1@3-4', '0@5-6', '0@7-8']]);
  assert.deepEqual(placed(read('规章 1-2 3', 1)), [['规章@0-2', '1@3-4', '2@5-6', '3@7-8']]);
});

test('the numbering digit before 、 and a space, or before a bracket, is the next label’s', () => {
  assert.deepEqual(cells(read('规章 0 0 03、 新的', 1)), [['规章', '0', '0', '0']]);
  assert.deepEqual(cells(read('规章 0 0 03．（一）', 1)), [['规章', '0', '0', '0']]);
  assert.deepEqual(cells(read('规章 0 0 03、 5', 1)), [['规章', '0', '0', '03', '5']], 'a number after it: no label');
});

test('web text run together: the last digit before a numbered label numbers it, whether 2. 2、 2， or 2,', () => {
  // 1.属于国家秘密 0 0 0 0 0 0 0 then 2，其他法律…: the numbering's comma is read as its dot
  // (as 2，其他法律… standing apart is), so the 2 is the label's, not the seventh cell's.
  for (const dot of ['.', '、', '，', ',']) {
    const reading = read(`1.属于国家秘密00000002${dot}其他法律行政法规禁止公开0000000`, 2);
    assert.deepEqual(
      cells(reading),
      [
        ['1.属于国家秘密', ...zeros(7)],
        [`2${dot}其他法律行政法规禁止公开`, ...zeros(7)],
      ],
      dot,
    );
    assert.equal(reading.rows[1].cells[0].start, 15, dot);
    assert.equal(reading.unreadable.size, 0, dot);
  }
});

test('a comma after run-together digits with no label after it stays out of the numbers (1,234 is no label)', () => {
  assert.deepEqual(cells(read('规章 0 0 12,说明', 1)), [['规章', '0', '0', '12']]);
});

test('a header word is read as a mistyped column only against the columns of the header’s table', () => {
  // 行政处法 is a typo of a row label (行政处罚), 自然仁 of table 2's column: neither is table 1's column.
  assert.deepEqual(cells(read('信息内容 行政处法', 1)), [['信息内容']]);
  assert.deepEqual(cells(read('信息内容 自然仁', 1)), [['信息内容']]);
});

test('a header whose first word stands past 512 columns is no header laid out in columns', () => {
  const pad = ' '.repeat(520);
  assert.deepEqual(cells(read(`${pad}社会  法律\n${pad}组织  服务\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

test('more than 64 words open at once is prose, not a header’s columns', () => {
  assert.deepEqual(cells(read(`社会 ${' x'.repeat(70)}\n组织\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
  assert.deepEqual(cells(read(`社会 ${' x'.repeat(60)}\n组织\n${Z7}`, 2)), [['社会组织'], [NEW, ...zeros(7)]]);
});

test('a stack spans the columns of all its pieces: a third piece under either edge joins it', () => {
  // 法律 at 4–6, 服务 at 5–7: the stack covers 4–7; 机构 at 3–5 or 6–8 overlaps it.
  assert.deepEqual(cells(read(`x   法律\nx    服务\nx  机构\n${Z7}`, 2))[0], ['法律服务机构']);
  assert.deepEqual(cells(read(`x   法律\nx    服务\nx     机构\n${Z7}`, 2))[0], ['法律服务机构']);
  assert.deepEqual(cells(read(`x   法律\nx    服务\nx      机构\n${Z7}`, 2)), [[NEW, ...zeros(7)]], '机构 at 7–9: past it');
});

test('a mistyped word alone in the header (no label beside it, nothing stacked on it) is not taken for a column', () => {
  assert.deepEqual(cells(read(`社会工益组织  x\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
});

test('the trial format’s （六）其他处理: 无 in one of its seven cells is that cell (GR103), not a reason to leave the table unread', () => {
  const middle = read('（六）其他处理 0 无 0 0 0 0 0', 2);
  assert.deepEqual(placed(middle), [['（六）其他处理@0-7', '0@8-9', '无@10-11', '0@12-13', '0@14-15', '0@16-17', '0@18-19', '0@20-21']]);
  assert.equal(middle.unreadable.size, 0);
  const first = read('（六）其他处理 无 0 0 0 0 0 0', 2);
  assert.deepEqual(cells(first), [['（六）其他处理', '无', ...zeros(6)]]);
  assert.equal(first.unreadable.size, 0);
  // As for the 2021 format's item 3.其他.
  assert.deepEqual(cells(read('3.其他 0 无 0 0 0 0 0', 2)), [['3.其他', '0', '无', ...zeros(5)]]);
});

test('a none word after a group label with no numbers after it is no cell (the 2021 format’s group before its items)', () => {
  assert.deepEqual(cells(read('（六）其他处理 无', 2)), [['（六）其他处理']]);
  assert.deepEqual(cells(read('（六）其他处理 无 3.其他 0 0 0 0 0 0 0', 2)), [['（六）其他处理', '3.其他', ...zeros(7)]]);
});

test('a none word between numbers past a row’s cells is no cell: 规章 1 2 3 无 4', () => {
  assert.deepEqual(cells(read('规章 1 2 3 无 4', 1)), [['规章', '1', '2', '3', '4']]);
});

test('a row of none words only (规章 无) is read as written: one cell, no split, no unreadable table', () => {
  const reading = read('规章 无', 1);
  assert.deepEqual(cells(reading), [['规章', '无']]);
  assert.equal(reading.unreadable.size, 0);
});

test('a label in quotes: the label is read from its first letter, the quote left out', () => {
  assert.deepEqual(placed(read('“规章” 1 2 3', 1)), [['规章@1-3', '1@5-6', '2@7-8', '3@9-10']]);
  assert.deepEqual(placed(read('*规章* 1 2 3', 1)), [['规章@1-3', '1@5-6', '2@7-8', '3@9-10']]);
});

test('a digit inside a label (保留4位小数) is no numbering: the accepted header is read whole', () => {
  const text = '信息内容 本年收费金额（单位：万元，保留4位小数）\n行政事业性收费 1.5';
  assert.deepEqual(cells(read(text, 1)), [
    ['信息内容', '本年收费金额（单位：万元，保留4位小数）'],
    ['行政事业性收费', '1.5'],
  ]);
});

// Table 2's balances with rows left out or written otherwise.

test('with 二 or 一 left out, the items’ sum alone settles an item in doubt', () => {
  const full = { [NEW]: '11 0 0 0 0 0 11', [CARRIED]: zeros(7).join(' '), '（一）予以公开': '110000011', [RESULTS]: '11 0 0 0 0 0 11' };
  for (const drop of [NEW, CARRIED, CARRY_OVER]) {
    const text = table2(full)
      .split('\n')
      .filter((line) => !line.startsWith(drop))
      .join('\n');
    const reading = read(text, 2);
    assert.equal(reading.rows.length, 24, drop);
    assert.deepEqual(
      reading.rows.find((r) => r.cells[0].text === '（一）予以公开')!.cells.map((c) => c.text),
      ['（一）予以公开', '11', '0', '0', '0', '0', '0', '11'],
      drop,
    );
  }
});

test('with 三（七） left out, a row no cut of which adds up is read the one way it can be cut (GR203 reports the total)', () => {
  // 1000000 5: the six cells before 总计 can only be 10 0 0 0 0 0; the total 5 ≠ 10.
  const text = table2({ [NEW]: '1000000 5' })
    .split('\n')
    .filter((line) => !line.startsWith(RESULTS))
    .join('\n');
  const reading = read(text, 2);
  assert.deepEqual(cells(reading)[0], [NEW, '10', '0', '0', '0', '0', '0', '5']);
  assert.equal(reading.unreadable.size, 0);
});

test('with one item written, the balance 一 + 二 = 三（七） + 四 still settles 一', () => {
  const text = [
    row7(NEW, '110000011'),
    row7(CARRIED, '1 0 0 0 0 0 1'),
    row7('（一）予以公开', zeros(7).join(' ')),
    row7(RESULTS, '11 0 0 0 0 0 11'),
    row7(CARRY_OVER, '1 0 0 0 0 0 1'),
  ].join('\n');
  assert.deepEqual(cells(read(text, 2))[0], [NEW, '11', '0', '0', '0', '0', '0', '11']);
});

test('a row of more or fewer than seven cells is no figure for the balances', () => {
  const text = (carried: string) =>
    [row7(NEW, '110000011'), row7(CARRIED, carried), row7(RESULTS, '11 0 0 0 0 0 11'), row7(CARRY_OVER, zeros(7).join(' '))].join('\n');
  assert.equal(read(text(zeros(7).join(' ')), 2).unreadable.size, 0);
  assert.ok(read(text('0 1 0 0 0 0 0 0'), 2).unreadable.has(2), 'eight cells');
  assert.ok(read(text('0 0 0 0 0 0 0 0'), 2).unreadable.has(2), 'eight cells, even zeros that would balance');
});

test('a cell that is no count (−1, 1.5) balances nothing: the row in doubt stays in doubt', () => {
  const text = (carried: string, results: string) =>
    [row7(NEW, '110000011'), row7(CARRIED, carried), row7(RESULTS, results), row7(CARRY_OVER, zeros(7).join(' '))].join('\n');
  // With −1 read as a number, 11 − 1 = 10 would settle 一 as 11 0 0 0 0 0 11.
  assert.ok(read(text('-1 1 0 0 0 0 0', '10 1 0 0 0 0 11'), 2).unreadable.has(2));
  assert.ok(read(text('1.5 0 0 0 0 0 1.5', '12.5 0 0 0 0 0 12.5'), 2).unreadable.has(2));
});

test('rows of another table left in doubt stay in doubt when table 2’s are settled', () => {
  const text = [
    row7(NEW, '110000011'),
    row7(CARRIED, zeros(7).join(' ')),
    row7(RESULTS, '11 0 0 0 0 0 11'),
    row7(CARRY_OVER, zeros(7).join(' ')),
    `${FEE_ROW} 1234`,
  ].join('\n');
  const reading = read(text, 2);
  assert.deepEqual(cells(reading)[0], [NEW, '11', '0', '0', '0', '0', '0', '11']);
  assert.equal(reading.unreadable.size, 0);
  assert.equal(reading.fees.unreadable?.reason.zh, '信息处理费收取情况表的数字连在一起，无法可靠拆分（1234），本表不作检查');
  const withTable1 = [
    row7(NEW, '110000011'),
    row7(CARRIED, zeros(7).join(' ')),
    row7(RESULTS, '11 0 0 0 0 0 11'),
    row7(CARRY_OVER, zeros(7).join(' ')),
    '规章 0 0 0',
  ].join('\n');
  // A row of table 1 among them is no row of the balances.
  const mixed = read(withTable1, 2);
  assert.deepEqual(cells(mixed)[0], [NEW, '11', '0', '0', '0', '0', '0', '11']);
  assert.deepEqual(cells(mixed)[4], ['规章', '0', '0', '0']);
  assert.equal(mixed.unreadable.size, 0);
});

test('a typo stacked from pieces, one of them a single letter, is not read (社 / 会工益 / 组织); from longer pieces it is', () => {
  assert.deepEqual(cells(read(`社  x\n会工益  x\n组织\n${Z7}`, 2)), [[NEW, ...zeros(7)]]);
  assert.deepEqual(cells(read(`x\n社  x\n会工益  x\n组织\n${Z7}`, 2)), [[NEW, ...zeros(7)]], 'not at the text’s start either');
  assert.deepEqual(placed(read(`社会  x\n工益  x\n组织\n${Z7}`, 2))[0], ['社会工益组织@0-2']);
});

test('an unreadable row is named by its row label, not by the group label beside it', () => {
  const reading = read('（三）不予公开 1.属于国家秘密 19000001 9', 2);
  assert.equal(reading.unreadable.get(2)?.zh, '表二的数字连在一起，无法可靠拆分（1.属于国家秘密：19000001 9），本表不作检查');
});

test('the fee row unread: its span runs from its label to its last number', () => {
  const reading = read('信息处理费收取情况 1234 5');
  assert.deepEqual({ start: reading.fees.unreadable?.start, end: reading.fees.unreadable?.end }, { start: 0, end: 16 });
});

test('a wrapped label’s start is looked for ten words back at most', () => {
  // 1.本 机 关 不 掌 with a vertical label's letter (x) after each: ten words, read; eleven, not.
  const ten = read(`1.本 x 机 x 关 x 不 x 掌 x ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(placed(ten)[0].slice(0, 2), ['1.本机关不掌握相关政府信息@0-21', '0@22-23']);
  const eleven = read(`1.本 x 机 x 关 x 不 x 掌 x 握 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(eleven), [zeros(7)]);
});

test('words are rescued only as row labels of the section’s own table', () => {
  // 本年废止件 is close to table 1's column 本年废止件数, not to a row; 1.本机关不掌握 is table 2's.
  assert.deepEqual(cells(read('本年废止件 3', 1)), [['3']]);
  assert.deepEqual(cells(read(`1.本机关不掌握 ${zeros(7).join(' ')}`, 1)), [zeros(7)]);
});

test('a piece of a block heading beside a table 1 row (第二十条) is left out of the row’s label', () => {
  assert.deepEqual(placed(read('行政规 第二十条 范性文件 1 2 3', 1)), [['行政规范性文件@0-13', '1@14-15', '2@16-17', '3@18-19']]);
});

test('a wrapped label’s start numbered 4、 reads as 4.', () => {
  const reading = read(`4、保护第三方合法 ${zeros(7).join(' ')}\n权益`, 2);
  assert.deepEqual(placed(reading)[0].slice(0, 2), ['4.保护第三方合法权益@0-9', '0@10-11']);
});

test('a row label after a group label and its first item with no numbers starts a row', () => {
  const reading = read(`（三）不予公开 1.属于国家秘密 2.其他法律行政法规禁止公开 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading), [
    ['（三）不予公开', '1.属于国家秘密'],
    ['2.其他法律行政法规禁止公开', ...zeros(7)],
  ]);
});

test('a label ending where the section ends stands alone, whatever follows past the end', () => {
  assert.deepEqual(placed(read('规章说明', 1, 0, 2)), [['规章@0-2']]);
});

test('a note after a row label with no numbers starts a row', () => {
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  assert.deepEqual(cells(read(`${NEW} ${note}`, 2)), [[NEW], [note]]);
});

test('a group label after a group label and its first item with no numbers starts a row', () => {
  const text = `（三）不予公开 1.属于国家秘密 （四）无法提供 1.本机关不掌握相关政府信息 ${zeros(7).join(' ')}`;
  assert.deepEqual(cells(read(text, 2)), [
    ['（三）不予公开', '1.属于国家秘密'],
    ['（四）无法提供', '1.本机关不掌握相关政府信息', ...zeros(7)],
  ]);
});

test('table 3: a run that can be cut one way only, whose totals do not add up, is left unread', () => {
  // 1 then fifteen zeros: 10 0 0 … is the only cut, and 0 ≠ 10 + 0 + 0 + 0 in the first group.
  const reading = read('1000000000000000', 3);
  assert.deepEqual(cells(reading), [['1000000000000000']]);
  assert.ok(reading.unreadable.has(3));
});

test('a none word after a column label is no cell of a row', () => {
  assert.deepEqual(cells(read('本年制发件数 无 1', 1)), [['本年制发件数'], ['1']]);
});

test('a wrapped label’s end mistyped below, after a vertical label’s letter: the written label with its two pieces', () => {
  const reading = read(`2.申请人逾期未按收费 理通知要求缴纳费用、 ${zeros(7).join(' ')}\n行政机关不再处理其政府信息公开申情`, 2);
  const label = reading.rows[0].cells[0];
  assert.ok(label.text.endsWith('缴纳费用、行政机关不再处理其政府信息公开申情'), label.text);
  assert.deepEqual(label.parts, [
    { start: 0, end: 22 },
    { start: 37, end: 54 },
  ]);
});

test('six characters of a label’s start are enough (1.本机关不); a two-letter label needs both (规 x 章)', () => {
  assert.deepEqual(placed(read(`1.本机关不 ${zeros(7).join(' ')}`, 2))[0].slice(0, 2), ['1.本机关不掌握相关政府信息@0-6', '0@7-8']);
  assert.deepEqual(placed(read('规 x 章 1 2 3', 1)), [['规章@0-5', '1@6-7', '2@8-9', '3@10-11']]);
});

test('a wrapped label written with a space, its end mistyped below: the label as written, spaces left out', () => {
  const reading = read(`4.保护 第三方合法 ${zeros(7).join(' ')}\n权利`, 2);
  assert.equal(reading.rows[0].cells[0].text, '4.保护第三方合法权利');
  assert.deepEqual(reading.rows[0].cells[0].parts, [
    { start: 0, end: 10 },
    { start: 25, end: 27 },
  ]);
});

test('a label cell has its text and offsets, and no pieces unless written in pieces', () => {
  assert.deepStrictEqual(read('规章 1 2 3', 1).rows[0].cells[0], { text: '规章', start: 0, end: 2 });
});

// A mistyped row label that a PDF's wrap cut (pdf.js text: each line of a cell on a line of
// its own): its start spells no label's start, so the cut is not found the way a correct
// label's is; its lines joined are the label, mistyped, which GR105 reports as in TAB text.
// Found by comparing a real report's findings with its renderings' after one letter changed.
test('a mistyped row label cut by a wrap: its lines joined are the label, in pieces, a line each', () => {
  const row = `0 0 0 0 0 0 0\n5.政于三类内部事务信\n息 ${zeros(7).join(' ')}`;
  const reading = read(row, 2);
  assert.equal(reading.rows.length, 2);
  const label = reading.rows[1].cells[0];
  assert.equal(label.text, '5.政于三类内部事务信息');
  assert.deepEqual(label.parts, [
    { start: 14, end: 25 },
    { start: 26, end: 27 },
  ]);
  assert.deepEqual(cells(reading)[1].slice(1), zeros(7));
  // The numbering written apart, then a label over three lines.
  const apart = read(`0 0 0 0 0 0 0\n2. 其的法律行政法\n规禁止公开 ${zeros(7).join(' ')}`, 2);
  assert.equal(apart.rows[1].cells[0].text, '2.其的法律行政法规禁止公开');
  assert.equal(apart.rows[1].cells[0].start, 14);
  const long = read(`0 0 0 0 0 0 0\n1. 申请人无正的理由\n逾期不补正、行政机\n关不再处理其政府信\n息公开申请\n${zeros(7).join(' ')}`, 2);
  assert.equal(long.rows[1].cells[0].text, '1.申请人无正的理由逾期不补正、行政机关不再处理其政府信息公开申请');
  assert.equal(long.rows[1].cells[0].parts?.length, 4);
});

test('words on the lines after a row label are its rest, not a mistyped label of their own', () => {
  const z = zeros(7).join(' ');
  const wrapped = `（一）予以公开 ${z}\n（二）部分公开（区分处理\n的，只计这一情形，不计其 ${z}\n他情形）\n1.属于国家秘密 ${z}`;
  assert.deepEqual(
    read(wrapped, 2).rows.map((row) => `${row.cells[0].text}/${row.cells.length}`),
    ['（一）予以公开/8', '（二）部分公开/8', '1.属于国家秘密/8'],
  );
  // pdftotext -layout of a Word table: the group label 三、本年度办理结果 stands letter by
  // letter in the column to the left (、 本 年), the row label wraps over three lines.
  const text = [
    `三      （一）予以公开       ${zeros(7).join('   ')}`,
    '、   （二）部分公开（区分处理',
    `本   的，只计这一情形，不计其     ${zeros(7).join('   ')}`,
    '年        他情形）',
    `度         1.属于国家秘密   ${zeros(7).join('   ')}`,
  ].join('\n');
  assert.deepEqual(
    cells(read(text, 2)).map((row) => row[0]),
    ['（一）予以公开', '（二）部分公开', '1.属于国家秘密'],
  );
  // Words apart on one line may be another column's: joined only when they are the label
  // but for a letter (（一）予以 新字词 公开 is not, above).
  assert.deepEqual(cells(read(`0 0 0 0 0 0 0\n5.政于三类 内部事务信息 ${zeros(7).join(' ')}`, 2))[1], [
    '5.政于三类 内部事务信息',
    ...zeros(7),
  ]);
  assert.deepEqual(cells(read(`0 0 0 0 0 0 0\n5.政于 三类 内部事务 ${zeros(7).join(' ')}`, 2)).length, 1);
});

test('a row label read in its short form, its rest on the line mistyped: the label is the whole, mistyped', () => {
  const z = zeros(7);
  // Word saved as text (a cell a line) and glued, as web text has it.
  const cellPerLine = `(二) 部分公开(区的处理的, 只计这一情形, 不计其他情形)\n${z.join('\n')}`;
  assert.deepEqual(cells(read(cellPerLine, 2)), [['(二) 部分公开(区的处理的, 只计这一情形, 不计其他情形)', ...z]]);
  const glued = `（二）部分公开（区的处理的，只计这一情形，不计其他情形） ${z.join(' ')}`;
  assert.deepEqual(cells(read(glued, 2)), [['（二）部分公开（区的处理的，只计这一情形，不计其他情形）', ...z]]);
  // Not a placeholder in the first cell, nor a sign's hyphen: those are no words of a label.
  assert.deepEqual(cells(read(`4.保护第三方合法权益 无 ${zeros(6).join(' ')}`, 2)), [['4.保护第三方合法权益', '无', ...zeros(6)]]);
});

test('a short row label mistyped, its numbering apart: the two together are the label (3. 的他 for 3.其他)', () => {
  const reading = read(`0 0 0 0 0 0 0\n3. 的他 ${zeros(7).join(' ')}`, 2);
  assert.deepEqual(cells(reading)[1], ['3. 的他', ...zeros(7)]);
});

test('a row label read in its short form, its mistyped rest wrapped onto the next line: the whole, in pieces', () => {
  const reading = read(`(二) 部分公开(区的处理的, 只计这一\n情形, 不计其他情形) ${zeros(7).join(' ')}`, 2);
  const label = reading.rows[0].cells[0];
  assert.equal(label.text, '(二)部分公开(区的处理的,只计这一情形,不计其他情形)');
  assert.deepEqual(label.parts, [
    { start: 0, end: 20 },
    { start: 21, end: 32 },
  ]);
  assert.equal(reading.rows[0].cells.length, 8);
});

test('a row label mistyped, run onto the header label before it, is read as that row (行的许可 after 本年处理决定数量)', () => {
  // Web text run together; a PDF's lines joined give the same.
  const reading = read('第二十条第（五）项信息内容本年处理决定数量行的许可181第二十条第（六）项', 1);
  const row = cells(reading).find((r) => r.includes('181'));
  assert.deepEqual(row, ['行的许可', '181']);
  // A label cut by a wrap is one label, not a label and a typo: 其他 + 法律行政法规禁止公开.
  const cut = read(`0 0 0 0 0 0 0\n2.其他法律行政法规禁止公开 ${zeros(7).join(' ')}`, 2);
  assert.equal(cut.rows[1].cells[0].text, '2.其他法律行政法规禁止公开');
});

test('a row label mistyped at its start, the trie reading a shorter label in its rest: the whole is the row (行的规范性文件)', () => {
  // 规范性文件 is the trial format's label; 行的 glued before it is the start of 行政规范性文件, mistyped.
  const reading = read('信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行的规范性文件 0 0 0', 1);
  assert.deepEqual(cells(reading).at(-1), ['行的规范性文件', '0', '0', '0']);
  assert.deepEqual(placed(reading).at(-1)?.[0], '行的规范性文件@35-42');
});

test('a row label’s last letter alone on its line, mistyped, is its end mistyped; a group label’s letter there is not', () => {
  const z = zeros(7).join(' ');
  const typo = read(`${z}\n4. 保护第三方合法权\n的 ${z}`, 2);
  assert.equal(typo.rows[1].cells[0].text, '4. 保护第三方合法权的');
  // 理 is a letter of （六）其他处理 beside the rows: the label is read whole, as the format words it.
  const beside = read(`${z}\n4. 保护第三方合法权\n理 ${z}`, 2);
  assert.equal(beside.rows[1].cells[0].text, '4.保护第三方合法权益');
});

test('a column label mistyped between two labels, run together, leaves the label before it read (信息内容本的制发件数本年废止件数)', () => {
  // Web text run together: 信息内容 was no label with a typo after it, and the header row was missing (GR102).
  const reading = read('第二十条第（一）项信息内容本的制发件数本年废止件数现行有效件数规章000', 1);
  assert.deepEqual(cells(reading)[1], ['信息内容', '本的制发件数', '本年废止件数', '现行有效件数']);
  // At the text's end, a word after a label of another table is not taken for a column of its own.
  assert.deepEqual(cells(read('信息内容 总计本年度止件数', 1)), [['信息内容']]);
});
