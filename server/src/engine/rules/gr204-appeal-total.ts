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
  docs: {
    why: {
      zh: '行政复议、未经复议直接起诉、复议后起诉三组各五个数，每组的总计等于前四个数之和。诊断落在该组总计；修复将其改为前四个数之和。',
      en: 'Each of the three groups (reconsideration, direct litigation, litigation after reconsideration) has five numbers; the total equals the first four. The finding sits on the group’s total; the fix sets it to the sum.',
    },
    wrong: '1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    right: '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
  },
  check: (ctx) => checkBalance('GR204', ctx),
});
