// Derives two committed files from the rule registry (server/src/engine/rules):
//
//   package.json   contributes.configuration.properties["govreport.rules"], the settings
//                  schema: one property per rule code, with its default severity
//   docs/rules.md  the rule reference, one section per rule, anchored at docsAnchor(code):
//                  heading, summary and table from the rule's metadata, then its prose
//                  from docs/rules/<code>.md (Why · 说明, Wrong · 错误示例, Right · 正确示例)
//   README.md      the rule list between <!-- rules:start … --> and <!-- rules:end -->
//
// Usage: npm run gen   (node --import tsx scripts/generate.ts)
//
// The render functions are pure so that test/unit/generated.test.ts can regenerate in
// memory and fail when a committed file is out of date. Files are written only when
// this module is run as a script.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsAnchor } from '../server/src/engine/docs';
import { CONFIG_FILE, configSchema } from '../server/src/config/schema';
import { rules as registry } from '../server/src/engine/rules';
import type { RuleCategory, RuleMeta, RuleSetting } from '../server/src/engine/types';

export const ROOT = path.resolve(__dirname, '..');
export const PACKAGE_JSON = path.join(ROOT, 'package.json');
export const RULES_DOC = path.join(ROOT, 'docs', 'rules.md');
/** One Markdown file per rule, named by code: the rule's prose. */
export const RULE_DOCS_DIR = path.join(ROOT, 'docs', 'rules');
export const README = path.join(ROOT, 'README.md');
export const CONFIG_SCHEMA = path.join(ROOT, 'schemas', 'govreportrc.schema.json');

/** The JSON schema of .govreportrc.json, from the registry (server/src/config/schema.ts). */
export function renderConfigSchema(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify(configSchema(ordered(rules)), null, 2)}\n`;
}

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
  // .govreportrc.json is validated by the schema generated beside it (renderConfigSchema).
  const validation = { fileMatch: CONFIG_FILE, url: `./${path.relative(ROOT, CONFIG_SCHEMA).split(path.sep).join('/')}` };
  const others = ((pkg.contributes.jsonValidation as { fileMatch?: unknown }[] | undefined) ?? []).filter(
    (v) => v.fileMatch !== CONFIG_FILE,
  );
  pkg.contributes.jsonValidation = [...others, validation];
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------
// docs/rules/<code>.md: a rule's prose

/** A rule's prose as written in docs/rules/<code>.md, split into its three parts. */
export interface RuleProse {
  /** Why it matters and what exactly counts: Chinese and English paragraphs. */
  why: string;
  /** A fenced example of report text the rule reports, and the same text put right. */
  wrong: string;
  right: string;
}

const PROSE_PARTS: [keyof RuleProse, string][] = [
  ['why', 'Why · 说明'],
  ['wrong', 'Wrong · 错误示例'],
  ['right', 'Right · 正确示例'],
];

export function ruleDocPath(code: string): string {
  return path.join(RULE_DOCS_DIR, `${code}.md`);
}

/** Reads docs/rules/<code>.md; a missing file is an error that says what to write. */
export function readRuleProse(code: string): string {
  const file = ruleDocPath(code);
  if (!fs.existsSync(file)) {
    throw new Error(`${code}: no ${path.relative(ROOT, file)}; write its prose there (## ${PROSE_PARTS.map(([, t]) => t).join(', ## ')})`);
  }
  return fs.readFileSync(file, 'utf8');
}

/**
 * Splits a rule's Markdown into its parts and checks them: the three headings, in order
 * and nothing else at that level; a Chinese and an English paragraph under Why; exactly
 * one ```text example under Wrong and under Right. HTML comments are notes for editors.
 */
export function parseRuleProse(code: string, markdown: string): RuleProse {
  const text = markdown.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '');
  const parts = text.split(/^## +(.+?) *$/m);
  if (parts[0]!.trim() !== '') throw new Error(`${code}.md: text before the first ## heading`);
  const headings = parts.filter((_, i) => i % 2 === 1);
  const expected = PROSE_PARTS.map(([, title]) => title);
  if (headings.join('|') !== expected.join('|')) {
    throw new Error(
      `${code}.md: the headings must be ## ${expected.join(', ## ')}; found ${headings.map((h) => `## ${h}`).join(', ') || 'none'}`,
    );
  }
  const body = (i: number) => parts[2 * i + 2]!.replace(/^\n+|\n+$/g, '');
  const prose: RuleProse = { why: body(0), wrong: body(1), right: body(2) };
  const paragraphs = prose.why.split(/\n{2,}/);
  if (!paragraphs.some((p) => /\p{Script=Han}/u.test(p)) || !paragraphs.some((p) => /[A-Za-z]/.test(p) && !/\p{Script=Han}{4}/u.test(p))) {
    throw new Error(`${code}.md: Why needs a Chinese and an English paragraph`);
  }
  for (const key of ['wrong', 'right'] as const) {
    if (!/^(`{3,})text\n[\s\S]*\n\1$/.test(prose[key]) || (prose[key].match(/^`{3,}/gm) ?? []).length !== 2) {
      throw new Error(`${code}.md: ${key === 'wrong' ? 'Wrong' : 'Right'} must be exactly one \`\`\`text block`);
    }
  }
  return prose;
}

// ---------------------------------------------------------------------------------
// docs/rules.md

export function renderDocs(rules: readonly RuleMeta[], readProse: (code: string) => string = readRuleProse): string {
  const sorted = ordered(rules);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(
    '<!-- Generated by `npm run gen` (scripts/generate.ts) from server/src/engine/rules and docs/rules/*.md. Do not edit by hand. -->',
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
    const prose = parseRuleProse(rule.code, readProse(rule.code));
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
      prose.why,
      '',
      '**Wrong · 错误示例**',
      '',
      prose.wrong,
      '',
      '**Right · 正确示例**',
      '',
      prose.right,
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

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
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
    [CONFIG_SCHEMA, () => renderConfigSchema(rules)],
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
