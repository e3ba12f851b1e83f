// The extension's own words (status item, prompts, notices) in the language the clerk chose.
// VS Code's l10n follows only its display language, so a clerk without the Chinese language
// pack who set `govreport.language` to zh-cn would read Chinese diagnostics beside English
// notices. Pure (no vscode import) so that it is tested on its own.

/** `govreport.language`: auto follows VS Code's display language. */
export function messageLocale(setting: string | undefined, displayLanguage: string): string {
  if (setting === 'zh-cn' || setting === 'en') return setting;
  return displayLanguage;
}

/**
 * `message` (the English source, as in l10n bundles) in `locale`: from `zhBundle` for a
 * Chinese locale, with `{0}`, `{1}` … filled from `args`; English otherwise, and whenever
 * the bundle lacks the message.
 */
export function localize(
  message: string,
  args: readonly (string | number)[],
  locale: string,
  zhBundle: Readonly<Record<string, string>>,
): string {
  const template = locale.toLowerCase().startsWith('zh') ? (zhBundle[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}
