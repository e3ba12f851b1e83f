import { defineRule } from './rule';
import { CHINESE_NUMERALS } from '../text/normalize';

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
  check({ model, report }) {
    for (const section of model.sections) {
      const { numbering } = section.heading;
      // The 2025 variant's fee section 五 moves the sections after it down by one.
      const shift = model.feeSection && section.firstLine > model.feeSection.firstLine ? 1 : 0;
      const number = section.id + shift;
      const expected = `${CHINESE_NUMERALS[number - 1]}、`;
      if (numbering.style === 'chinese' && numbering.value === number && numbering.separator === '、') continue;
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
