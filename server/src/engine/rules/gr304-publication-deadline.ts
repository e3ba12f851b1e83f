import { defineRule } from './rule';
import type { ReportModel } from '../model';
import { findDates } from '../parse/dates';
import { readNumeral } from '../text/numerals';
import { isWholeGovernment } from './unit';

interface Published {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
  where: 'line' | 'signature';
}

/** How many non-blank lines at the end may hold the signature and its date. */
const SIGNATURE_LINES = 4;
/** A signature line is short: the unit's name and the date, nothing else. */
const SIGNATURE_MAX = 40;
/** Sentence punctuation: a line with it is prose that ends with a date, not a signature. */
const SENTENCE = /[。，；：！？,;]/;

const CHINESE_DATE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** The date under the signature: in the last lines, on a short line of its own. */
function signatureDate(model: ReportModel): Published | undefined {
  const { source } = model;
  let seen = 0;
  for (let line = source.lineCount - 1; line >= 0 && seen < SIGNATURE_LINES; line--) {
    const text = source.lineText(line);
    if (text.trim() === '') continue;
    seen++;
    if (text.trim().length > SIGNATURE_MAX || SENTENCE.test(text)) return undefined;
    const base = source.lineStarts[line];
    const date = findDates(text, base).find((d) => d.year !== undefined);
    if (date?.year) {
      return { year: date.year.value, month: date.month.value, day: date.day.value, start: date.start, end: date.end, where: 'signature' };
    }
    const m = CHINESE_DATE.exec(text);
    if (m) {
      const [year, month, day] = [m[1], m[2], m[3]].map(readNumeral);
      if (year !== undefined && month !== undefined && day !== undefined) {
        return { year, month, day, start: base + m.index, end: base + m.index + m[0].length, where: 'signature' };
      }
    }
  }
  return undefined;
}

function publicationDate(model: ReportModel): Published | undefined {
  const line = model.publication?.date;
  if (line?.year) {
    return { year: line.year.value, month: line.month.value, day: line.day.value, start: line.start, end: line.end, where: 'line' };
  }
  return signatureDate(model);
}

const stamp = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;

export default defineRule({
  code: 'GR304',
  name: 'publication-deadline',
  severity: 'warning',
  fixable: false,
  category: 'dates',
  summary: {
    zh: '发布日期晚于次年 1 月 31 日（本级政府年报为 3 月 31 日），或早于统计期结束',
    en: 'Published after 31 January of the next year (31 March for a whole government’s report), or before the period ends',
  },
  check({ model, report, options }) {
    const year = model.title?.year?.value;
    if (year === undefined) return;
    const date = publicationDate(model);
    if (!date) return;
    const government = isWholeGovernment(model);
    const configured = /^(\d{1,2})-(\d{1,2})$/.exec(options.deadline ?? '');
    const [month, day] = configured ? [Number(configured[1]), Number(configured[2])] : government ? [3, 31] : [1, 31];
    const written = stamp(date.year, date.month, date.day);
    const shown = `${date.year}年${date.month}月${date.day}日`;
    if (written > stamp(year + 1, month, day)) {
      const deadline = `${year + 1}年${month}月${day}日`;
      const whose = configured
        ? { zh: '按配置', en: 'as configured' }
        : government
          ? { zh: '本级政府年报', en: 'for a whole government’s report' }
          : { zh: '部门年报', en: 'for a department' };
      report({
        start: date.start,
        end: date.end,
        message: {
          zh: `发布日期 ${shown} 晚于期限 ${deadline}（${whose.zh}）`,
          en: `Published ${shown}, after the deadline ${deadline} (${whose.en})`,
        },
      });
    } else if (written <= stamp(year, 12, 31) && date.year >= year - 1) {
      report({
        start: date.start,
        end: date.end,
        message: {
          zh: `发布日期 ${shown} 早于统计期结束（${year}年12月31日）`,
          en: `Published ${shown}, before the statistical period ends (${year}-12-31)`,
        },
      });
    }
  },
});
