import { defineRule } from './rule';
import { checkBalance } from './balance-rule';

export default defineRule({
  code: 'GR202',
  name: 'results-total',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: { zh: '表二各列：三（七）总计 ≠（一）至（六）各项之和', en: 'Table 2, per column: III(7) total ≠ the sum of items (1)–(6)' },
  check: (ctx) => checkBalance('GR202', ctx),
});
