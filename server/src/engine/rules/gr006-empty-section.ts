import { defineRule } from './rule';
import { MIN_SECTIONS_READ, SPACE_CHARS, sectionHasAtLeast, sectionText } from './prose';
import { charTable } from '../text/chars';
import { fastPaths } from '../fast';
import { sectionSpec } from '../format/sections';

/** Fewer meaningful characters than this is not a sentence (标点 and spaces not counted). */
const MIN_SENTENCE = 8;

/** 无 / 无。/ 暂无 / 没有: a section that only says there is nothing to say. */
const JUST_NONE = /^(?:暂?无|没有|无此项|无相关情况)$/;

/** What is not counted: white space (`\s`) and the punctuation below. */
const NOT_COUNTED = charTable(SPACE_CHARS + '。.，,；;：:！!、');

export default defineRule({
  code: 'GR006',
  name: 'empty-section',
  severity: 'warning',
  fixable: false,
  category: 'structure',
  summary: { zh: '部分只有标题，没有内容（或只写“无”）', en: 'A section with no text (or just 无)' },
  check({ model, report }) {
    if (model.sections.length < MIN_SECTIONS_READ) return;
    for (const section of model.sections) {
      // Sections with a table: the table is the content (GR101 when it is missing).
      if (sectionSpec(section.id).table !== undefined) continue;
      // A section with a sentence's worth is neither empty, too short nor a bare 无 (at most
      // five characters): counted up to that over its lines, without joining or copying them.
      // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
      if (fastPaths.counts && sectionHasAtLeast(model, section, MIN_SENTENCE, NOT_COUNTED, true)) continue;
      const whole = sectionText(model, section);
      // Markdown's bold (**无。**) is markup, not text.
      const text = whole.replace(/\*\*|__/g, '');
      const bare = text.replace(/[\s。.，,；;：:！!、]/g, '');
      const empty = bare.length === 0;
      // Section 六 may honestly be short (本年度未收取信息处理费); only a bare 无 is empty there.
      const tooShort = section.id !== 6 && bare.length < MIN_SENTENCE;
      if (!empty && !tooShort && !JUST_NONE.test(bare)) continue;
      report({
        start: section.heading.start,
        end: section.heading.end,
        message: empty
          ? { zh: `“${section.heading.title}”只有标题，没有内容`, en: `"${section.heading.title}" has a heading but no text` }
          : {
              zh: `“${section.heading.title}”只写了“${text.trim()}”，没有实际内容`,
              en: `"${section.heading.title}" says only "${text.trim()}"; it needs real content`,
            },
      });
    }
  },
});
