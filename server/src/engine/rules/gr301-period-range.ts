import { defineRule, type OffsetEdit } from './rule';
import type { DatePart } from '../model';

export default defineRule({
  code: 'GR301',
  name: 'period-range',
  severity: 'error',
  fixable: true,
  category: 'dates',
  summary: {
    zh: '统计期限不是报告年度的 1 月 1 日至 12 月 31 日',
    en: 'The statistical period is not 1 January – 31 December of the report year',
  },
  check({ model, report }) {
    const { period, title, source } = model;
    const year = title?.year?.value;
    if (!period || year === undefined) return;
    // A right period (a lint's usual case) is told without a list or a closure.
    if (!wrong(period.from.year, year) && !wrong(period.from.month, 1) && !wrong(period.from.day, 1)) {
      if (!wrong(period.to.year, year) && !wrong(period.to.month, 12) && !wrong(period.to.day, 31)) return;
    }
    const edits: OffsetEdit[] = [];
    want(edits, period.from.year, year);
    want(edits, period.from.month, 1);
    want(edits, period.from.day, 1);
    want(edits, period.to.year, year);
    want(edits, period.to.month, 12);
    want(edits, period.to.day, 31);
    const years = [period.from.year, period.to.year].filter((p): p is DatePart => p !== undefined);
    const yearsOnly = edits.every((e) => years.some((y) => y.start === e.start));
    const written = source.text.slice(period.start, period.end);
    const right = `${year}年1月1日至${year}年12月31日`;
    // The title shows exactly what the fix writes: the period as written, wrong numbers replaced.
    let after = written;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      after = after.slice(0, e.start - period.start) + e.newText + after.slice(e.end - period.start);
    }
    const backwards =
      (period.from.year?.value ?? year) * 10000 + period.from.month.value * 100 + period.from.day.value >
      (period.to.year?.value ?? year) * 10000 + period.to.month.value * 100 + period.to.day.value;
    // Why it is wrong, in the clerk's terms: reversed, last year's template, or part of a year.
    const reason = backwards
      ? { zh: '起日晚于止日', en: 'starts after it ends' }
      : yearsOnly
        ? { zh: '与报告年度不符', en: 'is not in the report year' }
        : { zh: '不是全年', en: 'is not the whole year' };
    report({
      start: period.start,
      end: period.end,
      message: {
        zh: `统计期限“${written}”${reason.zh}；${year} 年度报告应为 ${right}`,
        en: `Statistical period "${written}" ${reason.en}; a ${year} report covers ${year}-01-01 to ${year}-12-31`,
      },
      related: title?.year
        ? [{ start: title.year.start, end: title.year.end, message: { zh: `报告年度：${year}`, en: `report year: ${year}` } }]
        : [],
      // A wrong year is last year's template: fixed by fix-all. A wrong month or day may be
      // a unit that existed for part of the year: the clerk decides (a quick fix only).
      fix: yearsOnly
        ? { title: { zh: `改为“${after}”`, en: `Change to "${after}"` }, edits, kind: 'text', preferred: true }
        : { title: { zh: `改为“${after}”`, en: `Change to "${after}"` }, edits, kind: 'text', auto: false },
    });
  },
});

/** Whether the part is written and is not `value`. */
function wrong(part: DatePart | undefined, value: number): boolean {
  return part !== undefined && part.value !== value;
}

/** An edit writing `value` over the part, when it is wrong. */
function want(edits: OffsetEdit[], part: DatePart | undefined, value: number): void {
  if (wrong(part, value)) edits.push({ start: part!.start, end: part!.end, newText: String(value) });
}
