import { defineRule } from './rule';
import { balancedTotal, figure, statementsOf, type Statement } from '../narrative';
import { cellName } from './names';
import type { Cell, ReportModel } from '../model';
import type { Localized } from '../types';

const RESULTS = ['upheld', 'corrected', 'other', 'pending'];
const TOTAL = 'total';

interface Counterpart {
  what: Localized;
  cells: Cell[];
  /** The values a statement may match: the sum, or (litigation) either group alone. */
  accepted: number[];
}

function counterpart(model: ReportModel, kind: Statement['kind']): Counterpart | undefined {
  // Group totals only count when their group adds up (else GR204 speaks); result
  // columns are taken as written.
  const groupTotal = (key: string) =>
    key.endsWith('.total')
      ? balancedTotal(
          model,
          3,
          'appeals',
          key,
          // The group's result keys: review.total → review.upheld, review.corrected, …
          RESULTS.map((r) => key.slice(0, -TOTAL.length) + r),
        )
      : figure(model, 3, 'appeals', key);
  const cells = (keys: string[]) => {
    const found = keys.map(groupTotal);
    return found.every((c) => c !== undefined) ? (found as Cell[]) : undefined;
  };
  switch (kind) {
    case 'review': {
      const c = cells(['review.total']);
      return c && { what: { zh: '行政复议', en: 'administrative reconsiderations' }, cells: c, accepted: [c[0].value!] };
    }
    case 'litigation': {
      // Reports count 行政诉讼 as both groups together, or only those brought directly.
      const c = cells(['direct.total', 'afterReview.total']);
      return (
        c && {
          what: { zh: '行政诉讼', en: 'lawsuits' },
          cells: c,
          accepted: [c[0].value! + c[1].value!, c[0].value!, c[1].value!],
        }
      );
    }
    case 'reviewUpheld': {
      const c = cells(['review.upheld']);
      return c && { what: { zh: '行政复议结果维持', en: 'reconsiderations upheld' }, cells: c, accepted: [c[0].value!] };
    }
    case 'reviewCorrected': {
      const c = cells(['review.corrected']);
      return c && { what: { zh: '行政复议结果纠正', en: 'reconsiderations corrected' }, cells: c, accepted: [c[0].value!] };
    }
    default:
      return undefined;
  }
}

export default defineRule({
  code: 'GR402',
  name: 'narrative-appeals',
  severity: 'warning',
  fixable: false,
  category: 'consistency',
  summary: {
    zh: '叙述中的行政复议、行政诉讼件数与表三总计不符，或写“未发生”而表三有数',
    en: 'The narrative’s counts of reconsiderations and lawsuits differ from table 3’s totals, or it says none happened while the table counts some',
  },
  check({ model, report }) {
    for (const s of statementsOf(model)) {
      if (s.kind === 'received') continue;
      const c = counterpart(model, s.kind);
      if (!c || c.accepted.includes(s.value)) continue;
      const total = c.accepted[0];
      const related = c.cells.map((cell) => ({ start: cell.start, end: cell.end, message: cellName(3, cell) }));
      report({
        start: s.start,
        end: s.end,
        message: s.negated
          ? {
              zh: `叙述说未发生${c.what.zh}，但表三中${c.what.zh}为 ${total}`,
              en: `The narrative says there were no ${c.what.en}, but table 3 counts ${total}`,
            }
          : {
              zh: `叙述中${c.what.zh} ${s.value} 件，但表三为 ${total}`,
              en: `The narrative gives ${s.value} ${c.what.en}, but table 3 counts ${total}`,
            },
        related,
      });
    }
  },
});
