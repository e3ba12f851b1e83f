import { defineRule } from './rule';
import { MIN_SECTIONS_READ, sectionById, sectionText } from './prose';

/** The fee statement: 信息处理费 (or 收费 with 信息公开), collected or not. */
const FEE = /信息处理费|处理费|(?:信息公开|依申请).{0,20}(?:收费|费用)|(?:收费|收取费用|收取).{0,20}(?:信息公开|申请)/;

export default defineRule({
  code: 'GR007',
  name: 'fee-statement',
  severity: 'warning',
  fixable: false,
  category: 'structure',
  summary: {
    zh: '“其他需要报告的事项”没有说明信息处理费收取情况',
    en: 'Section 六 says nothing about information processing fees (信息处理费)',
  },
  check({ model, report }) {
    // Only on a report whose structure was read: with most headings unread, the section
    // found may be a sub-heading that looks like one (quiet beats wrong).
    if (model.sections.length < MIN_SECTIONS_READ) return;
    const section = sectionById(model, 6);
    if (!section) return;
    const text = sectionText(model, section);
    // A section with no text, or only 无, is GR006's finding.
    if (/^(?:暂?无|没有)?$/.test(text.replace(/[\s。.]/g, ''))) return;
    if (FEE.test(text)) return;
    report({
      start: section.heading.start,
      end: section.heading.end,
      message: {
        zh: '“其他需要报告的事项”没有说明信息处理费收取情况（未收取也应写明）',
        en: 'Section 六 does not state the information processing fees collected (say so when none were)',
      },
    });
  },
});
