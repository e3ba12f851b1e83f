// The server asks for last year's report on every hover, code action and keystroke. A
// lookup that finds nothing stats every report file of the folder and the workspace, so
// its answer is reused for the same document version until a file event (or a bounded
// time) says the disk may have changed.

import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, promises as fsp, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LastYearFinder } from '../../server/src/lsp/lastYear';

const report = (unit: string, year: number) => `${unit}${year}年政府信息公开工作年度报告\n一、总体情况\n正文。\n`;

test('last year: a lookup is reused for the same unit and year; a file event or a changed title looks again', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'last-year-'));
  const stat = mock.method(fsp, 'stat');
  try {
    for (let i = 0; i < 20; i++) writeFileSync(path.join(dir, `other-${i}.txt`), report(`某单位${i}`, 2021));
    const uri = pathToFileURL(path.join(dir, '2022.txt')).toString();
    let document = TextDocument.create(uri, 'govreport', 1, report('某县科学技术局', 2022));
    const finder = new LastYearFinder(
      () => [document],
      () => [pathToFileURL(dir).toString()],
    );

    assert.equal(await finder.find(document), undefined);
    const first = stat.mock.callCount();
    assert.ok(first >= 20, `the first lookup reads the folder (${first} stats)`);
    assert.equal(await finder.find(document), undefined);
    assert.equal(stat.mock.callCount(), first, 'the same version asks again: no file is touched');

    // Last year appears on disk; the client says so: the next lookup finds it.
    const lastYear = path.join(dir, '2021.txt');
    writeFileSync(lastYear, report('某县科学技术局', 2021));
    finder.invalidateListing();
    assert.equal((await finder.find(document))?.uri, pathToFileURL(lastYear).toString());

    // An edit of the body is a new version of the same unit and year: the answer stands,
    // and no file is touched (typing must not stat the folder on every keystroke).
    document = TextDocument.update(document, [{ text: report('某县科学技术局', 2022) + '补充。\n' }], 2);
    const before = stat.mock.callCount();
    assert.equal((await finder.find(document))?.uri, pathToFileURL(lastYear).toString());
    assert.equal(stat.mock.callCount(), before, 'an edit of the body: no file is touched');

    // An edit of the title (another year) is looked up again: 2022's report is last year's now.
    document = TextDocument.update(document, [{ text: report('某县科学技术局', 2023) }], 3);
    assert.equal((await finder.find(document))?.uri, undefined);
    assert.ok(stat.mock.callCount() > before, 'a new identity reads the folder again');
  } finally {
    stat.mock.restore();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('last year on disk: the other reports are read by their first lines, and whole only when their title is the one looked for', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'last-year-heads-'));
  // Longer than a head read (64 kB): an appendix after the report.
  const long = (text: string) => text + '附件：\n' + '本单位政府信息公开工作相关材料目录。\n'.repeat(4000);
  const readFile = mock.method(fsp, 'readFile');
  try {
    for (let i = 0; i < 10; i++) writeFileSync(path.join(dir, `other-${i}.txt`), long(report(`某单位${i}`, 2021)));
    // The same unit's report of another year: its title is not last year's either.
    writeFileSync(path.join(dir, '2020.txt'), long(report('某县科学技术局', 2020)));
    const lastYear = path.join(dir, '2021.txt');
    writeFileSync(lastYear, long(report('某县科学技术局', 2021)));
    const uri = pathToFileURL(path.join(dir, '2022.txt')).toString();
    let document = TextDocument.create(uri, 'govreport', 1, report('某县科学技术局', 2022));
    const finder = new LastYearFinder(() => [document]);

    const found = await finder.find(document);
    assert.equal(found?.uri, pathToFileURL(lastYear).toString());
    assert.equal(found?.text, long(report('某县科学技术局', 2021)), 'last year is given whole');
    const wholeReads = () => readFile.mock.calls.map((c) => path.basename(String(c.arguments[0])));
    assert.deepEqual(wholeReads(), ['2021.txt'], 'only last year is read whole');

    // Another year looked for: the heads already read answer for the others; 2020 is read whole now.
    document = TextDocument.update(document, [{ text: report('某县科学技术局', 2021) }], 2);
    const before = readFile.mock.callCount();
    assert.equal((await finder.find(document))?.uri, pathToFileURL(path.join(dir, '2020.txt')).toString());
    assert.deepEqual(wholeReads().slice(before), ['2020.txt']);
  } finally {
    readFile.mock.restore();
    rmSync(dir, { recursive: true, force: true });
  }
});
