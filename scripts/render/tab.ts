// The report back as TAB text, one table row per line with merged cells left empty, as
// Word's "save as text" gives it. Not a committed family (the seeds are already TAB
// text); the generator uses it to check that a rendered document still holds every
// label and value of its original: the TAB text must get the original's findings.

import type { Block, ReportDoc, TableBlock } from './report';

function grid(t: TableBlock): string[] {
  const covered: boolean[][] = t.rows.map(() => Array<boolean>(t.width).fill(false));
  const lines: string[] = [];
  t.rows.forEach((row, r) => {
    const out = Array<string>(t.width).fill('');
    let col = 0;
    for (const c of row) {
      while (col < t.width && covered[r][col]) col++;
      out[col] = c.text;
      for (let dr = 0; dr < (c.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (c.colSpan ?? 1); dc++) if (covered[r + dr]) covered[r + dr][col + dc] = true;
      col += c.colSpan ?? 1;
    }
    lines.push(out.join('\t'));
  });
  return lines;
}

const line = (b: Block): string[] => (b.kind === 'table' ? grid(b) : [b.text]);

export function renderTab(doc: ReportDoc): string {
  return doc.blocks.flatMap(line).join('\n') + '\n';
}
