// Which language the CLI speaks when --lang is not given: the POSIX message locale
// (LC_ALL, then LC_MESSAGES, then LANG); zh_CN.UTF-8, zh_TW… → Chinese, else English.

import type { Locale } from '../engine/types';
import { localeFrom } from '../engine/i18n';

export type Env = Record<string, string | undefined>;

export function localeFromEnv(env: Env): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return localeFrom(value, 'en');
}

export function isLocale(value: string): value is Locale {
  return value === 'zh' || value === 'en';
}
