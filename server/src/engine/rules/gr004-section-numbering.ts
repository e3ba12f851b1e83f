import { defineRule } from './rule';
import { CHINESE_NUMERALS } from '../text/normalize';
import type { LintOptions } from '../types';

/** Where national section `id` stands once the local variant's sections are counted in. */
function placeOf(id: number, options: LintOptions): number {
  const added = (options.localSections ?? []).filter((s) => s.before <= id).length;
  const omitted = (options.omitSections ?? []).filter((o) => o < id).length;
  return id + added - omitted;
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
      // A local variant's own sections (五、信息处理费收取情况 before 存在的主要问题) move the
      // national sections after them down by one each.
      const place = placeOf(section.id, options);
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
        },
      });
    }
  },
});
