// The folder summary in machine-readable output (json-with-metadata, SARIF run
// properties), and the place of a finding in a PDF (page, section, table, row, column) in
// every output format.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import JSZip from 'jszip';
import { htmlReportToDocx } from '../support/make-docx';
import { runCli } from '../../server/src/cli/run';
import type { JsonFileResult, JsonWithMetadata } from '../../server/src/cli/formatters/json';
import { FIXTURES } from './helpers';
import { folderSummary } from '../../server/src/cli/summary';
import type { FileResult } from '../../server/src/cli/results';

const SEEDS = path.join(FIXTURES, 'seeds');
const PDFS = path.join(FIXTURES, 'rendered', 'pdf');
const JIASHAN = '嘉善县科学技术局';
const QIANTANG = '钱塘区经济信息化和科学技术局';
const WUZHI = '武陟县科技和工业信息化局';

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(argv, { cwd, env: { LANG: 'en_US.UTF-8' }, stdout: (s) => (stdout += s), stderr: () => {} });
  return { code, stdout };
}

/**
 * Three units. 嘉善县科学技术局 sent its 2022 report twice (text and PDF) and no 2021 report,
 * which the two other units sent: 2021 is a year the batch is about, so it is missing.
 */
function batch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-lint-summary-'));
  copyFileSync(path.join(SEEDS, '000_83736ae7aacb97e3.txt'), path.join(dir, 'a-jiashan-2022.txt'));
  copyFileSync(path.join(PDFS, 'gr103-blank-cell.pdf'), path.join(dir, 'b-jiashan-2022.pdf'));
  const qiantang = readFileSync(path.join(SEEDS, '002_12a69261f9476b84.txt'), 'utf8');
  writeFileSync(path.join(dir, 'c-qiantang-2022.txt'), qiantang);
  writeFileSync(path.join(dir, 'd-qiantang-2021.txt'), qiantang.replace(/2022年/g, '2021年'));
  const wuzhi = readFileSync(path.join(SEEDS, '004_3a76839b33e1ea7f.txt'), 'utf8');
  writeFileSync(path.join(dir, 'e-wuzhi-2022.txt'), wuzhi);
  writeFileSync(path.join(dir, 'f-wuzhi-2021.txt'), wuzhi.replace(/2022年/g, '2021年'));
  return dir;
}

const SUMMARY = {
  years: [2021, 2022],
  units: [
    {
      unit: JIASHAN,
      years: [2022],
      reports: 2,
      missingYears: [2021],
      duplicates: [{ year: 2022, files: ['a-jiashan-2022.txt', 'b-jiashan-2022.pdf'] }],
    },
    { unit: WUZHI, years: [2021, 2022], reports: 2, missingYears: [], duplicates: [] },
    { unit: QIANTANG, years: [2021, 2022], reports: 2, missingYears: [], duplicates: [] },
  ],
  untitled: [],
};

test('json-with-metadata: the json array as results, a schema version, and the folder summary', async () => {
  const dir = batch();
  try {
    const { code, stdout } = await run(['--format', 'json-with-metadata', '.'], dir);
    assert.equal(code, 1);
    const out = JSON.parse(stdout) as JsonWithMetadata;
    assert.equal(out.schemaVersion, 1);
    assert.equal(out.tool.name, 'gov-report-lint');
    assert.match(out.tool.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(out.summary, SUMMARY);
    // The results are exactly what --format json prints.
    const plain = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as JsonFileResult[];
    assert.deepEqual(out.results, plain);
    assert.deepEqual(Object.keys(out).sort(), ['results', 'schemaVersion', 'summary', 'tool']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sarif: the folder summary is the run property folderSummary, and the log still validates', async () => {
  const dir = batch();
  try {
    const sarif = JSON.parse((await run(['--format', 'sarif', '.'], dir)).stdout) as {
      runs: { properties?: { folderSummary?: unknown } }[];
    };
    assert.deepEqual(sarif.runs[0].properties?.folderSummary, SUMMARY);
    const schema = JSON.parse(readFileSync(path.join(FIXTURES, 'cli', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a finding in a PDF names its page, section, table, row and column in every output format', async () => {
  // gr103-blank-cell: table 2, row 三（三）3.危及“三安全一稳定”, column 科研机构 left
  // empty; in the LibreOffice rendering that row is on page 3.
  const pdf = path.join(PDFS, 'gr103-blank-cell.pdf');
  const json = JSON.parse((await run(['--format', 'json', pdf], PDFS)).stdout) as JsonFileResult[];
  const [finding] = json[0].messages;
  assert.equal(finding.code, 'GR103');
  assert.deepEqual(finding.place, { page: 3, section: '三', table: 2, row: 'III(3)3', column: 'research institutions' });
  const words = 'p. 3, section 三, table 2, row III(3)3, column research institutions';

  const stylish = (await run([pdf], PDFS)).stdout;
  assert.ok(stylish.includes(`(${words})`), stylish);
  const zh = (await run(['--lang', 'zh', pdf], PDFS)).stdout;
  assert.ok(zh.includes('第 3 页，第三部分，表二，行「三（三）3」，列「科研机构」'), zh);

  const sarif = JSON.parse((await run(['--format', 'sarif', pdf], PDFS)).stdout) as {
    runs: { results: { properties: { place: unknown }; locations: { message?: { text: string } }[] }[] }[];
  };
  const result = sarif.runs[0].results[0];
  assert.deepEqual(result.properties.place, finding.place);
  assert.equal(result.locations[0].message?.text, words);

  const html = (await run(['--format', 'html', pdf], PDFS)).stdout;
  assert.ok(html.includes(`<td>${words}</td>`), 'html names the place');
});

test('a year missing between a unit’s own first and last report is named even when no other unit sent it', () => {
  const facts = (unit: string, year: number) => ({ unit, year });
  const result = (filePath: string, unit: string, year: number) => ({ filePath, facts: facts(unit, year) }) as unknown as FileResult;
  const summary = folderSummary([
    result('a.txt', '君山', 2019),
    result('b.txt', '君山', 2021),
    result('c.txt', '金井', 2021),
    result('d.txt', '金井', 2022),
  ]);
  assert.deepEqual(
    summary.units.map((u) => [u.unit, u.missingYears]),
    [
      // 2020 lies between its 2019 and 2021; 2022 is sent by only half of the units.
      ['君山', [2020]],
      ['金井', []],
    ],
  );
  assert.deepEqual(summary.years, [2019, 2021, 2022]);
});

test('--fix on a PDF: a note that it is not modified only when there was something to fix', async () => {
  const say = async (file: string) => {
    let stderr = '';
    await runCli(['--fix', path.join(PDFS, file)], {
      cwd: PDFS,
      env: { LANG: 'en_US.UTF-8' },
      stdout: () => {},
      stderr: (s) => (stderr += s),
    });
    return stderr;
  };
  // Seed 000's period ends in the wrong year: a date --fix would correct in a text file.
  assert.match(await say('000_83736ae7aacb97e3.pdf'), /000_83736ae7aacb97e3\.pdf: not fixed: Word, PDF and web pages are never modified/);
  // A blank cell is fixed only with --fix-figures: nothing --fix would do, nothing to say.
  assert.equal(await say('gr103-blank-cell.pdf'), '');
});

test('a finding in a Word file names the page where Word recorded its pages began; none when it recorded none', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-lint-docx-pages-'));
  try {
    const plain = await htmlReportToDocx(readFileSync(path.join(FIXTURES, 'cli', 'jjpq-2024-excerpt.html'), 'utf8'));
    // As Word saves it: a page began at the run of section 三's heading (lastRenderedPageBreak,
    // written where Word's last layout broke the page) and the clerk typed a page break
    // before section 四.
    const zip = await JSZip.loadAsync(plain);
    const xml = await zip.file('word/document.xml')!.async('string');
    const before = (heading: string, mark: string) => {
      const at = xml.lastIndexOf('<w:t', xml.indexOf(heading));
      assert.ok(at > 0, heading);
      return [at, mark] as const;
    };
    const marks = [
      before('三、收到和处理政府信息公开申请情况', '<w:lastRenderedPageBreak/>'),
      before('四、政府信息公开行政复议', '<w:br w:type="page"/>'),
    ].sort((a, b) => b[0] - a[0]);
    let marked = xml;
    for (const [at, mark] of marks) marked = marked.slice(0, at) + mark + marked.slice(at);
    zip.file('word/document.xml', marked);
    writeFileSync(path.join(dir, 'paged.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    writeFileSync(path.join(dir, 'plain.docx'), plain);

    const json = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as JsonFileResult[];
    const byFile = Object.fromEntries(json.map((r) => [r.filePath, r.messages.map((m) => [m.code, m.place.page, m.place.table])]));
    // The excerpt's two defects: 规章 missing from table 1 (section 二, page 1) and a
    // blank cell in table 2 (section 三, page 2).
    assert.deepEqual(byFile['paged.docx'], [
      ['GR102', 1, 1],
      ['GR103', 2, 2],
    ]);
    assert.deepEqual(byFile['plain.docx'], [
      ['GR102', undefined, 1],
      ['GR103', undefined, 2],
    ]);
    // The marks never reach the text: the same findings, messages and lines either way.
    const strip = (r: JsonFileResult) => r.messages.map((m) => ({ ...m, place: { ...m.place, page: undefined } }));
    assert.deepEqual(strip(json.find((r) => r.filePath === 'paged.docx')!), strip(json.find((r) => r.filePath === 'plain.docx')!));
    const stylish = (await run(['paged.docx'], dir)).stdout;
    assert.match(stylish, /\(p\. 2, section 三, table 2, row IV, column businesses\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
