// Inserted tables must read back as complete, balanced tables in every layout —
// otherwise a fix for a missing table would itself produce findings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parse } from '../../server/src/engine';
import { emptyTable } from '../../server/src/engine/render/templates';
import { tableLines } from '../../server/src/engine/render/layout';
import type { Layout } from '../../server/src/engine/model';

const LAYOUTS: Layout[] = ['tab', 'cellPerLine', 'pipe', 'markdown', 'html'];

function reportWith(layout: Layout): string {
  const t = (id: 1 | 2 | 3) => tableLines(emptyTable(id), layout).join('\n');
  return [
    '某县科学技术局2022年政府信息公开工作年度报告',
    '本报告所列数据统计期限为2022年1月1日至2022年12月31日。',
    '一、总体情况',
    // Prose that covers the overview's five aspects, so only the tables are under test.
    '（一）主动公开。全年依托门户网站主动公开政府信息，依申请公开工作规范，信息管理有序，监督保障到位。',
    '二、主动公开政府信息情况',
    t(1),
    '三、收到和处理政府信息公开申请情况',
    t(2),
    '四、政府信息公开行政复议、行政诉讼情况',
    t(3),
    '五、存在的主要问题及改进情况',
    '一是公开内容不够全面。下一步将梳理公开目录。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
}

for (const layout of LAYOUTS) {
  test(`empty tables rendered as ${layout} read back complete and clean`, () => {
    const text = reportWith(layout);
    const model = parse(text);
    assert.deepEqual(
      model.tables.map((t) => [t.id, t.layout]),
      [
        [1, layout],
        [2, layout],
        [3, layout],
      ],
    );
    assert.equal(model.tables[0].data.size, 6);
    assert.equal(model.tables[1].data.size, 25);
    assert.equal(model.tables[2].data.size, 1);
    assert.deepEqual(
      lint(text).findings.map((f) => `${f.code} ${f.range.start.line + 1} ${f.message}`),
      [],
    );
  });
}
