import { defineRule } from './rule';
import type { ReportModel } from '../model';
import { findDates } from '../parse/dates';
import { readNumeral } from '../text/numerals';
import { isWholeGovernment, unitName } from './unit';

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

/**
 * The date under the signature: in the last lines, on a short line of its own; or, where a
 * web page's text runs the signature on after the last sentence (…信息处理费。钱塘区…局
 * 二〇二三年二月十日), right after the unit's name at the end of the last line.
 */
function signatureDate(model: ReportModel): Published | undefined {
  const { source } = model;
  let seen = 0;
  for (let line = source.lineCount - 1; line >= 0 && seen < SIGNATURE_LINES; line--) {
    const text = source.lineText(line);
    if (text.trim() === '') continue;
    seen++;
    const base = source.lineStarts[line];
    if (text.trim().length > SIGNATURE_MAX || SENTENCE.test(text)) return seen === 1 ? runOnSignature(model, text, base) : undefined;
    const date = dateIn(text, base);
    if (date) return date;
  }
  return undefined;
}

/** The first date written in `text` (Arabic or Chinese numerals), with offsets from `base`. */
function dateIn(text: string, base: number): Published | undefined {
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
  return undefined;
}

/**
 * A signature run on after the last sentence of the last line: the unit's name, then the
 * date, within SIGNATURE_MAX characters. Without the unit's name a date after the last
 * full stop is prose (…截至2023年3月1日), not a signature.
 */
function runOnSignature(model: ReportModel, text: string, base: number): Published | undefined {
  const unit = unitName(model);
  if (!unit) return undefined;
  const end = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'));
  const tail = text.slice(end + 1);
  const at = tail.indexOf(unit);
  if (at < 0 || tail.trim().length > SIGNATURE_MAX + unit.length) return undefined;
  const from = end + 1 + at + unit.length;
  return dateIn(text.slice(from), base + from);
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
