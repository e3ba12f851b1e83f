import { defineRule } from './rule';
import { sectionSpec } from '../format/sections';

export default defineRule({
  code: 'GR003',
  name: 'section-order',
  severity: 'warning',
  fixable: false,
  category: 'structure',
  summary: { zh: '部分顺序错误，或同一部分出现两次', en: 'Sections out of order, or one section twice' },
  check({ model, report }) {
    let highest = 0;
    // Ids seen as bits (section ids are 1–6): no Set per lint, an index loop (run mostly unoptimised).
    let seen = 0;
    const sections = model.sections;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      const spec = sectionSpec(section.id);
      const { start, end } = section.heading;
      if ((seen & (1 << section.id)) !== 0) {
        report({
          start,
          end,
          message: { zh: `第${spec.numeral}部分“${spec.title}”重复出现`, en: `Section ${spec.numeral} "${spec.title}" appears twice` },
        });
      } else if (section.id < highest) {
        const after = sectionSpec(highest);
        report({
          start,
          end,
          message: {
            zh: `第${spec.numeral}部分“${spec.title}”应在第${after.numeral}部分之前`,
            en: `Section ${spec.numeral} "${spec.title}" belongs before section ${after.numeral}`,
          },
        });
      }
      seen |= 1 << section.id;
      highest = Math.max(highest, section.id);
    }
  },
});
