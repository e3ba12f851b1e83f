// Blank cells and placeholders in tables read without cell separators (issue 8): where a
// row has fewer numbers than its columns, the text sometimes shows where the blank is —
// a separator written twice (web text with single spaces, Word's save-as-text with one
// cell per line), or a column left empty under the numbers of the rows around it
// (pdftotext -layout). A placeholder (无 / —) in a number's place is that cell. Each case
// states the cell reported and where its 0 would be written; a row whose blank cannot be
// placed stays unreadable (GR108).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';
import { emptyTable } from '../../server/src/engine/render/templates';
import { placeBlanks, type PlacingRow } from '../../server/src/engine/parse/blanks';

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';
const PERIOD = '本报告所列数据统计期限为2022年1月1日至2022年12月31日。';

/**
 * A whole report with each table written by `table`, sections as lines; `paragraphs`
 * sentences of overview, one a line, as a Word export has them (a text of short lines
 * only reads as hard-wrapped PDF text).
 */
function report(table: (id: 1 | 2 | 3) => string[], paragraphs = 1): string {
  return [
    TITLE,
    PERIOD,
    '一、总体情况',
    '本年度未收到政府信息公开申请。',
    ...Array.from(
      { length: paragraphs - 1 },
      (_, i) => `本局按照条例要求做好主动公开、依申请公开、信息管理、平台建设和监督保障第${i + 1}项工作。`,
    ),
    '二、主动公开政府信息情况',
    ...table(1),
    '三、收到和处理政府信息公开申请情况',
    ...table(2),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...table(3),
    '五、存在的主要问题及改进情况',
    '部分信息更新不够及时，下一步将加强培训。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
}

/** The template's rows with one cell emptied: table 2, row 三（三）3, 科研机构 (its fourth number). */
function rowsWithBlank(id: 1 | 2 | 3): string[][] {
  const rows = emptyTable(id).map((r) => r.slice());
  if (id === 2) {
    const row = rows.find((r) => r[0].startsWith('3.危及'))!;
    row[row.length - 5] = '';
  }
  return rows;
}

const findings = (text: string) => lint(text).findings.map((f) => ({ code: f.code, message: f.message, start: f.range.start }));

test('web text with single spaces: a doubled space is the blank cell between', () => {
  // 3.危及“三安全一稳定” 0 0  0 0 0 0: the empty 科研机构 cell leaves two spaces.
  const text = report((id) => [
    rowsWithBlank(id)
      .map((r) => r.join(' '))
      .join(' '),
  ]);
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR103'],
  );
  assert.match(found[0].message, /三（三）3 科研机构 为空/);
  // The 0 goes between the two spaces.
  const line = text.split('\n')[found[0].start.line];
  assert.equal(line.slice(found[0].start.character - 6, found[0].start.character + 2), '” 0 0  0');
  assert.equal(line[found[0].start.character - 1], ' ');
  assert.equal(line[found[0].start.character], ' ');
});

test("Word's save-as-text, one cell per line: a blank line among a row's numbers is its blank cell", () => {
  const text = report((id) => rowsWithBlank(id).flatMap((r) => r), 30);
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR103'],
  );
  assert.match(found[0].message, /三（三）3 科研机构 为空/);
  const lines = text.split('\n');
  // The blank line two lines below the row's second number.
  assert.equal(lines[found[0].start.line], '');
  assert.equal(found[0].start.character, 0);
  assert.deepEqual(lines.slice(found[0].start.line - 3, found[0].start.line), ['3.危及“三安全一稳定”', '0', '0']);
});

/** Table 2 as pdftotext -layout sets it: labels left, numbers in columns of spaces. */
function aligned(rows: string[][], shift = 0): string[] {
  return rows.map((r) => {
    const [label, ...values] = r.length === 9 ? [r[0] + r[1], ...r.slice(2)] : r;
    if (values.length !== 7) return label;
    return label.padEnd(30) + ' '.repeat(shift) + values.map((v) => v.padStart(6)).join('');
  });
}

test('pdftotext columns: a row whose numbers fall under the full rows’ columns gets its blank in the column left empty', () => {
  const text = report((id) => (id === 2 ? aligned(rowsWithBlank(2)) : emptyTable(id).map((r) => r.join('\t'))));
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR103'],
  );
  assert.match(found[0].message, /三（三）3 科研机构 为空/);
  const line = text.split('\n')[found[0].start.line];
  // Under the third column: the full rows write its 0 at character 30 + 2 × 6 + 5.
  assert.equal(found[0].start.character, 47);
  assert.equal(line.slice(42, 48).trim(), '');
});

test('pdftotext columns: numbers that do not fall under one column each are not placed (GR108)', () => {
  // The row's numbers are shifted by three characters: each straddles two columns.
  const lines = aligned(rowsWithBlank(2));
  const at = lines.findIndex((l) => l.startsWith('3.危及'));
  lines[at] = lines[at].replace(/^(\S+)( +)/, '$1$2   ');
  const text = report((id) => (id === 2 ? lines : emptyTable(id).map((r) => r.join('\t'))));
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR108'],
  );
  assert.match(found[0].message, /表二/);
});

test('pdftotext columns: only full rows of the same page place a blank (a page may set its columns elsewhere)', () => {
  // The rows from 3.危及 on are on the next page, set four characters further right; the
  // blank row is the first of that page, so the row above it (another page) does not count.
  const rows = rowsWithBlank(2);
  const at = rows.findIndex((r) => r[0].startsWith('3.危及'));
  const lines = [...aligned(rows.slice(0, at)), `\f${aligned(rows.slice(at), 4)[0]}`, ...aligned(rows.slice(at + 1), 4)];
  const text = report((id) => (id === 2 ? lines : emptyTable(id).map((r) => r.join('\t'))));
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR103'],
  );
  assert.match(found[0].message, /三（三）3 科研机构 为空/);
});

test('placeBlanks: separators of unequal full rows say nothing; a trailing blank has no place', () => {
  const text = 'A 1 2 3 B 1  2 C 1 2';
  // Labels A, B, C (one character each), three numbers expected.
  const tok = (s: number) => ({ start: s, end: s + 1 });
  const row = (label: number, numbers: number[]): PlacingRow => ({
    labels: [tok(label)],
    numbers: numbers.map(tok),
    expected: 3,
    table: 2,
  });
  const a = row(0, [2, 4, 6]);
  const b = row(8, [10, 13]);
  const c = row(15, [17, 19]);
  const placed = placeBlanks(text, [a, b, c]);
  // B: 1, blank, 2 — the doubled space.
  assert.deepEqual(
    placed.get(b)?.map((s) => [s.text, s.start]),
    [
      ['1', 10],
      ['', 12],
      ['2', 13],
    ],
  );
  // C: its blank is after its last number, where nothing shows it.
  assert.equal(placed.has(c), false);
  // Full rows set apart by different separators: no slot reading.
  const uneven = 'A 1  2 3 B 1 2';
  const a2 = row(0, [2, 5, 7]);
  const b2 = row(9, [11, 13]);
  assert.equal(placeBlanks(uneven, [a2, b2]).has(b2), false);
});

test('placeholders (/ 无 —) in a number’s place are that cell, in web text with spaces and run together', () => {
  const withPlaceholders = (id: 1 | 2 | 3) => {
    const rows = emptyTable(id).map((r) => r.slice());
    if (id === 1) rows.find((r) => r[0] === '行政许可')![1] = '/';
    if (id === 2) rows.find((r) => r[0].startsWith('4.保护'))![1] = '无';
    if (id === 3) rows[rows.length - 1][1] = '—';
    return rows;
  };
  for (const sep of [' ', '']) {
    const text = report((id) => [
      withPlaceholders(id)
        .map((r) => r.join(sep))
        .join(sep),
    ]);
    const found = findings(text);
    assert.deepEqual(
      found.map((f) => f.code),
      ['GR103', 'GR103', 'GR103'],
      `separator ${JSON.stringify(sep)}: ${found.map((f) => f.message).join(' / ')}`,
    );
    assert.match(found[0].message, /行政许可 本年处理决定数量 写的是“\/”/);
    assert.match(found[1].message, /三（三）4 自然人 写的是“无”/);
    assert.match(found[2].message, /行政复议 结果纠正 写的是“—”/);
    // Each range is the placeholder as written.
    const line = text.split('\n')[found[2].start.line];
    assert.equal(line[found[2].start.character], '—');
  }
});

test('a converter’s lone - filler is not a placeholder cell in a stream of labels and numbers', () => {
  // 行政许可 5 - : the row is full; the filler after it is nothing.
  const text = report((id) => [
    emptyTable(id)
      .map((r) => (r[0] === '行政许可' ? ['行政许可', '5', '-'] : r))
      .map((r) => r.join(' '))
      .join(' '),
  ]);
  assert.deepEqual(
    findings(text).map((f) => f.code),
    [],
  );
  assert.equal(
    parse(text)
      .tables.find((t) => t.id === 1)!
      .data.get('licensing')!.values[0].value,
    5,
  );
});

test('a table caption’s number (表 3 因政府信息公开工作…) is not one of its cells', () => {
  const captions: Record<1 | 2 | 3, string> = {
    1: '表 1 主动公开政府信息情况',
    2: '表2收到和处理政府信息公开申请情况',
    3: '表 3 因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  };
  const text = report((id) => [
    [captions[id], ...emptyTable(id).map((r) => r.join(' '))]
      .join(' ')
      .replace(/ (?=0( |$))/g, ' ')
      .replace(/ {2,}/g, ' '),
  ]);
  assert.deepEqual(
    findings(text).map((f) => f.code),
    [],
  );
  const t3 = parse(text).tables.find((t) => t.id === 3)!;
  assert.equal(t3.rows.filter((r) => r.kind === 'data').flatMap((r) => r.values).length, 15);
});

// ---------------------------------------------------------------------------------------
// Labels read in pieces: a typo is still reported when a label is wrapped or run together.

const gr105 = (text: string) =>
  lint(text)
    .findings.filter((f) => f.code === 'GR105')
    .map((f) => ({ message: f.message, line: f.range.start.line, character: f.range.start.character, fix: f.fix !== undefined }));

test('a mistyped column label among the header’s labels, spaced or run together, is reported (GR105)', () => {
  for (const sep of [' ', '']) {
    const text = report((id) => [
      emptyTable(id)
        .map((r) => r.map((c) => (c === '本年废止件数' ? '本年度止件数' : c)).join(sep))
        .join(sep),
    ]);
    const found = gr105(text);
    assert.deepEqual(
      found.map((f) => f.message),
      ['表一列标签“本年度止件数”与格式不符，应为“本年废止件数”'],
      `separator ${JSON.stringify(sep)}`,
    );
    const line = text.split('\n')[found[0].line];
    assert.equal(line.slice(found[0].character, found[0].character + 6), '本年度止件数');
    // Nothing else: the table is read as before.
    assert.deepEqual(
      lint(text).findings.map((f) => f.code),
      ['GR105'],
    );
  }
});

/** Table 2's header as pdftotext sets it: words stacked in their columns over lines (above aligned()'s numbers). */
function stackedHeader(welfare: string[]): string[] {
  const place = (words: [number, string][]) => words.reduce((line, [col, word]) => line.padEnd(col) + word, '');
  return [
    place([[45, '申请人情况']]),
    place([[44, '法人或其他组织']]),
    place([
      [0, '（本列数据的勾稽关系为：第一项'],
      [34, '自然'],
      [58, '法律'],
    ]),
    place([
      [0, '加第二项之和，等于第三项加第四项之和）'],
      [40, '商业'],
      [46, '科研'],
      [52, welfare[0]],
      [70, '总计'],
    ]),
    place([
      [35, '人'],
      [58, '服务'],
      [64, '其他'],
    ]),
    place([
      [40, '企业'],
      [46, '机构'],
      [52, welfare[1]],
    ]),
    place([
      [52, welfare[2] ?? ''],
      [58, '机构'],
    ]),
  ];
}

test('pdftotext header words stacked in their columns are joined: 社会 / 组织 is reported, 自然 / 人 is not', () => {
  const rows = emptyTable(2).slice(3);
  const table2 = (welfare: string[]) => [...stackedHeader(welfare), ...aligned(rows)];
  const other = (id: 1 | 2 | 3) => emptyTable(id).map((r) => r.join('\t'));
  const clean = report((id) => (id === 2 ? table2(['社会', '公益', '组织']) : other(id)));
  assert.deepEqual(gr105(clean), []);
  const variant = report((id) => (id === 2 ? table2(['社会', '组织']) : other(id)));
  const found = gr105(variant);
  assert.deepEqual(
    found.map((f) => f.message),
    ['表二列标签“社会组织”与格式不符，应为“社会公益组织”'],
  );
  // On its first piece, with no fix: writing the label there would leave 组织 behind.
  assert.equal(variant.split('\n')[found[0].line].slice(found[0].character, found[0].character + 2), '社会');
  assert.equal(found[0].fix, false);
});

test('a row label wrapped with its end mistyped (权利 for 权益) is reported, before or below its numbers', () => {
  const zeros = ' 0 0 0 0 0 0 0';
  const wrap = (end: string, below: boolean) => (r: string[]) => {
    if (!r[0].startsWith('4.保护')) return aligned([r])[0];
    return below ? `4.保护第三方合法${' '.repeat(14)}${aligned([r])[0].slice(30)}\n          ${end}` : `4.保护第三方合法\n${end}${zeros}`;
  };
  const other = (id: 1 | 2 | 3) => emptyTable(id).map((r) => r.join('\t'));
  for (const below of [false, true]) {
    const table2 = (end: string) => emptyTable(2).map(wrap(end, below));
    assert.deepEqual(gr105(report((id) => (id === 2 ? table2('权益') : other(id)))), [], `clean, below: ${below}`);
    const found = gr105(report((id) => (id === 2 ? table2('权利') : other(id))));
    assert.deepEqual(
      found.map((f) => f.message),
      ['表二行标签“4.保护第三方合法权利”与格式不符，应为“4.保护第三方合法权益”'],
      `below: ${below}`,
    );
    // Below its numbers, the label is in two pieces with the numbers between: no fix.
    assert.equal(found[0].fix, !below);
  }
});

test('a section heading closed by a full stop with its table on the same line reads the table', () => {
  const text = report((id) => [
    emptyTable(id)
      .map((r) => r.join(' '))
      .join(' '),
  ]).replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况。 ');
  assert.deepEqual(
    lint(text).findings.map((f) => f.code),
    [],
  );
  assert.equal(parse(text).tables.find((t) => t.id === 1)?.data.size, 6);
});

// ---------------------------------------------------------------------------------------
// Digits run together: as many digits as cells leaves one split, whatever the relations say.

/** The report as web text with no separators at all (web-run), with `edit` applied to each table's rows first. */
function runTogether(edit: (id: 1 | 2 | 3, rows: string[][]) => string[][]): string {
  return report((id) => [
    edit(
      id,
      emptyTable(id).map((r) => r.slice()),
    )
      .map((r) => r.join(''))
      .join(''),
  ]);
}

test('table 3 run together, fifteen digits for fifteen cells: read one a cell, so a wrong total is reported (GR204)', () => {
  // 行政复议 结果维持 1, 总计 0: the group total is wrong, and no split satisfies it.
  const text = runTogether((id, rows) => {
    if (id === 3) rows[rows.length - 1][0] = '1';
    return rows;
  });
  const found = lint(text).findings;
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR204'],
  );
  const t3 = parse(text).tables.find((t) => t.id === 3)!;
  const values = t3.rows.filter((r) => r.kind === 'data').flatMap((r) => r.values);
  assert.deepEqual(
    values.map((v) => v.text),
    ['1', ...Array<string>(14).fill('0')],
  );
  // Each cell is its own digit in the text.
  const line = text.split('\n')[found[0].range.start.line];
  assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), '0');
});

test('more digits than cells and a relation no split satisfies: still unreadable (GR108), not guessed', () => {
  // 行政复议 结果维持 12, 总计 0: sixteen digits for fifteen cells.
  const text = runTogether((id, rows) => {
    if (id === 3) rows[rows.length - 1][0] = '12';
    return rows;
  });
  assert.deepEqual(
    lint(text).findings.map((f) => f.code),
    ['GR108'],
  );
});

test('a trial-format table 1 whose digits cannot be split is unreadable, and still reported as the trial format (GR106)', () => {
  const trial = [
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', '0', '0', '0'],
    ['规范性文件', '1', '11', '2'],
  ];
  const text = runTogether((id, rows) => (id === 1 ? trial : rows));
  const codes = lint(text)
    .findings.map((f) => f.code)
    .sort();
  assert.ok(codes.includes('GR106'), codes.join());
  assert.ok(codes.includes('GR108'), codes.join());
  assert.match(lint(text).findings.find((f) => f.code === 'GR106')!.message, /表一使用的是 2019 年试行格式/);
});

test('letters of a vertical header set apart by TABs are not stacked into a typo (TABs are no columns)', () => {
  // As the CLI's PDF reader writes table 3 (seed gr103-blank-cell's PDF): one letter a
  // cell, TAB-separated, the last letters run on into the numbers' row. By character count
  // 其 stands over 果 and 纠: 其果纠正 would pass for 结果纠正 mistyped.
  const table3 = [
    '行政复议\t行政诉讼',
    '结果\t结果\t其他\t尚未\t总计\t未经复议直接起诉\t复议后起诉',
    '结\t结\t其\t尚\t总\t结\t结\t其\t尚\t总',
    '维\t纠\t结\t审\t\t果维持\t果纠正\t他结果\t未审结\t计\t果维持\t果纠正\t他结果\t未审结\t计',
    '持0\t正0\t果0\t结0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
  ];
  const text = report((id) => (id === 3 ? table3 : emptyTable(id).map((r) => r.join('\t'))));
  assert.deepEqual(
    lint(text).findings.filter((f) => f.code === 'GR105'),
    [],
  );
});
