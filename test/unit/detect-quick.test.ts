// Detection's quick path (detect.ts, quick.sections): headings are read a chunk of lines at a
// time until enough sections are found, instead of on every line. The verdict, reason
// included, must be the one reading every line gives, on any text: the fixtures, and texts
// made of headings, titles, table labels and prose in any order, with any line endings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  classifyReport,
  firstLines,
  INLINE_HEADINGS,
  inlineIds,
  looksBinary,
  quick,
  type ReportVerdict,
} from '../../server/src/engine/detect';
import { SourceText } from '../../server/src/engine/text/source';
import { FIXTURES } from './helpers';

function both(text: string): [ReportVerdict, ReportVerdict] {
  const fast = classifyReport(text);
  quick.sections = false;
  try {
    return [fast, classifyReport(text)];
  } finally {
    quick.sections = true;
  }
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return textFiles(file);
    return /\.(?:txt|md|govreport|expected)$/.test(name) ? [file] : [];
  });
}

const LINES = [
  '某县科学技术局2022年政府信息公开工作年度报告',
  '# 某县2022年政务公开工作年度报告',
  '关于召开政府信息公开工作会议的通知',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '4、政府信息公开行政复议、行政诉讼情况',
  '（二）主动公开政府信息情况',
  '## 三、收到和处理政府信息公开申请情况',
  '……下载。一、总体情况2024年，本局……二、主动公开政府信息情况',
  '本年新收政府信息公开申请数量\t0',
  '本年制发件数\t现行有效件数\t予以公开',
  '未经复议直接起诉\t复议后起诉\t尚未审结',
  '依据《中华人民共和国政府信息公开条例》编制。',
  '2022年，本局认真贯彻落实政府信息公开工作要求。',
  '',
  '   ',
  '\t\t',
  // Spaced out as PDF exports write them: found only in the squeezed text.
  '政 府 信 息 公 开 工 作 年 度 报 告',
  '二、主 动 公 开 政 府 信 息 情 况',
  '本 年 新 收 政 府 信 息 公 开 申 请 数 量',
  // Control characters: few of them are a text, many or a NUL a binary file.
  '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u001f',
  '\f\v\u0000',
];

test('detect: the quick path gives every fixture the verdict of reading every line', () => {
  const files = [...textFiles(FIXTURES), ...textFiles(path.join(FIXTURES, '..', '..', 'examples'))];
  assert.ok(files.length > 50, `${files.length} fixtures`);
  let reports = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // The whole file, its first part, and its lines from the second section's heading on.
    for (const variant of [text, lines.slice(0, lines.length >> 1).join('\n'), lines.slice(lines.length >> 2).join('\r\n')]) {
      const [fast, all] = both(variant);
      assert.deepEqual(fast, all, file);
      if (fast.report) reports++;
    }
  }
  assert.ok(reports > 100, `${reports} reports among the variants`);
});

test('detect: the quick path gives any text of headings, titles, labels and prose the verdict of reading every line', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 400 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
      const text = lines.join(eol);
      const [fast, all] = both(text);
      assert.deepEqual(fast, all);
    }),
    { numRuns: 400 },
  );
});

test('detect: firstLines gives the lines SourceText gives, whatever the line breaks', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', '政', ' ', '\n', '\r', '\r\n', '\n\r'), { maxLength: 40 }), fc.nat(12), (parts, count) => {
      const text = parts.join('');
      const src = new SourceText(text);
      const expected = Array.from({ length: Math.min(src.lineCount, count) }, (_, line) => src.lineText(line));
      assert.deepEqual(firstLines(text, count), expected, JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
  assert.deepEqual(firstLines('标题\r\n\r一\n', 10), ['标题', '', '一', '']);
  assert.deepEqual(firstLines('a\nb\nc', 2), ['a', 'b']);
});

test('detect: headings run into the text are found by indexOf where their patterns find them', () => {
  const pieces = [
    '一',
    '七',
    '八',
    '1',
    '、',
    '.',
    '．',
    '，',
    ' ',
    '总体情况',
    '其他需要报告的事项',
    '主动公开政府信息',
    '政府信息公开行政复议',
    '存在的主要问题',
    '收到和处理政府信息公开申请',
    '总体',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const found = new Set<number>();
      inlineIds(text, found);
      const expected = new Set(INLINE_HEADINGS.filter(([, re]) => re.test(text)).map(([id]) => id));
      assert.deepEqual(found, expected, text);
    }),
    { numRuns: 3000 },
  );
  const found = new Set<number>();
  inlineIds('下载。一、总体情况2024年，八、存在的主要问题七．其他需要报告的事项', found);
  assert.deepEqual(found, new Set([1, 6]));
});

function bothBinary(text: string): [boolean, boolean] {
  const fast = looksBinary(text);
  quick.sections = false;
  try {
    return [fast, looksBinary(text)];
  } finally {
    quick.sections = true;
  }
}

test('detect: control characters are counted by character codes as the pattern counts them, NUL first', () => {
  // Characters either side of each class's bounds: 0x00, 0x01–0x08 counted, TAB–CR not, 0x0e–0x1f counted, space not.
  const chars = ['\u0000', '\u0001', '\u0008', '\t', '\n', '\r', '\u000e', '\u001f', ' ', 'a', '政'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 300 }), fc.nat(9000), (picked, pad) => {
      // Padding past the 8 kB head: what lies beyond it does not count.
      for (const text of [picked.join(''), '政'.repeat(pad) + picked.join('')]) {
        const [fast, slow] = bothBinary(text);
        assert.equal(fast, slow, JSON.stringify(text.slice(-300)));
      }
    }),
    { numRuns: 400 },
  );
  assert.equal(looksBinary('报告\u0000'), true);
  // One in a hundred characters is not more than one in a hundred; two are.
  assert.equal(looksBinary('\u0001' + 'a'.repeat(99)), false);
  assert.equal(looksBinary('\u0001\u001f' + 'a'.repeat(98)), true);
  assert.equal(looksBinary('\t\n\r\f\v' + 'a'.repeat(5)), false);
  assert.equal(looksBinary('a'.repeat(8_192) + '\u0000'), false);
});

test('detect: the quick path finds the title on the lines the slow path reads it on, however far down (up to 40 lines)', () => {
  const body = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];
  const titles = ['某县科学技术局2022年政府信息公开工作年度报告', '关于召开政府信息公开工作会议的通知'];
  fc.assert(
    fc.property(
      fc.nat(60),
      fc.constantFrom('', '   ', '本局认真贯彻落实政府信息公开工作要求。'),
      fc.constantFrom(...titles),
      fc.constantFrom('\n', '\r\n', '\r'),
      (before, filler, title, eol) => {
        const text = [...Array<string>(before).fill(filler), title, ...body].join(eol);
        const [fast, all] = both(text);
        assert.deepEqual(fast, all, `${before} lines before the title`);
      },
    ),
    { numRuns: 300 },
  );
  // The notice's title on line 40 makes it another document; on line 41 it is not read.
  const notice = (before: number) => [...Array<string>(before).fill(''), titles[1], ...body].join('\n');
  assert.deepEqual(classifyReport(notice(39)), { report: false, reason: 'other-document' });
  assert.deepEqual(classifyReport(notice(40)), { report: false, reason: 'no-title-or-tables' });
});

test('detect: a report whose fourth section is past the first chunks is still one; headings missing far down still count', () => {
  const prose = '本局按照要求推进政务公开工作。\n'.repeat(300);
  const title = '某县科学技术局2022年政府信息公开工作年度报告\n';
  const report = `${title}一、总体情况\n${prose}二、主动公开政府信息情况\n${prose}三、收到和处理政府信息公开申请情况\n${prose}`;
  assert.deepEqual(classifyReport(report), { report: true });
  // Only two sections, the second far down: not enough, however far the reading goes.
  assert.deepEqual(classifyReport(`${title}一、总体情况\n${prose}${prose}二、主动公开政府信息情况\n${prose}`), {
    report: false,
    reason: 'few-sections',
  });
  // The third section on the very last line, without a line break after it.
  assert.deepEqual(classifyReport(`${title}一、总体情况\n${prose}二、主动公开政府信息情况\n${prose}三、收到和处理政府信息公开申请情况`), {
    report: true,
  });
});
