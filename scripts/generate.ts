// Derives two committed files from the rule registry (server/src/engine/rules):
//
//   package.json   contributes.configuration.properties["govreport.rules"], the settings
//                  schema: one property per rule code, with its default severity
//   docs/rules.md  the rule reference, one section per rule, anchored at docsAnchor(code)
//
// Usage: npm run gen   (node --import tsx scripts/generate.ts)
//
// The render functions are pure so that test/unit/generated.test.ts can regenerate in
// memory and fail when a committed file is out of date. Files are written only when
// this module is run as a script.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsAnchor } from '../server/src/engine/docs';
import { rules as registry } from '../server/src/engine/rules';
import type { RuleCategory, RuleMeta, RuleSetting } from '../server/src/engine/types';

export const ROOT = path.resolve(__dirname, '..');
export const PACKAGE_JSON = path.join(ROOT, 'package.json');
export const RULES_DOC = path.join(ROOT, 'docs', 'rules.md');
export const README = path.join(ROOT, 'README.md');

/** The setting the generator owns inside package.json. */
export const RULES_SETTING = 'govreport.rules';

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

const CATEGORY_TITLES: Record<RuleCategory | string, { en: string; zh: string }> = {
  structure: { en: 'Structure', zh: '结构' },
  tables: { en: 'Tables', zh: '表格' },
  balances: { en: 'Balances', zh: '勾稽关系' },
  dates: { en: 'Dates', zh: '日期' },
  consistency: { en: 'Consistency', zh: '前后一致' },
  text: { en: 'Text', zh: '文字' },
};

const SEVERITY_TITLES: Record<RuleSetting, { en: string; zh: string }> = {
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  info: { en: 'info', zh: '信息' },
  hint: { en: 'hint', zh: '提示' },
  off: { en: 'off', zh: '关闭' },
};

/** Rules in code order, after checking that codes, names and anchors are unique. */
export function ordered(rules: readonly RuleMeta[]): RuleMeta[] {
  const seen = new Map<string, string>();
  for (const rule of rules) {
    if (!/^GR\d{3}$/.test(rule.code)) throw new Error(`rule code ${JSON.stringify(rule.code)} is not GRnnn`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.name)) throw new Error(`${rule.code}: name ${JSON.stringify(rule.name)} is not kebab-case`);
    for (const key of [rule.code, rule.name, `#${docsAnchor(rule.code)}`]) {
      const owner = seen.get(key);
      if (owner !== undefined) throw new Error(`${rule.code}: ${key} is already used by ${owner}`);
      seen.set(key, rule.code);
    }
  }
  return [...rules].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// ---------------------------------------------------------------------------------
// package.json

/** The JSON schema of `govreport.rules`. */
export function renderRulesSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const sorted = ordered(rules);
  const properties: Record<string, unknown> = {};
  for (const rule of sorted) {
    properties[rule.code] = {
      type: 'string',
      enum: [...RULE_SETTINGS],
      default: rule.severity,
      markdownDescription: `${rule.code} ${rule.name}: ${oneLine(rule.summary.en)}`,
    };
  }
  return {
    type: 'object',
    default: {},
    scope: 'resource',
    markdownDescription: '%config.rules%',
    properties,
    // Rules may also be keyed by name (`applications-balance`); anything else is a typo.
    propertyNames: { enum: [...sorted.map((r) => r.code), ...sorted.map((r) => r.name)] },
    additionalProperties: { type: 'string', enum: [...RULE_SETTINGS] },
  };
}

/** package.json with the generated setting put in place; everything else is kept as is. */
export function renderPackageJson(current: string, rules: readonly RuleMeta[]): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- package.json is free-form JSON
  const pkg = JSON.parse(current) as Record<string, any>;
  pkg.contributes ??= {};
  let configuration = pkg.contributes.configuration;
  if (Array.isArray(configuration)) {
    configuration =
      configuration.find((c) => c?.properties && Object.keys(c.properties).some((k) => k.startsWith('govreport.'))) ?? configuration[0];
  }
  if (!configuration) {
    configuration = pkg.contributes.configuration = { title: '%configuration.title%', properties: {} };
  }
  configuration.properties ??= {};
  // Assigning to an existing key keeps its place in the object, so regenerating does
  // not move the setting around.
  configuration.properties[RULES_SETTING] = renderRulesSchema(rules);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------
// docs/rules.md

export function renderDocs(rules: readonly RuleMeta[]): string {
  const sorted = ordered(rules);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(
    '<!-- Generated by `npm run gen` (scripts/generate.ts) from server/src/engine/rules. Do not edit by hand. -->',
    '',
    '# Rules · 规则',
    '',
    'gov-report-lint checks 政府信息公开工作年度报告 against the national format (国办公开办函〔2021〕30号) and the balances of its tables.',
    'Every problem it reports carries a rule code; each rule is described below.',
    '',
    '本页列出所有检查规则。每条问题都带有规则编号，可在下文查到其含义、原因和示例。',
    '',
    '## Configuration · 配置',
    '',
    "Change a rule's severity, or turn it off, with the `govreport.rules` setting, keyed by code or name:",
    '',
    '可通过 `govreport.rules` 设置调整规则的严重级别或关闭规则，键为规则编号或名称：',
    '',
    '```json',
    '{',
    '  "govreport.rules": {',
    `    "${sorted[0]?.code ?? 'GR001'}": "warning",`,
    `    "${sorted[sorted.length - 1]?.name ?? 'repeated-word'}": "off"`,
    '  }',
    '}',
    '```',
    '',
    `Severities · 级别: ${RULE_SETTINGS.map((s) => `\`${s}\` ${SEVERITY_TITLES[s].zh}`).join(' · ')}.`,
    '',
    '## Overview · 总览',
    '',
  );

  for (const [category, members] of groupByCategory(sorted)) {
    const title = CATEGORY_TITLES[category] ?? { en: category, zh: category };
    push(`### ${title.en} · ${title.zh}`, '', '| Code | Name | Default | Fixable | Summary · 说明 |', '|---|---|---|---|---|');
    for (const rule of members) {
      push(
        `| [${rule.code}](#${docsAnchor(rule.code)}) | \`${rule.name}\` | ${rule.severity} | ${rule.fixable ? 'yes' : '—'} | ${cell(rule.summary.zh)}<br>${cell(rule.summary.en)} |`,
      );
    }
    push('');
  }

  for (const rule of sorted) {
    const title = CATEGORY_TITLES[rule.category] ?? { en: rule.category, zh: rule.category };
    push(
      `<a id="${docsAnchor(rule.code)}"></a>`,
      '',
      `## ${rule.code} ${rule.name}`,
      '',
      `${oneLine(rule.summary.zh)}`,
      '',
      `${oneLine(rule.summary.en)}`,
      '',
      '| | |',
      '|---|---|',
      `| Default severity · 默认级别 | \`${rule.severity}\` ${SEVERITY_TITLES[rule.severity].zh} |`,
      `| Fixable · 可自动修复 | ${rule.fixable ? 'yes · 是' : 'no · 否'} |`,
      `| Category · 类别 | ${title.en} · ${title.zh} |`,
      '',
      '**Why · 说明**',
      '',
      paragraph(rule.docs.why.zh),
      '',
      paragraph(rule.docs.why.en),
      '',
      '**Wrong · 错误示例**',
      '',
      ...fenced(rule.docs.wrong),
      '',
      '**Right · 正确示例**',
      '',
      ...fenced(rule.docs.right),
      '',
    );
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function groupByCategory(rules: readonly RuleMeta[]): Map<string, RuleMeta[]> {
  const groups = new Map<string, RuleMeta[]>();
  for (const rule of rules) {
    const group = groups.get(rule.category);
    if (group) group.push(rule);
    else groups.set(rule.category, [rule]);
  }
  return groups;
}

/** A fenced block long enough not to be closed by backticks inside the example. */
function fenced(text: string): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [
    `${fence}text`,
    ...text
      .replace(/\r\n?/g, '\n')
      .replace(/^\n+|\n+$/g, '')
      .split('\n'),
    fence,
  ];
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function paragraph(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

// ---------------------------------------------------------------------------------
// README.md: the rule list between <!-- rules:start … --> and <!-- rules:end -->

export function renderReadme(current: string, rules: readonly RuleMeta[]): string {
  const start = current.indexOf('<!-- rules:start');
  const end = current.indexOf('<!-- rules:end -->');
  if (start < 0 || end < start) return current;
  const open = current.slice(start, current.indexOf('-->', start) + 3);
  const table = [
    '| code | name | default | fix | catches |',
    '|---|---|---|---|---|',
    ...ordered(rules).map(
      (r) =>
        `| [${r.code}](docs/rules.md#${docsAnchor(r.code)}) | \`${r.name}\` | ${r.severity} | ${r.fixable ? 'yes' : ''} | ${cell(r.summary.en)} · ${cell(r.summary.zh)} |`,
    ),
  ];
  return `${current.slice(0, start)}${open}\n${table.join('\n')}\n${current.slice(end)}`;
}

// ---------------------------------------------------------------------------------

/** Writes the generated files that differ; returns the ones written. */
export function generate(rules: readonly RuleMeta[] = registry): string[] {
  const written: string[] = [];
  const targets: [string, (current: string) => string][] = [
    [PACKAGE_JSON, (current) => renderPackageJson(current, rules)],
    [RULES_DOC, () => renderDocs(rules)],
    [README, (current) => renderReadme(current, rules)],
  ];
  for (const [file, render] of targets) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const next = render(current);
    if (next !== current) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, next);
      written.push(path.relative(ROOT, file));
    }
  }
  return written;
}

if (require.main === module) {
  const written = generate();
  console.log(written.length > 0 ? `gen: wrote ${written.join(', ')}` : 'gen: package.json and docs/rules.md are up to date');
}
