import { defineRule } from './rule';
import { figure } from '../narrative';
import { TABLE2_COLUMNS } from '../format/table2';
import type { Cell } from '../model';

export default defineRule({
  code: 'GR403',
  name: 'carry-over',
  severity: 'warning',
  fixable: false,
  category: 'consistency',
  summary: {
    zh: '本年“二、上年结转”与上年报告“四、结转下年度继续办理”不符',
    en: 'This year’s II (carried over from last year) differs from last year’s IV (carried over to next year)',
  },
  docs: {
    why: {
      zh: '上年结转到本年继续办理的申请，就是上年报告表二“四、结转下年度继续办理”的数，逐列相等。检查需要同一单位上年的报告在同一文件夹（或工作区）中；上年报告改动后本年的诊断随之更新。',
      en: 'The applications carried into this year are exactly last year’s table 2 row IV, column by column. The check needs last year’s report of the same unit in the same folder (or workspace); when it changes, this year’s diagnostics follow.',
    },
    wrong:
      '（2021 年报告）四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n（2022 年报告）二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
    right:
      '（2021 年报告）四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n（2022 年报告）二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
  },
  check({ model, previous, report }) {
    if (!previous) return;
    const differing: { now: Cell; then: Cell }[] = [];
    for (const column of TABLE2_COLUMNS) {
      const now = figure(model, 2, 'carried', column.key);
      const then = figure(previous, 2, 'carryOver', column.key);
      if (now && then && now.value !== then.value) differing.push({ now, then });
    }
    if (differing.length === 0) return;
    // Said once for the row, on its first differing cell, naming every column that differs.
    const list = (lang: 'zh' | 'en') =>
      differing
        .map(({ now, then }) =>
          lang === 'zh'
            ? `${now.columnName.zh} ${now.value}（上年 ${then.value}）`
            : `${now.columnName.en} ${now.value} (last year ${then.value})`,
        )
        .join(lang === 'zh' ? '，' : ', ');
    report({
      start: differing[0].now.start,
      end: differing[0].now.end,
      message: {
        zh: `表二 二、上年结转 与上年报告 四、结转下年度继续办理 不符：${list('zh')}`,
        en: `Table 2 row II (carried over) differs from last year's row IV (carried to next year): ${list('en')}`,
      },
      related: differing.map(({ then }) => ({
        start: then.start,
        end: then.end,
        previous: true as const,
        message: { zh: `上年报告 四、结转下年度 ${then.columnName.zh}`, en: `Last year's row IV, ${then.columnName.en}` },
      })),
    });
  },
});
