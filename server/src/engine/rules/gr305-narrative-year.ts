import { defineRule } from './rule';
import { yearOpenings } from '../text/years';
import { sectionProse } from './prose';

/** Words of plans and intentions: the year ahead is planned, not reported. */
const PLAN = /将|拟|计划|重点|做好|以下|安排|力争|争取|继续|持续|进一步|下一步|预计|着力|努力|要|谋划|打算|目标|推动|深化/;
/** Comparisons with another year's results (较2021年增长…, 同比, 上年度): not a misdated sentence. */
const COMPARISON = /相比|同比|环比|比较|较|比上|上年|去年|上一年|增长|增加|下降|减少|持平|提升|延续|结转/;

/** The sections whose sentences report the year's work: 总体情况, 存在的主要问题, 其他事项. */
const NARRATIVE_SECTIONS = [1, 5, 6];

export default defineRule({
  code: 'GR305',
  name: 'narrative-year',
  severity: 'warning',
  fixable: false,
  category: 'dates',
  summary: {
    zh: '叙述本年度工作的句子写成了另一年（如 2022 年度报告里写“2021年，我局……”），工作计划除外',
    en: 'A sentence reports the year’s work under another year (2021年，我局… in a 2022 report); plans are left alone',
  },
  check({ model, report }) {
    const year = model.title?.year?.value;
    if (year === undefined) return;
    // Index loops: a lint runs mostly unoptimised, where for…of allocates per step.
    const sections = model.sections;
    for (let s = 0; s < sections.length; s++) {
      const section = sections[s];
      if (!NARRATIVE_SECTIONS.includes(section.id)) continue;
      const lines = sectionProse(model, section);
      for (let l = 0; l < lines.length; l++) {
        const line = lines[l];
        const openings = yearOpenings(line.text);
        for (let o = 0; o < openings.length; o++) {
          const m = openings[o];
          const written = Number(m[1].normalize('NFKC'));
          if (written === year) continue;
          const yearAt = m.index;
          const sentence = sentenceFrom(line.text, yearAt);
          // The report's own year later in the sentence: it compares or lists years.
          if (sentence.includes(String(year)) || COMPARISON.test(sentence)) continue;
          if (written > year && PLAN.test(sentence)) continue;
          // Years long gone or far ahead are history or targets, not a misdated sentence.
          if (written < year - 1 || written > year + 1) continue;
          report({
            start: line.start + yearAt,
            end: line.start + yearAt + m[1].length,
            message: {
              zh: `这句写的是本年度工作，却以“${m[1]}年”开头；${year} 年度报告应写 ${year} 年`,
              en: `This sentence reports the year's work but opens with ${m[1]}; the report is for ${year}`,
            },
          });
        }
      }
    }
  },
});

/** Longest sentence looked at: a line of dates without a full stop must not be rescanned per date. */
const MAX_SENTENCE = 300;

/** The sentence starting at `from`: up to the next 。！？ or the end of the line (at most MAX_SENTENCE). */
function sentenceFrom(text: string, from: number): string {
  const rest = text.slice(from, from + MAX_SENTENCE);
  const end = rest.search(/[。！？!?]/);
  return end >= 0 ? rest.slice(0, end) : rest;
}
