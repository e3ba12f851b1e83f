// Last year's report only as a PDF beside this year's text report: the language server
// reads it lazily with the CLI's PDF reader (dist/readers.js), and the related
// information of GR403, GR404 and GR405 points into the .pdf file, at line and character
// in the reader's text (as the CLI reports them). The PDF is LibreOffice's export of
// last year's fixture (scripts/make-across-years-pdf.ts), committed.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { readPdf } from '../../server/src/cli/readers/pdf';
import { startPushClient, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'across-years');
const PDF = path.join(FIXTURES, '2021-qiantang.pdf');
const LAST = fs.readFileSync(path.join(FIXTURES, '2021-qiantang-pipe.txt'), 'utf8');
const UNCHAINED = fs.readFileSync(path.join(FIXTURES, '2022-qiantang-unchained-tab.txt'), 'utf8');

/** A section's lines, heading included, up to the next section's heading. */
function section(text: string, heading: string, next: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith(heading));
  const to = lines.findIndex((l, i) => i > from && l.startsWith(next));
  assert.ok(from >= 0 && to > from, heading);
  return lines.slice(from, to).join('\n');
}

/** The line of `text` that contains `words`. */
function lineWith(text: string, words: string): string {
  const line = text.split('\n').find((l) => l.includes(words));
  assert.ok(line, words);
  return line;
}

/**
 * This year's report: tables that do not chain on from last year (GR403: 二、上年结转 0
 * where last year carried 1; GR404: 行政规范性文件 现行有效 0 where last year had 10), and
 * an overview copied from last year with its years changed (GR405) and its sentence on
 * applications this year's own (未收到…申请, as the table counts: no GR401).
 */
const copied = section(LAST, '一、总体情况', '二、').replace(/2021年/g, '2022年');
const THIS = UNCHAINED.replace(
  section(UNCHAINED, '一、总体情况', '二、'),
  copied.replace(lineWith(copied, '收到政府信息公开申请1件'), lineWith(UNCHAINED, '未收到依申请公开件')),
);

const publishedFor = (client: LspClient, uri: string, match: (codes: string[]) => boolean) =>
  client.waitFor(
    'textDocument/publishDiagnostics',
    (p: PublishDiagnosticsParams) => p.uri === uri && match(p.diagnostics.map((d) => String(d.code))),
  );

describe('last year only as PDF on disk', { timeout: 60_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lsp-pdf-'));
    client = await startPushClient(SERVER);
  });

  after(() => {
    client?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a .pdf of last year in the same folder: GR403, GR404 and GR405, related at the .pdf', async () => {
    const folder = path.join(dir, 'pdf');
    fs.mkdirSync(folder);
    const pdf = path.join(folder, '钱塘区经科局2021年报.pdf');
    fs.copyFileSync(PDF, pdf);
    const pdfUri = pathToFileURL(pdf).toString();
    // Where last year's rows are in the text the PDF reader gives.
    const lines = (await readPdf(new Uint8Array(fs.readFileSync(PDF)))).text.split(/\r?\n/);
    const lineOf = (start: string) => {
      const at = lines.findIndex((l) => l.startsWith(start));
      assert.ok(at > 0, `${start} in the PDF's text`);
      return at;
    };
    const carryLine = lineOf('四、结转下年度继续办理');
    const rulesLine = lineOf('行政规范性文件');
    const overviewLine = lineOf('一、总体情况');

    const uri = pathToFileURL(path.join(folder, '2022.txt')).toString();
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: THIS } });
    const published = await publishedFor(client, uri, (codes) => codes.includes('GR403'));
    assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), ['GR403', 'GR404', 'GR405']);
    const lastYear = (code: string) =>
      published.diagnostics.find((d) => d.code === code)!.relatedInformation!.filter((r) => r.location.uri !== uri);
    const text = (r: { location: { range: { start: { line: number; character: number }; end: { character: number } } } }) =>
      lines[r.location.range.start.line].slice(r.location.range.start.character, r.location.range.end.character);

    // GR403: last year's 四、结转下年度继续办理, 1 in 自然人 and in 总计.
    const carried = lastYear('GR403');
    assert.equal(carried.length, 2);
    for (const r of carried) {
      assert.equal(r.location.uri, pdfUri);
      assert.equal(r.location.range.start.line, carryLine);
      assert.equal(text(r), '1');
    }
    // GR404: last year's 行政规范性文件 现行有效件数, 10.
    const valid = lastYear('GR404');
    assert.equal(valid.length, 1);
    assert.equal(valid[0].location.uri, pdfUri);
    assert.equal(valid[0].location.range.start.line, rulesLine);
    assert.equal(text(valid[0]), '10');
    // GR405: last year's overview, from its heading.
    const copied = lastYear('GR405');
    assert.equal(copied.length, 1);
    assert.equal(copied[0].location.uri, pdfUri);
    assert.equal(copied[0].location.range.start.line, overviewLine);
    assert.equal(copied[0].location.range.start.character, 0);
  });
});
