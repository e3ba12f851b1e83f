import { defineRule, type ProblemFix } from './rule';
import { TABLE_NAMES } from '../i18n';
import { SECTIONS } from '../format/sections';
import { emptyTable } from '../render/templates';
import { tableLines } from '../render/layout';
import { insertLinesAfter, insertLinesBefore } from './edits';
import { documentLayout } from './layout';

export default defineRule({
  code: 'GR002',
  name: 'missing-section',
  severity: 'error',
  fixable: true,
  category: 'structure',
  summary: { zh: '缺少六个必备部分之一', en: 'One of the six mandatory sections is missing' },
  check({ model, report, options }) {
    const { source, sections, tables } = model;
    if (sections.length === 0 && !model.title) return; // not a report at all: GR001 says so
    for (let i = 0; i < SECTIONS.length; i++) {
      const spec = SECTIONS[i];
      // A local variant may leave a national section out (configuration `omitSections`).
      if (hasSection(sections, spec.id) || options.omitSections?.includes(spec.id)) continue;
      // In the 2025 variant the fees, what 六 had to state, have a section of their own.
      if (spec.id === 6 && model.feeSection) continue;
      const heading = `${spec.numeral}、${spec.title}`;
      const existing = spec.table ? tables.find((t) => t.id === spec.table) : undefined;
      const next = sections.find((s) => s.id > spec.id);
      const at = existing ? existing.firstLine : next?.heading.line;
      const insert = (table: string[]) =>
        at !== undefined
          ? insertLinesBefore(model, at, [heading, ...table, ...(existing ? [] : [''])])
          : insertLinesAfter(model, source.lineCount - 1, ['', heading, ...table]);
      const anchor = at !== undefined ? at : source.lineCount - 1;
      const title = { zh: `插入“${heading}”`, en: `Insert "${heading}"` };
      // The heading alone is wording; the section's table would be a table of zeros,
      // figures the clerk did not choose: offered second, and GR101 offers it again.
      const fixes: ProblemFix[] = [{ title, edits: [insert([])], kind: 'text', preferred: true }];
      if (spec.table && !existing) {
        const name = TABLE_NAMES[spec.table];
        fixes.push({
          title: { zh: `插入“${heading}”和空的${name.zh}（填 0）`, en: `Insert "${heading}" and an empty ${name.en} (zeros)` },
          edits: [insert(tableLines(emptyTable(spec.table), documentLayout(model)))],
          kind: 'figure',
        });
      }
      report({
        start: source.lineStarts[anchor],
        end: source.lineEnd(anchor),
        message: {
          zh: `缺少第${spec.numeral}部分“${spec.title}”`,
          en: `Section ${spec.numeral} "${spec.title}" (${spec.name.en}) is missing`,
        },
        fixes,
      });
    }
  },
});

/** Whether a section of this id was read: six sections, searched in place (no Set per lint). */
function hasSection(sections: readonly { id: number }[], id: number): boolean {
  for (let i = 0; i < sections.length; i++) if (sections[i].id === id) return true;
  return false;
}
