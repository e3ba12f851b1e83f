// A report as a document to render: title, headings, paragraphs and the three tables as
// grids with merged cells, the way the national format prints them. Read from a fixture's
// text with the engine's parser; every label and every value is the fixture's own text
// (typos, blanks and wrong numbers included), only the layout is the format's.

import { parse } from '../../server/src/engine';
import type { ReportModel, Table, TableRow } from '../../server/src/engine/model';
import { TABLE2_COLUMNS, TABLE2_CORNER, TABLE2_GROUPS, TABLE2_ROWS } from '../../server/src/engine/format/table2';
import { TABLE3_COLUMNS } from '../../server/src/engine/format/table3';

/** One cell of a rendered table; cells covered by a merge are left out of their rows. */
export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableBlock {
  kind: 'table';
  id: 1 | 2 | 3;
  width: number;
  /** How many leading rows are the header (printed as <th> in HTML). */
  headerRows: number;
  rows: GridCell[][];
}

export type Block = { kind: 'title' | 'heading' | 'para' | 'signature'; text: string } | TableBlock;

export interface ReportDoc {
  name: string;
  title: string;
  /** The publication date written in the fixture, as YYYY-MM-DD HH:mm, if any. */
  published?: string;
  blocks: Block[];
}

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
const halfToFull = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，');
const key = (s: string) => halfToFull(squeeze(s));

export function readReport(name: string, text: string): ReportDoc {
  const model = parse(text);
  const { source } = model;
  const headingLines = new Set(model.sections.map((s) => s.heading.line));
  const blocks: Block[] = [];
  const titleLines: string[] = [];
  let line = 0;
  while (line < source.lineCount) {
    const table = model.tables.find((t) => t.firstLine === line);
    if (table) {
      blocks.push(renderTable(table));
      line = table.lastLine + 1;
      continue;
    }
    const raw = source.lineText(line).trim();
    if (raw !== '') {
      if (model.title && line >= model.title.firstLine && line <= model.title.lastLine) titleLines.push(raw);
      else if (headingLines.has(line)) blocks.push({ kind: 'heading', text: raw });
      else blocks.push({ kind: 'para', text: raw });
    }
    line++;
  }
  const title = titleLines.join('');
  if (title) blocks.unshift({ kind: 'title', text: title });
  markSignature(blocks);
  return { name, title, published: published(model), blocks };
}

function published(model: ReportModel): string | undefined {
  const d = model.publication?.date;
  if (!d?.year) return undefined;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${d.year.value}-${p2(d.month.value)}-${p2(d.day.value)} 09:00`;
}

/** The unit's name and the date at the very end are printed right-aligned. */
function markSignature(blocks: Block[]): void {
  const n = blocks.length;
  const last = blocks[n - 1];
  if (last?.kind !== 'para' || !/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(last.text)) return;
  last.kind = 'signature';
  const before = blocks[n - 2];
  if (before?.kind === 'para' && before.text.length <= 30 && !/[。；：]/.test(before.text)) before.kind = 'signature';
}

function renderTable(table: Table): TableBlock {
  if (table.id === 1) return renderTable1(table);
  if (table.id === 2) return renderTable2(table);
  return renderTable3(table);
}

/** The cells of a row that hold no value: its labels, as written. */
function labelTexts(row: TableRow): string[] {
  const values = new Set(row.values.map((v) => v.start));
  return row.grid.cells.filter((c) => c.text !== '' && !values.has(c.start)).map((c) => c.text);
}

/** Labels matched to the format, by canonical label, in the order they are written. */
function labelQueue(table: Table, what: 'row' | 'column' | 'heading'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of table.labels) {
    if (l.what !== what) continue;
    const list = out.get(l.canonical) ?? [];
    list.push(l.span.text);
    out.set(l.canonical, list);
  }
  return out;
}

function take(queue: Map<string, string[]>, canonical: string): string {
  return queue.get(canonical)?.shift() ?? canonical;
}

/** n values spread over the three value columns of table 1. */
function spread1(cells: string[]): GridCell[] {
  if (cells.length === 1) return [{ text: cells[0], colSpan: 3 }];
  if (cells.length === 2) return [{ text: cells[0] }, { text: cells[1], colSpan: 2 }];
  return cells.map((text) => ({ text }));
}

function renderTable1(table: Table): TableBlock {
  const rows: GridCell[][] = [];
  for (const row of table.rows) {
    const labels = labelTexts(row);
    if (row.kind === 'heading') rows.push([{ text: labels.join(''), colSpan: 4 }]);
    else if (row.kind === 'header') rows.push([{ text: labels[0] ?? '' }, ...spread1(labels.slice(1))]);
    else if (row.kind === 'data') rows.push([{ text: labels.join('') }, ...spread1(row.values.map((v) => v.text))]);
    else rows.push(spread1(row.grid.cells.map((c) => c.text).filter((t) => t !== '')));
  }
  return { kind: 'table', id: 1, width: 4, headerRows: 1, rows };
}

const RESULTS = TABLE2_GROUPS[0];
const SUBGROUPS = TABLE2_GROUPS.slice(1);
const specByKey = new Map(TABLE2_ROWS.map((r) => [r.key, r]));

/** Where a table 2 row sits: outside 三, directly under 三, or in one of 三's sub-groups. */
function level(row: TableRow): { underResults: boolean; group?: string } {
  const k = row.spec?.key;
  if (!k || k === 'new' || k === 'carried' || k === 'carryOver') return { underResults: false };
  const group = specByKey.get(k)?.group;
  return { underResults: true, group: group && SUBGROUPS.includes(group) ? group : undefined };
}

function renderTable2(table: Table): TableBlock {
  const columns = labelQueue(table, 'column');
  const groupText = (canonical: string) => {
    for (const row of table.rows) for (const c of row.grid.cells) if (c.text !== '' && key(c.text) === key(canonical)) return c.text;
    return canonical;
  };
  const rows: GridCell[][] = [];
  const hasHeader = table.rows.some((r) => r.kind === 'header');
  if (hasHeader) {
    const corner = table.rows.flatMap((r) => r.grid.cells).find((c) => /勾稽/.test(c.text))?.text;
    rows.push([
      { text: corner ?? TABLE2_CORNER, colSpan: 3, rowSpan: 3 },
      { text: take(columns, '申请人情况'), colSpan: 7 },
    ]);
    rows.push([
      { text: take(columns, TABLE2_COLUMNS[0].label), rowSpan: 2 },
      { text: take(columns, '法人或其他组织'), colSpan: 5 },
      { text: take(columns, TABLE2_COLUMNS[6].label), rowSpan: 2 },
    ]);
    rows.push(TABLE2_COLUMNS.slice(1, 6).map((c) => ({ text: take(columns, c.label) })));
  }
  const data = table.rows.filter((r) => r.kind !== 'header');
  const levels = data.map(level);
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    const lv = levels[i];
    // The row's own label; a group label written in front of it is printed in its merged
    // cell. The trial format's （六）其他处理 row is a group label with numbers of its own.
    const groups = new Set(TABLE2_GROUPS.map(key));
    const own = labelTexts(row).filter((t) => !groups.has(key(t)));
    const label = (own.length > 0 ? own : labelTexts(row)).join('');
    const values = row.values.map((v) => ({ text: v.text }));
    const cells: GridCell[] = [];
    if (lv.underResults && (i === 0 || !levels[i - 1].underResults)) {
      let n = 0;
      while (i + n < data.length && levels[i + n].underResults) n++;
      cells.push({ text: groupText(RESULTS), rowSpan: n });
    }
    if (lv.group && (i === 0 || levels[i - 1].group !== lv.group)) {
      let n = 0;
      while (i + n < data.length && levels[i + n].group === lv.group) n++;
      cells.push({ text: groupText(lv.group), rowSpan: n });
    }
    const span = !lv.underResults ? 3 : lv.group ? 1 : 2;
    cells.push({ text: label, colSpan: span }, ...values);
    rows.push(cells);
  }
  return { kind: 'table', id: 2, width: 10, headerRows: hasHeader ? 3 : 0, rows };
}

function renderTable3(table: Table): TableBlock {
  const columns = labelQueue(table, 'column');
  const rows: GridCell[][] = [];
  const hasHeader = table.rows.some((r) => r.kind === 'header');
  if (hasHeader) {
    const five = () => TABLE3_COLUMNS.map((c) => take(columns, c.label));
    rows.push([
      { text: take(columns, '行政复议'), colSpan: 5 },
      { text: take(columns, '行政诉讼'), colSpan: 10 },
    ]);
    rows.push([
      ...five().map((text) => ({ text, rowSpan: 2 })),
      { text: take(columns, '未经复议直接起诉'), colSpan: 5 },
      { text: take(columns, '复议后起诉'), colSpan: 5 },
    ]);
    rows.push([...five(), ...five()].map((text) => ({ text })));
  }
  for (const row of table.rows) if (row.kind !== 'header') rows.push(row.values.map((v) => ({ text: v.text })));
  return { kind: 'table', id: 3, width: 15, headerRows: hasHeader ? 3 : 0, rows };
}
