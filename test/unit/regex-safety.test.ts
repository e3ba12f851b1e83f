// Every regular expression literal in the engine, server, CLI and client, checked for
// super-linear backtracking by recheck (scripts/check-regexes.ts). A pattern that recheck
// cannot prove safe fails here, unless it is listed below with the reason its input is
// bounded; the worst inputs themselves are timed in worst-cases.test.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, regexLiterals } from '../../scripts/check-regexes';

/** Patterns recheck flags whose input is short by construction: `file /source/` → why. */
const BOUNDED: Record<string, string> = {
  'server/src/engine/format/sections.ts /(收到|处理|受理).*申请|依申请公开/': 'run only on heading titles of at most 40 characters',
  'server/src/engine/format/sections.ts /其[他它].*事项/': 'run only on heading titles of at most 40 characters',
};

test('no regular expression backtracks super-linearly', { timeout: 120_000 }, () => {
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
});
