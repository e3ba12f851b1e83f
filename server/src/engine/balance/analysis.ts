// Turns failing relations into as few findings as the numbers allow.
//
// One wrong number usually breaks two relations at once (its row total and its column
// total). When a single cell explains several failing relations — changing it by one
// amount balances all of them and breaks none — that cell is the likely culprit: one
// finding on it, with a fix that restores it. Otherwise each failing relation is
// reported on the cell the catalogue names (the total; 四 for GR201), once per cell even
// when that cell fails in two relations.

import type { Cell, ReportModel } from '../model';
import { coefficient, relationsOf, type BalanceCode, type Relation } from './relations';

export interface BalanceIssue {
  code: BalanceCode;
  /** Where the finding sits. */
  cell: Cell;
  relations: Relation[];
  /** The value that balances every relation listed, when there is one. */
  fixValue?: number;
  /** True when the cell explains several failing relations at once. */
  culprit: boolean;
}

const cache = new WeakMap<ReportModel, BalanceIssue[]>();

export function balanceIssues(model: ReportModel): BalanceIssue[] {
  let issues = cache.get(model);
  if (!issues) {
    issues = analyse(relationsOf(model));
    cache.set(model, issues);
  }
  return issues;
}

const firstCode = (relations: Relation[]) => relations.map((r) => r.code).sort()[0];

function analyse(relations: Relation[]): BalanceIssue[] {
  const failing = relations.filter((r) => r.residual !== 0);
  if (failing.length === 0) return [];
  const byCell = new Map<Cell, Relation[]>();
  for (const r of relations) {
    for (const cell of [...r.lhs, ...r.rhs]) {
      const list = byCell.get(cell) ?? [];
      if (!list.includes(r)) list.push(r);
      byCell.set(cell, list);
    }
  }

  const candidates: { cell: Cell; delta: number; fails: Relation[] }[] = [];
  for (const [cell, rels] of byCell) {
    if (rels.length < 2 || rels.some((r) => r.residual === 0)) continue;
    const deltas = rels.map((r) => -r.residual * coefficient(r, cell));
    if (deltas.some((d) => d !== deltas[0])) continue;
    if ((cell.value ?? 0) + deltas[0] < 0) continue;
    candidates.push({ cell, delta: deltas[0], fails: rels });
  }
  candidates.sort((a, b) => b.fails.length - a.fails.length || a.cell.start - b.cell.start);

  const issues: BalanceIssue[] = [];
  const explained = new Set<Relation>();
  for (const c of candidates) {
    if (c.fails.some((r) => explained.has(r))) continue;
    c.fails.forEach((r) => explained.add(r));
    issues.push({ code: firstCode(c.fails), cell: c.cell, relations: c.fails, fixValue: (c.cell.value ?? 0) + c.delta, culprit: true });
  }

  const byTarget = new Map<Cell, Relation[]>();
  for (const r of failing) {
    if (explained.has(r)) continue;
    byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  }
  for (const [cell, rels] of byTarget) {
    const values = rels.map((r) => (cell.value ?? 0) - r.residual * coefficient(r, cell));
    const agreed = values.every((x) => x === values[0]) && values[0] >= 0;
    issues.push({ code: firstCode(rels), cell, relations: rels, fixValue: agreed ? values[0] : undefined, culprit: false });
  }
  return issues.sort((a, b) => a.cell.start - b.cell.start);
}
