import { defineRule } from './rule';

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
  check({ model, report }) {
    for (const table of model.unreadableTables) {
      report({
        start: table.start,
        end: table.end,
        message: table.reason,
      });
    }
    const fees = model.feeSection?.table?.unreadable;
    if (fees) report({ start: fees.start, end: fees.end, message: fees.reason });
  },
});
