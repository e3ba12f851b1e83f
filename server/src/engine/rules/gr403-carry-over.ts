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
