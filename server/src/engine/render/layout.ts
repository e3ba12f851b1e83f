// Writes rows of cells back as text in a table's own layout, for the fixes that insert
// a missing row or a whole missing table.

import type { Layout } from '../model';

/** One row as text lines (without line endings). */
export function rowLines(cells: string[], layout: Layout, width = cells.length): string[] {
  const padded = cells.concat(Array(Math.max(0, width - cells.length)).fill(''));
  switch (layout) {
    case 'tab':
      return [padded.join('\t')];
    case 'cellPerLine':
      return cells.map((c) => `\t${c}`);
    case 'pipe':
      return [`${padded.join(' | ')} |`];
    case 'markdown':
      return [`| ${padded.join(' | ')} |`];
    case 'html':
      return [`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`];
  }
}

/** Several rows as a block of lines; one cell per line separates rows by a blank line. */
export function tableLines(rows: string[][], layout: Layout): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const lines: string[] = layout === 'html' ? ['<table>'] : [];
  rows.forEach((row, i) => {
    if (layout === 'cellPerLine' && i > 0) lines.push('');
    // One cell a line is never padded (rowLines writes only the row's own cells).
    lines.push(...rowLines(row, layout, width));
    if (layout === 'markdown' && i === 0) lines.push(`|${' --- |'.repeat(width)}`);
  });
  if (layout === 'html') lines.push('</table>');
  return lines;
}
