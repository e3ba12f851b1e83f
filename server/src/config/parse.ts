// Reads `.govreportrc.json` text into a configuration, collecting every problem with its
// place in the file (for a diagnostic on the configuration file) instead of giving up:
// a broken entry is dropped, the rest still applies, and linting goes on.

// The ESM build: the UMD one requires its parts at run time, which a bundle cannot resolve.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { parseRuleSetting, ruleCodeFor, type LocalSection, type Localized, type RuleSettings, type FormatProfileName } from '../engine';
import { PROFILES } from './schema';

export interface Config {
  rules: RuleSettings;
  overrides: { files: string[]; rules: RuleSettings }[];
  deadline?: string;
  profile?: FormatProfileName;
  localSections?: LocalSection[];
  omitSections?: number[];
}

export interface ConfigProblem {
  start: number;
  end: number;
  message: Localized;
}

export interface ParsedConfig {
  config: Config;
  problems: ConfigProblem[];
}

const DEADLINE = /^(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])$/;

export function emptyConfig(): Config {
  return { rules: {}, overrides: [] };
}

export function parseConfig(text: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const config = emptyConfig();
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    problems.push({
      start: e.offset,
      end: e.offset + Math.max(1, e.length),
      message: { zh: `JSON 语法错误：${code}`, en: `Invalid JSON: ${code}` },
    });
  }
  if (errors.length > 0 || !root) return { config, problems };
  const problem = (node: Node, zh: string, en: string) =>
    problems.push({ start: node.offset, end: node.offset + node.length, message: { zh, en } });
  if (root.type !== 'object') {
    problem(
      root,
      '配置应为一个对象，如 { "rules": { "GR105": "off" } }',
      'The configuration must be an object such as { "rules": { "GR105": "off" } }',
    );
    return { config, problems };
  }
  for (const property of root.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        config.rules = readRules(value, problem);
        break;
      case 'overrides':
        if (value.type !== 'array') {
          problem(
            value,
            '"overrides" 应为数组：[{ "files": ["*.txt"], "rules": { … } }]',
            '"overrides" must be an array: [{ "files": ["*.txt"], "rules": { … } }]',
          );
          break;
        }
        for (const item of value.children ?? []) {
          const override = readOverride(item, problem);
          if (override) config.overrides.push(override);
        }
        break;
      case 'deadline':
        if (value.type === 'string' && DEADLINE.test(String(value.value))) config.deadline = String(value.value);
        else problem(value, '"deadline" 应为“月-日”，如 "01-31"', '"deadline" must be month-day, e.g. "01-31"');
        break;
      case 'profile':
        if (value.type === 'string' && (PROFILES as readonly string[]).includes(String(value.value)))
          config.profile = value.value as FormatProfileName;
        else problem(value, `"profile" 应为 ${PROFILES.join('、')} 之一`, `"profile" must be one of ${PROFILES.join(', ')}`);
        break;
      case 'localSections':
        config.localSections = readLocalSections(value, problem);
        break;
      case 'omitSections':
        if (
          value.type === 'array' &&
          (value.children ?? []).every((c) => c.type === 'number' && Number.isInteger(c.value) && c.value >= 1 && c.value <= 6)
        ) {
          config.omitSections = (value.children ?? []).map((c) => c.value as number);
        } else
          problem(value, '"omitSections" 应为 1–6 的整数数组，如 [6]', '"omitSections" must be an array of section numbers 1–6, e.g. [6]');
        break;
      default:
        problem(keyNode, `未知的配置项 "${key}"`, `Unknown setting "${key}"`);
    }
  }
  return { config, problems };
}

type Report = (node: Node, zh: string, en: string) => void;

function readRules(node: Node, problem: Report): RuleSettings {
  const rules: RuleSettings = {};
  if (node.type !== 'object') {
    problem(node, '"rules" 应为对象：{ "GR105": "off" }', '"rules" must be an object of code or name: severity, e.g. { "GR105": "off" }');
    return rules;
  }
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    const code = ruleCodeFor(key);
    const setting = parseRuleSetting(value.value);
    if (code === undefined) problem(keyNode, `未知的规则 "${key}"`, `Unknown rule "${key}"`);
    else if (setting === undefined)
      problem(value, `规则 ${key} 的设置应为 error、warning、info、hint 或 off`, `Rule ${key}: expected error, warning, info, hint or off`);
    else rules[code] = setting;
  }
  return rules;
}

function readOverride(node: Node, problem: Report): Config['overrides'][number] | undefined {
  if (node.type !== 'object') {
    problem(
      node,
      'overrides 的每一项应为对象 { "files": […], "rules": { … } }',
      'Each override must be an object { "files": […], "rules": { … } }',
    );
    return undefined;
  }
  let files: string[] | undefined;
  let rules: RuleSettings = {};
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    if (key === 'files') {
      const list = value.type === 'string' ? [value] : value.type === 'array' ? (value.children ?? []) : [];
      if (list.length === 0 || list.some((f) => f.type !== 'string'))
        problem(value, '"files" 应为通配符数组，如 ["乡镇/**"]', '"files" must be an array of globs, e.g. ["towns/**"]');
      else files = list.map((f) => String(f.value));
    } else if (key === 'rules') rules = readRules(value, problem);
    else problem(keyNode, `overrides 中未知的配置项 "${key}"`, `Unknown setting "${key}" in an override`);
  }
  return files ? { files, rules } : undefined;
}

function readLocalSections(node: Node, problem: Report): LocalSection[] | undefined {
  const ok = (item: Node) => {
    if (item.type !== 'object') return undefined;
    const get = (name: string) => item.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
    const title = get('title');
    const before = get('before');
    if (title?.type !== 'string' || before?.type !== 'number' || !Number.isInteger(before.value) || before.value < 1 || before.value > 7)
      return undefined;
    return { title: String(title.value), before: before.value as number };
  };
  if (node.type !== 'array') {
    problem(node, '"localSections" 应为数组', '"localSections" must be an array');
    return undefined;
  }
  const out: LocalSection[] = [];
  for (const item of node.children ?? []) {
    const section = ok(item);
    if (section) out.push(section);
    else problem(item, '应为 { "title": "信息处理费收取情况", "before": 5 }', 'Expected { "title": "信息处理费收取情况", "before": 5 }');
  }
  return out;
}
