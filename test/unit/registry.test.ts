// The rule registry's promises, checked against the fixtures. The rule list comes from
// the registry itself, so a new rule is covered the moment it is registered — and fails
// here until it has its fixtures:
//
//   - every rule is triggered by some fixture (its code in an .expected file);
//   - every rule has a near-miss: a fixture named grNNN-ok-*.txt, with an .expected file,
//     in which the rule must not fire (text that comes close but is right by the format);
//     one near-miss may serve several rules: gr201-gr202-ok-*.txt;
//   - a rule marked fixable offers a fix in some fixture; a rule not marked fixable never
//     offers one, in any fixture;
//   - codes, names and docs anchors are unique, and every code in a fixture is a rule's.
//
// The .expected files are what is read: test/unit/fixtures.test.ts holds them equal to
// the engine's output, so they say what the engine does for every fixture.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { docsAnchor, rules } from '../../server/src/engine';
import { expectedFixtures } from './expected';

interface Seen {
  fixture: string;
  code: string;
  fixed: boolean;
}

/** Every finding of every fixture, read from the .expected files: code, and whether it has a fix. */
function findingsInFixtures(): Seen[] {
  const seen: Seen[] = [];
  for (const fixture of expectedFixtures()) {
    let current: Seen | undefined;
    for (const line of readFileSync(fixture.expectedPath, 'utf8').split(/\r?\n/)) {
      const head = /^(GR\d{3}) /.exec(line);
      if (head) seen.push((current = { fixture: fixture.name, code: head[1]!, fixed: false }));
      else if (current && /^ {2}fix /.test(line)) current.fixed = true;
    }
  }
  return seen;
}

/** The rules a near-miss fixture is named for: gr201-gr202-ok-x.txt → GR201, GR202. */
function nearMissCodes(file: string): string[] {
  const m = /^((?:gr\d{3}-)+)ok-/.exec(file);
  return m
    ? m[1]!
        .split('-')
        .filter(Boolean)
        .map((c) => c.toUpperCase())
    : [];
}

const seen = findingsInFixtures();
const fixtures = expectedFixtures();

test('the registry and the fixtures are not empty', () => {
  assert.ok(rules.length >= 10, `${rules.length} rules`);
  assert.ok(seen.length >= rules.length, `${seen.length} findings in fixtures`);
});

test('codes, names and docs anchors are unique and well formed', () => {
  for (const [what, key] of [
    ['code', (r: (typeof rules)[number]) => r.code],
    ['name', (r: (typeof rules)[number]) => r.name],
    ['docs anchor', (r: (typeof rules)[number]) => docsAnchor(r.code)],
  ] as const) {
    const values = rules.map(key);
    const twice = values.filter((v, i) => values.indexOf(v) !== i);
    assert.deepEqual(twice, [], `${what}s used twice`);
  }
  for (const rule of rules) {
    assert.match(rule.code, /^GR\d{3}$/);
    assert.match(rule.name, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.match(docsAnchor(rule.code), /^[a-z0-9-]+$/);
    assert.ok(rule.summary.zh.trim() && rule.summary.en.trim(), `${rule.code}: summary in both languages`);
  }
});

test('near-miss names: gr201-ok-x.txt and gr201-gr202-ok-x.txt, nothing else', () => {
  assert.deepEqual(nearMissCodes('gr201-ok-x.txt'), ['GR201']);
  assert.deepEqual(nearMissCodes('gr201-gr202-ok-x.txt'), ['GR201', 'GR202']);
  assert.deepEqual(nearMissCodes('gr201-x-ok.txt'), []);
  assert.deepEqual(nearMissCodes('gr2xx-ok-x.txt'), []);
});

test('every code found in a fixture is a registered rule', () => {
  const codes = new Set(rules.map((r) => r.code));
  assert.deepEqual(
    seen.filter((f) => !codes.has(f.code)).map((f) => `${f.fixture}: ${f.code}`),
    [],
  );
});

for (const rule of rules) {
  const mine = seen.filter((f) => f.code === rule.code);

  test(`${rule.code} ${rule.name}: some fixture triggers it`, () => {
    assert.ok(
      mine.length > 0,
      `no fixture gives ${rule.code}: add test/fixtures/rules/${rule.code.toLowerCase()}-<case>.txt with its .expected file`,
    );
  });

  test(`${rule.code} ${rule.name}: a near-miss fixture (${rule.code.toLowerCase()}-ok-*.txt) does not trigger it`, () => {
    const nearMisses = fixtures.filter((f) => nearMissCodes(basename(f.path)).includes(rule.code));
    assert.ok(
      nearMisses.length > 0,
      `no near-miss for ${rule.code}: add test/fixtures/rules/${rule.code.toLowerCase()}-ok-<case>.txt, text that comes close but is right, with its .expected file`,
    );
    for (const nearMiss of nearMisses) {
      assert.ok(!mine.some((f) => f.fixture === nearMiss.name), `${nearMiss.name} is a near-miss for ${rule.code}, yet gives it`);
    }
  });

  if (rule.fixable) {
    test(`${rule.code} ${rule.name}: marked fixable, offers a fix in some fixture`, () => {
      assert.ok(
        mine.some((f) => f.fixed),
        `${rule.code} is marked fixable but none of its ${mine.length} findings in the fixtures has a fix`,
      );
    });
  } else {
    test(`${rule.code} ${rule.name}: not marked fixable, never offers a fix`, () => {
      assert.deepEqual(
        mine.filter((f) => f.fixed).map((f) => f.fixture),
        [],
        `${rule.code} is not marked fixable`,
      );
    });
  }
}
