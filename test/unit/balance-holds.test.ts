// allRelationsHold (balance/relations.ts) answers "does every relation hold?" without building
// the relations: a quick check in front of the balance rules. These cases are written from the
// format by hand, on a balanced report (嘉善, TAB rows), each with the answer the format gives,
// and each checked against relationsOf, the definition. They cover what a random edit of a
// report's digits rarely reaches: a non-zero 上年结转 (the one term subtracted from nothing),
// and a row with a cell too many, whose total the format does not check (GR107 says it).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../server/src/engine/parse';
import { allRelationsHold, relationsOf } from '../../server/src/engine/balance/relations';

const REPORT = readFileSync(path.join(__dirname, '..', 'fixtures', 'unit', 'balanced-jiashan.txt'), 'utf8');

/** The report with one TAB row (found by its label, at the start of its line) written anew. */
function withRow(text: string, label: string, cells: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.replace(/^\t+/, '').startsWith(label));
  assert.ok(i >= 0, `no row ${label}`);
  lines[i] = `${lines[i].slice(0, lines[i].indexOf(label))}${label}\t${cells}`;
  return lines.join('\n');
}

function holds(text: string): boolean {
  const model = parse(text);
  const byDefinition = relationsOf(model).every((r) => r.residual === 0);
  assert.equal(allRelationsHold(model), byDefinition, 'allRelationsHold agrees with relationsOf');
  return byDefinition;
}

test('the balanced report holds', () => {
  assert.equal(holds(REPORT), true);
});

test('2 carried over from last year and 2 carried into next: new 3 + carried 2 = results 3 + carry-over 2', () => {
  let text = withRow(REPORT, '二、上年结转政府信息公开申请数量', '\t2\t0\t0\t0\t0\t0\t2\t');
  text = withRow(text, '四、结转下年度继续办理', '\t2\t0\t0\t0\t0\t0\t2\t');
  assert.equal(holds(text), true);
});

test('2 carried over from last year and none carried into next: 3 + 2 ≠ 3 + 0', () => {
  const text = withRow(REPORT, '二、上年结转政府信息公开申请数量', '\t2\t0\t0\t0\t0\t0\t2\t');
  assert.equal(holds(text), false);
});

test('a row total that is not its six columns fails (GR203)', () => {
  const text = withRow(REPORT, '二、上年结转政府信息公开申请数量', '\t0\t0\t0\t0\t0\t0\t1\t');
  assert.equal(holds(text), false);
});

test('a row with a cell too many is not summed across (its cells cannot be placed in columns)', () => {
  // Eight cells where seven belong: which one is extra the format cannot say, so neither its
  // total nor its columns enter a relation; the rest of the report still balances.
  const text = withRow(REPORT, '二、上年结转政府信息公开申请数量', '\t0\t0\t0\t5\t0\t0\t0\t0\t');
  assert.equal(
    parse(text)
      .tables.find((t) => t.id === 2)
      ?.data.get('carried')?.malformed,
    true,
  );
  assert.equal(holds(text), true);
});
