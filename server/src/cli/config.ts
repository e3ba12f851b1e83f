// Rule settings from a JSON configuration file and --rule flags.
// Precedence: --rule flags over the configuration file. The file is --config <file>,
// or else .govreportrc.json in the working directory when there is one.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { RuleSettings } from '../engine/types';
import { parseRuleSetting, ruleCodeFor } from '../engine/rules';
import type { CliMessages } from './messages';

export const DEFAULT_CONFIG_FILE = '.govreportrc.json';

export type ConfigResult = { ok: true; rules: RuleSettings; file?: string } | { ok: false; message: string };

function addSetting(into: RuleSettings, key: string, value: unknown, where: string, say: CliMessages): string | undefined {
  const code = ruleCodeFor(key);
  if (code === undefined) return say.unknownRule(key, where);
  const setting = parseRuleSetting(value);
  if (setting === undefined) return say.badSeverity(key, String(value), where);
  into[code] = setting;
  return undefined;
}

async function readConfigFile(file: string, explicit: boolean): Promise<{ json?: unknown; error?: string; missing?: boolean }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { missing: true };
    return { error: code ?? String(error) };
  }
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export async function loadRuleSettings(
  options: { config?: string; ruleFlags: string[] },
  cwd: string,
  say: CliMessages,
): Promise<ConfigResult> {
  const rules: RuleSettings = {};
  const explicit = options.config !== undefined;
  const file = path.resolve(cwd, options.config ?? DEFAULT_CONFIG_FILE);
  const shown = options.config ?? DEFAULT_CONFIG_FILE;

  // Without --config, each file's nearest .govreportrc.json applies (server/src/config,
  // shared with the language server); here only an explicit file and --rule flags.
  const read = explicit ? await readConfigFile(file, explicit) : { missing: true as const };
  if (read.error !== undefined) return { ok: false, message: say.badConfig(shown, read.error) };
  if (!read.missing) {
    const json = read.json as { rules?: unknown } | null;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return { ok: false, message: say.badConfig(shown, 'expected an object such as { "rules": { "GR105": "off" } }') };
    }
    if (json.rules !== undefined) {
      if (typeof json.rules !== 'object' || json.rules === null || Array.isArray(json.rules)) {
        return { ok: false, message: say.badConfig(shown, '"rules" must be an object of CODE: severity') };
      }
      for (const [key, value] of Object.entries(json.rules)) {
        const problem = addSetting(rules, key, value, shown, say);
        if (problem) return { ok: false, message: problem };
      }
    }
  }

  for (const flag of options.ruleFlags) {
    for (const item of flag.split(',').filter((s) => s.trim() !== '')) {
      const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(item);
      if (!match) return { ok: false, message: say.badRuleFlag(item) };
      const problem = addSetting(rules, match[1], match[2], '--rule', say);
      if (problem) return { ok: false, message: problem };
    }
  }
  return { ok: true, rules, file: read.missing ? undefined : file };
}
