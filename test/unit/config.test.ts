// .govreportrc.json: one shape for the CLI and the language server. Parsing keeps every
// good entry and reports each broken one with its place; the nearest file wins; overrides
// by glob; deadline, profile and a local variant's sections reach the rules.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, rules } from '../../server/src/engine';
import { parseConfig } from '../../server/src/config/parse';
import { ConfigLoader, optionsFor } from '../../server/src/config/load';
import { runCli } from '../../server/src/cli/run';
import { CONFIG_SCHEMA, renderConfigSchema } from '../../scripts/generate';
import { readFixture } from './helpers';

test('a valid configuration: rules by code or name, overrides, deadline, profile, local sections', () => {
  const { config, problems } = parseConfig(
    JSON.stringify({
      rules: { GR105: 'off', 'narrative-year': 'warn' },
      overrides: [{ files: ['乡镇/**'], rules: { GR005: 'info' } }],
      deadline: '02-15',
      profile: 'national-2021',
      localSections: [{ title: '信息处理费收取情况', before: 5 }],
      omitSections: [6],
    }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules, { GR105: 'off', GR305: 'warning' });
  assert.deepEqual(config.overrides, [{ files: ['乡镇/**'], rules: { GR005: 'info' } }]);
  assert.equal(config.deadline, '02-15');
  assert.equal(config.profile, 'national-2021');
  assert.deepEqual(config.localSections, [{ title: '信息处理费收取情况', before: 5 }]);
  assert.deepEqual(config.omitSections, [6]);
});

test('a broken configuration: each problem at its place, the good entries kept', () => {
  const text = '{\n  "rules": { "GR999": "off", "GR105": "loud", "GR301": "off" },\n  "deadlne": "01-31",\n  "profile": 2021\n}';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(config.rules, { GR301: 'off' });
  assert.deepEqual(
    problems.map((p) => [text.slice(p.start, p.end), p.message.en]),
    [
      ['"GR999"', 'Unknown rule "GR999"'],
      ['"loud"', 'Rule GR105: expected error, warning, info, hint or off'],
      ['"deadlne"', 'Unknown setting "deadlne"'],
      ['2021', '"profile" must be one of auto, national-2021, trial-2019'],
    ],
  );
  const bad = parseConfig('{ "rules": { "GR105": "off" ');
  assert.equal(bad.problems.length > 0, true);
  assert.match(bad.problems[0].message.en, /^Invalid JSON/);
  assert.deepEqual(bad.config.rules, {}, 'nothing from a file that is not JSON');
});

test('the nearest .govreportrc.json wins; overrides match globs relative to it', () => {
  const root = mkdtempSync(join(tmpdir(), 'govreport-config-'));
  try {
    mkdirSync(join(root, 'towns', 'east'), { recursive: true });
    writeFileSync(
      join(root, '.govreportrc.json'),
      JSON.stringify({ rules: { GR301: 'off' }, overrides: [{ files: ['towns/**'], rules: { GR005: 'off' } }] }),
    );
    writeFileSync(join(root, 'towns', 'east', '.govreportrc.json'), JSON.stringify({ rules: { GR304: 'off' } }));
    const loader = new ConfigLoader();
    const top = optionsFor(loader.forFile(join(root, 'a.txt')), join(root, 'a.txt'));
    assert.deepEqual(top.rules, { GR301: 'off' });
    const town = join(root, 'towns', 'west.txt');
    assert.deepEqual(optionsFor(loader.forFile(town), town).rules, { GR301: 'off', GR005: 'off' });
    const east = join(root, 'towns', 'east', 'r.txt');
    assert.deepEqual(optionsFor(loader.forFile(east), east).rules, { GR304: 'off' }, 'nearest wins, no merging with the parent');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a local variant declared in configuration is not flagged (五、信息处理费收取情况, no 六)', () => {
  for (const layout of ['tab', 'pipe']) {
    const text = readFixture('config', `pingtan-2025-variant-${layout}.txt`);
    // The reader knows the 2025 variant's fee section by itself; declared as well, it is
    // counted once (六、存在的主要问题 stays right).
    assert.deepEqual(lint(text).findings, []);
    const declared = parseConfig(JSON.stringify({ localSections: [{ title: '信息处理费收取情况', before: 5 }], omitSections: [6] }));
    assert.deepEqual(lint(text, optionsFor({ config: declared.config, problems: [] }, 'x.txt')).findings, []);

    // A section the reader does not know: a province's 五、政府信息公开工作考核情况 in
    // place of the fee section. Without the declaration: 存在的主要问题 numbered 六 and no
    // 其他需要报告的事项.
    const lines = text.split('\n');
    const fee = lines.findIndex((l) => l.startsWith('五、信息处理费收取情况'));
    assert.ok(fee > 0);
    lines.splice(fee, 3, '五、政府信息公开工作考核情况', '本年度我局政府信息公开工作纳入年度绩效考核。');
    const local = lines.join('\n');
    assert.deepEqual(
      lint(local).findings.map((f) => `${f.code} ${f.range.start.line + 1}`),
      [`GR004 ${fee + 3}`, `GR002 ${fee + 6}`],
    );
    const { config } = parseConfig(
      JSON.stringify({ localSections: [{ title: '政府信息公开工作考核情况', before: 5 }], omitSections: [6] }),
    );
    assert.deepEqual(lint(local, optionsFor({ config, problems: [] }, 'x.txt')).findings, []);
  }
});

test('deadline and profile from the configuration reach GR304 and GR106', () => {
  const late = readFixture('rules', 'gr304-published-late-tab.txt');
  assert.deepEqual(
    lint(late).findings.map((f) => f.code),
    ['GR304'],
  );
  assert.deepEqual(lint(late, { deadline: '02-28' }).findings, []);
  const trial = readFixture('rules', 'gr106-trial-format-in-2022-tab.txt');
  assert.ok(lint(trial).findings.some((f) => f.code === 'GR106'));
  assert.ok(!lint(trial, { profile: 'trial-2019' }).findings.some((f) => f.code === 'GR106'));
  // The 2020 report in the trial format is right under auto, outdated under national-2021.
  const trial2020 = readFixture('rules', 'trial-format-2020.txt');
  assert.ok(!lint(trial2020).findings.some((f) => f.code === 'GR106'));
  assert.deepEqual(
    lint(trial2020, { profile: 'national-2021' })
      .findings.filter((f) => f.code === 'GR106')
      .map((f) => f.range.start.line + 1),
    [21, 42],
  );
});

test('the JSON schema is generated from the registry and committed', () => {
  assert.equal(readFileSync(CONFIG_SCHEMA, 'utf8'), renderConfigSchema(rules), 'run npm run gen');
  const schema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8'));
  for (const rule of rules) {
    assert.ok(schema.properties.rules.properties[rule.code], rule.code);
    assert.ok(schema.properties.rules.properties[rule.name], rule.name);
  }
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.govreportrc.json', url: './schemas/govreportrc.schema.json' }]);
});

test('CLI: each file under its nearest configuration; a broken one is named and the rest still runs', async () => {
  const root = mkdtempSync(join(tmpdir(), 'govreport-config-cli-'));
  try {
    mkdirSync(join(root, 'late'));
    writeFileSync(join(root, 'late', 'r.txt'), readFixture('rules', 'gr304-published-late-tab.txt'));
    const run = async () => {
      let out = '';
      let err = '';
      const code = await runCli(['--format', 'json', '--lang', 'en', '.'], {
        cwd: root,
        stdout: (t: string) => (out += t),
        stderr: (t: string) => (err += t),
      });
      return { code, err, codes: (JSON.parse(out) as { messages: { code: string }[] }[])[0].messages.map((m) => m.code) };
    };
    assert.deepEqual((await run()).codes, ['GR304']);
    writeFileSync(join(root, 'late', '.govreportrc.json'), JSON.stringify({ deadline: '02-28' }));
    assert.deepEqual((await run()).codes, []);
    writeFileSync(join(root, 'late', '.govreportrc.json'), '{ "deadline": "02-28", "rules": { "GR999": "off" } }');
    const broken = await run();
    assert.equal(broken.code, 2);
    assert.match(broken.err, /late\/\.govreportrc\.json:1:35: Unknown rule "GR999"/);
    assert.deepEqual(broken.codes, [], 'the valid deadline still applies');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('CLI: one configuration over several folders and overrides within a folder: each file gets its own rules', async () => {
  const root = mkdtempSync(join(tmpdir(), 'govreport-config-many-'));
  try {
    const report = readFileSync(join(__dirname, '..', '..', 'examples', '武陟县科技和工业信息化局2022年政府信息公开工作年度报告.txt'));
    // GR303 off everywhere; GR502 off for y/ and for x/b.txt; GR105 stays on.
    writeFileSync(
      join(root, '.govreportrc.json'),
      JSON.stringify({ rules: { GR303: 'off' }, overrides: [{ files: ['y/**', 'x/b.txt'], rules: { GR502: 'off' } }] }),
    );
    // z/ has a configuration of its own without overrides, read once for its two files.
    for (const file of ['x/a.txt', 'x/b.txt', 'x/c.txt', 'y/a.txt', 'z/a.txt', 'z/b.txt']) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), report);
    }
    writeFileSync(join(root, 'z', '.govreportrc.json'), JSON.stringify({ rules: { GR105: 'off' } }));
    let out = '';
    await runCli(['--format', 'json', '.'], { cwd: root, stdout: (t: string) => (out += t), stderr: () => undefined });
    const codes = Object.fromEntries(
      (JSON.parse(out) as { filePath: string; messages: { code: string }[] }[]).map((r) => [
        r.filePath,
        r.messages
          .map((m) => m.code)
          .sort()
          .join(' '),
      ]),
    );
    assert.deepEqual(codes, {
      'x/a.txt': 'GR105 GR502',
      'x/b.txt': 'GR105',
      'x/c.txt': 'GR105 GR502',
      'y/a.txt': 'GR105',
      'z/a.txt': 'GR303 GR502',
      'z/b.txt': 'GR303 GR502',
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
