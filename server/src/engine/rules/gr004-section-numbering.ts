import { defineRule } from './rule';
import { CHINESE_NUMERALS } from '../text/normalize';
import { FEE_SECTION } from '../format/fees';
import type { ReportModel, Section } from '../model';
import type { LintOptions } from '../types';

/**
 * Where a national section stands once the variant's own sections are counted in: those
 * declared in configuration (`localSections`, by the national section they come before),
 * and the 2025 variant's 五、信息处理费收取情况 the reader finds by itself (counted once
 * when the configuration declares it too).
 */
function placeOf(section: Section, model: ReportModel, options: LintOptions): number {
  // Counted in loops, not filtered: once per section and lint, mostly run unoptimised.
  const declared = options.localSections;
  let added = 0;
  let declaresFee = false;
  if (declared) {
    for (let i = 0; i < declared.length; i++) {
      if (declared[i].before <= section.id) added++;
      if (!declaresFee && FEE_SECTION.test(declared[i].title)) declaresFee = true;
    }
  }
  let omitted = 0;
  const omit = options.omitSections;
  if (omit) for (let i = 0; i < omit.length; i++) if (omit[i] < section.id) omitted++;
  const fee = model.feeSection;
  const feeBefore = fee !== undefined && section.firstLine > fee.firstLine && !declaresFee;
  return section.id + added - omitted + (feeBefore ? 1 : 0);
}

export default defineRule({
  code: 'GR004',
  name: 'section-numbering',
  severity: 'warning',
  fixable: true,
  category: 'structure',
  summary: {
    zh: '部分标题编号不规范（写成 5、 或（五），或序号与位置不符）',
    en: 'Section heading numbered 5、 or (五), or with the wrong numeral for its place',
  },
  check({ model, report, options }) {
    const sections = model.sections;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      const { numbering } = section.heading;
      // A variant's own sections (五、信息处理费收取情况 before 存在的主要问题) move the
      // national sections after them down by one each.
      const place = placeOf(section, model, options);
      if (numbering.style === 'chinese' && numbering.value === place && numbering.separator === '、') continue;
      const expected = `${CHINESE_NUMERALS[place - 1]}、`;
      const written = numbering.text.trim();
      report({
        start: numbering.start,
        end: numbering.start + written.length,
        message: {
          zh: `“${section.heading.title}”的编号写成“${written}”，应为“${expected}”`,
          en: `"${section.heading.title}" is numbered "${written}"; it should be "${expected}"`,
        },
        fix: {
          title: { zh: `改为“${expected}”`, en: `Change to "${expected}"` },
          edits: [{ start: numbering.start, end: numbering.end, newText: expected }],
          kind: 'text',
          preferred: true,
        },
      });
    }
  },
});
