// A report named alone on the command line looks for last year's report among the reports
// in its folder. Those are read by their first lines (a text file's first 64 kB, a PDF's
// first page), and whole only when their title may be the unit's for the year before: one
// report in a folder of 300 PDFs no longer reads 300 PDFs. The results are the same as when
// every file was read whole (the folder checked as a whole finds the same last year).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs, { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { runCli } from '../../server/src/cli/run';
import { readHead, readInput, type ReadOptions } from '../../server/src/cli/read';
import { readPdf } from '../../server/src/cli/readers/pdf';
import { SNIFF_BYTES } from '../../server/src/cli/decode';
import type { JsonFileResult } from '../../server/src/cli/formatters/json';
import { IDENTITY_LINES } from '../../server/src/workspace/lastYear';
import { headLines, reportIdentity } from '../../server/src/engine/previous';
import { FIXTURES, readFixture } from './helpers';

async function runJson(argv: string[], cwd: string): Promise<JsonFileResult[]> {
  let stdout = '';
  await runCli(['--format', 'json', ...argv], { cwd, env: { LANG: 'en_US.UTF-8' }, stdout: (t) => (stdout += t), stderr: () => undefined });
  return JSON.parse(stdout) as JsonFileResult[];
}

/** A report made longer than a head read (64 kB) by an appendix at its end. */
function padded(text: string): string {
  return text + '\n附件：\n' + '本单位政府信息公开工作相关材料目录。\n'.repeat(4000);
}

/** Bytes read from each file by the synchronous reads (text files), while `run` runs. */
async function bytesRead(run: () => Promise<unknown>): Promise<Map<string, number>> {
  const files = new Map<number, string>();
  const read = new Map<string, number>();
  const { openSync, readSync } = fs;
  const open = (fs.openSync = ((file: string, ...rest: unknown[]) => {
    const fd = (openSync as (...a: unknown[]) => number)(file, ...rest);
    files.set(fd, String(file));
    return fd;
  }) as typeof openSync);
  const readOne = (fs.readSync = ((fd: number, ...rest: unknown[]) => {
    const n = (readSync as (...a: unknown[]) => number)(fd, ...rest);
    const file = files.get(fd);
    if (file) read.set(file, (read.get(file) ?? 0) + n);
    return n;
  }) as typeof readSync);
  try {
    await run();
  } finally {
    if (fs.openSync === open) fs.openSync = openSync;
    if (fs.readSync === readOne) fs.readSync = readSync;
  }
  return read;
}

test('a report named alone: the other reports in its folder are read by their first 64 kB; last year in full; same findings as the whole folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-lint-heads-'));
  try {
    writeFileSync(join(dir, '2022.txt'), readFixture('across-years', '2022-qiantang-unchained-tab.txt'));
    // Last year's, longer than a head read: read whole because its title is the one looked for.
    writeFileSync(join(dir, '2021.txt'), padded(readFixture('across-years', '2021-qiantang-pipe.txt')));
    // Other units, and the same unit's same year (seed 002), UTF-8 and GBK: their heads only.
    for (const seed of ['000_83736ae7aacb97e3', '001_0d4db35de2d4a64b', '002_12a69261f9476b84', '003_e7290be93566281d']) {
      writeFileSync(join(dir, `${seed}.txt`), padded(readFixture('seeds', `${seed}.txt`)));
    }
    writeFileSync(join(dir, '004-gbk.txt'), iconv.encode(padded(readFixture('seeds', '004_3a76839b33e1ea7f.txt')), 'gbk'));

    let alone: JsonFileResult[] = [];
    const read = await bytesRead(async () => (alone = await runJson(['2022.txt'], dir)));
    const size = (name: string) => readFileSync(join(dir, name)).length;
    for (const name of [
      '000_83736ae7aacb97e3.txt',
      '001_0d4db35de2d4a64b.txt',
      '002_12a69261f9476b84.txt',
      '003_e7290be93566281d.txt',
      '004-gbk.txt',
    ]) {
      assert.ok(size(name) > SNIFF_BYTES, `${name} is longer than a head`);
      assert.equal(read.get(join(dir, name)), SNIFF_BYTES, `${name}: its head only`);
    }
    assert.ok((read.get(join(dir, '2021.txt')) ?? 0) >= size('2021.txt'), 'last year read whole');

    // Last year found: the checks across years point into it.
    const codes = alone[0].messages.map((m) => m.code);
    assert.ok(codes.includes('GR403') && codes.includes('GR404'), codes.join(' '));
    // As when the whole folder is checked and every file read whole.
    const whole = await runJson(['.'], dir);
    assert.deepEqual(
      alone[0],
      whole.find((r) => r.filePath === '2022.txt'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a head read gives the title as the whole read does: UTF-8, BOM, GBK, UTF-16, UTF-8 that turns out GB18030, a forced encoding', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-lint-heads-'));
  try {
    const report = padded(readFixture('across-years', '2021-qiantang-pipe.txt'));
    const files: [string, Buffer][] = [
      ['utf8.txt', Buffer.from(report)],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report)])],
      ['gbk-crlf.txt', iconv.encode(report.replace(/\n/g, '\r\n'), 'gbk')],
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(report, 'utf-16le')])],
      ['utf16be-nobom.txt', iconv.encode(report, 'utf-16be')],
      // Valid UTF-8 for its first 64 kB, GBK after: the whole is read as GB18030.
      ['mixed.txt', Buffer.concat([Buffer.from(report), iconv.encode('附件二：情况说明\n', 'gbk')])],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(dir, name), bytes);
      for (const encoding of [undefined, 'gb18030', 'utf-8'] as const) {
        const options: ReadOptions = { maxBytes: 50 * 1024 * 1024, encoding };
        const target = { absolutePath: join(dir, name), displayPath: name, kind: 'text' as const, writable: false };
        const whole = await readInput(target, options);
        assert.ok(whole.ok);
        const heads = await readHead(target, options, IDENTITY_LINES);
        assert.ok(heads && heads.length > 0, `${name} ${encoding}: a head`);
        // One of them starts as the whole text does, for as many lines as asked.
        const start = headLines(whole.text, IDENTITY_LINES);
        assert.ok(
          heads.some((h) => h.startsWith(start)),
          `${name} ${encoding}`,
        );
      }
    }
    // Too large to be checked: never last year's report.
    assert.deepEqual(
      await readHead(
        { absolutePath: join(dir, 'utf8.txt'), displayPath: 'utf8.txt', kind: 'text', writable: false },
        { maxBytes: 1000 },
        IDENTITY_LINES,
      ),
      [],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a report's identity is read from its first IDENTITY_LINES lines at most (what head reads give)", () => {
  const body = readFixture('across-years', '2021-qiantang-pipe.txt');
  for (let above = 0; above <= IDENTITY_LINES + 5; above++) {
    const text = '首页 > 政务公开 > 年度报告\n'.repeat(above) + body;
    assert.deepEqual(reportIdentity(headLines(text, IDENTITY_LINES)), reportIdentity(text), `title under ${above} lines`);
  }
});

test("a PDF's head: its first pages until the lines asked, the same lines as the whole", async () => {
  const bytes = readFileSync(join(FIXTURES, 'across-years', '2021-qiantang.pdf'));
  const whole = await readPdf(bytes);
  const head = await readPdf(bytes, { firstLines: 5 });
  // The first page holds 11 lines: reading stopped there.
  assert.equal(head.text, whole.text.split('\n').slice(0, whole.pageStarts[1]).join('\n') + '\n');
  assert.ok(whole.pageStarts.length > 2 && whole.pageStarts[1] > 5);
  const two = await readPdf(bytes, { firstLines: whole.pageStarts[1] });
  assert.equal(two.text, whole.text.split('\n').slice(0, whole.pageStarts[2]).join('\n') + '\n');
});
