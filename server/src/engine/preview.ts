// The three tables drawn as the national format prints them (merged headers, the row
// labels' groups), filled with the figures read from the report. Each number cell carries
// its offsets, so a click in the editor's preview jumps to it, and the findings on it, so
// a wrong cell stands out with its message. Pure HTML fragment; the caller wraps it in a
// page with its own styles and content security policy.

import type { Cell, ReportModel, Table, TableRow } from './model';
import { writtenExtentOf } from './model';
import type { Finding, Locale } from './types';
import type { SourceText } from './text/source';
import { TABLE_NAMES, pick } from './i18n';
import { table1Blocks } from './format/table1';
import { TABLE2_COLUMNS, TABLE2_CORNER, TABLE2_GROUPS, TABLE2_OTHER_2019, table2Rows } from './format/table2';
import type { RowSpec } from './format/labels';
import { TABLE3_COLUMNS, TABLE3_GROUPS } from './format/table3';
import { APPEALS_ROW } from './parse/table3';

const TITLES: Record<1 | 2 | 3, string> = {
  1: '主动公开政府信息情况',
  2: '收到和处理政府信息公开申请情况',
  3: '政府信息公开行政复议、行政诉讼情况',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

interface Placed {
  start: number;
  end: number;
  finding: Finding;
}

/** Findings by their offsets in the text as written, to find those on a cell. */
function place(findings: readonly Finding[], source: SourceText): Placed[] {
  const written = source.original;
  return findings.map((finding) => ({ start: written.offsetAt(finding.range.start), end: written.offsetAt(finding.range.end), finding }));
}

/** Ranges overlap; an empty range (a blank cell, a finding at a point) counts as its position. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end) return a.start >= b.start && a.start <= b.end;
  if (b.start === b.end) return b.start >= a.start && b.start < a.end;
  return a.start < b.end && a.end > b.start;
}

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'] as const;

class Writer {
  constructor(
    private readonly placed: Placed[],
    private readonly locale: Locale,
    private readonly source: SourceText,
  ) {}

  numberCell(cell: Cell | undefined): string {
    if (!cell) {
      const title = this.locale === 'zh' ? '报告中没有这一格' : 'not in the report';
      return `<td class="num missing" title="${title}">—</td>`;
    }
    const at = writtenExtentOf(cell, this.source);
    const on = this.placed.filter((p) => overlaps(p, at));
    const worst = SEVERITY_ORDER.find((s) => on.some((p) => p.finding.severity === s));
    const classes = ['num', cell.status !== 'ok' ? cell.status : '', worst ?? ''].filter(Boolean).join(' ');
    const title = on.map((p) => `${p.finding.code} ${p.finding.message}`).join('\n');
    const text = cell.text === '' ? '&nbsp;' : escapeHtml(cell.text);
    return `<td class="${classes}" data-start="${at.start}" data-end="${at.end}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</td>`;
  }

  /** `count` cells; the last spans `lastSpan` columns (table 1's narrower blocks). */
  numberCells(row: TableRow | undefined, count: number, lastSpan = 1): string {
    const cells: string[] = [];
    for (let i = 0; i < count; i++) {
      const html = this.numberCell(row && !row.malformed ? row.values[i] : undefined);
      cells.push(i === count - 1 && lastSpan > 1 ? html.replace('<td ', `<td colspan="${lastSpan}" `) : html);
    }
    return cells.join('');
  }
}

const th = (text: string, attrs = '') => `<th${attrs ? ` ${attrs}` : ''}>${escapeHtml(text)}</th>`;

function table1(table: Table, w: Writer): string {
  const blocks = table1Blocks(table.format);
  const width = Math.max(...blocks.map((b) => b.columns.length));
  const rows: string[] = [];
  for (const block of blocks) {
    rows.push(`<tr>${th(block.heading, `colspan="${width}" class="block"`)}</tr>`);
    const span = (i: number, n: number) => (i === n - 1 && n < width ? ` colspan="${width - n + 1}"` : '');
    rows.push(`<tr>${block.columns.map((c, i) => th(c.label, span(i, block.columns.length).trim())).join('')}</tr>`);
    for (const spec of block.rows) {
      const row = table.data.get(spec.key);
      const n = block.columns.length - 1;
      rows.push(`<tr>${th(spec.label, 'class="label"')}${w.numberCells(row, n, width - n)}</tr>`);
    }
  }
  return rows.join('\n');
}

function table2(table: Table, w: Writer): string {
  const specs = table2Rows(table.format);
  const middle = TABLE2_COLUMNS.slice(1, -1);
  const rows: string[] = [
    `<tr>${th(TABLE2_CORNER, 'rowspan="3" colspan="3" class="corner"')}${th('申请人情况', `colspan="${TABLE2_COLUMNS.length}"`)}</tr>`,
    `<tr>${th(TABLE2_COLUMNS[0].label, 'rowspan="2"')}${th('法人或其他组织', `colspan="${middle.length}"`)}${th('总计', 'rowspan="2"')}</tr>`,
    `<tr>${middle.map((c) => th(c.label)).join('')}</tr>`,
  ];
  // Row labels span up to three columns: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.
  // The trial format's single （六）其他处理 row has no group of its own but sits under 三.
  const top = TABLE2_GROUPS[0];
  const groupOf = (spec: RowSpec) => spec.group ?? (spec.key === TABLE2_OTHER_2019.key ? top : undefined);
  const spans = new Map<string, { first: string; rows: number }>();
  for (const spec of specs) {
    const group = groupOf(spec);
    if (!group) continue;
    for (const g of group === top ? [top] : [top, group]) {
      const span = spans.get(g) ?? { first: spec.key, rows: 0 };
      span.rows++;
      spans.set(g, span);
    }
  }
  const opens = (g: string, spec: RowSpec) => spans.get(g)?.first === spec.key;
  for (const spec of specs) {
    const group = groupOf(spec);
    let labels: string;
    if (!group) {
      labels = th(spec.label, 'colspan="3" class="label"');
    } else {
      labels = opens(top, spec) ? th(top, `rowspan="${spans.get(top)?.rows}" class="group"`) : '';
      if (group !== top) {
        if (opens(group, spec)) labels += th(group, `rowspan="${spans.get(group)?.rows}" class="group"`);
        labels += th(spec.label, 'class="label"');
      } else {
        labels += th(spec.label, 'colspan="2" class="label"');
      }
    }
    rows.push(`<tr>${labels}${w.numberCells(table.data.get(spec.key), TABLE2_COLUMNS.length)}</tr>`);
  }
  return rows.join('\n');
}

function table3(table: Table, w: Writer): string {
  const width = TABLE3_COLUMNS.length;
  const [review, ...litigation] = TABLE3_GROUPS;
  return [
    `<tr>${th(review.label, `colspan="${width}"`)}${th('行政诉讼', `colspan="${width * litigation.length}"`)}</tr>`,
    `<tr>${TABLE3_COLUMNS.map((c) => th(c.label, 'rowspan="2"')).join('')}${litigation.map((g) => th(g.label, `colspan="${width}"`)).join('')}</tr>`,
    `<tr>${litigation.map(() => TABLE3_COLUMNS.map((c) => th(c.label)).join('')).join('')}</tr>`,
    `<tr>${w.numberCells(table.data.get(APPEALS_ROW), width * TABLE3_GROUPS.length)}</tr>`,
  ].join('\n');
}

/** The report's tables as HTML, in the format's layout, with the findings on their cells. */
export function renderTablesHtml(model: ReportModel, findings: readonly Finding[], locale: Locale): string {
  const w = new Writer(place(findings, model.source), locale, model.source);
  const written = model.source.original;
  const out: string[] = [];
  for (const id of [1, 2, 3] as const) {
    const table = model.tables.find((t) => t.id === id);
    const heading = `${pick(locale, TABLE_NAMES[id])} ${TITLES[id]}`;
    if (!table) {
      const none = locale === 'zh' ? '报告中没有找到这张表。' : 'This table was not found in the report.';
      out.push(`<section class="table"><h2>${escapeHtml(heading)}</h2><p class="absent">${none}</p></section>`);
      continue;
    }
    const body = id === 1 ? table1(table, w) : id === 2 ? table2(table, w) : table3(table, w);
    // The table's lines, and the findings on them, in the text as written.
    const first = model.source.positionAt(model.source.lineStarts[table.firstLine]).line;
    const last = model.source.positionAt(model.source.lineEnd(table.lastLine)).line;
    const problems = findings.filter((f) => f.range.start.line >= first && f.range.start.line <= last);
    const list = problems
      .map((f) => {
        const line = f.range.start.line;
        const start = written.offsetAt(f.range.start);
        const end = written.offsetAt(f.range.end);
        return `<li class="${f.severity}" data-start="${start}" data-end="${end}"><span class="code">${f.code}</span> ${escapeHtml(f.message)} <span class="line">${locale === 'zh' ? `第 ${line + 1} 行` : `line ${line + 1}`}</span></li>`;
      })
      .join('\n');
    const format = table.format === 2019 ? (locale === 'zh' ? '（2019 年试行格式）' : ' (2019 trial format)') : '';
    out.push(
      `<section class="table" data-table="${id}"><h2>${escapeHtml(heading + format)}</h2>\n<table>\n${body}\n</table>${list ? `\n<ul class="problems">\n${list}\n</ul>` : ''}</section>`,
    );
  }
  return out.join('\n');
}
