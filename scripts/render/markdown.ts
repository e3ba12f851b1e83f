// The report as a web-to-Markdown converter gives it: turndown over the HTML rendering,
// with turndown-plugin-gfm for tables. Merged cells are flattened by the converter, so
// rows come out with fewer cells than the header, and header rows repeat their separator.

import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

export function renderMarkdown(html: string): string {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  service.use(gfm);
  // The article title <div> is the page's heading.
  service.addRule('articleTitle', {
    filter: (node) => node.nodeName === 'DIV' && /\barticle_title\b/.test(node.getAttribute('class') ?? ''),
    replacement: (content) => `\n\n# ${content.trim()}\n\n`,
  });
  return service.turndown(html) + '\n';
}
