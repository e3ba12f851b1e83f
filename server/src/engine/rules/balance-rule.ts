// GR201–GR204 share one analysis (balance/analysis.ts), which decides where each
// imbalance is reported; each rule emits the findings carrying its code.

import type { RuleContext } from './rule';
import { balanceIssues } from '../balance/analysis';
import type { BalanceCode } from '../balance/relations';
import { cellName, formatNumber, numberLike } from './names';
import type { Cell, ReportModel } from '../model';

function tableOf(model: ReportModel, cell: Cell): 2 | 3 {
  return model.tables
    .find((t) => t.id === 3)
    ?.data.get('appeals')
    ?.values.includes(cell)
    ? 3
    : 2;
}

export function checkBalance(code: BalanceCode, { model, report }: RuleContext): void {
  for (const issue of balanceIssues(model)) {
    if (issue.code !== code) continue;
    const table = tableOf(model, issue.cell);
    const name = cellName(table, issue.cell);
    const statements = {
      zh: issue.relations.map((r) => r.statement.zh).join('；'),
      en: issue.relations.map((r) => r.statement.en).join('; '),
    };
    const value = issue.fixValue !== undefined ? formatNumber(issue.fixValue) : undefined;
    const message = issue.culprit
      ? {
          zh: `${name.zh}(${issue.cell.text}) 使 ${issue.relations.length} 处勾稽关系不平：${statements.zh}。改为 ${value} 则全部平衡`,
          en: `${name.en} (${issue.cell.text}) breaks ${issue.relations.length} balances: ${statements.en}. ${value} would balance them all`,
        }
      : {
          zh: statements.zh + (value !== undefined ? `；${name.zh} 应为 ${value}` : ''),
          en: statements.en + (value !== undefined ? `; ${name.en} should be ${value}` : ''),
        };
    const related = issue.relations.flatMap((r) =>
      [...r.lhs, ...r.rhs]
        .filter((c) => c !== issue.cell)
        .map((c) => {
          const n = cellName(table, c);
          return { start: c.start, end: c.end, message: { zh: `${n.zh} = ${c.text}`, en: `${n.en} = ${c.text}` } };
        }),
    );
    report({
      start: issue.cell.start,
      end: issue.cell.end,
      message,
      related: dedupe(related),
      fix:
        value !== undefined
          ? {
              title: { zh: `将 ${name.zh} 改为 ${value}`, en: `Change ${name.en} to ${value}` },
              edits: [{ start: issue.cell.start, end: issue.cell.end, newText: numberLike(issue.fixValue!, issue.cell.text) }],
            }
          : undefined,
    });
  }
}

function dedupe<T extends { start: number }>(items: T[]): T[] {
  const seen = new Set<number>();
  return items.filter((i) => (seen.has(i.start) ? false : (seen.add(i.start), true)));
}
