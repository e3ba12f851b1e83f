import { defineRule } from './rule';
import { insertLinesAfter } from './edits';
import { isBlank } from '../text/source';

export default defineRule({
  code: 'GR303',
  name: 'missing-period',
  severity: 'info',
  fixable: true,
  category: 'dates',
  summary: { zh: '没有写统计期限', en: 'No statistical period sentence' },
  docs: {
    why: {
      zh: '报告开头通常写明“本报告所列数据统计期限为……”，读者据此知道数据的时间范围。修复在标题后插入一句，年份取自标题。',
      en: 'Reports usually open by stating the period the figures cover. The fix inserts that sentence after the title, for the title’s year.',
    },
    wrong: '某某局2022年政府信息公开工作年度报告\n\n一、总体情况',
    right: '某某局2022年政府信息公开工作年度报告\n\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n\n一、总体情况',
  },
  check({ model, report }) {
    const { period, title, source } = model;
    if (period || !title) return;
    const year = title.year?.value;
    const sentence = `本报告所列数据统计期限为${year}年1月1日至${year}年12月31日。`;
    const spaced = title.lastLine + 1 < source.lineCount && isBlank(source.lineText(title.lastLine + 1));
    report({
      start: title.start,
      end: title.end,
      message: {
        zh: '报告没有写统计期限（本报告所列数据统计期限为……）',
        en: 'The report does not state its statistical period (本报告所列数据统计期限为…)',
      },
      fix:
        year !== undefined
          ? {
              title: { zh: `在标题后插入“${sentence}”`, en: `Insert "${sentence}" after the title` },
              edits: [insertLinesAfter(model, title.lastLine, spaced ? ['', sentence] : [sentence])],
              kind: 'text',
              preferred: true,
            }
          : undefined,
    });
  },
});
