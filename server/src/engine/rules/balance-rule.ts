// GR201–GR204 share one analysis (balance/analysis.ts), which decides where each
// imbalance is reported; each rule emits the findings carrying its code.
//
// The message states, on a short first line, which relations fail and with what numbers;
// a second line suggests, never asserts, what the clerk may have meant. The corrections
// are separate quick fixes, each titled with exactly the cell and number it writes, and
// all of kind 'figure': fix-all never applies them unless asked to write figures.

import type { ProblemFix, RuleContext } from './rule';
import { balanceIssues, type BalanceIssue } from '../balance/analysis';
import type { BalanceCode, Relation } from '../balance/relations';
import { cellName, formatNumber, numberLike } from './names';
import type { Cell, ReportModel } from '../model';
import type { Localized } from '../types';
import { TABLE2_OTHER_2019, TABLE2_ROWS } from '../format/table2';

function tableOf(model: ReportModel, cell: Cell): 2 | 3 {
  return model.tables
    .find((t) => t.id === 3)
    ?.data.get('appeals')
    ?.values.includes(cell)
    ? 3
    : 2;
}

/** The cell as a quick-fix title names it: a table-2 row by its label in the format. */
function titleName(table: 2 | 3, cell: Cell): Localized {
  if (table === 3) return cellName(3, cell);
  const spec = [...TABLE2_ROWS, TABLE2_OTHER_2019].find((r) => r.key === cell.rowKey);
  const row = spec && !spec.group ? spec.label : cell.rowName.zh;
  return { zh: `${row} ${cell.columnName.zh}`, en: `table 2 ${cell.rowName.en}, ${cell.columnName.en}` };
}

function message(issue: BalanceIssue, name: Localized, table: 2 | 3, relations: Relation[]): Localized {
  const first = {
    zh: relations.map((r) => r.statement.zh).join('；'),
    en: relations.map((r) => r.statement.en).join('; '),
  };
  const [best, ...others] = issue.corrections;
  if (!best) return first;
  const value = formatNumber(best.value);
  if (issue.culprit) {
    const or =
      others.length > 0 ? { zh: '；也可能是总计有误，见快速修复', en: '; or a total is, see the quick fixes' } : { zh: '', en: '' };
    return {
      zh: `${first.zh}\n可能是 ${name.zh}(${issue.cell.text}) 有误：改为 ${value} 则这 ${relations.length} 处都平衡${or.zh}`,
      en: `${first.en}\nPerhaps ${name.en} (${issue.cell.text}) is wrong: ${value} would balance all ${relations.length}${or.en}`,
    };
  }
  const bestName = cellName(table, best.cell);
  return others.length === 0
    ? {
        zh: `${first.zh}\n将 ${bestName.zh} 改为 ${value} 可使其平衡`,
        en: `${first.en}\nSetting ${bestName.en} to ${value} would balance it`,
      }
    : {
        zh: `${first.zh}\n有 ${issue.corrections.length} 种改法可使其平衡（如将 ${bestName.zh} 改为 ${value}），请核对原始数据后在快速修复中选择`,
        en: `${first.en}\n${issue.corrections.length} changes would balance it (e.g. ${bestName.en} to ${value}); check the records and pick one among the quick fixes`,
      };
}

/**
 * A failing relation with at most this many operands lists them all, zeros included: a 0
 * is an operand the clerk checks the sum with (一(3) + 二(0) = 三（七）(0) + 四(0)), and a
 * row total has seven. A longer one, table 2's column sum 三（七）= （一）+ … +（六） over
 * some twenty items, lists its total and its non-zero terms: twenty zeros would bury the
 * figures that matter (one changed cell had given 27 entries and a scrolling hover).
 */
export const RELATED_ALL_OPERANDS_MAX = 8;

/**
 * The operands of the failing relations, each once (see RELATED_ALL_OPERANDS_MAX for which
 * zeros), only of the relations that fail, never the rest of the column. The cell the
 * finding sits on is its range, not a related location.
 */
function relatedCells(issue: BalanceIssue): Cell[] {
  const seen = new Set<Cell>([issue.cell]);
  const out: Cell[] = [];
  for (const r of issue.relations) {
    const operands = [r.target, ...r.lhs, ...r.rhs];
    const all = operands.length <= RELATED_ALL_OPERANDS_MAX;
    for (const c of operands) {
      if (seen.has(c) || (!all && c !== r.target && (c.value ?? 0) === 0)) continue;
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}

export function checkBalance(code: BalanceCode, { model, report }: RuleContext): void {
  for (const issue of balanceIssues(model)) {
    if (issue.code !== code) continue;
    const table = tableOf(model, issue.cell);
    const name = cellName(table, issue.cell);
    const fixes = issue.corrections.map(({ cell, value }, i): ProblemFix => {
      const target = titleName(table, cell);
      const written = numberLike(value, cell.text);
      return {
        title: { zh: `将 ${target.zh} 改为 ${written}`, en: `Change ${target.en} to ${written}` },
        edits: [{ start: cell.start, end: cell.end, newText: written }],
        kind: 'figure',
        preferred: i === 0 && issue.preferred,
      };
    });
    report({
      start: issue.cell.start,
      end: issue.cell.end,
      message: message(issue, name, table, issue.relations),
      related: relatedCells(issue).map((c) => {
        const n = cellName(table, c);
        return { start: c.start, end: c.end, message: { zh: `${n.zh} = ${c.text}`, en: `${n.en} = ${c.text}` } };
      }),
      fixes,
    });
  }
}
