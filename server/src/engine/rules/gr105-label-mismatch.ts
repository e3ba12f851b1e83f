import { defineRule } from './rule';
import { TABLE_NAMES } from '../i18n';
import type { Localized } from '../types';

const WHAT: Record<string, Localized> = {
  row: { zh: '行标签', en: 'row label' },
  column: { zh: '列标签', en: 'column label' },
  heading: { zh: '块标题', en: 'block heading' },
};

export default defineRule({
  code: 'GR105',
  name: 'label-mismatch',
  severity: 'warning',
  fixable: true,
  category: 'tables',
  summary: {
    zh: '行或列标签与格式不符（错别字、社会组织之类的变体）',
    en: 'A row or column label that differs from the format (typo, variant such as 社会组织)',
  },
  check({ model, report }) {
    // Index loops: every label of every table, per lint, mostly run unoptimised.
    const tables = model.tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      const labels = table.labels;
      for (let l = 0; l < labels.length; l++) {
        const label = labels[l];
        if (label.exact) continue;
        const what = WHAT[label.what];
        const name = TABLE_NAMES[table.id];
        report({
          start: label.span.start,
          end: label.span.end,
          message: {
            zh: `${name.zh}${what.zh}“${label.span.text}”与格式不符，应为“${label.canonical}”`,
            en: `${name.en} ${what.en} "${label.span.text}" differs from the format: "${label.canonical}"`,
          },
          // A label in pieces among other text (PDF text) has no one place to write it.
          fix: label.span.parts
            ? undefined
            : {
                title: { zh: `改为“${label.canonical}”`, en: `Change to "${label.canonical}"` },
                edits: [{ start: label.span.start, end: label.span.end, newText: label.canonical }],
                kind: 'text',
                preferred: true,
              },
        });
      }
    }
  },
});
