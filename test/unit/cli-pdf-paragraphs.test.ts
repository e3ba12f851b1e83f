// The PDF reader's paragraphs (server/src/cli/readers/pdf.ts): a line that reaches the right
// margin goes on in the next line. A paragraph whose last line happens to fill the width
// (its length a multiple of the line's) was joined with the section heading under it
// (…如有疑问请联系。六、其他事项); the line view breaks out of a line only the titles it knows
// (TITLES in parse/view.ts), so a heading whose title is a variant the engine reads by its key
// words (一、基本情况, 三、依申请公开情况, 六、其他事项) was not read, and a correct report got
// GR002 (section missing). Seen with LibreOffice exports of such a report too: a paragraph
// of 25 + 27k characters (16 pt, A4) before 六、其他事项 gave GR002 on the old reader.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';
import { pageReader } from '../../server/src/cli/readers/pdf';
import { settleUnsureTables } from '../../server/src/cli/unsure';
import type { Piece } from '../../server/src/cli/readers/pdf-grid';
import { FIXTURES } from './helpers';

// Page coordinates, y up: body text 10 points, 15 points a line, from x 60; table text 8 points.
const BODY = 10;
const TABLE = 8;
const piece = (str: string, x: number, y: number, width = str.length * BODY, size = BODY): Piece => ({ str, x, y, width, size });

/** Lines of text one under the other on one page; the longest (20 characters) reach the right margin. */
const page = (lines: string[]): Piece[] => lines.map((l, i) => piece(l, 60, 780 - 15 * i));

const read = (lines: string[]) => {
  const reader = pageReader();
  assert.equal(Math.max(...lines.map((l) => l.length)), 20, lines.join('/'));
  reader.page(page(lines), []);
  return reader.text(1).text.split('\n').slice(0, -1);
};

test('a line filling the width, then a section heading: the heading is a line of its own, the wraps are joined', () => {
  const wraps = ['我局将进一步加强政府信息公开工作的组织领', '导和制度建设，如有疑问请与局办公室联系。'];
  assert.deepEqual(read([...wraps, '六、其他事项', '本年度未收取信息处理费。']), [
    wraps.join(''),
    '六、其他事项',
    '本年度未收取信息处理费。',
  ]);
  // A heading with its text run on after a stop, and one numbered 5、 as some reports write it.
  assert.deepEqual(read(['本年度工作取得了一定成效，但仍存在不足。', '五、存在问题及整改措施。一是公开不够。']), [
    '本年度工作取得了一定成效，但仍存在不足。',
    '五、存在问题及整改措施。一是公开不够。',
  ]);
  assert.deepEqual(read(['本年度工作取得了一定成效，但仍存在不足。', '5、存在的主要问题及改进情况']), [
    '本年度工作取得了一定成效，但仍存在不足。',
    '5、存在的主要问题及改进情况',
  ]);
});

test('a line filling the width goes on in the next as before: mid-sentence, or the next line names no section', () => {
  // Mid-sentence: no sentence ends where the line does (第 / 二、三季度).
  assert.deepEqual(read(['本年度我局召开会议研究政务公开工作，在第', '二、三季度主动公开政策文件。']), [
    '本年度我局召开会议研究政务公开工作，在第二、三季度主动公开政策文件。',
  ]);
  // After a sentence's end, a numbered line that names no section of the format: the reader
  // cannot tell the paragraph's next line from the next paragraph, and joins it as before.
  assert.deepEqual(read(['本年度我局召开专题会议研究政务公开工作。', '二是加强队伍建设。']), [
    '本年度我局召开专题会议研究政务公开工作。二是加强队伍建设。',
  ]);
  assert.deepEqual(read(['本年度我局召开专题会议研究政务公开工作。', '（一）主动公开']), [
    '本年度我局召开专题会议研究政务公开工作。（一）主动公开',
  ]);
  // A line ending before the margin ends its paragraph, heading or not (as before).
  assert.deepEqual(read(['本年度我局召开专题会议研究政务公开工作。', '本年度未收取费用。', '二是加强队伍建设。']), [
    '本年度我局召开专题会议研究政务公开工作。本年度未收取费用。',
    '二是加强队伍建设。',
  ]);
});

/**
 * A report in TAB text typeset as a PDF's pages: paragraphs wrapped at `perLine` characters
 * (a full line drawn to the right margin), each table on a page of its own in table text
 * (its cells 160 points apart). `fills(next)`: whether the paragraph before the line `next`
 * has its last line full too, as a paragraph whose length is a multiple of the line's.
 */
function typeset(text: string, perLine: number, fills: (next: string) => boolean): Piece[][] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const pages: Piece[][] = [];
  let current: Piece[] = [];
  let y = 780;
  const newPage = () => {
    if (current.length > 0) pages.push(current);
    current = [];
    y = 780;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('\t')) {
      newPage();
      for (; i < lines.length && lines[i].includes('\t'); i++, y -= 15) {
        lines[i].split('\t').forEach((cell, c) => {
          const t = cell.trim();
          const width = /^\d+$/.test(t) ? t.length * 0.55 * TABLE : t.length * TABLE;
          if (t !== '') current.push(piece(t, 60 + 160 * c, y, width, TABLE));
        });
      }
      i--;
      newPage();
      continue;
    }
    const chunks = lines[i].trim().match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? [];
    // A paragraph ends in a sentence's stop; a heading ends before the margin.
    const full = i + 1 < lines.length && /[。；：！？]$/.test(lines[i].trim()) && fills(lines[i + 1]);
    chunks.forEach((chunk, k) => {
      if (y < 60) newPage();
      current.push(piece(chunk, 60, y, k < chunks.length - 1 || full ? perLine * BODY : undefined));
      y -= 15;
    });
  }
  newPage();
  return pages;
}

/** The county bureau's correct report, its section headings worded as variants the engine reads by their key words. */
const VARIANTS: [string, string][] = [
  ['一、总体情况', '一、基本情况'],
  ['二、主动公开政府信息情况', '二、主动公开情况'],
  ['三、收到和处理政府信息公开申请情况', '三、依申请公开情况'],
  ['四、政府信息公开行政复议、行政诉讼情况', '四、行政复议、行政诉讼情况'],
  ['五、存在的主要问题及改进情况', '五、存在的主要问题及整改措施'],
  ['六、其他需要报告的事项', '六、其他事项'],
];

test('a correct report whose paragraphs fill their last line before each section heading: no error, no warning, six sections (headings as the format words them, and variants)', () => {
  const original = readFileSync(join(FIXTURES, 'rules', 'clean-county-bureau.txt'), 'utf8');
  let variants = original;
  for (const [from, to] of VARIANTS) variants = variants.replace(new RegExp(`^${from}$`, 'm'), to);
  // The variants as written (TAB text): a correct report.
  assert.deepEqual(
    lint(variants).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'),
    [],
  );
  const isHeading = (line: string) => /^[一二三四五六]、/.test(line) && VARIANTS.some(([from, to]) => line === from || line === to);
  for (const [name, text] of [
    ['format', original],
    ['variants', variants],
  ]) {
    for (const perLine of [20, 28, 36]) {
      for (const fill of ['before headings', 'every paragraph'] as const) {
        const pages = typeset(text, perLine, (next) => fill === 'every paragraph' || isHeading(next));
        const reader = pageReader();
        for (const p of pages) reader.page(p, []);
        const pdf = reader.text(pages.length);
        const { report, findings } = lint(pdf.text);
        const settled = settleUnsureTables(findings, report, pdf.unsureTables, {}).findings;
        const label = `${name}, ${perLine} a line, last line full ${fill}`;
        assert.deepEqual(
          settled.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code} ${f.message}`),
          [],
          label,
        );
        assert.deepEqual(
          report.sections.map((s) => s.id),
          [1, 2, 3, 4, 5, 6],
          label,
        );
      }
    }
  }
});
