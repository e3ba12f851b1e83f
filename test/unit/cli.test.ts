// The command-line checker, through runCli (no child process): exit codes, output
// formats, encodings and --fix on the real seeds.
// Run: node --import tsx --test test/unit/cli.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { runCli, type CliIo } from '../../server/src/cli/run';
import type { JsonFileResult } from '../../server/src/cli/formatters/json';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = 'test/fixtures/seeds';
const SEED_000 = `${SEEDS}/000_83736ae7aacb97e3.txt`;
const SEED_001 = `${SEEDS}/001_0d4db35de2d4a64b.txt`;
const SEED_002 = `${SEEDS}/002_12a69261f9476b84.txt`;
const GBK_000 = 'test/fixtures/cli/gbk-crlf-000.txt';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], io: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: ROOT,
    env: { LANG: 'en_US.UTF-8' },
    ...io,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

async function runJson(argv: string[], io: Partial<CliIo> = {}): Promise<{ code: number; results: JsonFileResult[]; stderr: string }> {
  const r = await run(['--format', 'json', ...argv], io);
  return { code: r.code, results: JSON.parse(r.stdout) as JsonFileResult[], stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'gov-report-lint-cli-'));
}

const withoutPath = (r: JsonFileResult) => ({ ...r, filePath: '', encoding: '' });

test('seed 000 (period ends in the wrong year) exits 1 with GR301 on line 5', async () => {
  const { code, results } = await runJson([SEED_000]);
  assert.equal(code, 1);
  assert.equal(results.length, 1);
  const gr301 = results[0].messages.filter((m) => m.code === 'GR301');
  assert.equal(gr301.length, 1, JSON.stringify(results[0].messages));
  assert.equal(gr301[0].line, 5);
  assert.equal(gr301[0].severity, 'error');
  assert.equal(gr301[0].fixable, true);
  assert.ok(results[0].errorCount >= 1);
});

test('seed 002 (a clean report) exits 0; clean files are not listed', async () => {
  const r = await run([SEED_002]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.stderr, '');
  assert.ok(!r.stdout.includes('002_12a69261f9476b84.txt'), r.stdout);
  assert.match(r.stdout, /✔ 1 file checked, no problems/);
  const verbose = await run(['--verbose', SEED_002]);
  assert.match(verbose.stdout, /002_12a69261f9476b84\.txt {2}\(utf-8\)\n {2}✔ no problems/);
});

test('stylish output: path, aligned `line:column  severity  CODE  message` rows, summary', async () => {
  const r = await run([SEED_000, SEED_001, SEED_002]);
  assert.equal(r.code, 1);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], SEED_000);
  assert.match(lines[1], /^ {2}5:\d+ +error +GR301 {2}\S/);
  const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
  assert.ok(rows.length >= 2);
  // Within one file, the CODE column starts at the same offset on every row.
  const seed001Rows = lines.slice(lines.indexOf(SEED_001) + 1, lines.indexOf('', lines.indexOf(SEED_001)));
  assert.ok(seed001Rows.length >= 2, r.stdout);
  const codeColumns = new Set(seed001Rows.map((l) => l.search(/GR\d{3}/)));
  assert.equal(codeColumns.size, 1, seed001Rows.join('\n'));
  assert.match(r.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?(, \d+ info)?(, \d+ hints?)?\) in 2 of 3 files\n$/);
  assert.ok(!r.stdout.includes('\u001b['), 'no colours when not a terminal');
});

test('colours only on a terminal and without NO_COLOR', async () => {
  assert.ok((await run([SEED_000], { isTTY: true, env: {} })).stdout.includes('\u001b[31m'));
  assert.ok(!(await run([SEED_000], { isTTY: true, env: { NO_COLOR: '1' } })).stdout.includes('\u001b['));
  assert.ok(!(await run(['--no-color', SEED_000], { isTTY: true, env: {} })).stdout.includes('\u001b['));
});

test('the GBK + CRLF copy of seed 000 gives the same findings as the UTF-8 original', async () => {
  const { code, results } = await runJson([SEED_000, GBK_000]);
  assert.equal(code, 1);
  const [utf8, gbk] = results;
  assert.equal(utf8.encoding, 'utf-8');
  assert.equal(gbk.encoding, 'gb18030');
  assert.ok(utf8.messages.length > 0);
  assert.deepEqual(withoutPath(gbk), withoutPath(utf8));
});

test('--fix on the GBK CRLF file rewrites only the period year, keeps GBK and CRLF; a second --fix changes nothing', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'report.txt');
    copyFileSync(path.join(ROOT, GBK_000), file);
    const before = readFileSync(file);

    const first = await runJson(['--fix', file]);
    assert.notEqual(first.code, 2, first.stderr);
    assert.ok(!first.results[0].messages.some((m) => m.code === 'GR301'), 'GR301 is fixed');
    const after = readFileSync(file);

    // Same length, and the only differing bytes are ASCII digits in both versions…
    assert.equal(after.length, before.length);
    const changed = [...before.keys()].filter((i) => before[i] !== after[i]);
    assert.ok(changed.length > 0, 'the file was rewritten');
    const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
    assert.ok(
      changed.every((i) => isDigit(before[i]) && isDigit(after[i])),
      `changed bytes at ${changed.join(',')}`,
    );
    // …all of them within the year of the period's end: 2021 → 2022.
    const text = iconv.decode(after, 'gb18030');
    assert.ok(text.includes('统计期限为 2022 年 1 月 1 日至 2022 年 12 月 31 日'));
    const yearAt = iconv.encode('统计期限为 2022 年 1 月 1 日至 ', 'gbk').length;
    const periodStart = before.indexOf(iconv.encode('统计期限为', 'gbk'));
    assert.ok(
      changed.every((i) => i >= periodStart + yearAt && i < periodStart + yearAt + 4),
      `changed bytes at ${changed.join(',')}`,
    );
    // Every line ending is still CRLF.
    assert.equal(text.split('\r\n').length, text.split('\n').length);

    const second = await run(['--fix', file]);
    assert.notEqual(second.code, 2, second.stderr);
    assert.doesNotMatch(second.stdout, /✔ fixed/);
    assert.ok(readFileSync(file).equals(after), 'second --fix leaves the bytes alone');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix keeps a UTF-8 BOM and does not touch clean files', async () => {
  const dir = tempDir();
  try {
    const withBom = path.join(dir, 'bom.txt');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path.join(ROOT, SEED_000))]));
    const clean = path.join(dir, 'clean.txt');
    copyFileSync(path.join(ROOT, SEED_002), clean);
    const cleanBefore = readFileSync(clean);

    const r = await run(['--fix', dir]);
    assert.notEqual(r.code, 2, r.stderr);
    assert.match(r.stdout, /✔ fixed \d+ problems? in 1 file/);
    const fixed = readFileSync(withBom);
    assert.deepEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(fixed.toString('utf8').includes('至 2022 年 12 月 31 日'));
    assert.ok(readFileSync(clean).equals(cleanBefore));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('json format parses and describes every file, clean ones included', async () => {
  const { code, results } = await runJson(['examples']);
  assert.equal(code, 1);
  assert.equal(results.length, 5);
  for (const r of results) {
    assert.equal(typeof r.filePath, 'string');
    assert.equal(r.encoding, 'utf-8');
    assert.equal(r.errorCount, r.messages.filter((m) => m.severity === 'error').length);
    assert.equal(r.warningCount, r.messages.filter((m) => m.severity === 'warning').length);
    for (const m of r.messages) {
      assert.match(m.code, /^GR\d{3}$/);
      assert.ok(m.line >= 1 && m.column >= 1 && m.endLine >= m.line);
      assert.equal(typeof m.rule, 'string');
      assert.equal(typeof m.fixable, 'boolean');
    }
  }
  assert.deepEqual(results.find((r) => r.filePath.includes('钱塘区'))?.messages, []);
});

test('an unreadable path exits 2 with a message, and the other files are still checked', async () => {
  const { code, results, stderr } = await runJson(['no/such/report.txt', SEED_002]);
  assert.equal(code, 2);
  assert.match(stderr, /cannot read no\/such\/report\.txt/);
  assert.equal(results.length, 1);
  assert.ok(results[0].filePath.endsWith('002_12a69261f9476b84.txt'));
});

test('a folder argument finds all seeds, sorted, skipping dot-folders, node_modules and other extensions', async () => {
  const { results } = await runJson([SEEDS]);
  const expected = readdirSync(path.join(ROOT, SEEDS))
    .filter((n) => n.endsWith('.txt'))
    .sort();
  assert.equal(expected.length, 5);
  assert.deepEqual(
    results.map((r) => r.filePath),
    expected.map((n) => `${SEEDS}/${n}`),
  );

  const dir = tempDir();
  try {
    const seed = readFileSync(path.join(ROOT, SEED_002));
    for (const sub of ['b', 'a/deep', '.hidden', 'node_modules/x']) mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, 'b', 'r.govreport'), seed);
    writeFileSync(path.join(dir, 'a', 'deep', 'r.md'), seed);
    writeFileSync(path.join(dir, 'a', 'r.txt'), seed);
    writeFileSync(path.join(dir, 'a', 'r.csv'), seed);
    writeFileSync(path.join(dir, '.hidden', 'r.txt'), seed);
    writeFileSync(path.join(dir, 'node_modules', 'x', 'r.txt'), seed);
    const found = await runJson(['.'], { cwd: dir });
    assert.deepEqual(
      found.results.filter((r) => !r.skipped).map((r) => r.filePath),
      ['a/deep/r.md', 'a/r.txt', 'b/r.govreport'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rule settings: --rule, --config, .govreportrc.json, --quiet, --max-warnings', async () => {
  const off = await runJson(['--rule', 'GR301=off', SEED_000]);
  assert.ok(!off.results[0].messages.some((m) => m.code === 'GR301'));
  const asWarning = await runJson(['--rule', 'period-range=warning', SEED_000]);
  assert.equal(asWarning.results[0].messages.find((m) => m.code === 'GR301')?.severity, 'warning');

  const seed001 = await runJson([SEED_001]);
  assert.ok(
    seed001.results[0].messages.some((m) => m.severity !== 'error'),
    'seed 001 has non-errors',
  );
  const quiet = await runJson(['--quiet', SEED_001]);
  assert.ok(quiet.results[0].messages.every((m) => m.severity === 'error'));
  const warnings = seed001.results[0].warningCount;
  assert.ok(warnings > 0);
  assert.equal((await run(['--max-warnings', String(warnings), SEED_001])).code, seed001.code);
  const tooMany = await run(['--max-warnings', String(warnings - 1), SEED_001]);
  assert.equal(tooMany.code, 1);
  assert.match(tooMany.stderr, /too many warnings/);

  const dir = tempDir();
  try {
    copyFileSync(path.join(ROOT, SEED_000), path.join(dir, 'r.txt'));
    writeFileSync(path.join(dir, '.govreportrc.json'), JSON.stringify({ rules: { GR301: 'off' } }));
    const auto = await runJson(['r.txt'], { cwd: dir });
    assert.ok(!auto.results[0].messages.some((m) => m.code === 'GR301'), 'auto-loaded .govreportrc.json');
    writeFileSync(path.join(dir, 'strict.json'), JSON.stringify({ rules: { GR301: 'hint' } }));
    const explicit = await runJson(['--config', 'strict.json', 'r.txt'], { cwd: dir });
    assert.equal(explicit.results[0].messages.find((m) => m.code === 'GR301')?.severity, 'hint');
    const flagWins = await runJson(['--config', 'strict.json', '--rule', 'GR301=error', 'r.txt'], { cwd: dir });
    assert.equal(flagWins.results[0].messages.find((m) => m.code === 'GR301')?.severity, 'error');
    writeFileSync(path.join(dir, 'broken.json'), '{ rules: ');
    const broken = await run(['--config', 'broken.json', 'r.txt'], { cwd: dir });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /invalid configuration file broken\.json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with a message on stderr', async () => {
  for (const argv of [
    [],
    ['--bogus', SEED_000],
    ['--format', 'xml', SEED_000],
    ['--lang', 'fr', SEED_000],
    ['--rule', 'GR999=off', SEED_000],
    ['--rule', 'GR105', SEED_000],
    ['--rule', 'GR105=loud', SEED_000],
    ['--max-warnings', 'many', SEED_000],
  ]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, /^gov-report-lint: \S/, argv.join(' '));
    assert.equal(r.stdout, '', argv.join(' '));
  }
});

test('language: --lang zh, or zh_* in LC_ALL/LC_MESSAGES/LANG', async () => {
  const zhFlag = await run(['--lang', 'zh', SEED_000]);
  assert.match(zhFlag.stdout, /✖ 共 \d+ 个问题（\d+ 个错误，\d+ 个警告.*），涉及 1 个文件中的 1 个/);
  assert.match(zhFlag.stdout, / 错误 +GR301 /);
  const zhEnv = await run([SEED_000], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } });
  assert.equal(zhEnv.stdout, zhFlag.stdout);
  const en = await run([SEED_000], { env: { LANG: 'C' } });
  assert.match(en.stdout, /✖ \d+ problems? \(/);
  assert.notEqual(en.stdout, zhFlag.stdout);
});

test('--help lists the options and points to docs/rules.md; --version prints the package version', async () => {
  for (const lang of ['en', 'zh']) {
    const help = await run(['--help', '--lang', lang]);
    assert.equal(help.code, 0);
    for (const option of ['--fix', '--format', '--lang', '--rule', '--config', '--quiet', '--max-warnings', '--version']) {
      assert.ok(help.stdout.includes(option), `${lang} help mentions ${option}`);
    }
    assert.ok(help.stdout.includes('docs/rules.md'));
  }
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const version = await run(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout, `${pkg.version}\n`);
});
