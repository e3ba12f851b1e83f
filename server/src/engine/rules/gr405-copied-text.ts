import { defineRule } from './rule';
import { sectionById, sectionText } from './prose';
import { containment, normalizeForShingles, shingles } from '../text/shingles';
import { sectionSpec } from '../format/sections';

/**
 * Share of a section's 5-character runs already in last year's same section above which
 * it counts as copied. Unrelated reports of the same genre share 10–25% (formulae such as
 * 政府信息公开工作); a section rewritten around last year's still shares 30–50%; a copy with
 * dates and counts updated shares 90% and more. Measured on the seeds: see
 * test/unit/across-years.test.ts.
 */
export const COPIED_SHARE = 0.7;
/** Sections shorter than this (characters, normalised) repeat honestly: 本年度未收取信息处理费. */
export const MIN_SECTION_CHARS = 60;
/** The narrative sections: 总体情况, 存在的主要问题及改进情况, 其他需要报告的事项. */
const SECTIONS = [1, 5, 6];

export default defineRule({
  code: 'GR405',
  name: 'copied-text',
  severity: 'warning',
  fixable: false,
  category: 'consistency',
  summary: {
    zh: '某部分（尤其一、五）大段照搬同一单位上年报告的相同部分（内容雷同）',
    en: 'A section (一 and 五 above all) largely repeats the same section of last year’s report of the same unit',
  },
  check({ model, previous, report }) {
    if (!previous) return;
    for (const id of SECTIONS) {
      const now = sectionById(model, id);
      const then = sectionById(previous, id);
      if (!now || !then) continue;
      const text = sectionText(model, now);
      if (normalizeForShingles(text).length < MIN_SECTION_CHARS) continue;
      const share = containment(shingles(text), shingles(sectionText(previous, then)));
      if (share < COPIED_SHARE) continue;
      const percent = Math.round(share * 100);
      const name = sectionSpec(id).name;
      report({
        start: now.heading.start,
        end: now.heading.end,
        message: {
          zh: `“${name.zh}”有 ${percent}% 的文字与上年报告相同部分雷同`,
          en: `${percent}% of the ${name.en} section repeats the same section of last year's report`,
        },
        related: [
          {
            start: then.heading.start,
            end: then.heading.end,
            previous: true,
            message: { zh: `上年报告的“${name.zh}”`, en: `Last year's ${name.en} section` },
          },
        ],
      });
    }
  },
});
