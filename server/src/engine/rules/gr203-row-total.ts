import { defineRule } from './rule';
import { checkBalance } from './balance-rule';

export default defineRule({
  code: 'GR203',
  name: 'row-total',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: { zh: '表二各行：总计 ≠ 六类申请人之和', en: 'Table 2, per row: total ≠ the sum of the six applicant columns' },
  check: (ctx) => checkBalance('GR203', ctx),
});
