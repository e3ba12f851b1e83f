// The stylish report's columns: each file's lines are padded by that file's own widest location,
// severity label and code, whatever the files before it had (stylish.ts measures the labels and
// pads them once per report, by width). Written by hand from the format.
// Run: node --import tsx --test test/unit/cli-stylish.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStylish } from '../../server/src/cli/formatters/stylish';
import { messagesFor } from '../../server/src/cli/messages';
import type { CheckedFinding, FileResult } from '../../server/src/cli/results';
import type { Severity } from '../../server/src/engine/types';

function finding(line: number, character: number, severity: Severity, code: string, message: string): CheckedFinding {
  const at = { line, character };
  return { code, rule: 'r', severity, message, range: { start: at, end: at }, related: [], place: {} } as unknown as CheckedFinding;
}

function file(filePath: string, findings: CheckedFinding[]): FileResult {
  return { filePath, kind: 'text', findings, fixed: 0, facts: { figures: [] }, lines: new Map() };
}

test('stylish: each file padded by its own widest location, label and code (errors alone, then with warnings, then alone again)', () => {
  const results = [
    file('a.txt', [finding(4, 0, 'error', 'GR1', 'one')]),
    file('b.txt', [finding(9, 11, 'warning', 'GR102', 'two'), finding(99, 0, 'error', 'GR3', 'three')]),
    file('c.txt', [finding(0, 0, 'error', 'GR301', 'four')]),
  ];
  for (const [lang, labels] of [
    ['en', { error: 'error', errorWide: 'error  ', warning: 'warning' }],
    ['zh', { error: '错误', errorWide: '错误', warning: '警告' }],
  ] as const) {
    const out = formatStylish(results, { say: messagesFor(lang), locale: lang, color: false, verbose: false }).split('\n');
    assert.deepEqual(
      out.slice(0, 12),
      [
        'a.txt',
        `  5:1  ${labels.error}  GR1  one`,
        '',
        'b.txt',
        `  10:12  ${labels.warning}  GR102  two`,
        `  100:1  ${labels.errorWide}  GR3    three`,
        '',
        'c.txt',
        `  1:1  ${labels.error}  GR301  four`,
        '',
        out[10],
        '',
      ],
      lang,
    );
  }
});
