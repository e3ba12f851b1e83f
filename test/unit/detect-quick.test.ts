// Detection's quick path (detect.ts, quick.sections): headings are read a chunk of lines at a
// time until enough sections are found, instead of on every line. The verdict, reason
// included, must be the one reading every line gives, on any text: the fixtures, and texts
// made of headings, titles, table labels and prose in any order, with any line endings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { classifyReport, quick, type ReportVerdict } from '../../server/src/engine/detect';
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
