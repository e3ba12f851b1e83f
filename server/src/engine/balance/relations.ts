// The relations (勾稽关系) of tables 2 and 3 as equations over cells: Σ lhs = Σ rhs.
// A relation is only built when all its cells hold valid numbers: a blank or invalid
// cell is reported by GR103/GR104 and must not cascade into balance errors.

import type { Cell, ReportModel, Table } from '../model';
import type { Localized } from '../types';
import { TABLE2_COLUMNS, TOTAL_COLUMN, table2ItemKeys } from '../format/table2';
import { TABLE3_COLUMNS, TABLE3_GROUPS } from '../format/table3';
import { APPEALS_ROW } from '../parse/table3';

export type BalanceCode = 'GR201' | 'GR202' | 'GR203' | 'GR204';

export interface Relation {
  code: BalanceCode;
  /** The cell the catalogue blames when this relation alone fails. */
  target: Cell;
  lhs: Cell[];
  rhs: Cell[];
  /** Σ lhs − Σ rhs; zero when balanced. */
  residual: number;
  statement: Localized;
}

const sum = (cells: Cell[]) => cells.reduce((s, c) => s + (c.value ?? 0), 0);

/**
 * A relation whose statement is written when read: only failing relations are ever put
 * into words, and a typical report has about sixty relations, all holding. (A class, not
 * an object literal with a getter: V8 builds such literals slowly, which cost more than
 * the statements saved.)
 */
class LazyRelation implements Relation {
  private text?: Localized;
  constructor(
    readonly code: BalanceCode,
    readonly target: Cell,
    readonly lhs: Cell[],
    readonly rhs: Cell[],
    private readonly l: number,
    private readonly r: number,
    private readonly write: (l: number, r: number) => Localized,
  ) {}

  get residual(): number {
    return this.l - this.r;
  }

  get statement(): Localized {
    return (this.text ??= this.write(this.l, this.r));
  }
}

function relation(code: BalanceCode, target: Cell, lhs: Cell[], rhs: Cell[], statement: (l: number, r: number) => Localized): Relation {
  return new LazyRelation(code, target, lhs, rhs, sum(lhs), sum(rhs), statement);
}

/** The cells of a table-2 row, or undefined when the row is missing or malformed. */
function rowCells(table: Table, key: string): Cell[] | undefined {
  const row = table.data.get(key);
  if (!row || row.malformed) return undefined;
  return row.values;
}

function allOk(cells: (Cell | undefined)[]): cells is Cell[] {
  return cells.every((c) => c !== undefined && c.status === 'ok');
}

const v = (c: Cell) => c.value ?? 0;

function table2Relations(table: Table): Relation[] {
  const out: Relation[] = [];
  const get = (key: string) => rowCells(table, key);
  const [neu, carried, results, carryOver] = ['new', 'carried', 'results', 'carryOver'].map(get);
  const items = table2ItemKeys(table.format).map(get);
  TABLE2_COLUMNS.forEach((column, c) => {
    const col = column.short;
    const a = neu?.[c];
    const b = carried?.[c];
    const t = results?.[c];
    const d = carryOver?.[c];
    const four = [a, b, t, d];
    if (allOk(four)) {
      const [na, nb, nt, nd] = four;
      out.push(
        relation('GR201', nd, [na, nb], [nt, nd], (l, r) => ({
          zh: `表二 ${col.zh} 列：一(${v(na)}) + 二(${v(nb)}) = ${l}，但 三（七）总计(${v(nt)}) + 四(${v(nd)}) = ${r}`,
          en: `Table 2, column "${col.en}": I(${v(na)}) + II(${v(nb)}) = ${l}, but III(7) total(${v(nt)}) + IV(${v(nd)}) = ${r}`,
        })),
      );
    }
    const parts = items.map((row) => row?.[c]);
    if (t && allOk([t, ...parts])) {
      out.push(
        relation('GR202', t, [t], parts as Cell[], (l, r) => ({
          zh: `表二 ${col.zh} 列：三（七）总计为 ${l}，但（一）至（六）各项之和为 ${r}`,
          en: `Table 2, column "${col.en}": III(7) total is ${l}, but items III(1)–III(6) add up to ${r}`,
        })),
      );
    }
  });
  for (const row of table.rows) {
    if (row.kind !== 'data' || row.malformed || !row.spec) continue;
    const total = row.values[TOTAL_COLUMN];
    const parts = row.values.slice(0, TOTAL_COLUMN);
    if (!allOk([total, ...parts])) continue;
    const name = row.spec.short;
    out.push(
      relation('GR203', total, [total], parts, (l, r) => ({
        // The six terms are listed as related cells; the statement stays one short line.
        zh: `表二 ${name.zh} 行：总计为 ${l}，但六类申请人之和为 ${r}`,
        en: `Table 2, row ${name.en}: total is ${l}, but the six applicant columns add up to ${r}`,
      })),
    );
  }
  return out;
}

function table3Relations(table: Table): Relation[] {
  const cells = rowCells(table, APPEALS_ROW);
  if (!cells) return [];
  const out: Relation[] = [];
  const width = TABLE3_COLUMNS.length;
  TABLE3_GROUPS.forEach((group, g) => {
    const parts = cells.slice(g * width, g * width + width - 1);
    const total = cells[g * width + width - 1];
    if (!allOk([total, ...parts])) return;
    out.push(
      relation('GR204', total, [total], parts, (l, r) => ({
        zh: `表三 ${group.short.zh}：总计为 ${l}，但 ${parts.map((p, i) => `${TABLE3_COLUMNS[i].short.zh}(${v(p)})`).join(' + ')} = ${r}`,
        en: `Table 3, ${group.short.en}: total is ${l}, but ${parts.map((p, i) => `${TABLE3_COLUMNS[i].short.en}(${v(p)})`).join(' + ')} = ${r}`,
      })),
    );
  });
  return out;
}

/** Σ values of cells[from, to) as `sum` adds them (same order, so the same float). */
function sumOf(cells: readonly Cell[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += cells[i].value ?? 0;
  return s;
}

function isOk(cell: Cell | undefined): cell is Cell {
  return cell !== undefined && cell.status === 'ok';
}

/** Whether cells[from, to) are all there and valid (allOk over their slice). */
function allOkIn(cells: readonly (Cell | undefined)[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isOk(cells[i])) return false;
  return true;
}

/** The rows summed into 三（七）总计, per format (fixed lists, listed once). */
const ITEM_KEYS = { 2019: table2ItemKeys(2019), 2021: table2ItemKeys(2021) };

/** table2Relations(table).every(holds), without building the relations. */
function table2Holds(table: Table): boolean {
  const neu = rowCells(table, 'new');
  const carried = rowCells(table, 'carried');
  const results = rowCells(table, 'results');
  const carryOver = rowCells(table, 'carryOver');
  // The item rows looked up in a loop, not map (no closure called per key).
  const keys = ITEM_KEYS[table.format];
  const items: (Cell[] | undefined)[] = [];
  for (let k = 0; k < keys.length; k++) items.push(rowCells(table, keys[k]));
  for (let c = 0; c < TABLE2_COLUMNS.length; c++) {
    const a = neu?.[c];
    const b = carried?.[c];
    const t = results?.[c];
    const d = carryOver?.[c];
    if (isOk(a) && isOk(b) && isOk(t) && isOk(d) && 0 + (a.value ?? 0) + (b.value ?? 0) - (0 + (t.value ?? 0) + (d.value ?? 0)) !== 0) {
      return false;
    }
    if (!isOk(t)) continue;
    let r = 0;
    let ok = true;
    for (let k = 0; k < items.length; k++) {
      const cell = items[k]?.[c];
      if (!isOk(cell)) {
        ok = false;
        break;
      }
      r += cell.value ?? 0;
    }
    if (ok && 0 + (t.value ?? 0) - r !== 0) return false;
  }
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== 'data' || row.malformed || !row.spec) continue;
    const values = row.values;
    if (!allOkIn(values, 0, TOTAL_COLUMN + 1)) continue;
    if (0 + (values[TOTAL_COLUMN].value ?? 0) - sumOf(values, 0, TOTAL_COLUMN) !== 0) return false;
  }
  return true;
}

/** table3Relations(table).every(holds), without building the relations. */
function table3Holds(table: Table): boolean {
  const cells = rowCells(table, APPEALS_ROW);
  if (!cells) return true;
  const width = TABLE3_COLUMNS.length;
  for (let g = 0; g < TABLE3_GROUPS.length; g++) {
    const from = g * width;
    const last = from + width - 1;
    // The total is the group's last cell: where it is, every part before it is too.
    if (!allOkIn(cells, from, last + 1)) continue;
    if (0 + (cells[last].value ?? 0) - sumOf(cells, from, last) !== 0) return false;
  }
  return true;
}

/**
 * Whether every relation relationsOf builds holds, without building them: a typical
 * report's sixty relations all hold, and then the analysis has nothing to say (a quick
 * check, see fast.ts; test/unit/fast-paths.test.ts compares it with relationsOf).
 */
export function allRelationsHold(model: ReportModel): boolean {
  for (const table of model.tables) {
    if (table.id === 2 && !table2Holds(table)) return false;
    if (table.id === 3 && !table3Holds(table)) return false;
  }
  return true;
}

export function relationsOf(model: ReportModel): Relation[] {
  const out: Relation[] = [];
  for (const table of model.tables) {
    if (table.id === 2) out.push(...table2Relations(table));
    if (table.id === 3) out.push(...table3Relations(table));
  }
  return out;
}

/** +1 when the cell is on the left side, −1 on the right. */
export function coefficient(relation: Relation, cell: Cell): number {
  if (relation.lhs.includes(cell)) return 1;
  if (relation.rhs.includes(cell)) return -1;
  return 0;
}
