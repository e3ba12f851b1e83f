// Messages come in Chinese and English; the caller's locale picks one.

import type { Locale, Localized } from './types';

export function pick(locale: Locale, text: Localized): string {
  return locale === 'zh' ? text.zh : text.en;
}

/**
 * The one mapping from a language tag to a message language, for the language server
 * (the client's UI language, `initializationOptions.locale`), the CLI (`LANG`…) and the
 * client. Any Chinese tag (`zh`, `zh-cn`, `zh-Hant`, `zh_TW.UTF-8`) reads Chinese; every
 * other tag reads English, the more widely understood fallback for a non-Chinese UI. No
 * tag at all (missing, empty, blank) is the caller's `fallback`: the defaults differ
 * (the server assumes a Chinese office, a shell without LANG is not one).
 */
export function localeFrom(tag: unknown, fallback: Locale): Locale {
  if (typeof tag !== 'string' || tag.trim() === '') return fallback;
  return /^zh/i.test(tag.trim()) ? 'zh' : 'en';
}

/** Table names in messages. */
export const TABLE_NAMES: Record<1 | 2 | 3, Localized> = {
  1: { zh: '表一', en: 'Table 1' },
  2: { zh: '表二', en: 'Table 2' },
  3: { zh: '表三', en: 'Table 3' },
};
