import { defineRule } from './rule';
import { balancedTotal, statementsOf } from '../narrative';
import { TABLE2_COLUMNS } from '../format/table2';

const APPLICANTS = TABLE2_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
import { cellName } from './names';

export default defineRule({
  code: 'GR401',
  name: 'narrative-applications',
  severity: 'warning',
  fixable: false,
  category: 'consistency',
  summary: {
    zh: '叙述中收到的申请数与表二（一 总计，或一 + 二）不符，或写“未收到申请”而表二有申请',
    en: 'The narrative’s number of applications received differs from table 2 (I total, or I + II), or it says none were received while the table counts some',
  },
  check({ model, report }) {
    const fresh = balancedTotal(model, 2, 'new', 'total', APPLICANTS);
    if (!fresh) return;
    const carried = balancedTotal(model, 2, 'carried', 'total', APPLICANTS);
    const t1 = fresh.value!;
    const t2 = carried?.value ?? undefined;
    const related = [
      { start: fresh.start, end: fresh.end, message: cellName(2, fresh) },
      ...(carried ? [{ start: carried.start, end: carried.end, message: cellName(2, carried) }] : []),
    ];
    for (const s of statementsOf(model)) {
      if (s.kind !== 'received') continue;
      if (s.negated) {
        if (t1 === 0) continue;
        report({
          start: s.start,
          end: s.end,
          message: {
            zh: `叙述说未收到申请，但表二 一（本年新收）总计为 ${t1}`,
            en: `The narrative says no applications were received, but table 2 row I (new) totals ${t1}`,
          },
          related: related.slice(0, 1),
        });
        continue;
      }
      if (s.value === t1 || (t2 !== undefined && s.value === t1 + t2)) continue;
      const both = t2 !== undefined && t2 > 0;
      report({
        start: s.start,
        end: s.end,
        message: both
          ? {
              zh: `叙述中收到申请 ${s.value} 件，但表二 一（本年新收）总计为 ${t1}，一 + 二（含上年结转）为 ${t1 + t2!}`,
              en: `The narrative says ${s.value} applications were received, but table 2 row I (new) totals ${t1}, and I + II (with those carried over) ${t1 + t2!}`,
            }
          : {
              zh: `叙述中收到申请 ${s.value} 件，但表二 一（本年新收）总计为 ${t1}`,
              en: `The narrative says ${s.value} applications were received, but table 2 row I (new) totals ${t1}`,
            },
        related,
      });
    }
  },
});
