import { defineRule } from './rule';
import { cellName, irregularCells } from './names';
import { extentOf, type Cell } from '../model';
import { isPlaceholder } from './placeholder';

export default defineRule({
  code: 'GR103',
  name: 'blank-cell',
  severity: 'warning',
  fixable: true,
  category: 'tables',
  summary: {
    zh: '应填数字的单元格为空，或写了占位符（/ — - 无）',
    en: 'An empty cell, or a placeholder (/ — - 无), where a number belongs',
  },
  check({ model, report }) {
    // Only cells without a valid number can be blank, a placeholder or invalid.
    const irregular = irregularCells(model);
    for (let i = 0; i < irregular.length; i++) {
      const { table, cell } = irregular[i];
      if (isPlaceholder(cell)) {
        const name = cellName(table, cell);
        report({
          start: cell.start,
          end: cell.end,
          message: {
            zh: `${name.zh} 写的是“${cell.text}”，应填数字（没有则填 0）`,
            en: `${name.en} holds "${cell.text}"; it needs a number (0 if none)`,
          },
          // Writing 0 over the clerk's placeholder writes a figure: a quick fix the clerk
          // picks, never part of fix-all (not even with figure fixes turned on).
          fix: {
            title: { zh: `将“${cell.text}”改为 0`, en: `Replace "${cell.text}" with 0` },
            edits: [{ start: cell.start, end: cell.end, newText: '0' }],
            kind: 'figure',
            auto: false,
          },
        });
        continue;
      }
      if (cell.status !== 'blank') continue;
      const name = cellName(table, cell);
      // The squiggle covers the cell's whole gap; the 0 is written where it reads naturally.
      const { start, end } = extentOf(cell);
      const at = fillPoint(model.source.text, cell);
      report({
        start,
        end,
        message: { zh: `${name.zh} 为空，应填数字（没有则填 0）`, en: `${name.en} is empty; it needs a number (0 if none)` },
        fix: { title: { zh: '填入 0', en: 'Fill in 0' }, edits: [{ start: at, end: at, newText: '0' }], kind: 'figure' },
      });
    }
  },
});

/**
 * Where a blank cell's 0 goes: one space into a gap of spaces (`|  |` becomes `| 0 |`, as
 * a clerk would type it, not `|  0|`), else at the cell's insertion point (between two
 * TABs, inside an HTML cell).
 */
function fillPoint(text: string, cell: Cell): number {
  const gap = cell.gap;
  if (gap && gap.end - gap.start >= 2 && cell.start === gap.end && /^[ \u3000]+$/.test(text.slice(gap.start, gap.end))) {
    return gap.start + 1;
  }
  return cell.start;
}
