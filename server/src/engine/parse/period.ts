// The statistical period sentence: 本报告所列数据统计期限为2022年1月1日至2022年12月31日。
// Looked for in the preamble and the overview, where reports put it.

import type { DateMention, Period } from '../model';
import { LineMark, type SourceText } from '../text/source';
import { fastPaths } from '../fast';
import { findDates } from './dates';

const PERIOD_WORDS = /统计(?:期限|期间|时限|时间|区间|周期)|统计数据(?:时间段|期间|区间)|数据(?:时间段|统计)/;
/** What joins the two dates, trimmed first: `\s*起?\s*` on untrimmed text backtracked quadratically. */
const BETWEEN = /^(?:起\s*)?(?:至|到|—|-|－|~|～)$/;

/** What a date needs: 月 (2022年1月1日) or - / . (2023-01-28). */
const DATE_MARKS = LineMark.MONTH | LineMark.ISO;

/**
 * The period, read from the lines up to `lastLine`. `dates`, when given, are every date of
 * the text in order (the parser's list, found line by line as findDates finds them): a
 * line's dates are then taken from it, not found again.
 */
export function parsePeriod(src: SourceText, lastLine: number, dates?: readonly DateMention[]): Period | undefined {
  let next = 0;
  const { lineMarks } = src;
  for (let line = 0; line <= Math.min(lastLine, src.lineCount - 1); line++) {
    // No date on the line or the next (no 月, no - / .): no period here, told without its text.
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.lineMarks && ((lineMarks[line] | (lineMarks[line + 1] ?? 0)) & DATE_MARKS) === 0) continue;
    const text = src.lineText(line);
    const keyword = PERIOD_WORDS.exec(text);
    if (!keyword) continue;
    const base = src.lineStarts[line];
    let onLine: DateMention[];
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (dates && fastPaths.dates) {
      // The lines are read in order: the list is walked once, up to this line's end.
      const end = src.lineEnd(line);
      while (next < dates.length && dates[next].start < base) next++;
      onLine = [];
      for (let i = next; i < dates.length && dates[i].start < end; i++) onLine.push(dates[i]);
    } else onLine = findDates(text, base);
    const pair = firstRange(
      src.text,
      onLine.filter((d) => d.start >= base + keyword.index),
    );
    if (pair) return { line, start: pair[0].start, end: pair[1].end, from: pair[0], to: pair[1] };
    // A sentence hard-wrapped mid-date (统计期限为 2025 / 年 1 月 1 日至…): read it with the next line.
    if (line + 1 < src.lineCount) {
      const both = src.text.slice(base, src.lineEnd(line + 1));
      const wrapped = findDates(both, base).filter((d) => d.start >= base + keyword.index);
      const pair2 = firstRange(src.text, wrapped);
      if (pair2) return { line, start: pair2[0].start, end: pair2[1].end, from: pair2[0], to: pair2[1] };
    }
  }
  return undefined;
}

/** Two dates joined by 至 / 起至 / a dash. */
function firstRange(text: string, dates: DateMention[]): [DateMention, DateMention] | undefined {
  for (let i = 0; i + 1 < dates.length; i++) {
    if (BETWEEN.test(text.slice(dates[i].end, dates[i + 1].start).trim())) return [dates[i], dates[i + 1]];
  }
  return undefined;
}
