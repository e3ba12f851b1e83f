import { defineRule } from './rule';
import { allProseLines } from './prose';
import { repeatsIn } from '../text/repeats';
import { fastPaths } from '../fast';

/** The same run of two to eight Chinese characters twice in a row: 政府政府, 信息公开信息公开. */
const REPEAT = /([\u4e00-\u9fff]{2,8})\1/g;

/**
 * Repeats Chinese uses on purpose: verb reduplication (研究研究, 学习学习), 一X一X (一件一件),
 * and AABB words, which the pattern cannot match anyway. A repeat starting with 一 or
 * made of one character doubled (常常常常) is left alone.
 */
const DELIBERATE = new Set([
  '研究',
  '讨论',
  '学习',
  '了解',
  '商量',
  '检查',
  '打听',
  '休息',
  '考虑',
  '活动',
  '交流',
  '沟通',
  '比较',
  '看看',
  '试试',
  '谢谢',
]);

/** The pattern's matches (what repeats() finds without it). */
function byPattern(text: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  REPEAT.lastIndex = 0;
  for (let m = REPEAT.exec(text); m; m = REPEAT.exec(text)) found.push({ index: m.index, word: m[1] });
  return found;
}

function deliberate(word: string): boolean {
  if (word.startsWith('一')) return true;
  if (/^(.)\1+$/.test(word)) return true;
  return DELIBERATE.has(word);
}

export default defineRule({
  code: 'GR502',
  name: 'repeated-word',
  severity: 'warning',
  fixable: true,
  category: 'text',
  summary: { zh: '同一个词连写两遍（政府政府）', en: 'The same word of two or more characters twice in a row (政府政府)' },
  check({ model, report }) {
    // Only the sections' text: before 一、总体情况 web copies carry the page's chrome
    // (首页 > 政府信息公开 > 政府信息公开年报 runs together as 政府信息公开政府信息公开年报).
    // Without a section heading read, the chrome cannot be told from the text: say nothing.
    if (model.sections.length === 0) return;
    const from = model.sections[0].heading.start;
    const text = model.source.text;
    const lines = allProseLines(model);
    // One list for every line's repeats, emptied per line: most lines have none.
    const found: { index: number; word: string }[] = [];
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l];
      const lineEnd = line.start + line.text.length;
      if (lineEnd <= from) continue;
      // Setting an array's length is a call into the runtime: only when there is something to empty.
      if (found.length > 0) found.length = 0;
      // Read in the report's text, where the line is (its text is a slice of it).
      // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
      if (fastPaths.repeats) repeatsIn(text, line.start, lineEnd, found);
      else for (const m of byPattern(line.text)) found.push({ index: line.start + m.index, word: m.word });
      for (let r = 0; r < found.length; r++) {
        const m = found[r];
        if (m.index < from) continue;
        const word = m.word;
        if (deliberate(word)) continue;
        const start = m.index + word.length;
        const end = start + word.length;
        report({
          start,
          end,
          message: { zh: `“${word}”连写了两遍`, en: `"${word}" is written twice in a row` },
          fix: {
            title: { zh: `删去重复的“${word}”`, en: `Delete the repeated "${word}"` },
            edits: [{ start, end, newText: '' }],
            kind: 'text',
          },
        });
      }
    }
  },
});
