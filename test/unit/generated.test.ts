// The files derived from the rule registry are committed; this test regenerates them in
// memory and fails when they are stale (fix: `npm run gen`), so that nobody edits them
// by hand. It also checks that the manifest's localisation is complete.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { docsAnchor } from '../../server/src/engine/docs';
import { rules } from '../../server/src/engine/rules';
import type { RuleMeta } from '../../server/src/engine/types';
import {
  PACKAGE_JSON,
  README,
  ROOT,
  RULES_DOC,
  RULE_DOCS_DIR,
  RULES_SETTING,
  RULE_SETTINGS,
  renderDocs,
  renderPackageJson,
  renderReadme,
  renderRulesSchema,
  parseRuleProse,
  readRuleProse,
} from '../../scripts/generate';

const STALE = 'out of date: run `npm run gen` and commit the result';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const readJson = (file: string) => JSON.parse(read(file));

/** The first differing line, so a failure says where instead of dumping two files. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}:\n  committed: ${JSON.stringify(a[i])}\n  generated: ${JSON.stringify(e[i])}`;
  }
  return 'no difference';
}

function assertSame(file: string, actual: string, expected: string): void {
  assert.ok(actual === expected, `${path.relative(ROOT, file)} is ${STALE}\n${firstDifference(actual, expected)}`);
}

describe('generated files', () => {
  it('the registry has rules', () => {
    assert.ok(rules.length > 0);
  });

  it('package.json has the current govreport.rules schema', () => {
    const current = read(PACKAGE_JSON);
    assertSame(PACKAGE_JSON, current, renderPackageJson(current, rules));
  });

  it('docs/rules.md is current', () => {
    assert.ok(fs.existsSync(RULES_DOC), `docs/rules.md is missing: run \`npm run gen\``);
    assertSame(RULES_DOC, read(RULES_DOC), renderDocs(rules));
  });

  it('README.md lists every rule', () => {
    const current = read(README);
    assertSame(README, current, renderReadme(current, rules));
    for (const rule of rules) assert.ok(current.includes(`[${rule.code}](docs/rules.md#${docsAnchor(rule.code)})`), rule.code);
  });

  it('regenerating is idempotent and keeps the rest of package.json', () => {
    const current = read(PACKAGE_JSON);
    const once = renderPackageJson(current, rules);
    assert.equal(renderPackageJson(once, rules), once);
    const before = JSON.parse(current);
    const after = JSON.parse(once);
    delete before.contributes.configuration.properties[RULES_SETTING];
    delete after.contributes.configuration.properties[RULES_SETTING];
    assert.deepEqual(after, before);
  });
});

describe('govreport.rules schema', () => {
  const schema = renderRulesSchema(rules) as {
    properties: Record<string, { enum: string[]; default: string; markdownDescription: string }>;
    propertyNames: { enum: string[] };
    additionalProperties: { enum: string[] };
  };

  it('has one property per rule code with the rule severity as default', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), rules.map((r) => r.code).sort());
    for (const rule of rules) {
      const property = schema.properties[rule.code]!;
      assert.equal(property.default, rule.severity, rule.code);
      assert.deepEqual(property.enum, [...RULE_SETTINGS]);
      assert.ok(property.markdownDescription.startsWith(`${rule.code} ${rule.name}: `), property.markdownDescription);
      assert.ok(property.markdownDescription.includes(rule.summary.en.trim()), rule.code);
    }
  });

  it('accepts rule names and nothing else as keys', () => {
    for (const rule of rules) {
      assert.ok(schema.propertyNames.enum.includes(rule.code));
      assert.ok(schema.propertyNames.enum.includes(rule.name));
    }
    assert.equal(schema.propertyNames.enum.length, rules.length * 2);
    assert.deepEqual(schema.additionalProperties.enum, ['error', 'warning', 'info', 'hint', 'off']);
  });

  it('matches a made-up registry exactly', () => {
    const fake: RuleMeta = {
      code: 'GR999',
      name: 'made-up',
      severity: 'hint',
      fixable: true,
      category: 'dates',
      summary: { zh: '测试', en: 'a test | rule' },
    };
    assert.deepEqual(renderRulesSchema([fake]), {
      type: 'object',
      default: {},
      scope: 'resource',
      markdownDescription: '%config.rules%',
      properties: {
        GR999: {
          type: 'string',
          enum: ['error', 'warning', 'info', 'hint', 'off'],
          default: 'hint',
          markdownDescription: 'GR999 made-up: a test | rule',
        },
      },
      propertyNames: { enum: ['GR999', 'made-up'] },
      additionalProperties: { type: 'string', enum: ['error', 'warning', 'info', 'hint', 'off'] },
    });
    const docs = renderDocs([fake], () => FAKE_PROSE);
    assert.match(docs, /<a id="gr999"><\/a>\n\n## GR999 made-up\n/);
    assert.match(docs, /\| \[GR999\]\(#gr999\) \| `made-up` \| hint \| yes \| 测试<br>a test \\\| rule \|/);
    assert.match(docs, /```text\na\tb\n```/);
  });

  it('rejects duplicate codes and names', () => {
    const [first] = rules;
    assert.ok(first);
    assert.throws(() => renderRulesSchema([first, { ...first, name: 'other-name' }]), /already used/);
    assert.throws(() => renderRulesSchema([first, { ...first, code: 'GR998' }]), /already used/);
  });
});

const FAKE_PROSE = `<!-- a note -->

## Why · 说明

因为如此。

Because.

## Wrong · 错误示例

\`\`\`text
a\tb
\`\`\`

## Right · 正确示例

\`\`\`text
c
\`\`\`
`;

describe('docs/rules/<code>.md, the prose of each rule', () => {
  it('every rule has one, and every one belongs to a rule', () => {
    const files = fs.readdirSync(RULE_DOCS_DIR).sort();
    assert.deepEqual(files, rules.map((r) => `${r.code}.md`).sort());
    for (const rule of rules) parseRuleProse(rule.code, readRuleProse(rule.code));
  });

  it('is split into why, wrong and right, comments dropped', () => {
    assert.deepEqual(parseRuleProse('GR999', FAKE_PROSE), {
      why: '因为如此。\n\nBecause.',
      wrong: '```text\na\tb\n```',
      right: '```text\nc\n```',
    });
  });

  it('is rejected when a part or a language is missing, or an example is not one text block', () => {
    const without = (s: string) => FAKE_PROSE.replace(s, '');
    assert.throws(() => parseRuleProse('GR999', without('## Right · 正确示例')), /headings must be/);
    assert.throws(() => parseRuleProse('GR999', 'intro\n' + FAKE_PROSE), /before the first/);
    assert.throws(() => parseRuleProse('GR999', without('Because.')), /Chinese and an English/);
    assert.throws(() => parseRuleProse('GR999', without('因为如此。')), /Chinese and an English/);
    assert.throws(() => parseRuleProse('GR999', FAKE_PROSE.replace('```text\nc\n```', 'c')), /Right must be exactly one/);
    assert.throws(
      () => parseRuleProse('GR999', FAKE_PROSE.replace('```text\nc\n```', '```text\nc\n```\n\n```text\nd\n```')),
      /Right must be/,
    );
    assert.throws(() => readRuleProse('GR999'), /docs\/rules\/GR999\.md/);
  });
});

describe('docs/rules.md', () => {
  const docs = renderDocs(rules);

  it('has an anchored section per rule, in the order anchors point at', () => {
    for (const rule of rules) {
      const anchor = docsAnchor(rule.code);
      assert.equal(anchor, rule.code.toLowerCase());
      const heading = `<a id="${anchor}"></a>\n\n## ${rule.code} ${rule.name}\n`;
      assert.ok(docs.includes(heading), `no section ${rule.code}`);
      const start = docs.indexOf(heading);
      const next = docs.indexOf('<a id=', start + 1);
      const section = docs.slice(start, next === -1 ? undefined : next);
      assert.ok(section.includes(rule.summary.zh.trim().split('\n')[0]!), `${rule.code}: Chinese summary`);
      assert.ok(section.includes(rule.summary.en.trim().split('\n')[0]!), `${rule.code}: English summary`);
      assert.ok(section.includes(`\`${rule.severity}\``), `${rule.code}: severity`);
      assert.ok(section.includes(rule.fixable ? 'yes · 是' : 'no · 否'), `${rule.code}: fixable`);
      assert.equal((section.match(/^```+text$/gm) ?? []).length, 2, `${rule.code}: wrong and right examples`);
    }
  });

  it('every overview link resolves to an anchor', () => {
    const ids = new Set([...docs.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const links = [...docs.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(links.length >= rules.length);
    for (const link of links) assert.ok(ids.has(link), `dangling link #${link}`);
  });
});

describe('manifest localisation', () => {
  const pkg = read(PACKAGE_JSON);
  const en = readJson(path.join(ROOT, 'package.nls.json'));
  const zh = readJson(path.join(ROOT, 'package.nls.zh-cn.json'));

  it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.includes('displayName') && keys.includes('config.rules'));
    for (const key of keys) {
      assert.equal(typeof en[key], 'string', `package.nls.json lacks ${key}`);
      assert.equal(typeof zh[key], 'string', `package.nls.zh-cn.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the two nls files have different keys');
  });

  it('every say() string of the client has a zh-cn translation', () => {
    const bundle = readJson(path.join(ROOT, 'l10n/bundle.l10n.zh-cn.json'));
    const dir = path.join(ROOT, 'client/src');
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of read(path.join(dir, file)).matchAll(/\bsay\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!.replace(/\\(.)/g, '$1'));
    }
    assert.ok(used.size > 0);
    for (const message of used)
      assert.equal(typeof bundle[message], 'string', `l10n/bundle.l10n.zh-cn.json lacks ${JSON.stringify(message)}`);
    for (const message of Object.keys(bundle)) assert.ok(used.has(message), `unused translation ${JSON.stringify(message)}`);
  });
});
