import { defineRule } from './rule';
import { TABLE_NAMES } from '../i18n';

// Absent is not unreadable: a table whose text is there but cannot be read with
// confidence is said so once, gently, and no other rule runs on it (the parser keeps it
// out of model.tables), rather than reporting it missing or checking numbers it guessed.
export default defineRule({
  code: 'GR108',
  name: 'unreadable-table',
  severity: 'info',
  fixable: false,
  category: 'tables',
  summary: { zh: '表格在文中但无法可靠读取，未作核对', en: 'A table is there but cannot be read with confidence; not checked' },
  docs: {
    why: {
      zh: '网页复制的文本常把单元格之间的分隔丢掉，数字连成一串（如“280000028”）。只有当表格自身的勾稽关系（行合计、列平衡）能唯一确定拆分时才拆分；否则该表不作任何核对，只提示一次，以免误报。请改用带分隔的文本（TAB、表格或 Word 原件）重新检查。',
      en: 'Text copied from web pages often loses the borders between cells, so digits run together (280000028). They are split only when the table’s own relations (row totals, column balances) allow exactly one split; otherwise the table is not checked at all and this is said once, rather than guessing. Check the report again from a copy that keeps its cells (TABs, a table, the Word original).',
    },
    wrong: '三、收到和处理政府信息公开申请情况\n…一、本年新收政府信息公开申请数量1200012…',
    right: '三、收到和处理政府信息公开申请情况\n…一、本年新收政府信息公开申请数量\t12\t0\t0\t0\t0\t0\t12…',
  },
  check({ model, report }) {
    for (const table of model.unreadableTables) {
      report({
        start: table.start,
        end: table.end,
        message: {
          zh: `${table.reason.zh}，未作核对`,
          en: `${table.reason.en}; ${TABLE_NAMES[table.id].en} is not checked`,
        },
      });
    }
  },
});
