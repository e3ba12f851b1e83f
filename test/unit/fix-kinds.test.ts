// Every fix says whether it writes a figure, and the test holds it to that: over every
// fixture, a 'text' fix's edits touch no number cell and leave every figure of the tables
// as typed; a 'figure' fix does write one (changes a cell, or adds cells). Fix-all and
// fix on save rely on the first promise to keep the clerk's numbers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits, lint, parse, rules } from '../../server/src/engine';
import { expectedFixtures } from './expected';
import { figuresOf } from './helpers';

const fixtures = expectedFixtures();

test('text fixes never change a figure; figure fixes always write one', () => {
  const seen = new Set<string>();
  for (const fixture of fixtures) {
    const text = readFileSync(fixture.path, 'utf8');
    const model = parse(text);
    const cells = model.tables.flatMap((t) => t.rows.flatMap((r) => (r.kind === 'data' && !r.malformed ? r.values : [])));
    const fees = model.feeSection?.table?.row;
    if (fees && !fees.malformed) cells.push(...fees.values);
    const before = figuresOf(text);
    const src = model.source;
    for (const finding of lint(text).findings) {
      for (const fix of finding.fixes ?? []) {
        seen.add(`${finding.code} ${fix.kind}`);
        const where = `${fixture.name}: ${finding.code} "${fix.title}"`;
        const after = figuresOf(applyEdits(text, fix.edits));
        const changed = Object.keys(before).filter((k) => k in after && after[k] !== before[k]);
        const added = Object.keys(after).filter((k) => !(k in before));
        if (fix.kind === 'text') {
          for (const edit of fix.edits) {
            const start = src.offsetAt(edit.range.start);
            const end = src.offsetAt(edit.range.end);
            const hit = cells.find(
              (c) => start <= c.end && c.start <= end && !(start === end && (start === c.start || start === c.end) && c.status !== 'blank'),
            );
            assert.equal(hit, undefined, `${where} edits the cell ${hit?.rowKey}/${hit?.columnKey}`);
          }
          assert.deepEqual(changed, [], `${where} changes figures`);
          assert.ok(
            added.every((k) => after[k] === ''),
            `${where} adds figures ${added.filter((k) => after[k] !== '').join(', ')}`,
          );
        } else {
          assert.ok(changed.length + added.length > 0, `${where} is declared 'figure' but writes none`);
        }
      }
    }
  }
  // Every fixable rule's fixes were seen, so no rule escaped the check.
  const codes = new Set([...seen].map((s) => s.split(' ')[0]));
  for (const rule of rules.filter((r) => r.fixable)) assert.ok(codes.has(rule.code), `no fixture exercises ${rule.code}'s fix`);
});
