// The statistical period sentence: 本报告所列数据统计期限为2022年1月1日至2022年12月31日。
// Looked for in the preamble and the overview, where reports put it.

import type { DateMention, Period } from '../model';
import type { SourceText } from '../text/source';
import { findDates } from './dates';

const PERIOD_WORDS = /统计(?:期限|期间|时限|时间|区间|周期)|统计数据(?:时间段|期间|区间)|数据(?:时间段|统计)/;
/** What joins the two dates, trimmed first: `\s*起?\s*` on untrimmed text backtracked quadratically. */
const BETWEEN = /^(?:起\s*)?(?:至|到|—|-|－|~|～)$/;

export function parsePeriod(src: SourceText, lastLine: number): Period | undefined {
  for (let line = 0; line <= Math.min(lastLine, src.lineCount - 1); line++) {
    const text = src.lineText(line);
    const keyword = PERIOD_WORDS.exec(text);
    if (!keyword) continue;
    const base = src.lineStarts[line];
    const dates = findDates(text, base).filter((d) => d.start >= base + keyword.index);
    const pair = firstRange(src.text, dates);
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
