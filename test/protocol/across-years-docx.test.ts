// Last year's report only as a Word file (or GBK text) beside this year's: the language
// server reads it with the CLI's readers, and related information points at the file, at
// line and character in the reader's text (as the CLI reports them).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as iconv from 'iconv-lite';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { renderDocx } from '../../scripts/render/docx';
import { readReport } from '../../scripts/render/report';
import { readDocx } from '../../server/src/cli/readers/docx';
import { startPushClient, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'across-years');
const LAST = fs.readFileSync(path.join(FIXTURES, '2021-qiantang-pipe.txt'), 'utf8');
const THIS = fs.readFileSync(path.join(FIXTURES, '2022-qiantang-unchained-tab.txt'), 'utf8');

const publishedFor = (client: LspClient, uri: string, match: (codes: string[]) => boolean) =>
  client.waitFor(
    'textDocument/publishDiagnostics',
    (p: PublishDiagnosticsParams) => p.uri === uri && match(p.diagnostics.map((d) => String(d.code))),
  );

describe('last year only as Word or GBK text on disk', { timeout: 30_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lsp-docx-'));
    client = await startPushClient(SERVER);
  });

  after(() => {
    client?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a .docx of last year in the same folder: GR403 and GR404, related at the .docx', async () => {
    const folder = path.join(dir, 'word');
    fs.mkdirSync(folder);
    const docx = path.join(folder, '钱塘区经科局2021年报.docx');
    const bytes = await renderDocx(readReport('2021', LAST));
    fs.writeFileSync(docx, bytes);
    // Where last year's 四、结转下年度继续办理 row is in the text the Word reader gives.
    const lines = (await readDocx(bytes)).text.split(/\r?\n/);
    const carryLine = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
    assert.ok(carryLine > 0);

    const uri = pathToFileURL(path.join(folder, '2022.txt')).toString();
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: THIS } });
    const published = await publishedFor(client, uri, (codes) => codes.includes('GR403'));
    assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), ['GR403', 'GR404']);
    const related = published.diagnostics.find((d) => d.code === 'GR403')!.relatedInformation!;
    assert.ok(related.length > 0);
    for (const r of related) {
      assert.equal(r.location.uri, pathToFileURL(docx).toString());
      assert.equal(r.location.range.start.line, carryLine);
      // The cell's value, 1 (自然人 and 总计), at its character in the reader's line.
      const { start, end } = r.location.range;
      assert.equal(lines[carryLine].slice(start.character, end.character), '1');
    }
  });

  it('last year as GBK text in the same folder', async () => {
    const folder = path.join(dir, 'gbk');
    fs.mkdirSync(folder);
    const gbk = path.join(folder, '2021.txt');
    fs.writeFileSync(gbk, iconv.encode(LAST.replace(/\n/g, '\r\n'), 'gbk'));
    const uri = pathToFileURL(path.join(folder, '2022.txt')).toString();
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: THIS } });
    const published = await publishedFor(client, uri, (codes) => codes.includes('GR403'));
    assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), ['GR403', 'GR404']);
    const related = published.diagnostics.find((d) => d.code === 'GR403')!.relatedInformation!;
    assert.equal(related[0].location.uri, pathToFileURL(gbk).toString());
  });
});
