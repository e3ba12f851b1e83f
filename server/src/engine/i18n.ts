// Messages come in Chinese and English; the caller's locale picks one.

import type { Locale, Localized } from './types';

export function pick(locale: Locale, text: Localized): string {
  return locale === 'zh' ? text.zh : text.en;
}

/** zh-CN, zh_TW.UTF-8, zh → zh; anything else → en. */
export function localeFrom(tag: string | undefined, fallback: Locale = 'zh'): Locale {
  if (!tag) return fallback;
  return /^zh/i.test(tag) ? 'zh' : 'en';
}

/** Table names in messages. */
export const TABLE_NAMES: Record<1 | 2 | 3, Localized> = {
  1: { zh: '表一', en: 'Table 1' },
  2: { zh: '表二', en: 'Table 2' },
  3: { zh: '表三', en: 'Table 3' },
};
