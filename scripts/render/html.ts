// The report as a government portal's article page publishes it: TRS-like CMS markup,
// paragraphs with text-indent, <table> with rowspan/colspan, <p> inside cells, &nbsp;
// after labels, <br/> in empty cells, the signature right-aligned.

import type { Block, ReportDoc, TableBlock } from './report';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BORDER = 'border-width: 1px; border-style: solid; border-color: rgb(0, 0, 0);';

function table(t: TableBlock, paragraphs: boolean): string {
  const out: string[] = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse: collapse;">'];
  t.rows.forEach((row, r) => {
    if (r === 0 && t.headerRows > 0) out.push('<thead>');
    if (r === t.headerRows) out.push('<tbody>');
    const tag = r < t.headerRows ? 'th' : 'td';
    const cells = row.map((c) => {
      const span = `${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
      // Word pastes leave a non-breaking space after many labels; empty cells hold <br/>.
      const text = /\d$/.test(c.text) ? esc(c.text) : `${esc(c.text)}&nbsp;`;
      const body = c.text === '' ? '<br/>' : paragraphs ? `<p>${text}</p>` : text;
      return `<${tag} valign="center"${span} style="${BORDER}">${body}</${tag}>`;
    });
    out.push(`<tr>${cells.join('')}</tr>`);
    if (r === t.headerRows - 1) out.push('</thead>');
  });
  out.push('</tbody></table>');
  return out.join('\n');
}

function block(b: Block, paragraphs: boolean): string {
  switch (b.kind) {
    case 'title':
      return '';
    case 'heading':
      return `<p style="text-indent: 2em;"><strong>${esc(b.text)}</strong></p>`;
    case 'para':
      return `<p style="text-indent: 2em;">${esc(b.text)}</p>`;
    case 'signature':
      return `<p style="text-align: right;">${esc(b.text)}</p>`;
    case 'table':
      return table(b, paragraphs);
  }
}

/**
 * The article excerpt of the page: title <div>, source and time line, content <div>.
 * `paragraphs`: cells hold <p> as Word pastes leave them (true), or bare text as simpler
 * CMS editors write it (false; what the Markdown family is converted from, since
 * turndown-plugin-gfm breaks a <p> cell over blank lines).
 */
export function renderHtml(doc: ReportDoc, paragraphs = true): string {
  const time = doc.published ? `时间：${doc.published}` : '';
  return [
    '<div class="article_title_group">',
    `  <div class="article_title text_align_center">${esc(doc.title)}</div>`,
    '</div>',
    `<div class="article_extend"><span class="article_source">来源：</span> <span class="article_time">${time}</span></div>`,
    '<div class="article_con" id="zoom">',
    '<div class="TRS_Editor">',
    ...doc.blocks.map((b) => block(b, paragraphs)).filter((s) => s !== ''),
    '</div>',
    '</div>',
    '',
  ].join('\n');
}
