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
  docs: {
    why: {
      zh: '六个部分的标题用汉字数字加顿号编号：一、至六、。Word 自动编号导出成文本后常变成“5、”，也有写成“（五）”的，与小标题混淆。',
      en: 'The six section headings are numbered with Chinese numerals and 、: 一、 to 六、. Word’s automatic numbering often exports as "5、", and "（五）" is confused with sub-headings.',
    },
    wrong: '5、 存在的主要问题及改进情况',
    right: '五、存在的主要问题及改进情况',
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
        },
      });
    }
  },
});
