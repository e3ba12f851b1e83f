// What a number means, at a glance: for a cell, its table, row and column in the format's
// words and every relation (勾稽关系) it takes part in, with its operands and whether it
// holds; for a table, how many of its relations hold. The editor shows the first as a
// hover and the second as a code lens above the table.

import { writtenExtentOf, type Cell, type ReportModel, type Table, type TableRow } from './model';
import type { Locale, Localized } from './types';
import { TABLE_NAMES, pick } from './i18n';
import { relationsOf, type Relation } from './balance/relations';
import { table1Blocks } from './format/table1';
import { TABLE3_COLUMNS, TABLE3_HEADER_LABELS } from './format/table3';

export interface CellLocation {
  table: Table;
  row: TableRow;
  cell: Cell;
}

/** The number cell whose text (or, for an empty cell, its position or gap) covers `offset`. */
export function cellAt(model: ReportModel, offset: number): CellLocation | undefined {
  // A blank cell of a report read through a view (an HTML page, web text) is marked over
  // what the view left out of it (writtenExtentOf): there, look where it is written.
  const source = model.source;
  const written = source.original === source ? undefined : source.toOriginal(offset);
  let after: CellLocation | undefined;
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const cell of row.values) {
        if (offset >= cell.start && offset < cell.end) return { table, row, cell };
        if (offset === cell.start && cell.start === cell.end) return { table, row, cell };
        if (cell.gap && offset >= cell.gap.start && offset < cell.gap.end) return { table, row, cell };
        if (written !== undefined && cell.start === cell.end) {
          const at = writtenExtentOf(cell, source);
          if (written >= at.start && written < at.end) return { table, row, cell };
        }
        // Just after a number (the caret after its last digit): that number, unless a
        // blank cell's mark starts right there.
        if (offset === cell.end) after ??= { table, row, cell };
      }
    }
  }
  return after;
}

/** A relation written out with its operands: `三（七）总计(3) = 三（一）(2) + 三（二）(1) = 3 ✓`. */
export function relationText(relation: Relation, locale: Locale): string {
  const all = [...relation.lhs, ...relation.rhs];
  // Operands of one column are told apart by their rows, operands of one row by their columns.
  const sameColumn = all.every((c) => c.columnKey === all[0].columnKey);
  const name = (c: Cell) => pick(locale, sameColumn ? c.rowName : c.columnName);
  const side = (cells: Cell[]) => {
    const sum = cells.reduce((s, c) => s + (c.value ?? 0), 0);
    if (cells.length === 1) return `${name(cells[0])}(${cells[0].value})`;
    const shown = cells.length > 6 ? cells.filter((c) => c.value !== 0) : cells;
    const terms = shown.map((c) => `${name(c)}(${c.value})`);
    if (shown.length < cells.length) terms.push(locale === 'zh' ? `其余各项(0)` : `the rest (0)`);
    if (terms.length === 0) terms.push(locale === 'zh' ? '各项(0)' : 'every item (0)');
    return `${terms.join(' + ')} = ${sum}`;
  };
  const holds = relation.residual === 0;
  return `${side(relation.lhs)} ${holds ? '=' : '≠'} ${side(relation.rhs)} ${holds ? '✓' : '✗'}`;
}

const FORMAT_NAMES: Record<2019 | 2021, Localized> = {
  2019: { zh: '2019 年试行格式', en: '2019 trial format' },
  2021: { zh: '2021 年格式', en: '2021 format' },
};

/** Markdown for a hover on a number cell; undefined when `offset` is on no cell. */
export function explainCell(model: ReportModel, offset: number, locale: Locale, relations = relationsOf(model)): string | undefined {
  const at = cellAt(model, offset);
  if (!at) return undefined;
  const { table, row, cell } = at;
  const zh = locale === 'zh';
  const place: string[] = [pick(locale, TABLE_NAMES[table.id])];
  if (table.id === 1 && row.block) {
    const heading = table1Blocks(table.format).find((b) => b.key === row.block)?.heading;
    if (heading) place.push(heading);
  }
  const rowLabel = row.spec?.label ?? pick(locale, cell.rowName);
  if (table.id !== 3) place.push(row.spec?.group && row.spec.group !== rowLabel ? `${row.spec.group} ${rowLabel}` : rowLabel);
  place.push(pick(locale, cell.columnName));
  const lines = [`**${place.join(' · ')}**`, ''];
  const value =
    cell.status === 'blank'
      ? zh
        ? '空白（应填数字，没有就填 0）'
        : 'blank (a number belongs here: 0 if none)'
      : cell.status === 'invalid'
        ? zh
          ? `“${cell.text}”不是有效的数字`
          : `"${cell.text}" is not a valid number`
        : `${zh ? '数值' : 'Value'}: ${cell.value}`;
  lines.push(value);
  const mine = relations.filter((r) => r.lhs.includes(cell) || r.rhs.includes(cell));
  if (mine.length > 0) {
    lines.push('', zh ? '勾稽关系：' : 'Relations:');
    for (const r of mine) lines.push(`- ${r.code}: ${relationText(r, locale)}`);
  }
  if (table.format === 2019) lines.push('', `_${pick(locale, FORMAT_NAMES[2019])}_`);
  return lines.join('\n');
}

export interface TableBalance {
  table: Table;
  /** Relations that could be checked (every operand a valid number). */
  checked: number;
  failing: Relation[];
  /** The columns (table 2), rows (table 2) or groups (table 3) checked and failing. */
  units: { kind: 'column' | 'row' | 'group'; checked: number; failing: number }[];
}

/** For tables 2 and 3, how their relations stand; table 1 has none. */
export function tableBalances(model: ReportModel, relations = relationsOf(model)): TableBalance[] {
  const out: TableBalance[] = [];
  for (const table of model.tables) {
    if (table.id === 1) continue;
    const cells = new Set(table.rows.flatMap((r) => r.values));
    const mine = relations.filter((r) => cells.has(r.target));
    const failing = mine.filter((r) => r.residual !== 0);
    const count = (codes: string[], key: (r: Relation) => string) => {
      const checked = new Set(mine.filter((r) => codes.includes(r.code)).map(key));
      const bad = new Set(failing.filter((r) => codes.includes(r.code)).map(key));
      return { checked: checked.size, failing: bad.size };
    };
    const units: TableBalance['units'] =
      table.id === 2
        ? [
            { kind: 'column', ...count(['GR201', 'GR202'], (r) => r.target.columnKey) },
            { kind: 'row', ...count(['GR203'], (r) => r.target.rowKey) },
          ]
        : [{ kind: 'group', ...count(['GR204'], (r) => r.target.columnKey) }];
    out.push({ table, checked: mine.length, failing, units });
  }
  return out;
}

/** The code lens title for a table's balances: `勾稽关系：7 列全部平衡，25 行总计全部正确`. */
export function balanceSummary(balance: TableBalance, locale: Locale): string {
  const zh = locale === 'zh';
  if (balance.checked === 0) {
    return zh ? '勾稽关系：无法核对（有空白或无效的单元格）' : 'Relations: cannot be checked (blank or invalid cells)';
  }
  const parts = balance.units
    .filter((u) => u.checked > 0)
    .map((u) => {
      const unit = zh ? { column: '列', row: '行', group: '组' }[u.kind] : { column: 'columns', row: 'rows', group: 'groups' }[u.kind];
      if (u.failing === 0) return zh ? `${u.checked} ${unit}全部平衡` : `all ${u.checked} ${unit} balance`;
      return zh ? `${u.failing} ${unit}不平衡` : `${u.failing} of ${u.checked} ${unit} do not balance`;
    });
  return (zh ? '勾稽关系：' : 'Relations: ') + parts.join(zh ? '，' : ', ');
}

/** A column name to show before a number (an inlay hint), at the cell's start offset. */
export interface ColumnHint {
  offset: number;
  label: string;
  cell: Cell;
}

/**
 * The column of each number cell whose offset lies in [from, to], so a clerk sees which
 * column a number is in where TAB or pipe rows do not line up under their headers. Only
 * rows read with exactly their columns: in a row with a number too many or too few
 * (GR107) which number belongs to which column is not known, and a wrong name is worse
 * than none. Table 3 names its group on the first cell of each group (行政复议 结果维持,
 * then 结果纠正 …), as its header does.
 */
export function columnHints(model: ReportModel, from: number, to: number, locale: Locale): ColumnHint[] {
  const out: ColumnHint[] = [];
  for (const table of model.tables) {
    for (const row of table.rows) {
      if (row.kind !== 'data' || row.malformed) continue;
      for (const cell of row.values) {
        if (cell.start < from || cell.start > to) continue;
        out.push({ offset: cell.start, label: columnLabel(table, cell, locale), cell });
      }
    }
  }
  return out;
}

/**
 * English inlay names, a word or two each: the format's English column names ("legal
 * service institutions") before each of a row's seven numbers wrap the row in the editor.
 * By column key; the Chinese names are short already.
 */
const INLAY_EN: Record<string, string> = {
  natural: 'person',
  business: 'business',
  research: 'research',
  welfare: 'welfare',
  legal: 'legal',
  other: 'other',
  total: 'total',
  issued: 'issued',
  repealed: 'repealed',
  valid: 'valid',
  decisions: 'decisions',
  fees: 'fees',
  previous: 'last year',
  change: 'change',
  upheld: 'upheld',
  corrected: 'corrected',
  pending: 'pending',
  review: 'recon.',
  direct: 'suit',
  afterReview: 'suit after recon.',
};

function columnLabel(table: Table, cell: Cell, locale: Locale): string {
  const short = (key: string, name: Localized) => (locale === 'en' && INLAY_EN[key]) || pick(locale, name);
  if (table.id !== 3) return short(cell.columnKey, cell.columnName);
  const [group, column] = cell.columnKey.split('.');
  const name = short(column, TABLE3_COLUMNS.find((c) => c.key === column)?.short ?? cell.columnName);
  if (column !== TABLE3_COLUMNS[0].key) return name;
  const head = TABLE3_HEADER_LABELS.find((c) => c.key === group)?.short;
  return head ? `${short(group, head)} ${name}` : name;
}
