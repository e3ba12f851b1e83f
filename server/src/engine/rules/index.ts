// The rule registry: every rule, in code order. Codes, docs links, the configuration
// schema and docs/rules.md are all derived from this list (scripts/generate.ts).

import type { RuleMeta, RuleSetting, RuleSettings, Severity } from '../types';
import type { Rule } from './rule';
import gr001 from './gr001-missing-title';
import gr002 from './gr002-missing-section';
import gr003 from './gr003-section-order';
import gr004 from './gr004-section-numbering';
import gr005 from './gr005-overview-aspects';
import gr006 from './gr006-empty-section';
import gr007 from './gr007-fee-statement';
import gr008 from './gr008-mis-decoded';
import gr101 from './gr101-missing-table';
import gr102 from './gr102-missing-row';
import gr103 from './gr103-blank-cell';
import gr104 from './gr104-invalid-number';
import gr105 from './gr105-label-mismatch';
import gr106 from './gr106-outdated-format';
import gr107 from './gr107-cell-count';
import gr108 from './gr108-unreadable-table';
import gr201 from './gr201-applications-balance';
import gr202 from './gr202-results-total';
import gr203 from './gr203-row-total';
import gr204 from './gr204-appeal-total';
import gr205 from './gr205-split-cell';
import gr206 from './gr206-fee-balance';
import gr301 from './gr301-period-range';
import gr302 from './gr302-invalid-date';
import gr303 from './gr303-missing-period';
import gr304 from './gr304-publication-deadline';
import gr305 from './gr305-narrative-year';
import gr401 from './gr401-narrative-applications';
import gr402 from './gr402-narrative-appeals';
import gr403 from './gr403-carry-over';
import gr404 from './gr404-valid-count-chain';
import gr405 from './gr405-copied-text';
import gr501 from './gr501-export-debris';
import gr502 from './gr502-repeated-word';

export const allRules: Rule[] = [
  gr001,
  gr002,
  gr003,
  gr004,
  gr005,
  gr006,
  gr007,
  gr008,
  gr101,
  gr102,
  gr103,
  gr104,
  gr105,
  gr106,
  gr107,
  gr108,
  gr201,
  gr202,
  gr203,
  gr204,
  gr205,
  gr206,
  gr301,
  gr302,
  gr303,
  gr304,
  gr305,
  gr401,
  gr402,
  gr403,
  gr404,
  gr405,
  gr501,
  gr502,
];

/** Metadata only, for the registry's consumers (config schema, docs, CLI help). */
export const rules: RuleMeta[] = allRules.map(({ check: _check, ...meta }) => meta);

const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];
/**
 * Spellings people bring from other linters (ESLint's `warn`). A Map, so that a setting
 * such as `constructor` or `__proto__` is not found on Object.prototype.
 */
const SETTING_ALIASES = new Map<string, RuleSetting>([
  ['warn', 'warning'],
  ['information', 'info'],
]);

/** A user's severity word as a setting; undefined when it is not one. */
export function parseRuleSetting(value: unknown): RuleSetting | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  return (RULE_SETTINGS as readonly string[]).includes(lower) ? (lower as RuleSetting) : SETTING_ALIASES.get(lower);
}

/** A rule's code from its code (any case) or kebab-case name; undefined when unknown. */
export function ruleCodeFor(key: string): string | undefined {
  const wanted = key.trim();
  return rules.find((rule) => rule.code.toLowerCase() === wanted.toLowerCase() || rule.name === wanted)?.code;
}

/** The severity a rule runs at under the user's settings (by code or by name), or off. */
export function resolveRuleSetting(rule: RuleMeta, settings: RuleSettings | undefined): Severity | 'off' {
  // Only the settings' own keys, and only values that are settings: whatever an API
  // caller passes, `constructor` or a prototype's property never becomes a severity.
  // No settings (a lint's usual case): the rule's own severity, without lower-casing its code.
  if (!settings) return rule.severity;
  const own = (key: string) => (settings && Object.hasOwn(settings, key) ? parseRuleSetting(settings[key]) : undefined);
  return own(rule.code) ?? own(rule.code.toLowerCase()) ?? own(rule.name) ?? rule.severity;
}
