// The `govreport.*` settings, as the server sees them for one document.
//
// Sources, weakest first: built-in defaults; `initializationOptions.settings` (for
// editors without workspace/configuration, e.g. a bare Neovim setup); settings pushed in
// workspace/didChangeConfiguration; and, when the client supports it, the answer to
// workspace/configuration for the document (VS Code: folder and language overrides).

import { parseRuleSetting, ruleCodeFor, type LintOptions, type RuleSettings } from '../engine';
import { isRecord } from './locale';

export interface Settings {
  /** `govreport.enable`: when false the server reports and fixes nothing. */
  enable: boolean;
  /** `govreport.rules`: code (`GR201`) or name (`applications-balance`) → severity or `off`. */
  rules: RuleSettings;
  /** What the document's .govreportrc.json adds (deadline, profile, local sections). */
  lint?: LintOptions;
  /**
   * `govreport.maxDocumentSize`: documents longer than this many characters are not
   * checked (one notice says so); 0 means no limit.
   */
  maxDocumentSize: number;
  /** `govreport.fix.figures`: fix-all (and fix on save) also writes figures. Off by default. */
  fixFigures: boolean;
}

export const SECTION = 'govreport';

/**
 * A real report has 10,000–200,000 characters; a million is five times the largest seen,
 * and its check (a table of 60,000 rows at worst) stays within a few seconds.
 */
export const DEFAULT_MAX_DOCUMENT_SIZE = 1_000_000;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enable: true,
  rules: Object.freeze({}),
  maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
  fixFigures: false,
});

/**
 * Reads untrusted JSON (user settings files) over `base`. Invalid entries are dropped
 * with a warning instead of failing the whole configuration, so one typo does not turn
 * every rule off or crash the server.
 */
export function mergeSettings(base: Settings, raw: unknown, warn: (message: string) => void): Settings {
  if (!isRecord(raw)) return base;
  const enable = Object.hasOwn(raw, 'enable') && typeof raw.enable === 'boolean' ? raw.enable : base.enable;
  // Null prototype: a key like __proto__ or constructor is data here, never inherited.
  const merged: RuleSettings = Object.assign(Object.create(null) as RuleSettings, base.rules);
  const rawRules = Object.hasOwn(raw, 'rules') ? raw.rules : undefined;
  if (isRecord(rawRules)) {
    for (const [key, value] of Object.entries(rawRules)) {
      const code = ruleCodeFor(key);
      const setting = parseRuleSetting(value);
      if (code === undefined) warn(`${SECTION}.rules: unknown rule ${JSON.stringify(key)}`);
      else if (setting === undefined)
        warn(`${SECTION}.rules.${key}: expected error, warning, info, hint or off; got ${JSON.stringify(value)}`);
      else merged[code] = setting;
    }
  } else if (rawRules !== undefined && rawRules !== null) {
    warn(`${SECTION}.rules: expected an object; got ${JSON.stringify(rawRules)}`);
  }
  let maxDocumentSize = base.maxDocumentSize;
  if (Object.hasOwn(raw, 'maxDocumentSize') && raw.maxDocumentSize !== undefined && raw.maxDocumentSize !== null) {
    const size = raw.maxDocumentSize;
    if (typeof size === 'number' && Number.isInteger(size) && size >= 0) maxDocumentSize = size;
    else warn(`${SECTION}.maxDocumentSize: expected a whole number of characters (0: no limit); got ${JSON.stringify(size)}`);
  }
  const fix = isRecord(raw.fix) ? raw.fix : {};
  // Accept both the nested form and VS Code's dotted key as pushed by some clients.
  const figures = typeof fix.figures === 'boolean' ? fix.figures : raw['fix.figures'];
  const fixFigures = typeof figures === 'boolean' ? figures : base.fixFigures;
  return { enable, rules: merged, maxDocumentSize, fixFigures };
}

/**
 * Accepts both `{ rules, enable }` and `{ govreport: { rules, enable } }`: clients differ
 * in whether they pass the section itself or the whole settings tree.
 */
export function unwrapSection(raw: unknown): unknown {
  return isRecord(raw) && isRecord(raw[SECTION]) ? raw[SECTION] : raw;
}

/** Fetches one document's `govreport` section from the client (workspace/configuration). */
export type ConfigurationFetcher = (scopeUri: string) => Promise<unknown>;

/**
 * Per-document settings, cached until the configuration changes. The cache holds
 * promises so concurrent requests for a document share one round trip to the client.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** `base` plus whatever the client last pushed; used when it cannot be asked. */
  private fallback: Settings;

  /**
   * @param fetch  asks the client; undefined when it lacks workspace/configuration
   * @param base   defaults plus `initializationOptions.settings`
   */
  constructor(
    private readonly fetch: ConfigurationFetcher | undefined,
    private readonly base: Settings,
    private readonly warn: (message: string) => void,
  ) {
    this.fallback = base;
  }

  /**
   * Settings pushed by workspace/didChangeConfiguration. Merged over `base`, not over the
   * previous push, so a rule removed from the user's settings really goes away.
   */
  setPushed(section: unknown): void {
    this.fallback = mergeSettings(this.base, section, this.warn);
    this.clear();
  }

  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  private async load(uri: string): Promise<Settings> {
    if (!this.fetch) return this.fallback;
    try {
      // Clients answer null for a section they do not know (e.g. Neovim without a
      // `settings` table); mergeSettings then keeps the fallback.
      return mergeSettings(this.fallback, await this.fetch(uri), this.warn);
    } catch (error) {
      this.warn(`workspace/configuration failed, using defaults: ${String(error)}`);
      return this.fallback;
    }
  }
}
