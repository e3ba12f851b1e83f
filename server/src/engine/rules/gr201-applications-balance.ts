import { defineRule } from './rule';
import { checkBalance } from './balance-rule';

export default defineRule({
  code: 'GR201',
  name: 'applications-balance',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: { zh: '表二各列：一 + 二 ≠ 三（七）总计 + 四', en: 'Table 2, per column: I + II ≠ III(7) total + IV' },
  docs: {
    why: {
      zh: '表二左上角印着这条勾稽关系：第一项加第二项之和，等于第三项加第四项之和——新收的加上年结转的，要么今年办结，要么结转下年。诊断落在“四、结转下年度继续办理”的单元格；修复将四改为 一 + 二 − 三（七），结果不为负时才提供。若某个数同时使本行和本列不平，诊断落在这个数上，修复把它改回。',
      en: 'Table 2 prints this relation in its corner: applications received plus carried over equal those handled plus those carried forward. The finding sits on the IV cell; the fix sets IV to I + II − III(7) when that is not negative. When one number breaks both its row and its column, the finding sits on that number and the fix restores it.',
    },
    wrong: '一、本年新收政府信息公开申请数量\t3 …\n（七）总计\t2 …\n四、结转下年度继续办理\t0 …',
    right: '一、本年新收政府信息公开申请数量\t3 …\n（七）总计\t2 …\n四、结转下年度继续办理\t1 …',
  },
  check: (ctx) => checkBalance('GR201', ctx),
});
