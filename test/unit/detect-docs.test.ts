// Detection never takes a document about reports for a report (issue 9 §3): our own rule
// list (docs/rules.md, generated, opening with an HTML comment), a note describing the
// format with its six section headings and table labels. Real reports still are.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyReport } from '../../server/src/engine/detect';
import { readFixture } from './helpers';

const ROOT = join(__dirname, '..', '..');

test('the rule list docs/rules.md is not a report', () => {
  assert.deepEqual(classifyReport(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')), { report: false, reason: 'other-document' });
});

test('a note about the format, with its sections and table labels, is not a report', () => {
  assert.deepEqual(classifyReport(readFixture('unit', 'detect', 'format-notice.md')), { report: false, reason: 'other-document' });
});

test('a Markdown report whose title follows an HTML comment is still a report', () => {
  const report = readFixture('seeds', '000_83736ae7aacb97e3.txt');
  const lines = report.split('\n');
  const at = lines.findIndex((l) => l.includes('年度报告'));
  lines[at] = `# ${lines[at]}`;
  assert.deepEqual(classifyReport(['<!-- exported -->', ...lines.slice(at)].join('\n')), { report: true });
});
