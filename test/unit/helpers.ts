// Shared helpers for the unit tests: fixture files. Expected findings: ./expected.ts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/engine';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/**
 * Every figure of the tables (the fee table's too) as typed, keyed by table, row and column (`2 new/natural`),
 * blank cells as ''. Fixes that insert rows or tables add keys; none may change a value.
 */
export function figuresOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const model = parse(text);
  // The 2025 variant's fee table holds figures too (`fees fees/notifiedCount`).
  const fees = model.feeSection?.table?.row;
  if (fees && !fees.malformed) for (const cell of fees.values) out[`fees ${cell.rowKey}/${cell.columnKey}`] = cell.text;
  for (const table of model.tables) {
    for (const row of table.rows) {
      if (row.kind !== 'data' || row.malformed) continue;
      for (const cell of row.values) {
        const key = `${table.id} ${cell.rowKey}/${cell.columnKey}`;
        if (!(key in out)) out[key] = cell.text;
      }
    }
  }
  return out;
}
