import { defineRule, type Problem } from './rule';

/**
 * Leftovers of converting Word or web pages to text: pandoc's `[bookmark: _GoBack]`,
 * Markdown autolinks `<http://…>` (the address itself is kept, only its brackets go),
 * and stray form feeds inside a line. A form feed at the start or end of a line is a
 * page boundary of PDF text (pdftotext writes one per page): the layout, not debris.
 */
const DEBRIS = /\[bookmark:[^\]\n[]*\]|<(https?:\/\/[^<>\s]+)>|(?<=[^\n\r\f])\f(?=[^\n\r\f])/g;

export default defineRule({
  code: 'GR501',
  name: 'export-debris',
  severity: 'warning',
  fixable: true,
  category: 'text',
  summary: {
    zh: '转换残留：[bookmark: …] 书签、<http://…> 自动链接、分页符',
    en: 'Conversion leftovers: [bookmark: …], <http://…> autolinks, stray form feeds',
  },
  check({ model, report }) {
    const { text } = model.source;
    // Most texts have none of the three: a search for each is cheaper than the pattern
    // (its look-behind is tried at every character).
    if (!text.includes('[bookmark:') && !text.includes('<http') && !text.includes('\f')) return;
    DEBRIS.lastIndex = 0;
    for (let m = DEBRIS.exec(text); m; m = DEBRIS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const address = m[1];
      const problem: Problem =
        address !== undefined
          ? {
              start,
              end,
              message: { zh: `链接带着转换留下的尖括号：${m[0]}`, en: `A link still wears the converter's angle brackets: ${m[0]}` },
              fix: {
                title: { zh: '去掉尖括号', en: 'Remove the angle brackets' },
                edits: [{ start, end, newText: address }],
                kind: 'text',
              },
            }
          : m[0] === '\f'
            ? {
                start,
                end,
                message: { zh: '转换留下的分页符', en: 'A page break (form feed) left by the conversion' },
                fix: { title: { zh: '删除分页符', en: 'Remove the page break' }, edits: [{ start, end, newText: '' }], kind: 'text' },
              }
            : {
                start,
                end,
                message: { zh: `转换留下的书签标记：${m[0]}`, en: `A bookmark left by the conversion: ${m[0]}` },
                fix: { title: { zh: '删除书签标记', en: 'Remove the bookmark' }, edits: [{ start, end, newText: '' }], kind: 'text' },
              };
      report(problem);
    }
  },
});
