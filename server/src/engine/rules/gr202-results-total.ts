import { defineRule } from './rule';
import { checkBalance } from './balance-rule';

export default defineRule({
  code: 'GR202',
  name: 'results-total',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: { zh: '表二各列：三（七）总计 ≠（一）至（六）各项之和', en: 'Table 2, per column: III(7) total ≠ the sum of items (1)–(6)' },
  docs: {
    why: {
      zh: '办理结果总计等于予以公开、部分公开以及不予公开、无法提供、不予处理、其他处理各小项之和。诊断落在（七）总计；修复将其改为各项之和。',
      en: 'The results total equals disclosed + partially disclosed + every sub-item of (3)–(6). The finding sits on the (7) total; the fix sets it to the sum.',
    },
    wrong: '（一）予以公开\t2 …\n1. 本机关不掌握相关政府信息\t1 …\n（七）总计\t2 …',
    right: '（一）予以公开\t2 …\n1. 本机关不掌握相关政府信息\t1 …\n（七）总计\t3 …',
  },
  check: (ctx) => checkBalance('GR202', ctx),
});
