// The document's outline (title → sections → sub-headings and tables → table blocks) and
// its folding ranges, from the model.

import type { FoldingRange, OutlineNode, Range } from './types';
import type { ReportModel, Table, TableRow } from './model';
import type { SourceText } from './text/source';
import { TABLE_NAMES } from './i18n';
import { table1Blocks } from './format/table1';
import { TABLE3_COLUMNS, TABLE3_GROUPS } from './format/table3';
import { sectionSpec } from './format/sections';

const TABLE_TITLES: Record<1 | 2 | 3, string> = {
  1: '主动公开政府信息情况',
  2: '收到和处理政府信息公开申请情况',
  3: '政府信息公开行政复议、行政诉讼情况',
};

function node(kind: OutlineNode['kind'], name: string, range: Range, selectionRange: Range, children: OutlineNode[] = []): OutlineNode {
  return { kind, name, range, selectionRange, children };
}

function rowsRange(src: SourceText, rows: TableRow[]): Range {
  return src.linesRange(rows[0].grid.firstLine, rows[rows.length - 1].grid.lastLine);
}

/** Splits rows into runs that start where `starts` says. */
function runs(rows: TableRow[], starts: (row: TableRow) => string | undefined): { name: string; rows: TableRow[] }[] {
  const out: { name: string; rows: TableRow[] }[] = [];
  for (const row of rows) {
    const name = starts(row);
    if (name !== undefined || out.length === 0) out.push({ name: name ?? '', rows: [] });
    out[out.length - 1].rows.push(row);
  }
  return out.filter((r) => r.name !== '');
}

function tableBlocks(src: SourceText, table: Table): OutlineNode[] {
  if (table.id === 1) {
    return runs(table.rows, (r) =>
      r.kind === 'heading' ? table1Blocks(table.format).find((b) => b.key === r.block)?.heading : undefined,
    ).map((b) => node('block', b.name, rowsRange(src, b.rows), src.lineRange(b.rows[0].grid.firstLine)));
  }
  if (table.id === 2) {
    const starts: Record<string, string> = {
      new: '一、本年新收政府信息公开申请数量',
      carried: '二、上年结转政府信息公开申请数量',
      disclosed: '三、本年度办理结果',
      carryOver: '四、结转下年度继续办理',
    };
    return runs(table.rows, (r) => (r.kind === 'header' && r === table.rows[0] ? '表头' : r.spec ? starts[r.spec.key] : undefined)).map(
      (b) => node('block', b.name, rowsRange(src, b.rows), src.lineRange(b.rows[0].grid.firstLine)),
    );
  }
  const row = table.data.get('appeals');
  if (!row || row.malformed) return [];
  const width = TABLE3_COLUMNS.length;
  return TABLE3_GROUPS.map((g, i) => {
    const cells = row.values.slice(i * width, i * width + width);
    const range = src.range(cells[0].start, cells[cells.length - 1].end);
    return node('block', g.short.zh, range, range);
  });
}

function tableNode(src: SourceText, table: Table): OutlineNode {
  const range = src.linesRange(table.firstLine, table.lastLine);
  return node(
    'table',
    `${TABLE_NAMES[table.id].zh} ${TABLE_TITLES[table.id]}`,
    range,
    src.lineRange(table.firstLine),
    tableBlocks(src, table),
  );
}

export function outline(model: ReportModel): OutlineNode[] {
  const src = model.source;
  const out: OutlineNode[] = [];
  const { title } = model;
  if (title) out.push(node('title', title.text, src.range(title.start, title.end), src.range(title.start, title.end)));
  const placed = new Set<Table>();
  for (const section of model.sections) {
    const children: OutlineNode[] = [];
    for (const sub of section.subheadings) {
      // A sub-heading's text stops where a table starts: the table is its own symbol.
      const table = model.tables.find((t) => t.firstLine > sub.line && t.firstLine <= sub.lastLine);
      const last = table ? Math.max(sub.line, table.firstLine - 1) : sub.lastLine;
      children.push(node('subheading', sub.name, src.linesRange(sub.line, last), src.lineRange(sub.line)));
    }
    for (const table of model.tables) {
      if (table.firstLine > section.firstLine && table.lastLine <= section.lastLine) {
        children.push(tableNode(src, table));
        placed.add(table);
      }
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line);
    const heading = src.range(section.heading.start, section.heading.end);
    const name = src.text.slice(section.heading.start, section.heading.end);
    const item = node(
      'section',
      name.length > 40 ? `${sectionSpec(section.id).numeral}、${section.heading.title}` : name,
      src.linesRange(section.firstLine, section.lastLine),
      heading,
      children,
    );
    out.push(item);
  }
  for (const table of model.tables) if (!placed.has(table)) out.push(tableNode(src, table));
  return out;
}

export function foldingRanges(model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  // Lines of the parsed text, as lines of the text as written (they differ when the
  // parser read a view, e.g. of an HTML page).
  const src = model.source;
  const fold = (first: number, last: number) => {
    const startLine = src.positionAt(src.lineStarts[first]).line;
    const endLine = src.positionAt(src.lineEnd(last)).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  for (const s of model.sections) if (s.lastLine > s.firstLine) fold(s.firstLine, s.lastLine);
  for (const t of model.tables) if (t.lastLine > t.firstLine) fold(t.firstLine, t.lastLine);
  for (const s of model.sections) {
    for (const sub of s.subheadings) if (sub.lastLine > sub.line) fold(sub.line, Math.min(sub.lastLine, s.lastLine));
  }
  return ranges;
}
