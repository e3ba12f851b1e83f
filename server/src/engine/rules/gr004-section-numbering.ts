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
  const declared = options.localSections ?? [];
  const added = declared.filter((s) => s.before <= section.id).length;
  const omitted = (options.omitSections ?? []).filter((o) => o < section.id).length;
  const fee = model.feeSection;
  const feeBefore = fee !== undefined && section.firstLine > fee.firstLine && !declared.some((s) => FEE_SECTION.test(s.title));
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
    for (const section of model.sections) {
      const { numbering } = section.heading;
      // A variant's own sections (五、信息处理费收取情况 before 存在的主要问题) move the
      // national sections after them down by one each.
      const place = placeOf(section, model, options);
      const expected = `${CHINESE_NUMERALS[place - 1]}、`;
      if (numbering.style === 'chinese' && numbering.value === place && numbering.separator === '、') continue;
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
