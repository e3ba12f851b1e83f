// The report as a clerk's Word file: A4, 仿宋-sized body text with a first-line indent,
// a centred title, bold headings, real tables with merged cells (vertical merges for
// 三、本年度办理结果 and its groups, horizontal ones for block headings and headers), and
// page numbers in the footer (— 1 —, -1- or 第 1 页). LibreOffice turns it into the PDF.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, ReportDoc, TableBlock } from './report';

const FONT = 'Noto Serif CJK SC';
const BODY = 32; // half-points: 16 pt, 三号, as government documents are set
const CELL = 21; // 10.5 pt, 五号

const run = (text: string, size: number, bold = false) => new TextRun({ text, size, bold, font: { eastAsia: FONT, ascii: FONT } });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
// Tables drawn without borders, as some offices set them (and as a web page pasted into Word
// comes out): the PDF then has the text's positions only, no lines to rebuild cells from.
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none };

export type CellAlign = 'center' | 'top' | 'bottom';

/** Column widths in twips (9000 across the text area): label columns wider, as clerks set them. */
function widths(t: TableBlock, narrow: boolean): number[] {
  if (t.id === 1) return [2700, 2100, 2100, 2100];
  // Narrow label columns break 三、本年度办理结果 one character per line, as many reports do.
  if (t.id === 2) return narrow ? [480, 900, 2000, ...Array<number>(7).fill(803)] : [800, 1300, 2300, ...Array<number>(7).fill(657)];
  return Array<number>(15).fill(600);
}

function table(t: TableBlock, narrow: boolean, ruled: boolean, align: CellAlign): Table {
  const cols = widths(t, narrow);
  return new Table({
    width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: cols,
    ...(ruled ? {} : { borders: TableBorders.NONE }),
    // Cells covered by a vertical merge are left out of their rows; docx writes the
    // continuation cells itself.
    rows: t.rows.map((row) => {
      return new TableRow({
        children: row.map(
          (c) =>
            new TableCell({
              columnSpan: c.colSpan,
              rowSpan: c.rowSpan,
              borders: ruled ? borders : noBorders,
              verticalAlign: align === 'bottom' ? VerticalAlign.BOTTOM : align === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.text, CELL)] })],
            }),
        ),
      });
    }),
  });
}

function block(b: Block, narrow: boolean, ruled: boolean, align: CellAlign): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(b.text, 44, true)] })];
    case 'heading':
      return [new Paragraph({ indent: { firstLine: 640 }, children: [run(b.text, BODY, true)] })];
    case 'para':
      return [new Paragraph({ indent: { firstLine: 640 }, children: [run(b.text, BODY)] })];
    case 'signature':
      return [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text, BODY)] })];
    case 'table':
      // An empty paragraph after a table, as Word keeps one.
      return [table(b, narrow, ruled, align), new Paragraph({ children: [] })];
  }
}

/** Page-number footers as offices write them: — 1 —, -1-, 第 1 页. */
const FOOTERS: [string, string][] = [
  ['— ', ' —'],
  ['-', '-'],
  ['第 ', ' 页'],
];

/**
 * `style` varies the page-number footer (FOOTERS, in turn) and, when odd, narrows table 2's
 * label columns; `ruled: false` draws the tables without borders; `align` sets where a cell's
 * text stands in a row taller than it (Word's 居中 by default).
 */
export async function renderDocx(doc: ReportDoc, style = 0, ruled = true, align: CellAlign = 'center'): Promise<Buffer> {
  const [before, after] = FOOTERS[style % FOOTERS.length];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(before, 28), new TextRun({ children: [PageNumber.CURRENT], size: 28 }), run(after, 28)],
      }),
    ],
  });
  const document = new Document({
    creator: 'gov-report-lint render-layouts',
    title: doc.title,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        footers: { default: footer },
        children: doc.blocks.flatMap((b) => block(b, style % 2 === 1, ruled, align)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
