// The folder summary in machine-readable output (json-with-metadata, SARIF run
// properties), and the place of a finding in a PDF (page, section, table, row, column) in
// every output format.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { runCli } from '../../server/src/cli/run';
import type { JsonFileResult, JsonWithMetadata } from '../../server/src/cli/formatters/json';
import { FIXTURES } from './helpers';

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
