// Shared helpers for the unit tests: fixture files and their expected findings.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/engine';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Every `*.txt` fixture in the given folders that has an `.expected` file beside it. */
export function expectedFixtures(...folders: string[]): { name: string; path: string; expectedPath: string }[] {
  const out: { name: string; path: string; expectedPath: string }[] = [];
  for (const folder of folders) {
    const dir = join(FIXTURES, folder);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.txt') || file.endsWith('.fixed.txt')) continue;
      const expectedPath = join(dir, file.replace(/\.txt$/, '.expected'));
      if (existsSync(expectedPath)) out.push({ name: `${folder}/${file}`, path: join(dir, file), expectedPath });
    }
  }
  return out;
}

/**
 * An `.expected` file lists the findings a fixture must produce, one per line as
 * `CODE LINE` (1-based line), `#` comments allowed. The list is exact: a finding not
 * listed fails the test as much as a listed one that is missing.
 */
export function parseExpected(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l.length > 0)
    .map((l) => {
      const m = /^(GR\d{3})\s+(\d+)$/.exec(l);
      if (!m) throw new Error(`bad expected line: ${l}`);
      return `${m[1]} ${Number(m[2])}`;
    })
    .sort();
}

/**
 * Every figure of the tables as typed, keyed by table, row and column (`2 new/natural`),
 * blank cells as ''. Fixes that insert rows or tables add keys; none may change a value.
 */
export function figuresOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of parse(text).tables) {
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
