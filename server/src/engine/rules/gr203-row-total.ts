import { defineRule } from './rule';
import { checkBalance } from './balance-rule';

export default defineRule({
  code: 'GR203',
  name: 'row-total',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: { zh: '表二各行：总计 ≠ 六类申请人之和', en: 'Table 2, per row: total ≠ the sum of the six applicant columns' },
  docs: {
    why: {
      zh: '每行的总计等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。诊断落在该行总计；修复将其改为六列之和。',
      en: 'Each row’s total equals natural persons + businesses + research institutions + public-welfare organisations + legal service institutions + others. The finding sits on the row’s total; the fix sets it to the sum.',
    },
    wrong: '一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t3',
    right: '一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4',
  },
  check: (ctx) => checkBalance('GR203', ctx),
});
