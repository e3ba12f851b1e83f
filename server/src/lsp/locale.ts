// Chooses the language of diagnostic messages for a session.
//
// The engine localizes its messages itself; the server only decides which locale to ask
// for, once, at initialize time.

import type { Locale } from '../engine';

/**
 * Maps a BCP 47-ish tag (`zh-cn`, `zh-Hant`, `en-US`, `ja`) to one of our two message
 * languages. Any Chinese variant reads Chinese; every other language reads English,
 * which is the more widely understood fallback for a non-Chinese UI.
 */
export function toLocale(tag: string): Locale {
  return tag.trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * `initializationOptions.locale` wins, so that editors which do not send a UI language
 * (Neovim, Emacs) can choose; then the client's UI language (`params.locale`, which
 * VS Code fills with e.g. `zh-cn`); and when neither is given, Chinese, because the
 * people writing these reports work in Chinese government offices.
 */
export function resolveLocale(clientLocale: unknown, initializationOptions: unknown): Locale {
  const override = isRecord(initializationOptions) ? initializationOptions.locale : undefined;
  if (typeof override === 'string' && override.trim() !== '') return toLocale(override);
  if (typeof clientLocale === 'string' && clientLocale.trim() !== '') return toLocale(clientLocale);
  return 'zh';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
