import { defineRule } from './rule';
import { cellName, valueCells } from './names';

export default defineRule({
  code: 'GR103',
  name: 'blank-cell',
  severity: 'warning',
  fixable: true,
  category: 'tables',
  summary: { zh: '应填数字的单元格为空', en: 'An empty cell where a number belongs' },
  docs: {
    why: {
      zh: '格式要求没有发生的情况填 0，而不是留空；空格无法参与勾稽关系核对。快速修复填入 0；这是写入数字，只有在人确认没有发生时才应选择，全部修复不会自动填。',
      en: 'The format wants 0, not a blank, where nothing happened; a blank cell cannot take part in the balance checks. A quick fix fills in 0; that writes a figure, so only the clerk picks it, fix-all never does.',
    },
    wrong: '三、本年度办理结果\t(一) 予以公开\t\t0\t0\t0\t0\t0\t0',
    right: '三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0',
  },
  check({ model, report }) {
    for (const { table, cell } of valueCells(model)) {
      if (cell.status !== 'blank') continue;
      const name = cellName(table, cell);
      report({
        start: cell.start,
        end: cell.end,
        message: { zh: `${name.zh} 为空，应填数字（没有则填 0）`, en: `${name.en} is empty; it needs a number (0 if none)` },
        fix: { title: { zh: '填入 0', en: 'Fill in 0' }, edits: [{ start: cell.start, end: cell.end, newText: '0' }], kind: 'figure' },
      });
    }
  },
});
