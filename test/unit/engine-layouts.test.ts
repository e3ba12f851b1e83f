// Findings do not depend on layout: the same report exported as TAB text, TAB with CRLF,
// pipes (with a BOM), Markdown, one cell per line, labels split over blank lines and HTML
// is clean in every layout, and with the same wrong numbers gets the same findings on the
// same cells: same codes and messages, and each range covers the same written number.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';

const DIR = join(__dirname, '..', 'fixtures', 'unit', 'layouts');
const files = readdirSync(DIR).sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** Each finding as code, message, and the text its range covers. */
function findings(text: string): string[] {
  const lines = text.split(/\r?\n/);
  return lint(text).findings.map((f) => {
    const { start, end } = f.range;
    const covered = start.line === end.line ? lines[start.line].slice(start.character, end.character) : '(several lines)';
    return `${f.code} [${covered}] ${f.message}`;
  });
}

test('there is a clean and a wrong copy of the report in several layouts', () => {
  assert.ok(files.filter((f) => f.endsWith('-clean.txt')).length >= 8);
  assert.ok(files.filter((f) => f.endsWith('-balance-error.txt')).length >= 7);
});

for (const name of files.filter((f) => f.endsWith('-clean.txt'))) {
  test(`${name}: no finding`, () => {
    assert.deepEqual(findings(read(name)), []);
  });
}

// Linted inside each test, never while the file loads: mutation testing counts code run at
// load as "static" and restarts its test process for every such mutant, and a result kept
// between tests would outlive the mutant it was computed under.
const reference = () => findings(read('tab-balance-error.txt'));

test('tab-balance-error.txt: the wrong numbers of the reference copy', () => {
  assert.deepEqual(reference(), [
    'GR201 [1] 表二 自然人 列：一(0) + 二(0) = 0，但 三（七）总计(0) + 四(1) = 1\n将 表二 四 自然人 改为 0 可使其平衡',
    'GR201 [1] 表二 总计 列：一(0) + 二(0) = 0，但 三（七）总计(0) + 四(1) = 1\n将 表二 四 总计 改为 0 可使其平衡',
    'GR204 [0] 表三 行政复议：总计为 0，但 结果维持(1) + 结果纠正(0) + 其他结果(0) + 尚未审结(0) = 1\n有 2 种改法可使其平衡（如将 表三 行政复议 总计 改为 1），请核对原始数据后在快速修复中选择',
  ]);
});

for (const name of files.filter((f) => f.endsWith('-balance-error.txt') && f !== 'tab-balance-error.txt')) {
  test(`${name}: the same findings on the same cells as the TAB copy`, () => {
    assert.deepEqual(findings(read(name)), reference());
  });
}
