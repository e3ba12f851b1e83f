// How messages name cells, rows and tables.

import type { Cell, ReportModel, TableRow } from '../model';
import type { Localized } from '../types';
import { TABLE_NAMES } from '../i18n';
import { derivedOf } from './derived';

/** A table's cells are named by: tables 1–3 by number, the 2025 variant's fee table by its row. */
export type TableKey = 1 | 2 | 3 | 'fees';

export function cellName(table: TableKey, cell: Cell): Localized {
  if (table === 3) return { zh: `表三 ${cell.columnName.zh}`, en: `Table 3 ${cell.columnName.en}` };
  // One row, no number: 信息处理费收取情况 通知收取金额.
  if (table === 'fees') return { zh: `${cell.rowName.zh} ${cell.columnName.zh}`, en: `${cell.rowName.en}, ${cell.columnName.en}` };
  return {
    zh: `${TABLE_NAMES[table].zh} ${cell.rowName.zh} ${cell.columnName.zh}`,
    en: `${TABLE_NAMES[table].en} ${cell.rowName.en}, ${cell.columnName.en}`,
  };
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** Writes `n` the way `like` was written: full-width digits stay full-width. */
export function numberLike(n: number, like: string): string {
  const plain = formatNumber(n);
  return /[０-９]/.test(like) ? plain.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : plain;
}

/**
 * Every number cell of every well-formed data row, with its table's number, the 2025
 * variant's fee table last (once per model). The rules read irregularCells, these cells
 * less the valid ones (test/unit/fast-paths.test.ts holds it to this list).
 */
export function valueCells(model: ReportModel): readonly { table: TableKey; cell: Cell }[] {
  const derived = derivedOf(model);
  let cells = derived.valueCells;
  if (!cells) {
    cells = [];
    for (const table of model.tables) {
      for (const row of table.rows) {
        if (row.kind !== 'data' || row.malformed) continue;
        for (const cell of row.values) cells.push({ table: table.id, cell });
      }
    }
    const fees = feeRow(model);
    if (fees) for (const cell of fees.values) cells.push({ table: 'fees', cell });
    derived.valueCells = cells;
  }
  return cells;
}

/**
 * The value cells (as valueCells lists them, in its order) that do not hold a valid
 * number: blank or invalid, all GR103 and GR104 look at. Found without an entry per
 * cell: a report has some two hundred value cells, nearly all valid.
 */
export function irregularCells(model: ReportModel): readonly { table: TableKey; cell: Cell }[] {
  const derived = derivedOf(model);
  let cells = derived.irregularCells;
  if (!cells) {
    cells = [];
    // Index loops: some two hundred cells a lint, mostly run unoptimised (for…of allocates per step).
    const tables = model.tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (row.kind !== 'data' || row.malformed) continue;
        const values = row.values;
        for (let c = 0; c < values.length; c++) if (values[c].status !== 'ok') cells.push({ table: table.id, cell: values[c] });
      }
    }
    const fees = feeRow(model);
    if (fees) {
      const values = fees.values;
      for (let c = 0; c < values.length; c++) if (values[c].status !== 'ok') cells.push({ table: 'fees', cell: values[c] });
    }
    derived.irregularCells = cells;
  }
  return cells;
}

/** The 2025 variant's fee-table data row, when it was read with its three cells. */
export function feeRow(model: ReportModel): TableRow | undefined {
  const row = model.feeSection?.table?.row;
  return row && !row.malformed ? row : undefined;
}
