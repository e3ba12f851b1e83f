import { defineRule } from './rule';
import { cellName, irregularCells } from './names';
import { isPlaceholder } from './placeholder';
import type { Localized } from '../types';

const WHY: Record<string, Localized> = {
  text: { zh: '不是数字', en: 'is not a number' },
  negative: { zh: '不能为负数', en: 'cannot be negative' },
  fraction: { zh: '应为整数（件数不能有小数）', en: 'must be a whole number (a count has no decimals)' },
};

export default defineRule({
  code: 'GR104',
  name: 'invalid-number',
  severity: 'error',
  fixable: false,
  category: 'tables',
  summary: { zh: '计数单元格里是文字、负数或小数', en: 'Text, a negative number, or a fraction in a count cell' },
  check({ model, report }) {
    // Only cells without a valid number can be blank, a placeholder or invalid.
    for (const { table, cell } of irregularCells(model)) {
      // A placeholder (/ — - 无) stands for 0: GR103 reports it.
      if (cell.status !== 'invalid' || isPlaceholder(cell)) continue;
      const name = cellName(table, cell);
      const why = WHY[cell.problem ?? 'text'];
      report({
        start: cell.start,
        end: cell.end,
        message: { zh: `${name.zh}“${cell.text}”${why.zh}`, en: `${name.en} "${cell.text}" ${why.en}` },
      });
    }
  },
});
