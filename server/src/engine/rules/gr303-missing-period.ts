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
