// Checks across years (GR403 carry-over, GR404 valid-count-chain, GR405 copied-text):
// the engine takes last year's report as an input; related information points into it.
//
// Fixtures (test/fixtures/across-years): 钱塘区经济信息化和科学技术局 for 2021 (pipe rows:
// 一 1, carried to next year 1; 行政规范性文件 2 issued, 10 valid) and four 2022 versions in
// other layouts: one whose tables do not chain on, one that does, one whose overview and
// section 五 are last year's with dates and counts updated, one with half its overview
// rewritten.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/run';
import type { JsonFileResult } from '../../server/src/cli/formatters/json';
import { lint, parse, reportIdentity, previousKey, identityKey } from '../../server/src/engine';
import { sectionById, sectionText } from '../../server/src/engine/rules/prose';
import { containment, shingles } from '../../server/src/engine/text/shingles';
import { COPIED_SHARE } from '../../server/src/engine/rules/gr405-copied-text';
import { FIXTURES, readFixture } from './helpers';

const LAST_URI = 'file:///reports/2021-qiantang-pipe.txt';
const previous = { text: readFixture('across-years', '2021-qiantang-pipe.txt'), uri: LAST_URI };

/** code@line, and each related location as uri-or-here@line. */
function findings(file: string, withPrevious = true): string[] {
  return lint(readFixture('across-years', file), withPrevious ? { previous } : {}).findings.map(
    (f) =>
      `${f.code}@${f.range.start.line + 1} → ${f.related.map((r) => `${r.uri === LAST_URI ? 'last' : 'here'}@${r.range.start.line + 1}`).join(' ')}`,
  );
}

test('last year alone is a clean report', () => {
  assert.deepEqual(findings('2021-qiantang-pipe.txt', false), []);
});

test('GR403/GR404: tables that do not chain on from last year, pointing into last year', () => {
  assert.deepEqual(findings('2022-qiantang-unchained-tab.txt'), [
    // 行政规范性文件 现行有效 0, but last year's 10 + 0 − 0
    'GR404@23 → last@19 here@23 here@23',
    // 二、上年结转 0 in 自然人 and 总计, last year's 四 carried 1 in both: said once
    'GR403@39 → last@58 last@58',
  ]);
  const [carry] = lint(readFixture('across-years', '2022-qiantang-unchained-tab.txt'), { previous }).findings.filter(
    (f) => f.code === 'GR403',
  );
  assert.match(carry.message, /自然人 0（上年 1），总计 0（上年 1）/);
});

test('tables that chain on and a section written anew: no finding', () => {
  assert.deepEqual(findings('2022-qiantang-consistent-tab.txt'), []);
  assert.deepEqual(findings('2022-qiantang-reworded-tab.txt'), []);
});

test('GR405: overview and section 五 copied from last year (years and counts updated)', () => {
  assert.deepEqual(findings('2022-qiantang-copied-markdown.txt'), ['GR405@4 → last@4', 'GR405@73 → last@64']);
  const messages = lint(readFixture('across-years', '2022-qiantang-copied-markdown.txt'), { previous }).findings.map((f) => f.message);
  assert.match(messages[0], /“总体情况”有 100% 的文字与上年报告相同部分雷同/);
});

test('without last year, the checks across years say nothing', () => {
  for (const file of ['2022-qiantang-unchained-tab.txt', '2022-qiantang-copied-markdown.txt']) {
    assert.deepEqual(findings(file, false), []);
  }
});

test('GR405 threshold: half a section rewritten stays below it; unrelated reports far below', () => {
  const share = (a: string, b: string, id: number) => {
    const ma = parse(a);
    const mb = parse(b);
    return containment(shingles(sectionText(ma, sectionById(ma, id)!)), shingles(sectionText(mb, sectionById(mb, id)!)));
  };
  const reworded = share(readFixture('across-years', '2022-qiantang-reworded-tab.txt'), previous.text, 1);
  assert.ok(reworded > 0.3 && reworded < COPIED_SHARE, `reworded overview shares ${reworded}`);
  // The five seeds are five different units: their overviews and section 五 share little.
  const seeds = readdirSync(`${FIXTURES}/seeds`).filter((f) => f.endsWith('.txt'));
  for (const a of seeds) {
    for (const b of seeds) {
      if (a === b) continue;
      for (const id of [1, 5]) {
        const s = share(readFixture('seeds', a), readFixture('seeds', b), id);
        assert.ok(s < 0.2, `${a} vs ${b}, section ${id}: ${s}`);
      }
    }
  }
});

test('last year is found by unit and year from the title', () => {
  const now = reportIdentity(readFixture('across-years', '2022-qiantang-unchained-tab.txt'));
  const then = reportIdentity(previous.text);
  assert.deepEqual(now, { unit: '钱塘区经济信息化和科学技术局', year: 2022 });
  assert.equal(previousKey(now!), identityKey(then!));
  assert.equal(reportIdentity('会议纪要\n一、会议议程'), undefined);
});

test('CLI: last year is found among the given files and their folders', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-years-'));
  try {
    writeFileSync(join(dir, '2022.txt'), readFixture('across-years', '2022-qiantang-unchained-tab.txt'));
    const codes = async () => {
      let out = '';
      await runCli(['--format', 'json', '2022.txt'], { cwd: dir, stdout: (t: string) => (out += t), stderr: () => {} });
      return (JSON.parse(out) as { messages: { code: string }[] }[])[0].messages.map((m) => m.code);
    };
    assert.deepEqual(await codes(), [], 'no last year beside it: nothing across years');
    // Only the 2022 file is named; last year's sits in the same folder.
    writeFileSync(join(dir, 'last-year.txt'), previous.text);
    assert.deepEqual(await codes(), ['GR404', 'GR403']);

    // Each output names last year's file where the finding looks into it.
    const output = async (...argv: string[]) => {
      let out = '';
      await runCli([...argv, '2022.txt'], { cwd: dir, stdout: (t: string) => (out += t), stderr: () => {} });
      return out;
    };
    const lastYearLines = previous.text.split('\n');
    const json = JSON.parse(await output('--format', 'json')) as JsonFileResult[];
    const carry = json[0].messages.find((m) => m.code === 'GR403')!;
    const there = carry.related.filter((r) => r.filePath !== undefined);
    assert.ok(there.length > 0);
    assert.ok(there.every((r) => r.filePath === 'last-year.txt'));
    // The places are on last year's 四、结转下年度 row.
    for (const r of there) assert.match(lastYearLines[r.line - 1], /结转下年度/, r.message);
    const sarif = JSON.parse(await output('--format', 'sarif')) as {
      runs: { results: { ruleId: string; relatedLocations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0].results
      .find((r) => r.ruleId === 'GR403')!
      .relatedLocations.map((l) => l.physicalLocation.artifactLocation.uri);
    assert.deepEqual([...new Set(uris)], ['last-year.txt']);
    const stylish = await output('--no-color', '--lang', 'zh');
    assert.match(stylish, new RegExp(`GR403 .*（上年报告 last-year\\.txt:${there[0].line}:${there[0].column}）`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: a folder checked whole: each report finds last year among the others, the first in order when two claim it, whatever the order of the checks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-years-folder-'));
  try {
    // Checked first, its last year after it; two copies of last year, the first in order wins.
    writeFileSync(join(dir, '0-2022.txt'), readFixture('across-years', '2022-qiantang-unchained-tab.txt'));
    writeFileSync(join(dir, 'x-2021.txt'), previous.text);
    writeFileSync(join(dir, 'y-2021.txt'), previous.text);
    let out = '';
    await runCli(['--format', 'json', '.'], { cwd: dir, stdout: (t: string) => (out += t), stderr: () => {} });
    const json = JSON.parse(out) as JsonFileResult[];
    assert.deepEqual(
      json.map((r) => r.filePath),
      ['0-2022.txt', 'x-2021.txt', 'y-2021.txt'],
    );
    const across = (r: JsonFileResult) => r.messages.filter((m) => /^GR40[345]$/.test(m.code));
    assert.deepEqual(
      across(json[0]).map((m) => m.code),
      ['GR404', 'GR403'],
    );
    const there = across(json[0]).flatMap((m) => m.related.filter((r) => r.filePath !== undefined).map((r) => r.filePath));
    assert.ok(there.length > 0);
    assert.deepEqual([...new Set(there)], ['x-2021.txt']);
    // Last year's reports have no report of the year before them.
    assert.deepEqual([...across(json[1]), ...across(json[2])], []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
