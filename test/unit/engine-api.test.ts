// The engine's smaller promises: messages in both languages, content detection,
// the outline, fix edits as minimal LSP edits, rule settings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, fixAll, fixAllEdits, applyEdits, looksLikeReport, outline } from '../../server/src/engine';
import { readFixture } from './helpers';

const SEED_000 = readFixture('seeds', '000_83736ae7aacb97e3.txt');
const SEED_001 = readFixture('seeds', '001_0d4db35de2d4a64b.txt');

test('messages are Chinese by default and English on request', () => {
  const zh = lint(SEED_000).findings[0];
  const en = lint(SEED_000, { locale: 'en' }).findings[0];
  assert.equal(zh.code, 'GR301');
  assert.match(zh.message, /统计期限/);
  assert.match(en.message, /Statistical period/);
  assert.doesNotMatch(en.message.replace(/“[^”]*”|"[^"]*"/g, ''), /[\u4e00-\u9fff]{3}/, 'English message has Chinese prose');
});

test('the GR301 fix rewrites only the wrong year', () => {
  const f = lint(SEED_000).findings.find((x) => x.code === 'GR301')!;
  assert.deepEqual(
    f.fix!.edits.map((e) => e.newText),
    ['2022'],
  );
  const fixed = applyEdits(SEED_000, f.fix!.edits);
  assert.match(fixed, /统计期限为 2022 年 1 月 1 日至 2022 年 12 月 31 日。/);
  assert.equal(fixed.length, SEED_000.length);
});

test('GR004 fixes turn 5、 and 6、 into 五、 and 六、', () => {
  const fixed = fixAll(SEED_001, { rules: { GR303: 'off' } }).text;
  assert.match(fixed, /^五、存在的主要问题及改进情况$/m);
  assert.match(fixed, /^六、其他需要报告的事项$/m);
  assert.doesNotMatch(fixed, /^[56]、/m);
});

test('fixAllEdits are minimal and reproduce fixAll', () => {
  for (const text of [SEED_000, SEED_001, readFixture('seeds', '003_e7290be93566281d.txt')]) {
    const edits = fixAllEdits(text);
    assert.equal(applyEdits(text, edits), fixAll(text).text);
    const touched = edits.reduce((n, e) => n + e.newText.length, 0);
    assert.ok(touched < 400, `edits rewrite ${touched} characters`);
  }
  assert.deepEqual(fixAllEdits(readFixture('seeds', '002_12a69261f9476b84.txt')), []);
});

test('rule settings turn rules off and change severities, by code or name', () => {
  assert.deepEqual(lint(SEED_001, { rules: { GR004: 'off', 'missing-period': 'off', 'export-debris': 'off' } }).findings, []);
  const sev = lint(SEED_001, { rules: { 'section-numbering': 'error' } }).findings.filter((f) => f.code === 'GR004');
  assert.deepEqual(
    sev.map((f) => f.severity),
    ['error', 'error'],
  );
});

test('content detection: every seed is a report, ordinary text is not', () => {
  for (const seed of [
    '000_83736ae7aacb97e3.txt',
    '001_0d4db35de2d4a64b.txt',
    '002_12a69261f9476b84.txt',
    '003_e7290be93566281d.txt',
    '004_3a76839b33e1ea7f.txt',
  ]) {
    assert.ok(looksLikeReport(readFixture('seeds', seed)), seed);
  }
  assert.ok(!looksLikeReport('会议纪要\n一、会议议程\n二、讨论事项\n三、下一步工作\n政府信息公开'));
  assert.ok(!looksLikeReport(''));
  assert.ok(!looksLikeReport('Hello world\n'.repeat(1000)));
});

test('outline: title, six sections, tables with their blocks', () => {
  const nodes = outline(lint(SEED_000).report);
  assert.equal(nodes[0].kind, 'title');
  const sections = nodes.filter((n) => n.kind === 'section');
  assert.deepEqual(
    sections.map((s) => s.name.slice(0, 2)),
    ['一、', '二、', '三、', '四、', '五、', '六、'],
  );
  assert.equal(sections[0].children.filter((c) => c.kind === 'subheading').length, 5);
  const [t1] = sections[1].children.filter((c) => c.kind === 'table');
  assert.match(t1.name, /表一/);
  assert.deepEqual(
    t1.children.map((b) => b.name),
    ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
  );
  const [t2] = sections[2].children.filter((c) => c.kind === 'table');
  assert.ok(t2.children.some((b) => b.name === '三、本年度办理结果'));
  const [t3] = sections[3].children.filter((c) => c.kind === 'table');
  assert.equal(t3.children.length, 3);
  const inside = (outer: typeof t1.range, inner: typeof t1.range) =>
    (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
    (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
  for (const s of sections)
    for (const c of s.children) {
      assert.ok(inside(s.range, c.range), `${c.name} lies outside ${s.name}`);
      for (const b of c.children) assert.ok(inside(c.range, b.range), `${b.name} lies outside ${c.name}`);
    }
});
