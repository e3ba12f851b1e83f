// The shape of `.govreportrc.json`, one for the extension and the CLI, as a JSON schema
// generated from the rule registry (scripts/generate.ts writes schemas/govreportrc.schema.json,
// which VS Code validates the file with through contributes.jsonValidation).

import type { RuleMeta } from '../engine';

export const CONFIG_FILE = '.govreportrc.json';
export const SETTINGS = ['error', 'warning', 'info', 'hint', 'off', 'warn'] as const;
export const PROFILES = ['auto', 'national-2021', 'trial-2019'] as const;

function rulesSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const setting = (rule: RuleMeta) => ({
    enum: [...SETTINGS],
    default: rule.severity,
    description: `${rule.code} ${rule.name}: ${rule.summary.en}`,
  });
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    properties[rule.code] = setting(rule);
    properties[rule.name] = setting(rule);
  }
  return {
    type: 'object',
    description: 'Rules by code (GR201) or name (applications-balance): a severity, or off.',
    properties,
    additionalProperties: false,
  };
}

export function configSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gov-report-lint configuration (.govreportrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: rulesSchema(rules),
      overrides: {
        type: 'array',
        description: 'Rule settings for some files only, by glob relative to this file’s folder; later entries win.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { type: 'array', items: { type: 'string' }, minItems: 1 },
            rules: rulesSchema(rules),
          },
        },
      },
      deadline: {
        type: 'string',
        pattern: '^(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])$',
        description:
          'Publication deadline in the year after the report year, as MM-DD (the format’s: 01-31, or 03-31 for a whole government).',
      },
      profile: {
        enum: [...PROFILES],
        default: 'auto',
        description: 'Format: auto (the 2019 trial format for 2019 and 2020, the 2021 national format after), national-2021 or trial-2019.',
      },
      localSections: {
        type: 'array',
        description:
          'Sections a local variant adds, e.g. { "title": "信息处理费收取情况", "before": 5 } for 五、信息处理费收取情况 before 存在的主要问题.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['title', 'before'],
          properties: {
            title: { type: 'string', minLength: 1 },
            before: { type: 'integer', minimum: 1, maximum: 7 },
          },
        },
      },
      omitSections: {
        type: 'array',
        description: 'National sections (1–6) a local variant leaves out, e.g. [6] when it has no 其他需要报告的事项.',
        items: { type: 'integer', minimum: 1, maximum: 6 },
      },
    },
  };
}
