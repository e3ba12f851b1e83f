// Turns failing relations into as few findings as the numbers allow, each with the
// corrections the clerk may mean.
//
// One wrong number usually breaks two relations at once (its row total and its column
// total). When a single cell explains several failing relations — changing it by one
// amount balances all of them and breaks none — that cell is the likely culprit: one
// finding on it. Otherwise each failing relation is reported on the cell the catalogue
// names (the total; 四 for GR201), once per cell even when that cell fails in two
// relations.
//
// The numbers are facts only the clerk knows, so a finding never asserts a value: it
// offers corrections, each a single cell. First the cells whose change makes every
// relation they touch hold (the culprit, or for a lone failing sum each of its cells);
// then the totals that would absorb the typed number, one relation at a time. The first
// is preferred only when it is the one such single-cell change.

import type { Cell, ReportModel } from '../model';
import { allRelationsHold, coefficient, relationsOf, type BalanceCode, type Relation } from './relations';
import { fastPaths } from '../fast';
import { derivedOf } from '../rules/derived';

export interface Correction {
  cell: Cell;
  value: number;
}

export interface BalanceIssue {
  code: BalanceCode;
  /** Where the finding sits. */
  cell: Cell;
  /** The failing relations this finding reports. */
  relations: Relation[];
  /** True when the cell explains several failing relations at once. */
  culprit: boolean;
  /** Single-cell corrections, most likely first; never empty values below zero. */
  corrections: Correction[];
  /** Whether corrections[0] is the one single-cell change balancing everything it touches. */
  preferred: boolean;
}

export function balanceIssues(model: ReportModel): BalanceIssue[] {
  const derived = derivedOf(model);
  let issues = derived.balance;
  if (!issues) {
    // Most reports balance: then no relation needs building (analyse finds nothing failing).
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    issues = fastPaths.balance && allRelationsHold(model) ? [] : analyse(relationsOf(model));
    derived.balance = issues;
  }
  return issues;
}

const firstCode = (relations: Relation[]) => relations.map((r) => r.code).sort()[0];

interface Candidate {
  cell: Cell;
  delta: number;
  /** Every relation the cell is in; all fail and all need the same delta. */
  fails: Relation[];
}

function analyse(relations: Relation[]): BalanceIssue[] {
  const failing = relations.filter((r) => r.residual !== 0);
  if (failing.length === 0) return [];
  const byCell = new Map<Cell, Relation[]>();
  for (const r of relations) {
    for (const cell of [...r.lhs, ...r.rhs]) {
      const list = byCell.get(cell);
      if (!list) byCell.set(cell, [r]);
      else if (!list.includes(r)) list.push(r);
    }
  }

  // Cells whose single change makes every relation they are in hold.
  const candidates = new Map<Cell, Candidate>();
  for (const [cell, rels] of byCell) {
    if (rels.some((r) => r.residual === 0)) continue;
    const deltas = rels.map((r) => -r.residual * coefficient(r, cell));
    if (deltas.some((d) => d !== deltas[0])) continue;
    if ((cell.value ?? 0) + deltas[0] < 0) continue;
    candidates.set(cell, { cell, delta: deltas[0], fails: rels });
  }
  // A cell covering several relations is in the first of them: look only there (linear).
  const covering = (rels: Relation[]) =>
    [...new Set([...rels[0].lhs, ...rels[0].rhs])]
      .map((cell) => candidates.get(cell))
      .filter((c): c is Candidate => c !== undefined && rels.every((r) => c.fails.includes(r)))
      .sort((a, b) => a.cell.start - b.cell.start);

  const issues: BalanceIssue[] = [];
  const explained = new Set<Relation>();
  const culprits = [...candidates.values()]
    .filter((c) => c.fails.length >= 2)
    .sort((a, b) => b.fails.length - a.fails.length || a.cell.start - b.cell.start);
  for (const c of culprits) {
    if (c.fails.some((r) => explained.has(r))) continue;
    c.fails.forEach((r) => explained.add(r));
    const alternatives = covering(c.fails).filter((o) => o !== c);
    issues.push({
      code: firstCode(c.fails),
      cell: c.cell,
      relations: c.fails,
      culprit: true,
      corrections: withAbsorbing([{ cell: c.cell, value: (c.cell.value ?? 0) + c.delta }, ...alternatives.map(corrected)], c.fails),
      preferred: alternatives.length === 0,
    });
  }

  const byTarget = new Map<Cell, Relation[]>();
  for (const r of failing) {
    if (explained.has(r)) continue;
    byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  }
  for (const [cell, rels] of byTarget) {
    const all = covering(rels);
    const own = all.find((c) => c.cell === cell);
    const ordered = own ? [own, ...all.filter((c) => c !== own)] : all;
    issues.push({
      code: firstCode(rels),
      cell,
      relations: rels,
      culprit: false,
      corrections: withAbsorbing(ordered.map(corrected), rels),
      preferred: ordered.length === 1,
    });
  }
  return issues.sort((a, b) => a.cell.start - b.cell.start);
}

const corrected = (c: Candidate): Correction => ({ cell: c.cell, value: (c.cell.value ?? 0) + c.delta });

/**
 * After the cells that balance everything they touch: each failing relation's own total
 * (its catalogue target) set to absorb the difference, keeping the other numbers as typed.
 */
function withAbsorbing(corrections: Correction[], relations: Relation[]): Correction[] {
  const out = [...corrections];
  for (const r of relations) {
    const value = (r.target.value ?? 0) - r.residual * coefficient(r, r.target);
    if (value < 0 || out.some((c) => c.cell === r.target)) continue;
    out.push({ cell: r.target, value });
  }
  return out;
}
