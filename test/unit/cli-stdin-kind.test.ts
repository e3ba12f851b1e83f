// Standard input has no file name to tell a PDF, a Word file or a web page from text: a
// reviewer piping a downloaded PDF (curl … | gov-report-lint -) got "binary". The first
// bytes tell: %PDF-, a zip holding word/…, a page starting with an element.
// Run: node --import tsx --test test/unit/cli-stdin-kind.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { sniffKind } from '../../server/src/cli/read';
import type { JsonFileResult } from '../../server/src/cli/formatters/json';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

async function runJson(argv: string[], input?: Buffer): Promise<{ code: number; results: JsonFileResult[] }> {
  let stdout = '';
  const code = await runCli(['--format', 'json', ...argv], {
    cwd: ROOT,
    env: { LANG: 'en_US.UTF-8' },
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    ...(input && {
      stdin: async function* () {
        // In two chunks, as a pipe delivers it.
        yield input.subarray(0, 1000);
        yield input.subarray(1000);
      },
    }),
  });
  return { code, results: JSON.parse(stdout) as JsonFileResult[] };
}

const summary = (r: JsonFileResult) => ({
  format: r.format,
  messages: r.messages.map((m) => `${m.line}:${m.column} ${m.code} ${m.message}`),
});

test('a PDF, a Word file and a web page on standard input are read as such, with the findings of the same file named', async () => {
  for (const file of [
    'rendered/pdf-borderless/gr103-blank-cell.pdf',
    'rendered/pdf/000_83736ae7aacb97e3.docx',
    'cli/jjpq-2024-excerpt.html',
  ]) {
    const path = join(FIXTURES, file);
    const named = await runJson([path]);
    const piped = await runJson(['-'], readFileSync(path));
    assert.equal(piped.code, named.code, file);
    assert.deepEqual(summary(piped.results[0]), summary(named.results[0]), file);
    assert.notEqual(piped.results[0].format, 'text', file);
  }
});

test('sniffing: text stays text, GBK and UTF-16 included; a zip that is not Word is not Word', () => {
  assert.equal(sniffKind(Buffer.from('%PDF-1.7\n')), 'pdf');
  assert.equal(sniffKind(Buffer.from('\uFEFF<!DOCTYPE html><html>')), 'html');
  assert.equal(sniffKind(Buffer.from('  <div class="article">')), 'html');
  assert.equal(sniffKind(readFileSync(join(FIXTURES, 'seeds', '000_83736ae7aacb97e3.txt'))), undefined);
  assert.equal(sniffKind(readFileSync(join(FIXTURES, 'cli', 'gbk-crlf-000.txt'))), undefined);
  assert.equal(sniffKind(Buffer.from('\uFEFF政府信息公开工作年度报告 <2022>', 'utf16le')), undefined);
  assert.equal(sniffKind(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')])), undefined);
});
