import { defineRule } from './rule';
import { TABLE_NAMES } from '../i18n';
import { trimmedSpan } from '../text/source';
import { FEE_TABLE_ROW } from '../format/fees';

export default defineRule({
  code: 'GR107',
  name: 'cell-count',
  severity: 'error',
  fixable: false,
  category: 'tables',
  summary: { zh: '一行的数字个数多于或少于其列数', en: 'A row with more or fewer numbers than its columns' },
  check({ model, report }) {
    const { source } = model;
    // Index loops over every row, per lint, mostly run unoptimised.
    const tables = model.tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
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
    // The 2025 variant's fee table: one row of three numbers.
    const fees = model.feeSection?.table?.row;
    if (fees?.malformed) {
      const span = trimmedSpan(source.text, source.lineStarts[fees.grid.firstLine], source.lineEnd(fees.grid.lastLine));
      report({
        ...span,
        message: {
          zh: `${FEE_TABLE_ROW.label} 行有 ${fees.found} 个数，应有 ${fees.expected} 个`,
          en: `Row ${FEE_TABLE_ROW.short.en} has ${fees.found} numbers; it should have ${fees.expected}`,
        },
      });
    }
  },
});
