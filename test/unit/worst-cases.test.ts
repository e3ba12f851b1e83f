// The inputs that froze the engine (quadratic backtracking, rescanning) or overflowed its
// stack (push(...array)), at 1× and 4×: each must finish without throwing, and 4× must
// cost about four times 1× — a quadratic pattern costs sixteen. The bound is generous
// (10, with 1× counted as at least 10 ms), each size is timed as the best of three runs
// (two for the slow stack cases), and a failed ratio is measured again up to three times,
// so a busy machine does not fail it; the sizes are large enough that the planted text
// dominates the report's own cost. Absolute times are measured by npm run bench:worst.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { lint } from '../../server/src/engine';
import { htmlCells, htmlEdgeEnd, htmlEdgeStart, isMarkdownRule } from '../../server/src/engine/parse/grid';
import { normalizeLabel } from '../../server/src/engine/text/normalize';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { WORST_CASES } from '../worst/cases';

/** The tab report with `count` impossible dates (2月30日) on one line of its overview. */
function plantDates(count: number): string {
  const lines = WORST_CASES.find((c) => c.name === 'dates on one line')!
    .build(0)
    .split('\n');
  const at = lines.findIndex((l) => /^一、/.test(l));
  return [...lines.slice(0, at + 1), '2022年2月30日'.repeat(count), ...lines.slice(at + 1)].join('\n');
}

/**
 * 1× sizes. The stack cases at 4× pass what overflowed (push(...array) fails from about
 * 130,000 items); the row of unclosed cells is costly per cell, so smaller.
 */
const SIZE: Record<string, number> = {
  'unclosed <td> in a table row': 25_000,
  'blank lines inside a table': 35_000,
  'dates on one line': 315_000,
};
/** Runs per size: the best counts. The large stack cases need fewer to be steady. */
const RUNS: Record<string, number> = { 'blank lines inside a table': 2, 'dates on one line': 2 };
const DEFAULT_SIZE = 100_000;
const MAX_RATIO = 10;
/** Below this a timing is mostly noise (a GC pause, a timer tick). */
const FLOOR_MS = 10;

function best(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lint(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

for (const worst of WORST_CASES) {
  // A regression is quadratic again: it then fails on the timeout rather than the ratio.
  test(`linear on ${worst.name}`, { timeout: 120_000 }, () => {
    const n = SIZE[worst.name] ?? DEFAULT_SIZE;
    const small = worst.build(n);
    const large = worst.build(4 * n);
    const runs = RUNS[worst.name] ?? 3;
    // Up to three tries: on a loaded machine one pause can land on a single timing; a
    // quadratic pattern fails every try.
    const tries: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const base = best(small, runs);
      const grown = best(large, runs);
      if (grown / Math.max(base, FLOOR_MS) < MAX_RATIO) return;
      tries.push(`${base.toFixed(1)} ms at ${small.length} characters, ${grown.toFixed(1)} ms at ${large.length}`);
    }
    assert.fail(`${worst.name}: ${tries.join('; ')}`);
  });
}

// The linear replacements answer what the patterns they replace answered.

const OLD_EDGE_START = /^(?:\s|&nbsp;|<[^>]*>)*/i;
const OLD_EDGE_END = /(?:\s|&nbsp;|<[^>]*>)*$/i;
const OLD_MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const OLD_TRAILING = /[:;。.]+$/g;
const htmlish = fc.string({ unit: fc.constantFrom('<', '>', ' ', '\t', 'a', '/', '&nbsp;', '&NBSP;', 'td', '0'), maxLength: 30 });

test('cell edges: the same as the patterns they replace', () => {
  fc.assert(
    fc.property(htmlish, (inner) => {
      const lead = OLD_EDGE_START.exec(inner)![0].length;
      assert.equal(htmlEdgeStart(inner, 0, inner.length), lead);
      const trail = inner.length > lead ? OLD_EDGE_END.exec(inner.slice(lead))![0].length : 0;
      assert.equal(htmlEdgeEnd(inner, lead, inner.length), inner.length - trail);
    }),
    { numRuns: 2000 },
  );
});

test('Markdown rule lines: the same as the pattern they replace', () => {
  const line = fc.string({ unit: fc.constantFrom('|', '-', ':', ' ', '\t', 'x'), maxLength: 24 });
  fc.assert(
    fc.property(line, (text) => assert.equal(isMarkdownRule(text), OLD_MARKDOWN_RULE.test(text), JSON.stringify(text))),
    { numRuns: 3000 },
  );
  for (const text of ['| --- | :---: |', '|---|---|', '---', ' | :--- | ', '| -- |', '|', '', '| --- | x |']) {
    assert.equal(isMarkdownRule(text), OLD_MARKDOWN_RULE.test(text), JSON.stringify(text));
  }
});

test('label normalisation: trailing punctuation as before', () => {
  const label = fc.string({ unit: fc.constantFrom('.', '。', ':', ';', '规', '章', ' ', '1'), maxLength: 20 });
  fc.assert(
    fc.property(label, (text) => {
      const rest = text
        .normalize('NFKC')
        .replace(/\s+/g, '')
        .replace(/(\d)[、.，,]/g, '$1.');
      assert.equal(normalizeLabel(text), rest.replace(OLD_TRAILING, ''));
    }),
    { numRuns: 2000 },
  );
  assert.equal(normalizeLabel('<b>规章</b>'), '规章');
  assert.equal(normalizeLabel('<<<规章'), '<<<规章');
});

test('HTML cells: a missing </td> ends at the next cell or at </tr>, as browsers read it', () => {
  const cells = (chunk: string) => htmlCells(chunk).map(({ start, end }) => chunk.slice(start, end));
  assert.deepEqual(cells('<tr><td>规章</td><td class="n">1</td></tr>'), ['规章', '1']);
  assert.deepEqual(cells('<tr><td>规章<td>1<td>2</tr>'), ['规章', '1', '2']);
  assert.deepEqual(cells('<tr><th>a</th>\n<td>b</TD ></tr>'), ['a', 'b']);
  assert.deepEqual(cells('<tr><td>1 < 2</td><td><<<</td></tr>'), ['1 < 2', '<<<']);
  assert.deepEqual(cells('<tr><td>x</td>'), ['x']);
});

test('the CLI prints 150,000 findings of one line without overflowing the stack', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-lint-worst-'));
  try {
    const file = path.join(dir, '年度报告.txt');
    writeFileSync(file, plantDates(150_000));
    let stdout = '';
    let stderr = '';
    // --no-detect: the planted text is no report by the CLI's detection; check it anyway.
    const code = await runCli([file, '--no-detect'], {
      cwd: dir,
      env: { LANG: 'en_US.UTF-8' },
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
    });
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.match(stdout, /150,?000 problems/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
