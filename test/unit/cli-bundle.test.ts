// The built CLI (dist/cli.js, as a reviewer runs it: npm test builds it first) against
// runCli from the source on the same folder: the same bytes on stdout and stderr, the same
// exit code. The bundle loads the readers of web pages, Word and PDF from dist/readers.js on
// first use (issue 11: start-up), so a folder of text reports must not load that file, and
// a folder with a page and a PDF must read them exactly as the source does.
// Run: npm run build && node --import tsx --test test/unit/cli-bundle.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';

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
}

/** Preloaded into the bundle's process: says on stderr when dist/readers.js is required. */
const WATCH_READERS = `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/[\\\\/]readers\\.js$/.test(request)) process.stderr.write('<readers.js loaded>\\n');
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
    return {
      code: result.status ?? -1,
      stdout: result.stdout,
      stderr: result.stderr.replace(marker, ''),
      loadedReaders: result.stderr.includes(marker),
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
        assert.deepEqual({ ...bundle, loadedReaders: undefined }, { ...source, loadedReaders: undefined });
        // Something was checked: the examples have findings, and the exit code says errors (1) or none (0).
        assert.ok(bundle.stdout.length > 0);
        assert.ok(bundle.code === 0 || bundle.code === 1);
      }
    },
  );
});

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
      assert.deepEqual({ ...bundle, loadedReaders: undefined }, { ...source, loadedReaders: undefined });
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
