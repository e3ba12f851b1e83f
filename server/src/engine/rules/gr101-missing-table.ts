import { defineRule } from './rule';
import { sectionSpec } from '../format/sections';
import { emptyTable } from '../render/templates';
import { tableLines } from '../render/layout';
import { insertLinesAfter } from './edits';
import { documentLayout } from './layout';
import { TABLE_NAMES } from '../i18n';

export default defineRule({
  code: 'GR101',
  name: 'missing-table',
  severity: 'error',
  fixable: true,
  category: 'tables',
  summary: { zh: '第二、三、四部分缺少对应的统计表', en: 'Section 二, 三 or 四 without its table' },
  check({ model, report }) {
    // Index loops, no closures: once per section and lint, mostly run unoptimised.
    const sections = model.sections;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      const id = sectionSpec(section.id).table;
      // A table that is there but unreadable is not missing (GR108 says so).
      if (!id || hasTable(model.tables, id) || hasTable(model.unreadableTables, id)) continue;
      if (firstOfId(sections, section.id) !== section) continue; // a repeated heading: GR003
      const name = TABLE_NAMES[id];
      report({
        start: section.heading.start,
        end: section.heading.end,
        message: {
          zh: `第${sectionSpec(section.id).numeral}部分缺少${name.zh}`,
          en: `Section ${sectionSpec(section.id).numeral} has no ${name.en}`,
        },
        fix: {
          title: { zh: `插入空的${name.zh}（填 0）`, en: `Insert an empty ${name.en} (zeros)` },
          edits: [insertLinesAfter(model, section.heading.line, tableLines(emptyTable(id), documentLayout(model)))],
          kind: 'figure',
        },
      });
    }
  },
});

function hasTable(tables: readonly { id: unknown }[], id: unknown): boolean {
  for (let i = 0; i < tables.length; i++) if (tables[i].id === id) return true;
  return false;
}

/** The first section of this id (sections.find). */
function firstOfId<S extends { id: number }>(sections: readonly S[], id: number): S | undefined {
  for (let i = 0; i < sections.length; i++) if (sections[i].id === id) return sections[i];
  return undefined;
}
