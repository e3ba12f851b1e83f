// Builds a real .docx from an HTML report page with the `docx` library, as a clerk's Word
// would have it: paragraphs, and tables whose merged cells are real Word merges
// (gridSpan for colspan, vMerge for rowspan). Used by the CLI tests and by
// scripts/make-cli-fixtures.ts (which turns the .docx into a PDF with LibreOffice).

import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { parseDocument } from 'htmlparser2';

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'li', 'br', 'tr', 'section', 'article']);

function text(node: Node): string {
  if (node.type === 'text') return (node.data ?? '').replace(/[ \t\r\n]+/g, ' ');
  if (node.name === 'script' || node.name === 'style') return '';
  return (node.children ?? []).map(text).join('');
}

function cellParagraphs(cell: Node): Paragraph[] {
  const lines: string[] = [];
  let current = '';
  const visit = (n: Node) => {
    if (n.type === 'text') current += text(n);
    else if (BLOCK.has(n.name ?? '')) {
      if (current.trim()) lines.push(current.trim());
      current = '';
      (n.children ?? []).forEach(visit);
      if (current.trim()) lines.push(current.trim());
      current = '';
    } else (n.children ?? []).forEach(visit);
  };
  (cell.children ?? []).forEach(visit);
  if (current.trim()) lines.push(current.trim());
  return (lines.length > 0 ? lines : ['']).map((l) => new Paragraph({ children: [new TextRun({ text: l, size: 14 })] }));
}

function rowsOf(table: Node): Node[] {
  const rows: Node[] = [];
  const visit = (n: Node) => {
    for (const c of n.children ?? []) {
      if (c.name === 'tr') rows.push(c);
      else if (c.name === 'tbody' || c.name === 'thead' || c.name === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

function wordTable(table: Node): Table {
  const rows = rowsOf(table).map(
    (tr) =>
      new TableRow({
        children: (tr.children ?? [])
          .filter((c) => c.name === 'td' || c.name === 'th')
          .map(
            (td) =>
              new TableCell({
                children: cellParagraphs(td),
                columnSpan: Number(td.attribs?.colspan ?? 1),
                // 1.6 times the page's own widths on a landscape page: no label wraps, so the
                // PDF's rows stay one line each.
                width: { size: Number(td.attribs?.width ?? 40) * 24, type: WidthType.DXA },
                rowSpan: Number(td.attribs?.rowspan ?? 1),
              }),
          ),
      }),
  );
  return new Table({ rows });
}

/** The body of an HTML report as Word paragraphs and tables. */
function blocks(html: string): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) out.push(new Paragraph({ children: [new TextRun({ text: current.trim(), size: 21 })] }));
    current = '';
  };
  const visit = (n: Node) => {
    if (n.type === 'text') current += text(n);
    else if (n.name === 'table') {
      flush();
      out.push(wordTable(n));
    } else if (n.name === 'script' || n.name === 'style') return;
    else if (BLOCK.has(n.name ?? '')) {
      flush();
      (n.children ?? []).forEach(visit);
      flush();
    } else (n.children ?? []).forEach(visit);
  };
  visit(parseDocument(html) as unknown as Node);
  flush();
  return out;
}

export async function htmlReportToDocx(html: string): Promise<Buffer> {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Noto Serif CJK SC' } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { left: 500, right: 500 } } },
        children: blocks(html),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
