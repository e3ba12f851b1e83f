// Walking a folder when part of it cannot be read, whoever runs the tests. Root reads
// every folder whatever its mode (CI runs as root), so the failure is injected where the
// walk meets it: fs.promises.readdir throws for one subfolder, as it does for a folder
// without permission (EACCES), a failing disk (EIO) or a folder removed meanwhile (ENOENT).
// cli-batch.test.ts has the same case with a real chmod 000, for a non-root user.

import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, promises as fsp, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { inputKind, KIND_BY_EXTENSION } from '../../server/src/cli/files';
import { runCli } from '../../server/src/cli/run';
import type { JsonFileResult } from '../../server/src/cli/formatters/json';
import { FIXTURES } from './helpers';

const SEED_002 = path.join(FIXTURES, 'seeds', '002_12a69261f9476b84.txt');

async function runJson(argv: string[], cwd: string): Promise<{ code: number; results: JsonFileResult[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--format', 'json', ...argv], {
    cwd,
    env: { LANG: 'en_US.UTF-8' },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, results: JSON.parse(stdout) as JsonFileResult[], stderr };
}

for (const code of ['EACCES', 'EIO', 'ENOENT']) {
  test(`a subfolder whose listing fails (${code}) is listed as unreadable; the walk goes on; exit 2`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-lint-walk-'));
    const readdir = fsp.readdir.bind(fsp);
    const failing = path.join(dir, 'b-locked');
    const spy = mock.method(fsp, 'readdir', (async (folder: string, options?: unknown) => {
      if (path.resolve(String(folder)) === failing) throw Object.assign(new Error(`${code}: ${folder}`), { code });
      return readdir(folder as never, options as never);
    }) as typeof fsp.readdir);
    try {
      for (const sub of ['a', 'b-locked', 'c']) {
        mkdirSync(path.join(dir, sub));
        copyFileSync(SEED_002, path.join(dir, sub, 'r.txt'));
      }
      const { code: exit, results, stderr } = await runJson(['.'], dir);
      // The walk really went through the injected failure.
      assert.ok(spy.mock.calls.some((c) => path.resolve(String(c.arguments[0])) === failing));
      assert.equal(exit, 2, stderr);
      assert.deepEqual(
        results.map((r) => [r.filePath, r.skipped?.reason ?? 'checked', r.skipped?.detail ?? null]),
        [
          ['a/r.txt', 'checked', null],
          ['c/r.txt', 'checked', null],
          ['b-locked', 'unreadable', code],
        ],
      );
    } finally {
      spy.mock.restore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the folder given itself cannot be listed: one clear line, exit 2, the other arguments still checked', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-lint-walk-'));
  const readdir = fsp.readdir.bind(fsp);
  const failing = path.join(dir, 'locked');
  const spy = mock.method(fsp, 'readdir', (async (folder: string, options?: unknown) => {
    if (path.resolve(String(folder)) === failing) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    return readdir(folder as never, options as never);
  }) as typeof fsp.readdir);
  try {
    mkdirSync(failing);
    copyFileSync(SEED_002, path.join(dir, 'r.txt'));
    const { code, results, stderr } = await runJson(['locked', 'r.txt'], dir);
    assert.equal(code, 2);
    assert.deepEqual(
      results.map((r) => [r.filePath, r.skipped?.reason ?? 'checked']),
      [
        ['r.txt', 'checked'],
        ['locked', 'unreadable'],
      ],
    );
    // Not taken for an empty folder.
    assert.doesNotMatch(stderr, /no report files/);
  } finally {
    spy.mock.restore();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a file's kind by its extension lower-cased is its kind by the whole path lower-cased", () => {
  // The former definition: the extension of the whole path lower-cased.
  const before = (name: string) => KIND_BY_EXTENSION[path.extname(name.toLowerCase())];
  const pieces = ['a', 'Ä', 'İ', 'ß', '年', '.', '/', '.txt', '.TXT', '.Md', '.PDF', '.docx', '.HTM', '.govreport', 'K', ' '];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const name = parts.join('');
      assert.equal(inputKind(name), before(name), name);
    }),
    { numRuns: 3000 },
  );
  assert.equal(inputKind('/tmp/报告/2022年度报告.TXT'), 'text');
  assert.equal(inputKind('/tmp/a.txt/b'), undefined);
});
