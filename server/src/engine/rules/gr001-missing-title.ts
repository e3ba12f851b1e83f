import { defineRule } from './rule';
import { isBlank } from '../text/source';

export default defineRule({
  code: 'GR001',
  name: 'missing-title',
  severity: 'error',
  fixable: false,
  category: 'structure',
  summary: { zh: '没有带四位数年份的报告标题', en: 'No title line with a four-digit report year' },
  check({ model, report }) {
    const { title, source } = model;
    if (title?.year) return;
    if (title) {
      report({
        start: title.start,
        end: title.end,
        message: {
          zh: `标题“${title.text}”没有写明报告年度（四位数年份）`,
          en: `The title "${title.text}" does not state the report year (four digits)`,
        },
      });
      return;
    }
    let line = 0;
    while (line < source.lineCount - 1 && isBlank(source.lineText(line))) line++;
    report({
      start: source.lineStarts[line],
      end: source.lineEnd(line),
      message: {
        zh: '找不到报告标题（应含年份，如“XX局2022年政府信息公开工作年度报告”）',
        en: 'No report title found (it should name the year, e.g. "XX局2022年政府信息公开工作年度报告")',
      },
    });
  },
});
