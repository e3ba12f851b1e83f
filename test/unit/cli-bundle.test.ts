// The built CLI (dist/cli.js, as a reviewer runs it: npm test builds it first) against
// runCli from the source on the same folder: the same bytes on stdout and stderr, the same
// exit code. The bundle loads the readers of web pages, Word and PDF from dist/readers.js on
// first use (issue 11: start-up), so a folder of text reports must not load that file, and
// a folder with a page and a PDF must read them exactly as the source does. With worker
// threads (--concurrency, dist/cliWorker.js) the output is the same as on one thread.
// Run: npm run build && node --import tsx --test test/unit/cli-bundle.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { MIN_FILES_PER_WORKER, workerCount } from '../../server/src/cli/pool';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
const EXAMPLES = path.join(ROOT, 'examples');
const TEXT_REPORTS = [
  '嘉善县科学技术局2022年政府信息公开工作年度报告.txt',
  '富阳区科学技术局2021年政府信息公开工作年度报告.txt',
  '金乡县科学技术局2023年政府信息公开工作年度报告.txt',
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The bundle required dist/readers.js. */
  loadedReaders?: boolean;
  /** The bundle required dist/iconv.js. */
  loadedIconv?: boolean;
}

/** Preloaded into the bundle's process: says on stderr when dist/readers.js or dist/iconv.js is required. */
const WATCH_READERS = `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/[\\\\/]readers\\.js$/.test(request)) process.stderr.write('<readers.js loaded>\\n');
  if (/[\\\\/]iconv\\.js$/.test(request)) process.stderr.write('<iconv.js loaded>\\n');
  return load.call(this, request, ...rest);
};`;

function runBundle(dir: string, argv: string[]): Run {
  const hook = path.join(dir, '..', `${path.basename(dir)}-watch.cjs`);
  writeFileSync(hook, WATCH_READERS);
  try {
    const result = spawnSync(process.execPath, ['--require', hook, BUNDLE, ...argv], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    const marker = '<readers.js loaded>\n';
    const iconv = '<iconv.js loaded>\n';
    return {
      code: result.status ?? -1,
      stdout: result.stdout,
      stderr: result.stderr.replace(marker, '').replace(iconv, ''),
      loadedReaders: result.stderr.includes(marker),
      loadedIconv: result.stderr.includes(iconv),
    };
  } finally {
    rmSync(hook, { force: true });
  }
}

async function runSource(dir: string, argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: dir,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: async function* () {},
  });
  return { code, stdout, stderr };
}

const withFolder = async (files: [string, string][], body: (dir: string) => Promise<void>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-bundle-'));
  try {
    for (const [from, name] of files) copyFileSync(from, path.join(dir, name));
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const skip = existsSync(BUNDLE) ? false : 'dist/cli.js is not built (npm run build)';

test('a folder of text reports: the bundle prints what the source prints, and never loads the readers', { skip }, async () => {
  await withFolder(
    TEXT_REPORTS.map((name) => [path.join(EXAMPLES, name), name]),
    async (dir) => {
      for (const format of ['stylish', 'json']) {
        const argv = ['.', '--format', format];
        const bundle = runBundle(dir, argv);
        const source = await runSource(dir, argv);
        assert.equal(bundle.loadedReaders, false, 'text reports do not need the readers of other formats');
        assert.equal(bundle.loadedIconv, false, 'UTF-8 reports do not need the code pages of other encodings');
        assert.deepEqual(
          { ...bundle, loadedReaders: undefined, loadedIconv: undefined },
          { ...source, loadedReaders: undefined, loadedIconv: undefined },
        );
        // Something was checked: the examples have findings, and the exit code says errors (1) or none (0).
        assert.ok(bundle.stdout.length > 0);
        assert.ok(bundle.code === 0 || bundle.code === 1);
      }
    },
  );
});

/** Preloaded: lists on stderr the modules the process requires that a plain run has no use for. */
const WATCH_MODULES = `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^(node:)?(crypto|worker_threads)$|picomatch/.test(request)) process.stderr.write('<loaded ' + request + '>\\n');
  return load.call(this, request, ...rest);
};`;

test(
  'start-up: a plain run loads neither node:crypto, node:worker_threads nor picomatch; --fix and workers load theirs',
  { skip },
  async () => {
    await withFolder(
      TEXT_REPORTS.map((name) => [path.join(EXAMPLES, name), name]),
      async (dir) => {
        const hook = path.join(dir, '..', `${path.basename(dir)}-modules.cjs`);
        writeFileSync(hook, WATCH_MODULES);
        const loaded = (argv: string[]) => {
          const result = spawnSync(process.execPath, ['--require', hook, BUNDLE, ...argv], {
            cwd: dir,
            encoding: 'utf8',
            env: { PATH: process.env.PATH },
          });
          assert.ok(result.status === 0 || result.status === 1, result.stderr);
          return [...new Set([...result.stderr.matchAll(/<loaded (.+)>/g)].map((m) => m[1]))].sort();
        };
        try {
          // fdir's own look for picomatch (scripts/build.mjs) went to node_modules at every start.
          assert.deepEqual(loaded(['.']), []);
          assert.deepEqual(loaded(['.', '--format', 'json']), []);
          // The hook sees what they require when they need it.
          assert.deepEqual(loaded(['.', '--concurrency', '2']), ['node:worker_threads']);
          assert.deepEqual(loaded(['.', '--fix']), ['node:crypto']);
        } finally {
          rmSync(hook, { force: true });
        }
      },
    );
  },
);

/** dist/cli.js run on the examples, saying whether it started from the code cache. */
function runChecked(cli: string, nodeFlags: string[] = []): { cache: string; stdout: string; code: number | null } {
  const result = spawnSync(process.execPath, [...nodeFlags, cli, EXAMPLES, '--format', 'json'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GOV_REPORT_LINT_CODE_CACHE: 'check' },
  });
  return { cache: /<code cache: (\w+)>/.exec(result.stderr)?.[1] ?? '?', stdout: result.stdout, code: result.status };
}

test(
  'code cache: the built CLI starts from the cache the build made; a cache for another bundle or a damaged one is not used, and the output is the same',
  { skip },
  () => {
    const built = runChecked(BUNDLE);
    assert.equal(built.cache, 'used');
    assert.ok(built.stdout.length > 0);
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-cache-'));
    try {
      // A copy of dist/ as it was built (times kept): the cache is its bundle's.
      for (const name of ['cli.js', 'cli-main.js', 'cli-main.cache']) {
        cpSync(path.join(ROOT, 'dist', name), path.join(dir, name), { preserveTimestamps: true });
      }
      const cli = path.join(dir, 'cli.js');
      assert.deepEqual(runChecked(cli), built);
      // The CLI runs under V8 flags of its own (start.ts), set before the bundle is compiled, and
      // the build made the cache under them: used above. Run with V8's default inlining budget
      // (920) given by the user, which the CLI leaves alone, V8 refuses the cache, its flags being
      // part of it, and the output is the same. Were the CLI's flags not set, the cache would have
      // been made at the defaults and taken here.
      assert.deepEqual(runChecked(cli, ['--max-inlined-bytecode-size-cumulative=920']), { ...built, cache: 'rejected' });
      // The same for any of TurboFan's flags the user gives, here escape analysis on (V8's
      // default, which the CLI turns off): the CLI sets none of its own, and the cache is refused.
      // Had it set its flags after the user's, they would be the build's and the cache taken.
      assert.deepEqual(runChecked(cli, ['--turbo-escape']), { ...built, cache: 'rejected' });
      // Another build of the bundle (another id): the cache is not its own.
      const main = path.join(dir, 'cli-main.js');
      const text = readFileSync(main, 'utf8');
      assert.match(text, /^\/\/ gov-report-lint build [0-9a-f-]+\n/);
      writeFileSync(
        main,
        text.replace(/^\/\/ gov-report-lint build [0-9a-f]/, (id) => id.slice(0, -1) + (id.endsWith('0') ? '1' : '0')),
      );
      assert.deepEqual(runChecked(cli), { ...built, cache: 'none' });
      // A cache cut short (its header right): V8 refuses it, the bundle is compiled.
      cpSync(path.join(ROOT, 'dist', 'cli-main.js'), path.join(dir, 'cli-main.js'), { preserveTimestamps: true });
      const cache = path.join(dir, 'cli-main.cache');
      truncateSync(cache, Math.floor(readFileSync(cache).length / 2));
      assert.deepEqual(runChecked(cli), { ...built, cache: 'rejected' });
      // No cache at all.
      rmSync(cache);
      assert.deepEqual(runChecked(cli), { ...built, cache: 'none' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test(
  'a report in GBK with CRLF: the bundle loads iconv-lite from dist/iconv.js and reads and fixes it as the source does',
  { skip },
  async () => {
    const gbk = path.join(FIXTURES, 'gbk-crlf-000.txt');
    for (const argv of [
      ['.', '--format', 'json'],
      ['.', '--verbose'],
      ['.', '--fix-dry-run'],
    ]) {
      await withFolder([[gbk, 'gbk-crlf-000.txt']], async (dir) => {
        const bundle = runBundle(dir, argv);
        const source = await runSource(dir, argv);
        assert.equal(bundle.loadedIconv, true, argv.join(' '));
        assert.deepEqual(
          { ...bundle, loadedReaders: undefined, loadedIconv: undefined },
          { ...source, loadedReaders: undefined, loadedIconv: undefined },
        );
        assert.ok(bundle.stdout.length > 0);
      });
    }
    // --fix writes the file back in GBK, as the source does.
    let written: Buffer[] = [];
    for (const run of [(dir: string) => Promise.resolve(runBundle(dir, ['.', '--fix'])), (dir: string) => runSource(dir, ['.', '--fix'])]) {
      await withFolder([[gbk, 'gbk-crlf-000.txt']], async (dir) => {
        await run(dir);
        written = [...written, readFileSync(path.join(dir, 'gbk-crlf-000.txt'))];
      });
    }
    assert.ok(written[0].equals(written[1]), 'the same bytes written');
    assert.ok(!written[0].equals(readFileSync(gbk)), 'something was fixed');
    assert.equal(written[0].includes(Buffer.from('年度报告', 'utf8')), false, 'still GBK, not UTF-8');
  },
);

test('a web page and a PDF: the bundle loads the readers from dist/readers.js and reads them as the source does', { skip }, async () => {
  await withFolder(
    [
      [path.join(FIXTURES, 'jjpq-2024-excerpt.html'), 'jjpq-2024-excerpt.html'],
      [path.join(FIXTURES, 'jjpq-2024.pdf'), 'jjpq-2024.pdf'],
      [path.join(EXAMPLES, TEXT_REPORTS[0]), TEXT_REPORTS[0]],
    ],
    async (dir) => {
      const argv = ['.', '--format', 'json'];
      const bundle = runBundle(dir, argv);
      const source = await runSource(dir, argv);
      assert.equal(bundle.loadedReaders, true);
      assert.deepEqual(
        { ...bundle, loadedReaders: undefined, loadedIconv: undefined },
        { ...source, loadedReaders: undefined, loadedIconv: undefined },
      );
      // Both other formats were read and checked (the excerpt misses table 1's 规章 row: GR102).
      const results = JSON.parse(bundle.stdout) as { filePath: string; messages: { code: string }[] }[];
      for (const name of ['jjpq-2024-excerpt.html', 'jjpq-2024.pdf']) {
        const result = results.find((r) => r.filePath === name);
        assert.ok(result, `${name} is in the report`);
        assert.ok(
          result.messages.some((m) => m.code === 'GR102'),
          `${name}: the missing 规章 row is found`,
        );
      }
    },
  );
});

/** A folder of many kinds of input: reports (two years of one unit among them), other documents, an empty file, a page, a PDF. */
function mixedFolder(dir: string): void {
  const across = path.join(ROOT, 'test', 'fixtures', 'across-years');
  for (const name of readdirSync(across).filter((n) => n.endsWith('.txt'))) copyFileSync(path.join(across, name), path.join(dir, name));
  const notReports = path.join(FIXTURES, 'not-reports');
  mkdirSync(path.join(dir, 'other'));
  for (const name of readdirSync(notReports)) copyFileSync(path.join(notReports, name), path.join(dir, 'other', name));
  copyFileSync(path.join(FIXTURES, 'gbk-crlf-000.txt'), path.join(dir, 'gbk-crlf-000.txt'));
  copyFileSync(path.join(FIXTURES, 'jjpq-2024-excerpt.html'), path.join(dir, 'jjpq-2024-excerpt.html'));
  copyFileSync(path.join(FIXTURES, 'jjpq-2024.pdf'), path.join(dir, 'jjpq-2024.pdf'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  // Enough reports for several files in hand per worker, in an order the names decide.
  for (let i = 0; i < 24; i++) {
    const name = TEXT_REPORTS[i % TEXT_REPORTS.length];
    mkdirSync(path.join(dir, `unit-${i % 4}`), { recursive: true });
    copyFileSync(path.join(EXAMPLES, name), path.join(dir, `unit-${i % 4}`, `${String(i).padStart(2, '0')}-${name}`));
  }
}

test('worker threads: the same output, in the same order, and the same exit code as one thread', { skip }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-bundle-'));
  try {
    mixedFolder(dir);
    for (const format of ['stylish', 'json', 'sarif', 'csv']) {
      const one = runBundle(dir, ['.', '--format', format, '--concurrency', 'off']);
      const source = await runSource(dir, ['.', '--format', format]);
      assert.deepEqual(
        { ...one, loadedReaders: undefined, loadedIconv: undefined },
        { ...source, loadedReaders: undefined, loadedIconv: undefined },
        `${format}: bundle = source`,
      );
      for (const threads of ['2', '3']) {
        const many = runBundle(dir, ['.', '--format', format, '--concurrency', threads]);
        assert.equal(many.code, one.code, `${format}, ${threads} workers: exit code`);
        assert.equal(many.stderr, one.stderr, `${format}, ${threads} workers: stderr`);
        assert.equal(many.stdout, one.stdout, `${format}, ${threads} workers: stdout`);
      }
    }
    // The run says what it found: an empty file is a failure to check (2), the reports were checked.
    const json = runBundle(dir, ['.', '--format', 'json', '--concurrency', '2']);
    assert.equal(json.code, 2);
    const results = JSON.parse(json.stdout) as { filePath: string }[];
    assert.ok(results.length >= 30, `every report is in the output (${results.length})`);
    // Last year's report was found across files handed to different workers (GR403–GR405 need it).
    assert.match(json.stdout, /GR40[345]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('worker count: none unless asked, none for a few files, at most one per file', () => {
  assert.equal(workerCount(1000, 'off', 8), 0);
  assert.equal(workerCount(1000, 1, 8), 0);
  assert.equal(workerCount(1000, 3, 2), 3);
  assert.equal(workerCount(2, 4, 8), 2);
  // auto: one per core once each has enough files; a single worker would only add its start-up.
  assert.equal(workerCount(1000, 'auto', 2), 2);
  assert.equal(workerCount(1000, 'auto', 1), 0);
  assert.equal(workerCount(2 * MIN_FILES_PER_WORKER - 1, 'auto', 8), 0);
  assert.equal(workerCount(3 * MIN_FILES_PER_WORKER, 'auto', 8), 3);
});

test('--concurrency takes a number, auto or off', async () => {
  const bad = await runSource(ROOT, ['examples', '--concurrency', 'many', '--lang', 'en']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--concurrency needs a whole number ≥ 1, auto or off, got 'many'/);
  assert.equal((await runSource(ROOT, ['examples', '--concurrency', '0'])).code, 2);
  // From the sources (no worker bundle) every value checks on this thread.
  const auto = await runSource(ROOT, ['examples', '--concurrency', 'auto', '--format', 'json']);
  const off = await runSource(ROOT, ['examples', '--format', 'json']);
  assert.deepEqual(auto, off);
});
