// Every regular expression literal in the engine, server, CLI and client, checked for
// super-linear backtracking by recheck (scripts/check-regexes.ts). A pattern that recheck
// cannot prove safe fails here, unless it is listed below with the reason its input is
// bounded; the worst inputs themselves are timed in worst-cases.test.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, regexLiterals } from '../../scripts/check-regexes';

/** Patterns recheck flags whose input is short by construction: `file /source/` → why. */
// Empty since every pattern was made linear; an entry names one literal that is still there
// (the test below fails on a stale one).
const BOUNDED: Record<string, string> = {};

test('no regular expression backtracks super-linearly', { timeout: 600_000 }, () => {
  const literals = regexLiterals();
  assert.ok(literals.length > 50, `only ${literals.length} regular expressions found`);
  const unsafe: string[] = [];
  for (const literal of literals) {
    const result = check(literal);
    if (result.status === 'safe') continue;
    const key = `${literal.file} /${literal.source}/`;
    if (BOUNDED[key]) continue;
    const detail = result.status === 'vulnerable' ? `${result.complexity.summary}, attack ${result.attack.pattern}` : result.status;
    unsafe.push(`${literal.file}:${literal.line} /${literal.source}/${literal.flags}: ${detail}`);
  }
  assert.deepEqual(unsafe, []);
  const found = new Set(literals.map((l) => `${l.file} /${l.source}/`));
  assert.deepEqual(
    Object.keys(BOUNDED).filter((key) => !found.has(key)),
    [],
    'an allowance for a pattern no longer in the code',
  );
});
