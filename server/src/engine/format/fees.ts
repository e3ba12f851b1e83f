// The 2025 local variant's section 五、信息处理费收取情况: a one-row table of the
// information processing fees notified and collected (《政府信息公开信息处理费管理办法》),
// after which the remaining sections are renumbered (六、存在的主要问题…). Read so that its
// numbers are not taken for another table's; parse/fees.ts reads it, the cell rules
// (GR103, GR104, GR107) and GR206 check it.

import type { ColumnSpec, RowSpec } from './labels';

export const FEE_TABLE_COLUMNS: ColumnSpec[] = [
  { key: 'notifiedCount', label: '通知收取件数', short: { zh: '通知收取件数', en: 'fee notices' } },
  { key: 'notifiedAmount', label: '通知收取金额（元）', kind: 'amount', short: { zh: '通知收取金额', en: 'amount notified' } },
  { key: 'collectedAmount', label: '实际收取金额（元）', kind: 'amount', short: { zh: '实际收取金额', en: 'amount collected' } },
];

export const FEE_TABLE_ROW: RowSpec = {
  key: 'fees',
  label: '信息处理费收取情况',
  short: { zh: '信息处理费收取情况', en: 'information processing fees' },
};

/** The variant's section title. */
export const FEE_SECTION = /信息处理费(?:收取)?情况/;
