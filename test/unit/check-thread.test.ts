// The check worker's hand-over (server/src/lsp/checkThread.ts, lintPipeline.ts), with
// stand-in workers written to a temp folder: a job superseded while it runs is stopped
// (its worker ended, the next job on a fresh one), a worker that fails or dies is one
// "check failed" diagnostic (never a clean-looking empty list), and a document in
// another language that is not a report is not checked at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckThread, Superseded } from '../../server/src/lsp/checkThread';
import { LintPipeline, REMOTE_MIN_CHARS } from '../../server/src/lsp/lintPipeline';
import { DocumentLinter } from '../../server/src/lsp/linting';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

/** A stand-in worker: `body` handles one request `r` and returns the reply's value (or throws). */
function workerScript(dir: string, name: string, body: string): string {
  const file = path.join(dir, `${name}.js`);
  writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (r) => {
       try { parentPort.postMessage({ id: r.id, ok: true, value: (() => { ${body} })() }); }
       catch (e) { parentPort.postMessage({ id: r.id, ok: false, error: { name: e.name, message: e.message } }); }
     });`,
  );
  return file;
}

const withDir = async (run: (dir: string) => Promise<void>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-thread-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

test("a running job superseded by a newer version is stopped; other documents' jobs run on a fresh worker", async () =>
  withDir(async (dir) => {
    const script = workerScript(dir, 'echo', `if (r.uri === 'file:///a' && r.version === 1) for (;;) {} return r.uri + '@' + r.version;`);
    const thread = new CheckThread(script, () => {});
    try {
      const a1 = thread.run('file:///a', 1, '', {}, { kind: 'lint' });
      const b1 = thread.run('file:///b', 1, '', {}, { kind: 'lint' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      thread.supersede('file:///a', 2);
      await assert.rejects(a1, Superseded);
      assert.equal(await b1, 'file:///b@1');
      assert.equal(await thread.run('file:///a', 2, '', {}, { kind: 'lint' }), 'file:///a@2');
    } finally {
      thread.dispose();
    }
  }));

const big = (languageId = 'govreport') => TextDocument.create('file:///big.txt', languageId, 1, 'x'.repeat(REMOTE_MIN_CHARS));

function pipeline(script: string, logged: string[]) {
  const linter = new DocumentLinter('zh', 'file:///docs', (m) => logged.push(m));
  return new LintPipeline(linter, {
    locale: 'zh',
    docsBase: 'file:///docs',
    relatedInformation: true,
    logError: (m) => logged.push(m),
    workerScript: script,
  });
}

test('an engine failure in the worker is one "check failed" diagnostic, and is logged', async () =>
  withDir(async (dir) => {
    const logged: string[] = [];
    const p = pipeline(workerScript(dir, 'throws', `throw new RangeError('Maximum call stack size exceeded');`), logged);
    try {
      const snapshot = await p.snapshot(big(), DEFAULT_SETTINGS);
      assert.equal(snapshot.diagnostics.length, 1);
      assert.equal(snapshot.diagnostics[0].code, 'internal-error');
      assert.match(String(snapshot.diagnostics[0].message), /Maximum call stack size exceeded/);
      assert.match(logged.join('\n'), /lint failed on file:\/\/\/big\.txt/);
    } finally {
      p.dispose();
    }
  }));

test('a worker that dies (out of memory, a crash) is one "check failed" diagnostic', async () =>
  withDir(async (dir) => {
    const logged: string[] = [];
    const p = pipeline(workerScript(dir, 'dies', `process.exit(7);`), logged);
    try {
      const snapshot = await p.snapshot(big(), DEFAULT_SETTINGS);
      assert.deepEqual(
        snapshot.diagnostics.map((d) => d.code),
        ['internal-error'],
      );
      assert.match(String(snapshot.diagnostics[0].message), /exited \(code 7\)/);
    } finally {
      p.dispose();
    }
  }));

test('findings from the worker become diagnostics; small documents and missing workers stay on this thread', async () =>
  withDir(async (dir) => {
    const finding = {
      code: 'GR001',
      rule: 'missing-title',
      severity: 'error',
      message: '缺少标题',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      related: [],
    };
    const logged: string[] = [];
    const p = pipeline(workerScript(dir, 'finds', `return ${JSON.stringify([finding])};`), logged);
    try {
      const snapshot = await p.snapshot(big(), DEFAULT_SETTINGS);
      assert.deepEqual(
        snapshot.diagnostics.map((d) => [d.code, d.message]),
        [['GR001', '缺少标题']],
      );
      assert.equal(p.isRemote(big(), DEFAULT_SETTINGS), true);
      const small = TextDocument.create('file:///s.txt', 'govreport', 1, 'x'.repeat(REMOTE_MIN_CHARS - 1));
      assert.equal(p.isRemote(small, DEFAULT_SETTINGS), false);
      assert.equal(p.isRemote(big(), { ...DEFAULT_SETTINGS, maxDocumentSize: 1000 }), false, 'too large: the notice, on this thread');
      const none = pipeline(path.join(dir, 'missing.js'), logged);
      assert.equal(none.isRemote(big(), DEFAULT_SETTINGS), false);
    } finally {
      p.dispose();
    }
  }));

test('a plain-text document that is not a report is not checked, in the report language it is', async () => {
  const p = pipeline('', []);
  const notes = '关于2023年政府信息公开年报编制的会议纪要\n一、总体情况\n会议要求认真落实。';
  const plain = await p.snapshot(TextDocument.create('file:///n.txt', 'plaintext', 1, notes), DEFAULT_SETTINGS);
  assert.deepEqual(plain.diagnostics, []);
  const report = await p.snapshot(TextDocument.create('file:///n.govreport', 'govreport', 1, notes), DEFAULT_SETTINGS);
  assert.ok(
    report.diagnostics.some((d) => d.code === 'GR001' || d.code === 'GR002'),
    'checked as a report',
  );
});

test('a large document checked in the worker gets the same findings as on the thread, with its configuration and last year', async () => {
  const fixtures = path.join(__dirname, '..', 'fixtures', 'rules');
  const thisYear = readFileSync(path.join(fixtures, 'gr403-gr404-not-chained-tab.txt'), 'utf8');
  const lastYear = readFileSync(path.join(fixtures, 'gr403-gr404-not-chained-tab.last-year.txt'), 'utf8');
  // Past REMOTE_MIN_CHARS with prose in section 六, so the check goes to the worker.
  const padding = '\n本机关将持续做好政府信息公开工作，不断提升公开质量和实效。'.repeat(Math.ceil(REMOTE_MIN_CHARS / 28));
  const text = thisYear.trimEnd() + padding + '\n';
  const document = TextDocument.create('file:///2022.txt', 'govreport', 1, text);
  const previous = { text: lastYear, uri: 'file:///2021.txt' };
  const logged: string[] = [];
  const p = pipeline(path.join(__dirname, '..', '..', 'dist', 'checkWorker.js'), logged);
  const onThread = new DocumentLinter('zh', 'file:///docs', (m) => logged.push(m));
  const shape = (findings: readonly { code: string; range: unknown; message: string; related: readonly { uri?: string }[] }[]) =>
    findings.map((f) => ({ code: f.code, range: f.range, message: f.message, related: f.related.map((r) => r.uri) }));
  try {
    assert.ok(p.isRemote(document, DEFAULT_SETTINGS), 'checked in the worker');
    for (const settings of [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, lint: { deadline: '01-01' } }]) {
      const remote = await p.snapshot(document, settings, previous);
      const local = onThread.lint(document, settings, previous);
      assert.deepEqual(shape(remote.findings), shape(local.findings));
    }
    const withLastYear = (await p.snapshot(document, DEFAULT_SETTINGS, previous)).findings.map((f) => f.code);
    assert.ok(withLastYear.includes('GR403'), `last year reached the worker: ${withLastYear.join(' ')}`);
    // A configured deadline before the publication date: GR304, in the worker as on the thread.
    const early = (await p.snapshot(document, { ...DEFAULT_SETTINGS, lint: { deadline: '01-01' } }, previous)).findings;
    assert.ok(
      early.some((f) => f.code === 'GR304'),
      'the configuration reached the worker',
    );
    assert.deepEqual(logged, []);
  } finally {
    p.dispose();
  }
});
