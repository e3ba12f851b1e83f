import { defineRule, type Problem } from './rule';
import { fastPaths } from '../fast';

/**
 * Leftovers of converting Word or web pages to text: pandoc's `[bookmark: _GoBack]`,
 * Markdown autolinks `<http://…>` (the address itself is kept, only its brackets go),
 * and stray form feeds inside a line. A form feed at the start or end of a line is a
 * page boundary of PDF text (pdftotext writes one per page): the layout, not debris.
 */
const DEBRIS = /\[bookmark:[^\]\n[]*\]|<(https?:\/\/[^<>\s]+)>|(?<=[^\n\r\f])\f(?=[^\n\r\f])/g;
/** The same, matched only at the place given (lastIndex). */
const DEBRIS_AT = new RegExp(DEBRIS.source, 'y');

/** The next place at or after `from` where `mark` is: `at` again when it is still ahead. */
function nextMark(text: string, mark: string, at: number, from: number): number {
  return at < 0 || at >= from ? at : text.indexOf(mark, from);
}

/**
 * DEBRIS's matches in `text`, left to right. Each of its three alternatives starts with a
 * mark of its own ([bookmark:, <http, a form feed), so a match can start only where one of
 * them is: the pattern is tried there alone, not at every character (with its look-behind,
 * a pass over a report cost some 7 µs on texts that have one of the marks somewhere).
 */
export function debrisIn(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.debris) {
    DEBRIS.lastIndex = 0;
    for (let m = DEBRIS.exec(text); m; m = DEBRIS.exec(text)) found.push(m);
    return found;
  }
  // Where each mark is next (-1: nowhere after); most texts have none of them.
  let bookmark = text.indexOf('[bookmark:');
  let link = text.indexOf('<http');
  let feed = text.indexOf('\f');
  let from = 0;
  for (;;) {
    bookmark = nextMark(text, '[bookmark:', bookmark, from);
    link = nextMark(text, '<http', link, from);
    feed = nextMark(text, '\f', feed, from);
    let at = bookmark;
    if (link >= 0 && (at < 0 || link < at)) at = link;
    if (feed >= 0 && (at < 0 || feed < at)) at = feed;
    if (at < 0) return found;
    DEBRIS_AT.lastIndex = at;
    const m = DEBRIS_AT.exec(text);
    // The global pattern goes on after a match's end (none is empty), or from the next place.
    if (m) found.push(m);
    from = m ? at + m[0].length : at + 1;
  }
}

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
    const found = debrisIn(model.source.text);
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
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
