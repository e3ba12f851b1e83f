import { defineRule, type Problem } from './rule';
import type { Cell } from '../model';
import { balancedTotal, statementsOf } from '../narrative';
import { TABLE2_COLUMNS } from '../format/table2';

type RelatedSpan = NonNullable<Problem['related']>[number];

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
    // The cells named only when a statement differs (a lint's usual case has none), once.
    let related: RelatedSpan[] | undefined;
    const statements = statementsOf(model);
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
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
          related: (related ??= relatedCells(fresh, carried)).slice(0, 1),
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
        related: (related ??= relatedCells(fresh, carried)),
      });
    }
  },
});

/** The table cells a finding points to: 一 总计, and 二 总计 when it is balanced. */
function relatedCells(fresh: Cell, carried: Cell | undefined): RelatedSpan[] {
  const related: RelatedSpan[] = [{ start: fresh.start, end: fresh.end, message: cellName(2, fresh) }];
  if (carried) related.push({ start: carried.start, end: carried.end, message: cellName(2, carried) });
  return related;
}
