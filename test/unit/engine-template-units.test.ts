// A new report's text (template.ts) line by line where it is not a table, as the format
// lays a report out: title, a blank line, the opening paragraph with the statistical
// period, a blank line; each section's heading, 总体情况's five aspects each followed by a
// blank line, a blank line after each section; the unit and the date line to sign. And the
// language tag → message language mapping (i18n.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newReport } from '../../server/src/engine/template';
import { localeFrom, pick } from '../../server/src/engine/i18n';

test('new report: the lines around the tables, the unit written without the spaces it was given', () => {
  const lines = newReport({ unit: ' 某县科学技术局 ', year: 2025 }).split('\n');
  assert.deepEqual(lines.slice(0, 17), [
    '某县科学技术局2025年政府信息公开工作年度报告',
    '',
    '本报告由某县科学技术局根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告所列数据统计期限为2025年1月1日至2025年12月31日。',
    '',
    '一、总体情况',
    '（一）主动公开',
    '',
    '（二）依申请公开',
    '',
    '（三）政府信息管理',
    '',
    '（四）政府信息公开平台建设',
    '',
    '（五）监督保障',
    '',
    '',
    '二、主动公开政府信息情况',
  ]);
  assert.deepEqual(lines.slice(-8), [
    '',
    '五、存在的主要问题及改进情况',
    '',
    '六、其他需要报告的事项',
    '',
    '某县科学技术局',
    '2026年1月  日',
    '',
  ]);
  // Each section heading follows a blank line.
  for (const heading of ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']) {
    const at = lines.indexOf(heading);
    assert.equal(lines[at - 1], '', heading);
  }
});

test('new report: CRLF when asked, on every line', () => {
  const text = newReport({ unit: '某县科学技术局', year: 2025, eol: '\r\n' });
  assert.equal(text.split('\r\n').length, newReport({ unit: '某县科学技术局', year: 2025 }).split('\n').length);
  assert.doesNotMatch(text, /[^\r]\n/);
  assert.ok(text.endsWith('2026年1月  日\r\n'));
});

test('localeFrom: any Chinese tag is Chinese, any other tag English, no tag the fallback', () => {
  assert.equal(localeFrom('zh-CN', 'en'), 'zh');
  assert.equal(localeFrom(' zh_TW.UTF-8 ', 'en'), 'zh');
  assert.equal(localeFrom('ZH-Hant', 'en'), 'zh');
  assert.equal(localeFrom('en-US', 'zh'), 'en');
  assert.equal(localeFrom('C.UTF-8', 'zh'), 'en');
  assert.equal(localeFrom('', 'zh'), 'zh');
  assert.equal(localeFrom('   ', 'en'), 'en');
  assert.equal(localeFrom('  ', 'zh'), 'zh');
  assert.equal(localeFrom(undefined, 'zh'), 'zh');
  assert.equal(localeFrom(42, 'en'), 'en');
  assert.equal(pick('en', { zh: '表一', en: 'Table 1' }), 'Table 1');
  assert.equal(pick('zh', { zh: '表一', en: 'Table 1' }), '表一');
});
