import { defineRule } from './rule';
import { cellName, valueCells } from './names';
import { extentOf } from '../model';

export default defineRule({
  code: 'GR103',
  name: 'blank-cell',
  severity: 'warning',
  fixable: true,
  category: 'tables',
  summary: { zh: '应填数字的单元格为空', en: 'An empty cell where a number belongs' },
  check({ model, report }) {
    for (const { table, cell } of valueCells(model)) {
      if (cell.status !== 'blank') continue;
      const name = cellName(table, cell);
      // The squiggle covers the cell's whole gap; the 0 is written at its insertion point.
      const { start, end } = extentOf(cell);
      report({
        start,
        end,
        message: { zh: `${name.zh} 为空，应填数字（没有则填 0）`, en: `${name.en} is empty; it needs a number (0 if none)` },
        fix: { title: { zh: '填入 0', en: 'Fill in 0' }, edits: [{ start: cell.start, end: cell.end, newText: '0' }], kind: 'figure' },
      });
    }
  },
});
