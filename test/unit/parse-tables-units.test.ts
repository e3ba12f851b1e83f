// Finding tables 1–3 (server/src/engine/parse/tables.ts) on small reports written by hand
// from the format (docs/report-format.md), each table as the template has it with one
// thing changed: a header word a converter split over two cells, a label run on into the
// next cell, a table too long to be any report's, digits run together beyond a unique
// split. Each case states the table's cells, rows or range as the reader must give them;
// the fixture tests see these only as the findings they lead to.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine';
import { emptyTable } from '../../server/src/engine/render/templates';

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';
const PERIOD = '本报告所列数据统计期限为2022年1月1日至2022年12月31日。';

type Lines = (id: 1 | 2 | 3) => string[];
const tabbed: Lines = (id) => emptyTable(id).map((r) => r.join('\t'));

/** A report whose sections 1–3 tables are written by `table`; `overview` lines in section 一. */
function report(table: Lines, overview: string[] = ['本年度未收到政府信息公开申请。']): string {
  return [
    TITLE,
    PERIOD,
    '一、总体情况',
    ...overview,
    '二、主动公开政府信息情况',
    ...table(1),
    '三、收到和处理政府信息公开申请情况',
    ...table(2),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...table(3),
    '五、存在的主要问题及改进情况',
    '部分信息更新不够及时。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

test('a header word split over two cells (商业企 | 业) is one label cell again, spanning both', () => {
  const text = report((id) => {
    if (id !== 2) return tabbed(id);
    const rows = emptyTable(2).map((r) => r.slice());
    rows[2].splice(2, 1, '商业企', '业');
    return rows.map((r) => r.join('\t'));
  });
  const table = parse(text).tables.find((t) => t.id === 2)!;
  const start = text.indexOf('商业企\t业');
  const header = table.rows.find((r) => r.grid.cells.some((c) => c.text === '商业企业'))!;
  assert.deepEqual(
    header.grid.cells.map((c) => c.text),
    ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  );
  assert.deepEqual(
    table.labels.filter((l) => l.canonical === '商业企业').map((l) => [l.span.text, l.span.start, l.span.end, l.exact]),
    [['商业企业', start, start + 5, true]],
  );
});

test('cells that make no label together stay apart', () => {
  const text = report((id) => {
    if (id !== 2) return tabbed(id);
    const rows = emptyTable(2).map((r) => r.slice());
    rows[2].splice(7, 0, '甲', '乙');
    return rows.map((r) => r.join('\t'));
  });
  const table = parse(text).tables.find((t) => t.id === 2)!;
  const header = table.rows.find((r) => r.grid.cells.some((c) => c.text === '商业企业'))!;
  assert.deepEqual(
    header.grid.cells.map((c) => c.text),
    ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '甲', '乙', ''],
  );
});

test('a label run on into the next cell (1.本机关不掌握相关 | 政府信息): the stream reading gives the row its numbers', () => {
  const text = report((id) => {
    if (id !== 2) return tabbed(id);
    return emptyTable(2).map((r) => {
      const row = r.slice();
      if (row[1] === '1.本机关不掌握相关政府信息') row.splice(1, 1, '1.本机关不掌握相关', '政府信息');
      return row.join('\t');
    });
  });
  const table = parse(text).tables.find((t) => t.id === 2)!;
  const row = [...table.data.values()].find((r) => r.spec?.label === '1.本机关不掌握相关政府信息')!;
  assert.ok(row, [...table.data.keys()].join());
  assert.equal(row.malformed, false);
  assert.deepEqual(
    row.values.map((v) => v.text),
    ['0', '0', '0', '0', '0', '0', '0'],
  );
  assert.equal(table.rows.filter((r) => r.kind === 'data' && r.malformed).length, 0);
});

test('an extra blank cell among a row’s numbers keeps the line reading: the row has one cell too many (GR107)', () => {
  const target = '2.没有现成信息需要另行制作';
  const text = report((id) => {
    if (id !== 2) return tabbed(id);
    return emptyTable(2).map((r) => {
      const row = r.slice();
      if (row[0] === target) row.splice(2, 0, '');
      return row.join('\t');
    });
  });
  const table = parse(text).tables.find((t) => t.id === 2)!;
  const row = table.rows.find((r) => r.grid.cells.some((c) => c.text === target))!;
  assert.equal(row.malformed, true);
  assert.equal(row.found, 8);
  assert.equal(row.expected, 7);
});

// ---------------------------------------------------------------------------------------
// Tables too long to be any report's (TABLE_MAX_ROWS = 2,000 row lines)

const rowsOf = (n: number, row: string) => Array.from({ length: n }, () => row);

test('a table of 2,001 row lines is not read: reported once with its lines and range', () => {
  const text = report((id) => (id === 1 ? [...tabbed(1), ...rowsOf(2001 - tabbed(1).length, '规章\t1\t0\t1')] : tabbed(id)));
  const model = parse(text);
  assert.deepEqual(
    model.tables.map((t) => t.id),
    [2, 3],
  );
  const first = lineOf(text, '第二十条第（一）项');
  const last = lineOf(text, '三、收到和处理') - 1;
  const lines = text.split('\n');
  const start = lines.slice(0, first).join('\n').length + 1;
  const end = lines.slice(0, last + 1).join('\n').length;
  assert.deepEqual(model.unreadableTables, [
    {
      id: 1,
      start,
      end,
      firstLine: first,
      lastLine: last,
      reason: {
        zh: '表一有 2,001 行，远多于格式的行数，本表不作检查',
        en: "Table 1 has 2,001 rows, far more than the format's; the table is not checked",
      },
    },
  ]);
});

test('blank lines inside a long table are not row lines: 2,000 rows and blank lines between are read', () => {
  const text = report((id) =>
    id === 1 ? [...tabbed(1), ...rowsOf(1000 - tabbed(1).length, '规章\t1\t0\t1'), '', '', ...rowsOf(1000, '规章\t1\t0\t1')] : tabbed(id),
  );
  const model = parse(text);
  assert.deepEqual(model.unreadableTables, []);
  assert.equal(model.tables.find((t) => t.id === 1)?.rows.length, 2000);
});

test('row lines of a section without a table count apart from the tables’ own', () => {
  // 1,500 table-like lines in 一、总体情况 and a table 1 of 600: neither is over 2,000.
  const overview = ['本年度未收到政府信息公开申请。', ...rowsOf(1500, '说明\t1')];
  const text = report((id) => (id === 1 ? [...tabbed(1), ...rowsOf(600 - tabbed(1).length, '规章\t1\t0\t1')] : tabbed(id)), overview);
  const model = parse(text);
  assert.deepEqual(model.unreadableTables, []);
  assert.equal(model.tables.find((t) => t.id === 1)?.rows.length, 600);
});

test('a section without a table holding 2,001 table-like lines: nothing reported, the tables read', () => {
  const overview = ['本年度未收到政府信息公开申请。', ...rowsOf(2001, '说明\t1')];
  const model = parse(report(tabbed, overview));
  assert.deepEqual(model.unreadableTables, []);
  assert.deepEqual(
    model.tables.map((t) => t.id),
    [1, 2, 3],
  );
});

// ---------------------------------------------------------------------------------------
// Digits run together beyond a unique split: unreadable, with the table's range

/** Each table on one line, its cells run together (a web page's text flattened). */
const runTogether =
  (edit: (id: 1 | 2 | 3, rows: string[][]) => string[][]): Lines =>
  (id) => [
    edit(
      id,
      emptyTable(id).map((r) => r.slice()),
    )
      .map((r) => r.join(''))
      .join(''),
  ];

test('table 3 with sixteen digits for fifteen cells: unreadable, its range the table as written', () => {
  const text = report(
    runTogether((id, rows) => {
      if (id === 3) rows[rows.length - 1][0] = '12';
      return rows;
    }),
  );
  const model = parse(text);
  const line = lineOf(text, '行政复议行政诉讼结果维持');
  const start = text.indexOf('行政复议行政诉讼结果维持');
  const end = text.indexOf('\n', start);
  const [unreadable] = model.unreadableTables;
  assert.deepEqual({ ...unreadable, reason: undefined }, { id: 3, start, end, firstLine: line, lastLine: line, reason: undefined });
  assert.equal(
    model.tables.find((t) => t.id === 3),
    undefined,
  );
});

test('table 1 run together with a total no split satisfies: unreadable, and its labels say the 2021 format', () => {
  const text = report(
    runTogether((id, rows) => {
      if (id === 1) {
        rows[2] = ['规章', '12', '1', '3'];
        rows[3] = ['行政规范性文件', '1', '11', '2'];
      }
      return rows;
    }),
  );
  const model = parse(text);
  const t1 = model.unreadableTables.find((t) => t.id === 1);
  assert.ok(t1, JSON.stringify(model.unreadableTables));
  assert.equal(t1.format, 2021);
  const line = lineOf(text, '第二十条第（一）项');
  assert.equal(t1.firstLine, line);
  assert.equal(t1.lastLine, line);
});

test('rows that say nothing go with the table of the rows after them, where the section names no table', () => {
  // No 二、 heading: table 1 stands in 一、总体情况, which names no table; its first row is
  // blank cells, which belong with the table the next rows name.
  const text = [
    TITLE,
    PERIOD,
    '一、总体情况',
    '本年度未收到政府信息公开申请。',
    '\t\t\t',
    ...tabbed(1),
    '三、收到和处理政府信息公开申请情况',
    ...tabbed(2),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...tabbed(3),
  ].join('\n');
  const t1 = parse(text).tables.find((t) => t.id === 1)!;
  assert.equal(t1.firstLine, 4);
  assert.equal(t1.rows[0].grid.firstLine, 4);
  assert.equal(t1.lastLine, 4 + tabbed(1).length);
});

test('a table whose lines lack a row of the format is read as a stream too, which finds a row written apart', () => {
  // 行政事业性收费 0 after four lines of notes, its cells set apart by a space: no table line.
  const text = report((id) => {
    if (id !== 1) return tabbed(id);
    const rows = tabbed(1);
    const fees = rows.pop()!;
    return [...rows, '说明如下。', '数据来源于本机关。', '统计口径同上年。', '以上为本年度情况。', fees.replace(/\t/g, ' ')];
  });
  const t1 = parse(text).tables.find((t) => t.id === 1)!;
  assert.deepEqual([...t1.data.keys()], ['rules', 'normative', 'licensing', 'penalty', 'enforcement', 'fees']);
  const fees = t1.data.get('fees')!;
  assert.deepEqual(
    fees.values.map((v) => [v.text, v.start]),
    [['0', text.indexOf('行政事业性收费 0') + '行政事业性收费 '.length]],
  );
});
