// The narrative's statements of one report, read once per lint and shared by GR401/GR402.

import type { Cell, ReportModel, TableRow } from '../model';
import { allProseLines } from '../rules/prose';
import { derivedOf } from '../rules/derived';
import { readLineInto, type Statement } from './statements';

export type { Statement } from './statements';

/** Every statement of the report's prose, from the first section on (the preamble has none). */
export function statementsOf(model: ReportModel): Statement[] {
  const derived = derivedOf(model);
  let found = derived.statements;
  if (!found) {
    const first = model.sections[0]?.firstLine ?? 0;
    const year = model.title?.year?.value;
    found = [];
    // A loop, not flatMap (slow in V8), over a few dozen lines per lint; the shared lines,
    // not a copy from the first section on.
    const lines = allProseLines(model);
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l];
      if (line.line < first) continue;
      readLineInto(line.text, line.start, year, found);
    }
    derived.statements = found;
  }
  return found;
}

/** A table's well-formed row, or undefined. */
function wellFormedRow(model: ReportModel, table: 1 | 2 | 3, rowKey: string): TableRow | undefined {
  let row: TableRow | undefined;
  const tables = model.tables;
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    if (t.id !== table) continue;
    row = t.data.get(rowKey);
    break;
  }
  return row && !row.malformed ? row : undefined;
}

/** The row's first cell of a column, when it holds a valid number, or undefined. */
function validCell(row: TableRow, columnKey: string): Cell | undefined {
  const values = row.values;
  for (let i = 0; i < values.length; i++) {
    const cell = values[i];
    if (cell.columnKey !== columnKey) continue;
    return cell.status === 'ok' && cell.value !== null ? cell : undefined;
  }
  return undefined;
}

/** A table cell that holds a valid number in a well-formed row, or undefined. */
export function figure(model: ReportModel, table: 1 | 2 | 3, rowKey: string, columnKey: string): Cell | undefined {
  const row = wellFormedRow(model, table, rowKey);
  return row && validCell(row, columnKey);
}

/**
 * A total the table itself agrees with: table 2's row total equal to its six columns,
 * table 3's group total equal to its four results. When the table does not add up, its
 * own rule (GR203, GR204) speaks, and the narrative is not held against either figure.
 */
export function balancedTotal(model: ReportModel, table: 2 | 3, rowKey: string, totalKey: string, partKeys: string[]): Cell | undefined {
  // The row is looked up once, not once per cell; no array of the parts is built.
  const row = wellFormedRow(model, table, rowKey);
  if (!row) return undefined;
  const total = validCell(row, totalKey);
  if (!total) return undefined;
  let sum = 0;
  for (let i = 0; i < partKeys.length; i++) {
    const part = validCell(row, partKeys[i]);
    if (!part) return undefined;
    sum += part.value!;
  }
  return sum === total.value ? total : undefined;
}
