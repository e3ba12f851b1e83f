import { defineRule } from './rule';
import { TABLE_NAMES } from '../i18n';
import { trimmedSpan } from '../text/source';

export default defineRule({
  code: 'GR107',
  name: 'cell-count',
  severity: 'error',
  fixable: false,
  category: 'tables',
  summary: { zh: '一行的数字个数多于或少于其列数', en: 'A row with more or fewer numbers than its columns' },
  docs: {
    why: {
      zh: '表二每行 7 个数，表三一行 15 个数，表一各块按列数。个数不对通常是导出时单元格错位或漏填，这一行的数字无法对应到列，也不参与勾稽关系核对。',
      en: 'Each row of table 2 has 7 numbers, table 3’s row 15, table 1’s rows as many as their block’s columns. A wrong count usually means shifted or missing cells; the row cannot be mapped to columns and is left out of the balance checks.',
    },
    wrong: '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t3',
    right: '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3',
  },
  check({ model, report }) {
    const { source } = model;
    for (const table of model.tables) {
      for (const row of table.rows) {
        if (row.kind !== 'data' || !row.malformed) continue;
        const name = row.spec?.short ?? { zh: '数据', en: 'data' };
        const span = trimmedSpan(source.text, source.lineStarts[row.grid.firstLine], source.lineEnd(row.grid.lastLine));
        report({
          ...span,
          message: {
            zh: `${TABLE_NAMES[table.id].zh} ${name.zh} 行有 ${row.found} 个数，应有 ${row.expected} 个`,
            en: `${TABLE_NAMES[table.id].en} row ${name.en} has ${row.found} numbers; it should have ${row.expected}`,
          },
        });
      }
    }
  },
});
