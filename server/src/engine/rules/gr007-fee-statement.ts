import { defineRule } from './rule';
import { MIN_SECTIONS_READ, SPACE_CHARS, hasAtLeast, sectionById, sectionText } from './prose';
import { charTable } from '../text/chars';
import { fastPaths } from '../fast';

/** The fee statement: 信息处理费 (or 收费 with 信息公开), collected or not. */
const FEE_WORD = /信息处理费|处理费/;
/**
 * The national measures on information processing fees (国办函〔2020〕109号) are in force
 * from 1 January 2021: a report for an earlier year has no fees to state.
 */
const FEES_FROM_YEAR = 2021;

/** White space (`\s`) and full stops: what the test for a section saying only 无 leaves out. */
const BLANK_OR_STOP = charTable(SPACE_CHARS + '。.');

/** How far apart, on one line, 信息公开 and 收费 may be and still make one statement. */
const WITHIN = 20;

function mentionsFee(text: string): boolean {
  return FEE_WORD.test(text) || near(text, /信息公开|依申请/g, /收费|费用/) || near(text, /收费|收取费用|收取/g, /信息公开|申请/);
}

/**
 * Whether `second` starts within WITHIN characters after a match of `first`, on the same
 * line: /first.{0,20}second/ as a loop that looks at a short window per match (the pattern
 * itself backtracks cubically on runs of 收取收取…).
 */
function near(text: string, first: RegExp, second: RegExp): boolean {
  for (const m of text.matchAll(first)) {
    const from = m.index + m[0].length;
    let window = text.slice(from, from + WITHIN + 4);
    const newline = window.indexOf('\n');
    if (newline >= 0) window = window.slice(0, newline);
    const found = second.exec(window);
    if (found && found.index <= WITHIN) return true;
  }
  return false;
}

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
    const year = model.title?.year?.value;
    if (year !== undefined && year < FEES_FROM_YEAR) return;
    const section = sectionById(model, 6);
    if (!section) return;
    const text = sectionText(model, section);
    // A section with no text, or only 无, is GR006's finding.
    // (Three characters or more are not 暂无: counted up to three, not copied.)
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    const bare = !(fastPaths.counts && hasAtLeast(text, 3, BLANK_OR_STOP)) && /^(?:暂?无|没有)?$/.test(text.replace(/[\s。.]/g, ''));
    if (bare) return;
    if (mentionsFee(text)) return;
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
