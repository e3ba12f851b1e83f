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

/** A group total's result keys, built once: review.total → review.upheld, review.corrected, … */
const PARTS = new Map(
  ['review.total', 'direct.total', 'afterReview.total'].map((key) => [key, RESULTS.map((r) => key.slice(0, -TOTAL.length) + r)]),
);

/** A group total when its group adds up (else GR204 speaks); a result column as written. */
function groupTotal(model: ReportModel, key: string): Cell | undefined {
  const parts = PARTS.get(key);
  return parts ? balancedTotal(model, 3, 'appeals', key, parts) : figure(model, 3, 'appeals', key);
}

function counterpart(model: ReportModel, kind: Statement['kind']): Counterpart | undefined {
  switch (kind) {
    case 'review': {
      const c = groupTotal(model, 'review.total');
      return c && { what: { zh: '行政复议', en: 'administrative reconsiderations' }, cells: [c], accepted: [c.value!] };
    }
    case 'litigation': {
      // Reports count 行政诉讼 as both groups together, or only those brought directly.
      const direct = groupTotal(model, 'direct.total');
      const afterReview = direct && groupTotal(model, 'afterReview.total');
      return (
        afterReview && {
          what: { zh: '行政诉讼', en: 'lawsuits' },
          cells: [direct, afterReview],
          accepted: [direct.value! + afterReview.value!, direct.value!, afterReview.value!],
        }
      );
    }
    case 'reviewUpheld': {
      const c = groupTotal(model, 'review.upheld');
      return c && { what: { zh: '行政复议结果维持', en: 'reconsiderations upheld' }, cells: [c], accepted: [c.value!] };
    }
    case 'reviewCorrected': {
      const c = groupTotal(model, 'review.corrected');
      return c && { what: { zh: '行政复议结果纠正', en: 'reconsiderations corrected' }, cells: [c], accepted: [c.value!] };
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
    // Each kind's counterpart looked up once per lint, not once per statement.
    const counterparts = new Map<Statement['kind'], Counterpart | undefined>();
    const statements = statementsOf(model);
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      if (s.kind === 'received') continue;
      let c = counterparts.get(s.kind);
      if (c === undefined && !counterparts.has(s.kind)) {
        c = counterpart(model, s.kind);
        counterparts.set(s.kind, c);
      }
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
