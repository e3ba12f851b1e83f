// The 2025 variant's fee table (五、信息处理费收取情况) has three cells and no printed
// relation, but its labels tie two of them: 通知收取金额 is the sum of the fees the
// notices (通知收取件数) asked for, and every notice asks for an amount. So no notice, no
// amount notified; and notices with no amount notified cannot both be right.
//
// 实际收取金额 is left alone: a fee notified in December may be paid in January (table 2
// carries applications over), so what was collected need not be at most, nor only with,
// what was notified this year.

import { defineRule, type RuleContext } from './rule';
import { cellName, feeRow, formatNumber, numberLike } from './names';
import { FEE_TABLE_ROW } from '../format/fees';
import type { Cell } from '../model';

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function check({ model, report }: RuleContext): void {
  const row = feeRow(model);
  if (!row) return;
  const [count, notified] = row.values;
  if (count.status !== 'ok' || notified.status !== 'ok') return;
  const n = count.value ?? 0;
  const amount = notified.value ?? 0;
  if ((n === 0) === (amount === 0)) return;
  const what = FEE_TABLE_ROW.short;
  const countName = count.columnName;
  const amountName = notified.columnName;
  const related = (c: Cell) => {
    const name = cellName('fees', c);
    return { start: c.start, end: c.end, message: { zh: `${name.zh} = ${c.text}`, en: `${name.en} = ${c.text}` } };
  };
  // The finding sits on the amount notified; the one figure that can be suggested is a 0
  // (how many notices, or for how much, only the clerk knows).
  const zero = (c: Cell) => ({
    title: { zh: `将 ${cellName('fees', c).zh} 改为 0`, en: `Change ${cellName('fees', c).en} to 0` },
    edits: [{ start: c.start, end: c.end, newText: numberLike(0, c.text) }],
    kind: 'figure' as const,
    auto: false as const,
  });
  if (n === 0) {
    report({
      start: notified.start,
      end: notified.end,
      message: {
        zh: `${what.zh}：${countName.zh}为 0，但${amountName.zh}为 ${formatNumber(amount)} 元（没有收费通知就没有通知金额）\n若本年未发收费通知，${amountName.zh}应为 0；若发过，请填写通知件数`,
        en: `${cap(what.en)}: ${countName.en} 0, but ${amountName.en} ${formatNumber(amount)} yuan (no notice, no amount notified)\nIf no fee notice was sent, the amount notified is 0; if some were, fill in how many`,
      },
      related: [related(count)],
      fix: zero(notified),
    });
    return;
  }
  report({
    start: notified.start,
    end: notified.end,
    message: {
      zh: `${what.zh}：${countName.zh}为 ${formatNumber(n)}，但${amountName.zh}为 0（每份收费通知都有金额）\n请填写通知收取的金额；若本年未发收费通知，${countName.zh}应为 0`,
      en: `${cap(what.en)}: ${countName.en} ${formatNumber(n)}, but ${amountName.en} 0 (every fee notice asks for an amount)\nFill in the amount notified; if no fee notice was sent, the count is 0`,
    },
    related: [related(count)],
    fix: zero(count),
  });
}

export default defineRule({
  code: 'GR206',
  name: 'fee-balance',
  severity: 'error',
  fixable: true,
  category: 'balances',
  summary: {
    zh: '信息处理费表：通知收取件数为 0 而通知收取金额不为 0，或反之',
    en: 'Fee table: no fee notices but an amount notified, or notices with no amount',
  },
  check,
});
