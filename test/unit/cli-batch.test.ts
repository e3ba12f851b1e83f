// Batch review (issue 12) and the CLI's robustness (issue 7 §1, §3, §4), through runCli
// with real files built here: a Word document with merged cells (npm `docx`), a web page
// with navigation around a real report, the committed PDF (scripts/make-cli-fixtures.ts),
// a scanned PDF without text (pdf-lib), GBK and UTF-16 text, FIFOs and devices.
// Expected findings are written from the format and the fixture's known defects (see
// test/fixtures/cli/jjpq-2024-excerpt.html: no 规章 row in table 1; the 商业企业 cell of
// table 2 row 四 is empty), never copied from the tool's output.
// Run: node --import tsx --test test/unit/cli-batch.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import Ajv from 'ajv-draft-04';
import JSZip from 'jszip';
import { PDFDocument, rgb } from 'pdf-lib';
import { parseDocument } from 'htmlparser2';
import { runCli, type CliIo } from '../../server/src/cli/run';
import type { JsonFileResult } from '../../server/src/cli/formatters/json';
import { writeFileAtomic, type WriteFs } from '../../server/src/cli/write';
import { oneLine } from '../../server/src/cli/formatters/escape';
import { htmlToText } from '../../server/src/cli/readers/html';
import { classifyReport } from '../../server/src/engine';
import { htmlReportToDocx } from '../support/make-docx';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'test', 'fixtures', 'cli');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
const SEED_000 = path.join(SEEDS, '000_83736ae7aacb97e3.txt');
const SEED_002 = path.join(SEEDS, '002_12a69261f9476b84.txt');
const EXCERPT = readFileSync(path.join(CLI, 'jjpq-2024-excerpt.html'), 'utf8');
const UNIT = '平潭综合实验区金井片区管理局';

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
  return mkdtempSync(path.join(tmpdir(), 'gov-report-lint-batch-'));
}

/** The page a reviewer saves from a portal: header, navigation, breadcrumb, footer. */
function pageWithNavigation(article: string): string {
  const links = ['首页', '政务公开', '政府信息公开年报', '一、总体情况', '二、主动公开政府信息情况', '关于印发通知'];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${UNIT}2024年政府信息公开工作年度报告 - 平潭综合实验区</title>
<script>var menu = "一、总体情况";</script><style>.nav{color:red}</style></head><body>
<header class="header"><div class="logo">平潭综合实验区党工委管委会</div><nav class="nav">${links.map((l) => `<a href="#">${l}</a>`).join(' ')}</nav></header>
<div class="breadcrumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; 年报</div>
<div class="main"><div class="sidebar"><ul>${links.map((l) => `<li><a href="#">${l}</a></li>`).join('')}</ul></div>
<div class="content">${article}</div></div>
<footer class="footer">主办单位：平潭综合实验区党工委管委会办公室 网站标识码 3599000001</footer></body></html>`;
}

/** What the excerpt's report has wrong, by the format (see the header comment). */
function assertExcerptFindings(r: JsonFileResult, layout: string): void {
  const codes = r.messages.map((m) => m.code).sort();
  const gr102 = r.messages.filter((m) => m.code === 'GR102');
  assert.equal(gr102.length, 1, `${layout}: ${JSON.stringify(r.messages)}`);
  assert.match(gr102[0].message, /规章/);
  assert.equal(gr102[0].place.table, 1);
  assert.equal(gr102[0].place.section, '二');
  // The empty cell: a blank cell where the table has one (Word, HTML).
  const blank = r.messages.filter((m) => m.code === 'GR103');
  assert.equal(blank.length, 1, `${layout}: ${codes.join(' ')}`);
  assert.equal(blank[0].place.table, 2);
  assert.equal(blank[0].place.row, 'IV');
  assert.equal(blank[0].place.column, 'businesses');
  assert.deepEqual(codes, ['GR102', 'GR103'], layout);
  assert.equal(r.unit, UNIT);
  assert.equal(r.year, 2024);
}

test('a web page with navigation around the report: the body is found, navigation dropped, the title kept', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'page.html'), pageWithNavigation(EXCERPT));
    const { code, results } = await runJson(['page.html'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(results[0].format, 'html');
    assertExcerptFindings(results[0], 'html');
    const text = htmlToText(pageWithNavigation(EXCERPT));
    assert.doesNotMatch(text, /当前位置|网站标识码|var menu/);
    assert.match(text.split('\n')[0], /金井片区管理局2024年政府信息公开工作年度报告/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a GBK web page that declares its charset is read', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'page.htm'), iconv.encode(pageWithNavigation(EXCERPT).replace('charset="utf-8"', 'charset="gbk"'), 'gbk'));
    const { results } = await runJson(['page.htm'], { cwd: dir });
    assertExcerptFindings(results[0], 'gbk html');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a .docx with merged cells (npm docx) gives the same findings on the same cells; --fix never modifies it', async () => {
  const dir = tempDir();
  try {
    const docx = await htmlReportToDocx(EXCERPT);
    // The document really has merged cells: horizontal (gridSpan) and vertical (vMerge).
    writeFileSync(path.join(dir, 'report.docx'), docx);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    assert.match(xml, /<w:gridSpan w:val="7"\/>/);
    assert.match(xml, /<w:vMerge w:val="restart"\/>/);
    const { code, results, stderr } = await runJson(['--fix', '--fix-figures', 'report.docx'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(results[0].format, 'docx');
    assertExcerptFindings(results[0], 'docx');
    assert.match(stderr, /never modified/);
    assert.deepEqual(readFileSync(path.join(dir, 'report.docx')), docx);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the PDF made from the report (LibreOffice): lines and cells rebuilt from positions, pages named', async () => {
  const { code, results } = await runJson([path.join(CLI, 'jjpq-2024.pdf')]);
  assert.equal(code, 1);
  const r = results[0];
  assert.equal(r.format, 'pdf');
  // The same findings on the same cells as the Word and web versions: the empty cell
  // (no text in the PDF) is found from the column positions of the other rows' numbers.
  assertExcerptFindings(r, 'pdf');
  for (const m of r.messages) assert.ok(m.place.page !== undefined && m.place.page >= 1, JSON.stringify(m.place));
  const pages = r.messages.map((m) => m.place.page);
  assert.deepEqual(pages, [2, 3]);
});

test('a scanned PDF without a text layer: one clear message (没有文字层), exit 2, the run goes on', async () => {
  const dir = tempDir();
  try {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    for (let y = 80; y < 760; y += 20) page.drawRectangle({ x: 60, y, width: 470, height: 8, color: rgb(0.2, 0.2, 0.2) });
    writeFileSync(path.join(dir, 'scan.pdf'), await pdf.save());
    copyFileSync(SEED_002, path.join(dir, 'clean.txt'));
    const zh = await run(['--lang', 'zh', '.'], { cwd: dir });
    assert.equal(zh.code, 2);
    assert.match(zh.stdout, /scan\.pdf .*没有文字层/);
    assert.equal(zh.stdout.match(/没有文字层/g)?.length, 1);
    const { results } = await runJson(['.'], { cwd: dir });
    assert.deepEqual(
      results.map((r) => [r.filePath, r.skipped?.reason ?? 'checked']),
      [
        ['clean.txt', 'checked'],
        ['scan.pdf', 'no-text-layer'],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('not a report: no findings, listed as skipped with the reason; node_modules never walked', async () => {
  const dir = tempDir();
  try {
    for (const name of readdirSync(path.join(CLI, 'not-reports'))) copyFileSync(path.join(CLI, 'not-reports', name), path.join(dir, name));
    // Random Unicode, and a novel with the right words but not the format.
    let seed = 7;
    const random = Array.from({ length: 5000 }, () => String.fromCodePoint(0x20 + ((seed = (seed * 48271) % 2147483647) % 0x9f00))).join(
      '',
    );
    writeFileSync(path.join(dir, 'random.txt'), random);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', 'pkg', 'README.md'), readFileSync(SEED_000));
    writeFileSync(path.join(dir, 'data.csv'), '日期,金额\n2023年2月30日,1\n2023年13月1日,2\n'.repeat(50));
    const { code, results } = await runJson(['.', 'data.csv', '/dev/null'], { cwd: dir });
    // The empty file had nothing to read: exit 2, as for a damaged file (issue 12: the exit code says so).
    assert.equal(code, 2);
    const byName = Object.fromEntries(results.map((r) => [r.filePath, r]));
    for (const r of results) assert.equal(r.messages.length, 0, r.filePath);
    assert.deepEqual(Object.keys(byName).sort(), [
      '/dev/null',
      'README.md',
      'data.csv',
      'empty.txt',
      'fazhi-2023-draft-untitled.txt',
      'fazhi-2023.txt',
      'meeting-notes.txt',
      'random.txt',
    ]);
    assert.equal(byName['meeting-notes.txt'].skipped?.reason, 'other-document');
    assert.equal(byName['fazhi-2023.txt'].skipped?.reason, 'other-document');
    assert.equal(byName['README.md'].skipped?.reason, 'other-document');
    assert.equal(byName['fazhi-2023-draft-untitled.txt'].skipped?.reason, 'not-a-report');
    assert.equal(byName['empty.txt'].skipped?.reason, 'empty');
    assert.equal(byName['/dev/null'].skipped?.reason, 'not-regular');
    // --no-detect: the reviewer insists; the meeting notes are checked as a report.
    const forced = await runJson(['--no-detect', 'meeting-notes.txt'], { cwd: dir });
    assert.equal(forced.results[0].skipped, undefined);
    assert.ok(forced.results[0].messages.length > 0);
    const stylish = await run(['.'], { cwd: dir });
    assert.match(stylish.stdout, /Skipped 6 files:/);
    assert.match(stylish.stdout, /empty\.txt {2}empty\n/);
    assert.match(stylish.stdout, /meeting-notes\.txt {2}not a report: its title names another kind of document/);
    // Documents that are not reports found in a folder beside the reports are listed; they
    // do not change the exit code.
    rmSync(path.join(dir, 'empty.txt'));
    assert.equal((await runJson(['.', '/dev/null'], { cwd: dir })).code, 0);
    // Named on the command line, one that is not a report was asked for and not checked: 2.
    const named = await runJson(['meeting-notes.txt'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.equal(named.results[0].skipped?.reason, 'other-document');
    assert.equal((await runJson(['data.csv'], { cwd: dir })).code, 2);
    // A binary file: nothing to read, exit 2.
    writeFileSync(path.join(dir, 'blob.txt'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 151 + 7) % 256)));
    const blob = await runJson(['blob.txt'], { cwd: dir });
    assert.equal(blob.code, 2);
    assert.equal(blob.results[0].skipped?.reason, 'binary');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix on a folder fixes only reports; notes, a README, another report and a link out of the folder stay byte for byte', async () => {
  const dir = tempDir();
  const outside = tempDir();
  try {
    const folder = path.join(dir, 'reports');
    mkdirSync(folder);
    copyFileSync(SEED_000, path.join(folder, 'report.txt'));
    for (const name of readdirSync(path.join(CLI, 'not-reports')))
      copyFileSync(path.join(CLI, 'not-reports', name), path.join(folder, name));
    // A report outside the folder, reached through a link inside it.
    copyFileSync(SEED_000, path.join(outside, 'linked.txt'));
    symlinkSync(path.join(outside, 'linked.txt'), path.join(folder, 'linked.txt'));
    // A link inside the folder to a report inside it: fixed through the link, link kept.
    mkdirSync(path.join(folder, 'sub'));
    copyFileSync(SEED_000, path.join(folder, 'sub', 'inner.txt'));
    symlinkSync(path.join(folder, 'sub', 'inner.txt'), path.join(folder, 'inner-link.txt'));
    const before = new Map(
      readdirSync(folder).map((n) => [
        n,
        existsSync(path.join(folder, n)) && statSync(path.join(folder, n)).isFile() ? readFileSync(path.join(folder, n)) : undefined,
      ]),
    );
    const original = readFileSync(SEED_000, 'utf8');

    const { code, stderr } = await run(['--fix', 'reports'], { cwd: dir });
    // The linked report outside keeps its error (not fixed), so the run still finds one.
    assert.equal(code, 1, stderr);
    assert.match(stderr, /linked\.txt: not fixed: it is a link to a file outside the folders given/);
    const fixed = readFileSync(path.join(folder, 'report.txt'), 'utf8');
    assert.notEqual(fixed, original);
    for (const name of ['meeting-notes.txt', 'README.md', 'fazhi-2023.txt', 'fazhi-2023-draft-untitled.txt']) {
      assert.deepEqual(readFileSync(path.join(folder, name)), before.get(name), name);
    }
    assert.equal(readFileSync(path.join(outside, 'linked.txt'), 'utf8'), original);
    assert.ok((await fsp.lstat(path.join(folder, 'inner-link.txt'))).isSymbolicLink());
    assert.equal(readFileSync(path.join(folder, 'sub', 'inner.txt'), 'utf8'), fixed);
    // No temporary file left behind.
    assert.deepEqual(
      readdirSync(folder).filter((n) => n.endsWith('.tmp')),
      [],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test('--fix round trip changes only the fixed characters and keeps the mode; a second run changes nothing', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'r.txt');
    copyFileSync(SEED_000, file);
    chmodSync(file, 0o640);
    const original = readFileSync(file, 'utf8');
    const { code } = await run(['--fix', 'r.txt'], { cwd: dir });
    assert.equal(code, 0);
    const fixed = readFileSync(file, 'utf8');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    // Seed 000's period ends in 2021 for a 2022 report: exactly one character changes.
    assert.equal(fixed.length, original.length);
    const changed = [...original].flatMap((c, i) => (c === fixed[i] ? [] : [[c, fixed[i]]]));
    assert.deepEqual(changed, [['1', '2']]);
    await run(['--fix', 'r.txt'], { cwd: dir });
    assert.equal(readFileSync(file, 'utf8'), fixed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix-dry-run prints the diff and writes nothing', async () => {
  const dir = tempDir();
  try {
    copyFileSync(SEED_000, path.join(dir, 'r.txt'));
    const { stdout } = await run(['--fix-dry-run', 'r.txt'], { cwd: dir });
    assert.match(stdout, /^--- r\.txt/m);
    assert.match(stdout, /^-.*2021 年 12 月 31 日/m);
    assert.match(stdout, /^\+.*2022 年 12 月 31 日/m);
    assert.deepEqual(readFileSync(path.join(dir, 'r.txt')), readFileSync(SEED_000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix writes no figure unless --fix-figures asks for it', async () => {
  const dir = tempDir();
  try {
    const source = path.join(ROOT, 'test', 'fixtures', 'layouts', 'tab-balance-error.txt');
    copyFileSync(source, path.join(dir, 'r.txt'));
    const digits = (s: string) => s.replace(/[^0-9]/g, '');
    await run(['--fix', 'r.txt'], { cwd: dir });
    assert.equal(digits(readFileSync(path.join(dir, 'r.txt'), 'utf8')), digits(readFileSync(source, 'utf8')));
    await run(['--fix', '--fix-figures', 'r.txt'], { cwd: dir });
    assert.notEqual(digits(readFileSync(path.join(dir, 'r.txt'), 'utf8')), digits(readFileSync(source, 'utf8')));
    const usage = await run(['--fix-figures', 'r.txt'], { cwd: dir });
    assert.equal(usage.code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('atomic write: a write that fails (disk full) or a rename that fails leaves the original intact', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'r.txt');
    writeFileSync(file, 'original text');
    const diskFull: WriteFs = {
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args);
        return Object.assign(Object.create(handle) as typeof handle, {
          write: async () => {
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          chmod: (mode: number) => handle.chmod(mode),
          close: () => handle.close(),
        });
      }) as typeof fsp.open,
      rename: fsp.rename,
      unlink: fsp.unlink,
      chown: fsp.chown,
    };
    await assert.rejects(writeFileAtomic(file, Buffer.from('new text that never lands'), diskFull), /ENOSPC|no space/);
    assert.equal(readFileSync(file, 'utf8'), 'original text');
    const renameFails: WriteFs = {
      ...diskFull,
      open: fsp.open,
      rename: async () => {
        throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
      },
    };
    await assert.rejects(writeFileAtomic(file, Buffer.from('new'), renameFails));
    assert.equal(readFileSync(file, 'utf8'), 'original text');
    assert.deepEqual(readdirSync(dir), ['r.txt']);
    await writeFileAtomic(file, Buffer.from('new text'));
    assert.equal(readFileSync(file, 'utf8'), 'new text');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('settings read only their own keys: --rule GR301=constructor, __proto__ and toString are rejected cleanly', async () => {
  for (const flag of ['GR301=constructor', '__proto__=off', 'GR301=toString', 'constructor=error', 'GR301=__proto__']) {
    const { code, stdout, stderr } = await run(['--rule', flag, SEED_002]);
    assert.equal(code, 2, flag);
    assert.equal(stdout, '', flag);
    assert.match(stderr, /unknown (rule|setting)/, flag);
    assert.doesNotMatch(stderr, /internal error/, flag);
  }
});

test('stylish output escapes terminal control sequences from the report; long space runs are linear', async () => {
  const dir = tempDir();
  try {
    const text = readFileSync(SEED_002, 'utf8').replace('行政规范性文件', '行政规\u001b[2J范性文件');
    writeFileSync(path.join(dir, 'r.txt'), text);
    const { stdout } = await run(['--no-color', 'r.txt'], { cwd: dir });
    assert.match(stdout, /GR105/);
    assert.ok(!stdout.includes('\u001b'), 'no raw ESC reaches the terminal');
    assert.match(stdout, /\\u001b\[2J/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // A million spaces: one pass (a quadratic formatter would take minutes here).
  assert.equal(oneLine(`a${' '.repeat(1_000_000)}b${'\r\n '.repeat(100_000)}c`), 'a b; c');
});

test('stylish: a message’s lines are sentences joined with a semicolon, never run together', () => {
  // A balance: its statement, then the correction it suggests, on two lines.
  assert.equal(
    oneLine('总计为 3，但六类申请人之和为 4\n将 表二 三（一） 总计 改为 4 可使其平衡'),
    '总计为 3，但六类申请人之和为 4；将 表二 三（一） 总计 改为 4 可使其平衡',
  );
  assert.equal(
    oneLine('total is 3, but they add up to 4\nSetting the total to 4 would balance it'),
    'total is 3, but they add up to 4; Setting the total to 4 would balance it',
  );
  // A line that already ends its sentence keeps its own punctuation.
  assert.equal(oneLine('有误。\n见快速修复'), '有误。见快速修复');
  assert.equal(oneLine('It is wrong.\nSee the quick fixes'), 'It is wrong. See the quick fixes');
});

test('a FIFO in a folder or on the command line does not hang; /dev/zero is not read; big files are capped', async () => {
  const dir = tempDir();
  try {
    copyFileSync(SEED_002, path.join(dir, 'clean.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const { code, results } = await runJson(['.', 'pipe.txt', '/dev/zero'], { cwd: dir });
    assert.equal(code, 0);
    assert.deepEqual(
      results.map((r) => [r.filePath, r.skipped?.reason ?? 'checked']),
      [
        ['clean.txt', 'checked'],
        ['pipe.txt', 'not-regular'],
        ['pipe.txt', 'not-regular'],
        ['/dev/zero', 'not-regular'],
      ].slice(0, results.length),
    );
    const big = await runJson(['--max-file-size', '0.001', 'clean.txt'], { cwd: dir });
    assert.equal(big.code, 2);
    assert.equal(big.results[0].skipped?.reason, 'too-large');
    assert.equal((await run(['--max-file-size', 'lots', 'clean.txt'], { cwd: dir })).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'one unreadable subfolder does not stop the walk',
  { skip: process.getuid?.() === 0 ? 'root reads every folder' : false },
  async () => {
    const dir = tempDir();
    try {
      mkdirSync(path.join(dir, 'a'));
      mkdirSync(path.join(dir, 'locked'));
      copyFileSync(SEED_002, path.join(dir, 'a', 'r.txt'));
      copyFileSync(SEED_002, path.join(dir, 'locked', 'r.txt'));
      chmodSync(path.join(dir, 'locked'), 0);
      const { code, results } = await runJson(['.'], { cwd: dir });
      assert.equal(code, 2);
      assert.deepEqual(
        results.map((r) => [r.filePath, r.skipped?.reason ?? 'checked']),
        [
          ['a/r.txt', 'checked'],
          ['locked', 'unreadable'],
        ],
      );
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('inputs: globs, - for standard input (GBK too), UTF-16 without BOM, --encoding', async () => {
  const glob = await runJson(['test/fixtures/seeds/00[02]_*.txt']);
  assert.deepEqual(
    glob.results.map((r) => path.basename(r.filePath)),
    ['000_83736ae7aacb97e3.txt', '002_12a69261f9476b84.txt'],
  );
  const seed = readFileSync(SEED_000, 'utf8');
  const fromStdin = await runJson(['-'], {
    stdin: async function* () {
      yield iconv.encode(seed.replace(/\n/g, '\r\n'), 'gbk');
    },
  });
  assert.equal(fromStdin.results[0].filePath, '<stdin>');
  assert.equal(fromStdin.results[0].encoding, 'gb18030');
  assert.deepEqual(
    fromStdin.results[0].messages.map((m) => m.code),
    ['GR301'],
  );
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'le.txt'), iconv.encode(seed, 'utf-16le'));
    writeFileSync(path.join(dir, 'be.txt'), iconv.encode(seed, 'utf-16be'));
    const utf16 = await runJson(['be.txt', 'le.txt'], { cwd: dir });
    assert.deepEqual(
      utf16.results.map((r) => [r.encoding, r.messages.map((m) => m.code).join()]),
      [
        ['utf-16be', 'GR301'],
        ['utf-16le', 'GR301'],
      ],
    );
    writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(seed, 'gbk'));
    const forced = await runJson(['--encoding', 'gbk', 'gbk.txt'], { cwd: dir });
    assert.equal(forced.results[0].encoding, 'gb18030');
    assert.equal((await run(['--encoding', 'latin-9', 'gbk.txt'], { cwd: dir })).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A folder of the five seeds plus the excerpt as Word and as a web page. */
async function batchFolder(): Promise<string> {
  const dir = tempDir();
  for (const name of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, name), path.join(dir, name));
  writeFileSync(path.join(dir, 'jinjing.docx'), await htmlReportToDocx(EXCERPT));
  writeFileSync(path.join(dir, 'jinjing.html'), pageWithNavigation(EXCERPT));
  return dir;
}

test('exit codes: 0 clean, 1 errors or too many warnings, 2 unreadable; --quiet keeps errors only', async () => {
  assert.equal((await run([SEED_002])).code, 0);
  assert.equal((await run([SEED_000])).code, 1);
  const dir = await batchFolder();
  try {
    const all = await runJson(['.'], { cwd: dir });
    const warnings = all.results.reduce((n, r) => n + r.warningCount, 0);
    assert.ok(warnings > 0);
    const quiet = await runJson(['--quiet', '.'], { cwd: dir });
    assert.equal(
      quiet.results.reduce((n, r) => n + r.warningCount + r.infoCount, 0),
      0,
    );
    assert.equal(
      (await run(['--rule', 'GR102=off', '--rule', 'GR301=off', '--max-warnings', String(warnings), '.'], { cwd: dir })).code,
      0,
    );
    assert.equal(
      (await run(['--rule', 'GR102=off', '--rule', 'GR301=off', '--max-warnings', String(warnings - 1), '.'], { cwd: dir })).code,
      1,
    );
    writeFileSync(path.join(dir, 'broken.docx'), 'not a zip');
    assert.equal((await run(['.'], { cwd: dir })).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sarif output validates against the SARIF 2.1.0 JSON schema and carries the rules with help', async () => {
  const dir = await batchFolder();
  try {
    const { stdout } = await run(['--format', 'sarif', '.'], { cwd: dir });
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string } }[] } };
        results: { ruleId: string; locations: unknown[] }[];
      }[];
    };
    const schema = JSON.parse(readFileSync(path.join(CLI, 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    // The schema's language-tag pattern is not valid with the u flag ajv uses by default.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(sarif.version, '2.1.0');
    const rules = sarif.runs[0].tool.driver.rules;
    assert.ok(rules.some((r) => r.id === 'GR201' && r.help.text.length > 20));
    assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'GR301'));
    // Something invalid must fail the same validation (the test can fail).
    assert.equal(validate({ ...sarif, version: '2.0.0' }), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** RFC 4180 reader, enough for our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

test('csv output: one row per report with unit, year, format, counts and every table figure', async () => {
  const dir = await batchFolder();
  try {
    const { stdout } = await run(['--format', 'csv', '.'], { cwd: dir });
    assert.ok(stdout.startsWith('\uFEFF'));
    const [header, ...rows] = parseCsv(stdout.slice(1));
    assert.deepEqual(header.slice(0, 7), ['file', 'unit', 'year', 'format', 'errors', 'warnings', 'infos']);
    assert.equal(rows.length, 7);
    for (const row of rows) assert.equal(row.length, header.length);
    const docx = rows.find((r) => r[0] === 'jinjing.docx')!;
    assert.deepEqual(docx.slice(1, 4), [UNIT, '2024', 'docx']);
    // Table 2 row 一 (new applications): 8 from natural persons, total 8 (the excerpt).
    const at = (label: string) => header.indexOf(label);
    assert.ok(at('表二 一 自然人') > 6, header.join('|'));
    assert.equal(docx[at('表二 一 自然人')], '8');
    assert.equal(docx[at('表二 一 总计')], '8');
    // The empty cell stays empty, it is not a 0.
    assert.equal(docx[at('表二 四 商业企业')], '');
    assert.equal(rows.find((r) => r[0] === 'jinjing.html')![at('表二 一 总计')], '8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('html output: one self-contained, sortable page with a row per report and the lines concerned', async () => {
  const dir = await batchFolder();
  try {
    const { stdout } = await run(['--format', 'html', '.'], { cwd: dir, now: () => new Date('2025-02-01T00:00:00Z') });
    const doc = parseDocument(stdout);
    const text = (n: unknown): string => {
      const node = n as { data?: string; children?: unknown[] };
      return node.data ?? (node.children ?? []).map(text).join('');
    };
    assert.match(text(doc), /2025-02-01T00:00:00/);
    // No remote resource: no src or href that leaves the page.
    assert.doesNotMatch(stdout, /(src|href)\s*=\s*["']?(https?:)?\/\//i);
    assert.doesNotMatch(stdout, /<link\b/i);
    assert.match(stdout, /<table class="sortable" id="reports">/);
    const rows = stdout.match(/<tr class="[a-z]*"><td><a href="#r\d+">/g) ?? [];
    assert.equal(rows.length, 7);
    assert.match(stdout, /@media print/);
    // The line of the blank cell (GR103), table 2 row 四, shown with the finding.
    assert.match(stdout, /<pre>四、结转下年度继续办理 │ {2}│ {2}│ 0 │ {2}│ 0/);
    assert.ok(stdout.includes('<th>Duplicates</th>'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('folder summary: reports per unit and year, a missing year, duplicates', async () => {
  const dir = await batchFolder();
  try {
    // The same unit's report of another year, and a third unit that sent only 2023.
    writeFileSync(path.join(dir, 'jinjing-2023.html'), pageWithNavigation(EXCERPT.replace(/2024年/g, '2023年')));
    const { stdout } = await run(['.'], { cwd: dir });
    assert.match(stdout, new RegExp(`${UNIT}: 2023, 2024 \\(3 reports\\)`));
    assert.match(stdout, new RegExp(`${UNIT} 2024: duplicate reports: jinjing\\.docx, jinjing\\.html`));
    assert.match(stdout, /钱塘区经济信息化和科学技术局: 2022 \(1 report\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('json output documents every file with format, encoding, counts, unit, year and places', async () => {
  const dir = await batchFolder();
  try {
    const { results } = await runJson(['.'], { cwd: dir });
    for (const r of results) {
      for (const key of [
        'filePath',
        'format',
        'encoding',
        'messages',
        'errorCount',
        'warningCount',
        'infoCount',
        'hintCount',
        'fixedCount',
        'unit',
        'year',
      ]) {
        assert.ok(key in r, `${r.filePath}: ${key}`);
      }
    }
    const html = results.find((r) => r.filePath === 'jinjing.html')!;
    assert.equal(html.encoding, null);
    assert.equal(results.find((r) => r.filePath.startsWith('000_'))!.encoding, 'utf-8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a progress bar on a terminal only, when many files are checked', async () => {
  const dir = await batchFolder();
  try {
    const tty = await run(['.'], { cwd: dir, stderrIsTTY: true });
    assert.ok(tty.stderr.includes('\r\u001b[2K[') && / 7\/7 /.test(tty.stderr), JSON.stringify(tty.stderr));
    const piped = await run(['.'], { cwd: dir, stderrIsTTY: false });
    assert.ok(!piped.stderr.includes('\r'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A report exported as TAB text, laid out as a web page: TAB rows become table rows. */
function tabTextToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t') !== inTable) out.push(inTable ? '</table>' : '<table>');
    inTable = line.includes('\t');
    if (inTable)
      out.push(
        `<tr>${line
          .split('\t')
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
      );
    else if (line.trim()) out.push(`<p>${esc(line)}</p>`);
  }
  if (inTable) out.push('</table>');
  return `<html><body>${out.join('\n')}</body></html>`;
}

test('findings do not depend on layout: TAB-text seeds, the same reports as web pages and as Word', async () => {
  const dir = tempDir();
  try {
    const seeds = ['000_83736ae7aacb97e3', '002_12a69261f9476b84', '003_e7290be93566281d', '004_3a76839b33e1ea7f'];
    for (const seed of seeds) {
      const text = readFileSync(path.join(SEEDS, `${seed}.txt`), 'utf8');
      writeFileSync(path.join(dir, `${seed}.txt`), text);
      writeFileSync(path.join(dir, `${seed}.html`), tabTextToHtml(text));
      writeFileSync(path.join(dir, `${seed}.docx`), await htmlReportToDocx(tabTextToHtml(text)));
    }
    const { results } = await runJson(['.'], { cwd: dir });
    const key = (r: JsonFileResult) => r.messages.map((m) => `${m.code} ${JSON.stringify({ ...m.place, page: undefined })}`).sort();
    for (const seed of seeds) {
      const [docx, html, txt] = results.filter((r) => r.filePath.startsWith(seed));
      assert.deepEqual([docx.format, html.format, txt.format], ['docx', 'html', 'text']);
      assert.deepEqual(key(html), key(txt), `${seed} html`);
      assert.deepEqual(key(docx), key(txt), `${seed} docx`);
      assert.deepEqual([docx.unit, docx.year], [txt.unit, txt.year]);
    }
    // Seed 003 has four findings in its tables and the autolink left by its export (GR501);
    // they are there in every layout.
    assert.equal(
      results.filter((r) => r.filePath.startsWith('003_')).every((r) => r.messages.length === 5),
      true,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a PDF whose row labels wrap and whose numbers are centred (seed 000 rendered by LibreOffice): every number row is whole', async () => {
  const { results } = await runJson([path.join(ROOT, 'test', 'fixtures', 'rendered', 'pdf', '000_83736ae7aacb97e3.pdf')]);
  const r = results[0];
  // Seed 000's one defect: the period ends in 2021 for a 2022 report, on page 1.
  const gr301 = r.messages.filter((m) => m.code === 'GR301');
  assert.equal(gr301.length, 1);
  assert.equal(gr301[0].place.page, 1);
  // Numbers centred below a wrapped label, page numbers (—3—) between rows: no row of
  // table 2 comes out with a wrong count of numbers.
  assert.deepEqual(
    r.messages.filter((m) => m.code === 'GR107'),
    [],
  );
  // The table is rebuilt from its borders: merged group cells (三、本年度办理结果,
  // （五）不予处理) and the row a page break cuts cost nothing; the period is all there is.
  assert.deepEqual(
    r.messages.map((m) => m.code),
    ['GR301'],
  );
});

test('strict detection still takes every real report: seeds, portal samples (flattened text, HTML), every layout fixture', () => {
  const folders = ['seeds', 'samples', 'layouts'].map((f) => path.join(ROOT, 'test', 'fixtures', f));
  let count = 0;
  for (const folder of folders) {
    for (const name of readdirSync(folder)) {
      if (!/\.(txt|html)$/.test(name) || name.endsWith('.fixed.txt') || name === 'known-gaps.txt') continue;
      const raw = readFileSync(path.join(folder, name), 'utf8');
      const text = name.endsWith('.html') ? htmlToText(raw) : raw;
      assert.deepEqual(classifyReport(text), { report: true }, name);
      count++;
    }
  }
  assert.ok(count >= 25, String(count));
  for (const name of readdirSync(path.join(CLI, 'not-reports'))) {
    assert.equal(classifyReport(readFileSync(path.join(CLI, 'not-reports', name), 'utf8')).report, false, name);
  }
});
