import { defineRule } from './rule';
import { checkBalance } from './balance-rule';

export default defineRule({
  code: 'GR204',
  name: 'appeal-total',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: {
    zh: '表三各组：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'Table 3, per group: total ≠ upheld + corrected + other + pending',
  },
  check: (ctx) => checkBalance('GR204', ctx),
});
