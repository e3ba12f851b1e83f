// The server's guards, below the protocol: an engine failure becomes one diagnostic that
// says so (never an empty, clean-looking list), a document above the size limit one
// notice, and settings read only their own keys.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentLinter } from '../../server/src/lsp/linting';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/src/lsp/settings';
import { lint, parseRuleSetting, resolveRuleSetting, rules } from '../../server/src/engine';
import { readFixture } from './helpers';

const doc = (text: string) => TextDocument.create('file:///r.txt', 'plaintext', 1, text);

test('an engine failure is one error diagnostic naming the error, and is logged', () => {
  const logged: string[] = [];
  const linter = new DocumentLinter(
    'zh',
    'file:///docs',
    (m) => logged.push(m),
    true,
    () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
  );
  const snapshot = linter.lint(doc('一、总体情况'), DEFAULT_SETTINGS);
  assert.equal(snapshot.report, undefined);
  assert.equal(snapshot.diagnostics.length, 1);
  const [d] = snapshot.diagnostics;
  assert.equal(d.severity, 1);
  assert.equal(d.code, 'internal-error');
  assert.match(String(d.message), /检查失败/);
  assert.match(String(d.message), /RangeError: Maximum call stack size exceeded/);
  assert.equal(logged.length, 1);
  assert.match(logged[0], /lint failed on file:\/\/\/r\.txt/);
});

test('above maxDocumentSize: one information notice, no lint, no fix-all', async () => {
  let linted = 0;
  const linter = new DocumentLinter(
    'en',
    'file:///docs',
    () => {},
    true,
    (text, options) => {
      linted++;
      return lint(text, options);
    },
  );
  const text = readFixture('layouts', 'tab-balance-error.txt');
  const settings = { ...DEFAULT_SETTINGS, maxDocumentSize: text.length - 1 };
  const snapshot = linter.lint(doc(text), settings);
  assert.equal(linted, 0);
  assert.deepEqual(
    snapshot.diagnostics.map((d) => [d.code, d.severity]),
    [['too-large', 3]],
  );
  assert.match(String(snapshot.diagnostics[0].message), new RegExp(`${text.length.toLocaleString('en-US')} characters`));
  assert.equal(await linter.fixAll(doc(text), settings, () => false), undefined);
  // At the limit, and with 0 (no limit), it is checked.
  assert.ok(linter.lint(doc(text), { ...settings, maxDocumentSize: text.length }).diagnostics.some((d) => d.code === 'GR201'));
  assert.ok(linter.lint(doc(text), { ...settings, maxDocumentSize: 0 }).diagnostics.some((d) => d.code === 'GR201'));
});

test('settings read only their own keys', () => {
  for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    assert.equal(parseRuleSetting(word), undefined, word);
  }
  const gr301 = rules.find((r) => r.code === 'GR301')!;
  assert.equal(resolveRuleSetting(gr301, JSON.parse('{"GR301": "constructor"}')), 'error');
  assert.equal(resolveRuleSetting(gr301, Object.create({ GR301: 'off' })), 'error', 'inherited keys are not settings');
  assert.equal(resolveRuleSetting(gr301, JSON.parse('{"GR301": "warn"}')), 'warning');

  const warnings: string[] = [];
  const raw = JSON.parse(
    '{"rules": {"__proto__": "off", "constructor": "off", "GR301": "constructor", "GR303": "off"}, "__proto__": {"enable": false}}',
  );
  const merged = mergeSettings(DEFAULT_SETTINGS, raw, (m) => warnings.push(m));
  assert.equal(merged.enable, true);
  assert.deepEqual({ ...merged.rules }, { GR303: 'off' });
  assert.equal(Object.getPrototypeOf(merged.rules), null);
  assert.equal(warnings.length, 3);
  assert.equal(
    mergeSettings(DEFAULT_SETTINGS, { maxDocumentSize: -1 }, (m) => warnings.push(m)).maxDocumentSize,
    DEFAULT_SETTINGS.maxDocumentSize,
  );
  assert.equal(mergeSettings(DEFAULT_SETTINGS, { maxDocumentSize: 0 }, () => {}).maxDocumentSize, 0);
  // The whole lint with hostile settings runs, at the default severities.
  const text = readFixture('layouts', 'tab-balance-error.txt');
  assert.deepEqual(
    lint(text, { rules: JSON.parse('{"GR201": "constructor", "__proto__": {"GR201": "off"}}') }).findings.map((f) => f.severity),
    lint(text).findings.map((f) => f.severity),
  );
});
