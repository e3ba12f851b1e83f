// Balances (勾稽关系) with a row of table 2 missing: every relation that needs the row is
// not checked, so the missing row is the one finding (GR102), never a balance error
// computed from a row that is not there, and never a crash.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { CLEAN } from './engine-cases';

const LINES = CLEAN.split('\n');
const without = (start: string) => {
  const at = LINES.findIndex((l) => l.startsWith(start));
  assert.ok(at >= 0, start);
  return { text: LINES.filter((_, i) => i !== at).join('\n'), at };
};

// Each row a balance relation needs: 一 and 二 and 四 (GR201), the results total (GR201 and
// GR202), an item of the results (GR202); each also has its own row total (GR203).
const ROWS = [
  { start: '一、本年新收', name: '一、本年新收政府信息公开申请数量', line: 'after' },
  { start: '二、上年结转', name: '二、上年结转政府信息公开申请数量', line: 'before' },
  { start: '三、本年度办理结果\t(一)', name: '（一）予以公开', line: 'before' },
  { start: '(七) 总计', name: '（七）总计', line: 'before' },
  { start: '四、结转下年度', name: '四、结转下年度继续办理', line: 'before' },
] as const;

for (const row of ROWS) {
  test(`balances: table 2 without its row ${row.name}: GR102 alone, no balance computed without it`, () => {
    const { text, at } = without(row.start);
    const findings = lint(text).findings;
    assert.deepEqual(
      findings.map((f) => f.code),
      ['GR102'],
    );
    assert.equal(findings[0].message, `表二缺少“${row.name}”行`);
    // Reported on the row before the missing one; the first data row on the row after it.
    assert.equal(findings[0].range.start.line, row.line === 'before' ? at - 1 : at);
  });
}
