import { defineRule } from './rule';
import { checkBalance } from './balance-rule';

export default defineRule({
  code: 'GR201',
  name: 'applications-balance',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: { zh: '表二各列：一 + 二 ≠ 三（七）总计 + 四', en: 'Table 2, per column: I + II ≠ III(7) total + IV' },
  check: (ctx) => checkBalance('GR201', ctx),
});
