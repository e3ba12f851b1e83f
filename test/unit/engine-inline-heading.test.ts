// A section heading run onto the end of the line above it (a flattened web page, a PDF's
// text, a hand edit: …有效促进本单位政府信息公开工作的顺利开展。六、其他事项). The view put
// such a heading on a line of its own only when its title was one of its fixed list, while
// the section reader takes titles by their key words (SECTION_TITLE_WORDS): a correct report
// whose heading was worded otherwise lost the section (GR002, and the table's GR107 or
// GR104). Here the correct county bureau report has each section's heading, as the format
// words it and as reports reword it, run onto its previous line: it must read the same six
// sections, each under the title written, with no finding and nothing to fix.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyReport, fixAll, lint, parse } from '../../server/src/engine';

const CLEAN = readFileSync(path.join(__dirname, '..', 'fixtures', 'rules', 'clean-county-bureau.txt'), 'utf8');

/** Each section's heading as the report writes it (the format's), and titles it may have instead. */
const SECTIONS: [string, string[]][] = [
  // report-format.md: match by key words; 基本情况 and 总体概况 for 总体情况 (heuristics.ts).
  ['一、总体情况', ['政府信息公开工作总体情况', '基本情况', '总体概况']],
  ['二、主动公开政府信息情况', ['主动公开情况', '政府信息主动公开情况']],
  // 依申请公开 is older reports' word for receiving and handling applications.
  ['三、收到和处理政府信息公开申请情况', ['依申请公开情况', '受理和处理政府信息公开申请情况']],
  // The 2019 sample's wording (pingtan_jspq_2019), and either of the two words alone.
  [
    '四、政府信息公开行政复议、行政诉讼情况',
    ['因政府信息公开工作被申请行政复议、提起行政诉讼的情况', '行政复议和行政诉讼情况', '行政复议、行政诉讼情况'],
  ],
  // The example 金乡's wording, report-format.md's 存在主要问题和改进情况, the 2024 HTML sample's 改进措施.
  [
    '五、存在的主要问题及改进情况',
    ['政府信息公开工作存在的主要问题及改进情况', '存在主要问题和改进情况', '存在的主要问题及改进措施', '存在的问题及改进措施'],
  ],
  // report-format.md's 其它需要报告的事项, and shorter.
  ['六、其他需要报告的事项', ['其它需要报告的事项', '其他事项', '其他需报告的事项']],
];

/** The report with section `index`'s heading (titled `title`) run onto the line above it, `space` between. */
function runOn(index: number, title: string, space: string): string {
  const [heading] = SECTIONS[index];
  const at = CLEAN.indexOf(`\n\n${heading}\n`);
  assert.ok(at > 0 && CLEAN.indexOf(`\n\n${heading}\n`, at + 1) < 0, heading);
  return CLEAN.slice(0, at) + space + heading.slice(0, 2) + title + CLEAN.slice(at + 2 + heading.length);
}

test('the county bureau report as written: six sections, no finding (what each case below must give)', () => {
  assert.deepEqual(
    parse(CLEAN).sections.map((s) => s.id),
    [1, 2, 3, 4, 5, 6],
  );
  assert.deepEqual(lint(CLEAN).findings, []);
});

SECTIONS.forEach(([heading, variants], index) => {
  test(`${heading}, as the format words it and reworded, run onto the line above it: read, no error or warning`, () => {
    for (const title of [heading.slice(2), ...variants]) {
      for (const space of ['', ' ', '\u3000']) {
        const text = runOn(index, title, space);
        const what = `${heading.slice(0, 2)}${title} after ${JSON.stringify(space)}`;
        const sections = parse(text).sections;
        assert.deepEqual(
          sections.map((s) => s.id),
          [1, 2, 3, 4, 5, 6],
          what,
        );
        assert.equal(sections[index].heading.title, title, what);
        assert.deepEqual(
          lint(text).findings.map((f) => `${f.code} ${f.severity}`),
          [],
          what,
        );
        assert.equal(fixAll(text).text, text, what);
      }
    }
  });
});

test('every heading run onto the line above it at once, reworded: six sections, no finding', () => {
  let text = CLEAN;
  const titles = ['基本情况', '主动公开情况', '依申请公开情况', '行政复议和行政诉讼情况', '存在的问题及改进措施', '其他事项'];
  SECTIONS.forEach(([heading], index) => {
    text = text.replace(`\n\n${heading}\n`, `${heading.slice(0, 2)}${titles[index]}\n`);
  });
  assert.equal(text.split('\n').length, CLEAN.split('\n').length - 12);
  assert.deepEqual(
    parse(text).sections.map((s) => [s.id, s.heading.title]),
    titles.map((t, i) => [i + 1, t]),
  );
  assert.deepEqual(lint(text).findings, []);
  // And it is taken for a report (the CLI checks it, the editor switches to it): before, none of
  // its headings was found, by its line or by the format's words run into the text.
  assert.deepEqual(classifyReport(text), { report: true });
});

// The same in a PDF's hard-wrapped text (pdftotext's rendering of seed 002, a correct report:
// its .expected is "(no findings)"), where the view also joins wrapped lines: the heading
// ends its line, the section's text under it is not joined to its title. Each heading is
// run onto the last line of text above it (past a page footer, which the view leaves out).
const WRAPPED = readFileSync(path.join(__dirname, '..', 'fixtures', 'rendered', 'pdftotext', '002_12a69261f9476b84.txt'), 'utf8');
const FOOTER = /^\s*(?:第\s*\d+\s*页|[—-]\s*\d+\s*[—-])?\s*$/;

test('a PDF’s hard-wrapped text: each heading, reworded, run onto the line above it: six sections, no finding', () => {
  assert.deepEqual(lint(WRAPPED).findings, []);
  const titles = ['基本情况', '主动公开情况', '依申请公开情况', '行政复议和行政诉讼情况', '存在的问题及改进措施', '其他事项'];
  SECTIONS.forEach(([heading], index) => {
    const lines = WRAPPED.split('\n');
    const at = lines.findIndex((line) => line.trim() === heading);
    assert.ok(at > 0, heading);
    let above = at - 1;
    while (FOOTER.test(lines[above])) above--;
    lines[above] = lines[above].trimEnd() + heading.slice(0, 2) + titles[index];
    lines.splice(at, 1);
    const text = lines.join('\n');
    const what = `${heading.slice(0, 2)}${titles[index]} after ${JSON.stringify(lines[above].trim().slice(-12))}`;
    const sections = parse(text).sections;
    assert.deepEqual(
      sections.map((s) => s.id),
      [1, 2, 3, 4, 5, 6],
      what,
    );
    assert.equal(sections[index].heading.title, titles[index], what);
    assert.deepEqual(lint(text).findings, [], what);
  });
});
