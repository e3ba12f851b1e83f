// The language server's views over stdio, as any LSP client sees them: the hover on a
// table number, the code lens above tables 2 and 3, the column names before the numbers
// (inlay hints), and the custom requests behind the
// VS Code client's preview, status item and commands.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, Hover, InitializeResult, InlayHint, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';
import { startServer, type LspClient } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
/** Table 2's 四 自然人 and 总计 hold 1 although nothing was received; table 3's 总计 misses a 1. */
const BROKEN = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'layouts', 'tab-balance-error.txt'), 'utf8');
const URI = 'file:///reports/tab-balance-error.txt';

function lineOf(text: string, pattern: RegExp): number {
  const line = text.split('\n').findIndex((l) => pattern.test(l));
  assert.ok(line >= 0, `no line matches ${pattern}`);
  return line;
}

describe('views over stdio', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = startServer(SERVER);
    const result: InitializeResult = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-cn',
      capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
    });
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual(result.capabilities.codeLensProvider, { resolveProvider: false });
    assert.deepEqual(result.capabilities.inlayHintProvider, { resolveProvider: false });
    await client.notify('initialized', {});
    await client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'govreport', version: 1, text: BROKEN } });
  });

  after(() => client?.kill());

  it('hovers a table-2 number with its place and its failing relation', async () => {
    const line = lineOf(BROKEN, /^四、结转下年度继续办理/);
    const character = BROKEN.split('\n')[line].indexOf('\t1') + 1;
    const hover: Hover = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } });
    const contents = hover.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /^\*\*表二 · 四、结转下年度继续办理 · 自然人\*\*$/m);
    assert.match(contents.value, /GR201: 一\(0\) \+ 二\(0\) = 0 ≠ 三（七）总计\(0\) \+ 四\(1\) = 1 ✗/);
    const none = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
  });

  it('puts a code lens with the relations above tables 2 and 3, linked to the first problem', async () => {
    const lenses: CodeLens[] = await client.request('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.deepEqual(
      lenses.map((l) => l.command?.title),
      ['勾稽关系：2 列不平衡，25 行全部平衡', '勾稽关系：1 组不平衡'],
    );
    assert.equal(lenses[0].command?.command, 'govreport.reveal');
    const [uri, range] = lenses[0].command?.arguments ?? [];
    assert.equal(uri, URI);
    assert.equal(range.start.line, lineOf(BROKEN, /^四、结转下年度继续办理/));
  });

  it('names the column of each number before it, for the lines asked about', async () => {
    const line = lineOf(BROKEN, /^四、结转下年度继续办理/);
    const text = BROKEN.split('\n')[line];
    const range = { start: { line, character: 0 }, end: { line, character: text.length } };
    const hints: InlayHint[] = await client.request('textDocument/inlayHint', { textDocument: { uri: URI }, range });
    // `四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\t`: one hint before each of the seven numbers.
    assert.deepEqual(
      hints.map((h) => [h.label, text.slice(h.position.character, h.position.character + 1), h.position.line]),
      [
        ['自然人', '1', line],
        ['商业企业', '0', line],
        ['科研机构', '0', line],
        ['社会公益组织', '0', line],
        ['法律服务机构', '0', line],
        ['其他', '0', line],
        ['总计', '1', line],
      ],
    );
    assert.ok(hints.every((h) => h.paddingRight === true && h.kind === 2));
    // Table 3: the group named on its first column, as the header does.
    const row3 = lineOf(BROKEN, /^1\t0\t0\t0\t0\t/);
    const t3: InlayHint[] = await client.request('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: row3, character: 0 }, end: { line: row3 + 1, character: 0 } },
    });
    assert.deepEqual(t3.map((h) => h.label).slice(0, 6), [
      '行政复议 结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '未经复议直接起诉 结果维持',
    ]);
    assert.equal(t3.length, 15);
    // Prose: nothing.
    const none = await client.request('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    });
    assert.deepEqual(none, []);
  });

  it('answers the preview, summary, new-report and rules requests', async () => {
    const preview: { version: number; html: string } = await client.request('govreport/preview', { uri: URI });
    assert.equal(preview.version, 1);
    assert.equal(preview.html.match(/<td class="num error"/g)?.length, 3);
    const summary = await client.request('govreport/summary', { uri: URI });
    assert.equal((summary as { year?: number }).year, 2022);
    const created: { text: string } = await client.request('govreport/newReport', { unit: '某县统计局', year: 2024 });
    assert.match(created.text, /^某县统计局2024年政府信息公开工作年度报告\n/);
    const rules: { code: string }[] = await client.request('govreport/rules', null);
    assert.ok(rules.some((r) => r.code === 'GR201'));
    assert.equal(await client.request('govreport/preview', { uri: 'file:///not/open.txt' }), null);
  });

  it('marks a blank cell of an HTML page over what the cell holds (<br/>), in the diagnostic and the preview', async () => {
    // The 金井片区 page: table 2, 四 商业企业 holds only <br/>.
    const page = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'samples', 'pingtan_jjpq_2024.html'), 'utf8');
    const uri = 'file:///reports/pingtan_jjpq_2024.html';
    const lines = page.split('\n');
    const slice = (r: Range) => {
      const offset = (p: Range['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      return page.slice(offset(r.start), offset(r.end));
    };
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: page } });
    const published: PublishDiagnosticsParams = await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: PublishDiagnosticsParams) => p.uri === uri,
    );
    const blank = published.diagnostics.filter((d) => d.code === 'GR103');
    assert.equal(blank.length, 1, published.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
    assert.equal(blank[0].message, '表二 四 商业企业 为空，应填数字（没有则填 0）');
    assert.equal(slice(blank[0].range), '<br/>');
    const preview: { html: string } = await client.request('govreport/preview', { uri });
    const [, start, end] = preview.html.match(/<td class="num blank warning" data-start="(\d+)" data-end="(\d+)"/) ?? [];
    assert.equal(page.slice(Number(start), Number(end)), '<br/>');
  });
});
