// The extension's own words follow govreport.language: a clerk with an English VS Code who
// chose zh-cn reads the status item and notices in Chinese too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localize, messageLocale } from '../../client/src/localize';

const bundle = { '{0} errors, {1} warnings': '{0} 个错误，{1} 个警告', 'Report year': '报告年度' };

test('the setting wins over the display language; auto follows it', () => {
  assert.equal(messageLocale('zh-cn', 'en'), 'zh-cn');
  assert.equal(messageLocale('en', 'zh-cn'), 'en');
  assert.equal(messageLocale('auto', 'zh-cn'), 'zh-cn');
  assert.equal(messageLocale(undefined, 'en'), 'en');
});

test('Chinese from the bundle with its placeholders filled; English otherwise', () => {
  assert.equal(localize('{0} errors, {1} warnings', [2, 0], 'zh-cn', bundle), '2 个错误，0 个警告');
  assert.equal(localize('{0} errors, {1} warnings', [2, 0], 'en', bundle), '2 errors, 0 warnings');
  assert.equal(localize('Report year', [], 'zh-CN', bundle), '报告年度');
  // A message the bundle lacks stays English rather than failing; a missing argument stays visible.
  assert.equal(localize('Which rule?', [], 'zh-cn', bundle), 'Which rule?');
  assert.equal(localize('{0} and {1}', ['a'], 'en', bundle), 'a and {1}');
});
