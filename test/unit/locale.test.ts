// One mapping from language tags to message languages (engine/i18n.ts localeFrom), and
// the two places that choose which tag to ask about: the server at initialize, the CLI
// from the POSIX environment.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeFrom } from '../../server/src/engine';
import { resolveLocale } from '../../server/src/lsp/locale';
import { localeFromEnv } from '../../server/src/cli/locale';

test('any Chinese tag reads Chinese, any other tag English, no tag the fallback', () => {
  for (const tag of ['zh', 'zh-cn', 'ZH-CN', 'zh-Hant', 'zh_TW.UTF-8', ' zh-cn ']) assert.equal(localeFrom(tag, 'en'), 'zh', tag);
  for (const tag of ['en', 'en-US', 'ja', 'fr_FR.UTF-8', 'C', 'POSIX']) assert.equal(localeFrom(tag, 'zh'), 'en', tag);
  for (const tag of [undefined, null, '', '  ', 42]) {
    assert.equal(localeFrom(tag, 'zh'), 'zh', String(tag));
    assert.equal(localeFrom(tag, 'en'), 'en', String(tag));
  }
});

test('the server: initializationOptions.locale, then the client UI language, then Chinese', () => {
  assert.equal(resolveLocale('zh-cn', { locale: 'en' }), 'en');
  assert.equal(resolveLocale('en', { locale: 'zh' }), 'zh');
  assert.equal(resolveLocale('en', { locale: '' }), 'en');
  assert.equal(resolveLocale('en', undefined), 'en');
  assert.equal(resolveLocale('zh-tw', null), 'zh');
  assert.equal(resolveLocale(undefined, {}), 'zh');
  assert.equal(resolveLocale(undefined, ['en']), 'zh');
});

test('the CLI: LC_ALL, then LC_MESSAGES, then LANG, else English', () => {
  assert.equal(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh');
  assert.equal(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
  assert.equal(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_TW', LANG: 'C' }), 'zh');
  assert.equal(localeFromEnv({}), 'en');
});
