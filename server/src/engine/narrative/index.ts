// The narrative's statements of one report, read once per lint and shared by GR401/GR402.

import type { Cell, ReportModel } from '../model';
import { proseLines } from '../rules/prose';
import { readLine, type Statement } from './statements';

export type { Statement } from './statements';

const cache = new WeakMap<ReportModel, Statement[]>();

/** Every statement of the report's prose, from the first section on (the preamble has none). */
export function statementsOf(model: ReportModel): Statement[] {
  let found = cache.get(model);
  if (!found) {
    const first = model.sections[0]?.firstLine ?? 0;
    const year = model.title?.year?.value;
    found = [];
    // A loop, not flatMap (slow in V8), over a few dozen lines per lint.
    for (const line of proseLines(model, first)) for (const s of readLine(line.text, line.start, year)) found.push(s);
    cache.set(model, found);
  }
  return found;
}

/** A table cell that holds a valid number in a well-formed row, or undefined. */
export function figure(model: ReportModel, table: 1 | 2 | 3, rowKey: string, columnKey: string): Cell | undefined {
  const row = model.tables.find((t) => t.id === table)?.data.get(rowKey);
  if (!row || row.malformed) return undefined;
  const cell = row.values.find((c) => c.columnKey === columnKey);
  return cell && cell.status === 'ok' && cell.value !== null ? cell : undefined;
}

/**
 * A total the table itself agrees with: table 2's row total equal to its six columns,
 * table 3's group total equal to its four results. When the table does not add up, its
 * own rule (GR203, GR204) speaks, and the narrative is not held against either figure.
 */
export function balancedTotal(model: ReportModel, table: 2 | 3, rowKey: string, totalKey: string, partKeys: string[]): Cell | undefined {
  const total = figure(model, table, rowKey, totalKey);
  if (!total) return undefined;
  const parts = partKeys.map((k) => figure(model, table, rowKey, k));
  if (parts.some((p) => p === undefined)) return undefined;
  const sum = parts.reduce((s, p) => s + p!.value!, 0);
  return sum === total.value ? total : undefined;
}
