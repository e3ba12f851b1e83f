// A figure's key and label for the csv and html reports and the folder summary
// (server/src/cli/facts.ts), looked up without building strings (issue 11): the same cell
// of the format gives the same pair, a cell named differently under the same keys its own.
// Run: node --import tsx --test test/unit/cli-facts.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { header, reportFacts } from '../../server/src/cli/facts';
import { parse } from '../../server/src/engine';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

test('key and label: table, row and column, the table named once', () => {
  assert.deepEqual(
    { ...header(2, 'new', 'natural', '一、本年新收政府信息公开申请数量', '自然人') },
    {
      rowName: '一、本年新收政府信息公开申请数量',
      columnName: '自然人',
      key: 't2.new.natural',
      label: '表二 一、本年新收政府信息公开申请数量 自然人',
    },
  );
  // Table 3's one row is named after the table: 表三 is not said twice.
  assert.equal(header(3, 'all', 'total', '表三', '总计').label, '表三 总计');
});

test('the same cell gives the same pair; another name under the same keys gives its own', () => {
  const a = header(1, 'rules', 'made', '规章', '本年制发件数');
  assert.equal(header(1, 'rules', 'made', '规章', '本年制发件数'), a);
  const other = header(1, 'rules', 'made', '规范性文件', '本年制发件数');
  assert.notEqual(other, a);
  assert.equal(other.key, 't1.rules.made');
  assert.equal(other.label, '表一 规范性文件 本年制发件数');
  const column = header(1, 'rules', 'made', '规章', '本年废止件数');
  assert.equal(column.label, '表一 规章 本年废止件数');
  assert.equal(header(1, 'rules', 'made', '规章', '本年制发件数'), a);
});

test('a report: one figure per number cell, keyed and labelled by its table, row and column', () => {
  const text = readFileSync(path.join(__dirname, '..', '..', 'examples', '嘉善县科学技术局2022年政府信息公开工作年度报告.txt'), 'utf8');
  const model = parse(text);
  const facts = reportFacts(model);
  assert.equal(facts.unit, '嘉善县科学技术局');
  assert.equal(facts.year, 2022);
  const cells = model.tables.flatMap((t) => t.rows.flatMap((r) => r.values.map((c) => ({ t: t.id, c }))));
  assert.equal(facts.figures.length, cells.length);
  cells.forEach(({ t, c }, i) => {
    assert.equal(facts.figures[i].key, `t${t}.${c.rowKey}.${c.columnKey}`);
    assert.ok(facts.figures[i].label.startsWith(['表一', '表二', '表三'][t - 1]));
    assert.equal(facts.figures[i].value, c.status === 'ok' ? c.value : null);
  });
});
