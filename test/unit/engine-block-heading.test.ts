// Table 1 with a block's heading row (第二十条第（X）项) left out, its 信息内容 header row still
// there. Only the heading row is missing (GR102, once), and its fix puts it above the header
// row; fix-all gives back the report as it was. Before, the header row was taken for the
// previous block's (or none), GR102 also said the header row was missing, and fix-all wrote
// a second 信息内容 row under the first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, lint, parse } from '../../server/src/engine';
import { CLEAN } from './engine-cases';

for (const [block, key, heading] of [
  ['（一）', 'item1', '第二十条第（一）项\t\t\t'],
  ['（五）', 'item5', '第二十条第（五）项\t\t\t'],
] as const) {
  test(`table 1 without block ${block}'s heading row: the header row is still that block's, only the heading is missing`, () => {
    const lines = CLEAN.split('\n');
    const at = lines.indexOf(heading);
    assert.ok(at > 0);
    const text = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
    const table = parse(text).tables.find((t) => t.id === 1);
    assert.equal(table?.blockHeaders.get(key)?.grid.firstLine, at, 'the 信息内容 row now on the heading’s line');
    assert.equal(table?.blockHeadings.has(key), false);
    const findings = lint(text).findings;
    assert.deepEqual(
      findings.map((f) => [f.code, f.message]),
      [['GR102', `表一缺少“第二十条第${block}项”标题行`]],
    );
    // Its fix writes the heading row above the header row: the report as it was.
    assert.equal(applyEdits(text, findings[0].fix?.edits ?? []), CLEAN);
    const fixed = fixAll(text);
    assert.equal(fixed.text, CLEAN);
    assert.equal(fixed.passes, 1);
  });
}
