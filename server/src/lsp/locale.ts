// Chooses the language of diagnostic messages for a session.
//
// The engine localizes its messages itself; the server only decides which locale to ask
// for, once, at initialize time.

import { localeFrom, type Locale } from '../engine';

/**
 * `initializationOptions.locale` wins, so that editors which do not send a UI language
 * (Neovim, Emacs) can choose; then the client's UI language (`params.locale`, which
 * VS Code fills with e.g. `zh-cn`); and when neither is given, Chinese, because the
 * people writing these reports work in Chinese government offices.
 */
export function resolveLocale(clientLocale: unknown, initializationOptions: unknown): Locale {
  const override = isRecord(initializationOptions) ? initializationOptions.locale : undefined;
  return localeFrom(override, localeFrom(clientLocale, 'zh'));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
