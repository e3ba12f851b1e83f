import { defineRule } from './rule';
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
  check({ model, report }) {
    const { source, sections, tables } = model;
    if (sections.length === 0 && !model.title) return; // not a report at all: GR001 says so
    const present = new Set(sections.map((s) => s.id));
    for (const spec of SECTIONS) {
      if (present.has(spec.id)) continue;
      // In the 2025 variant the fees, what 六 had to state, have a section of their own.
      if (spec.id === 6 && model.feeSection) continue;
      const heading = `${spec.numeral}、${spec.title}`;
      const existing = spec.table ? tables.find((t) => t.id === spec.table) : undefined;
      const table = spec.table && !existing ? tableLines(emptyTable(spec.table), documentLayout(model)) : [];
      const next = sections.find((s) => s.id > spec.id);
      const at = existing ? existing.firstLine : next?.heading.line;
      const edit =
        at !== undefined
          ? insertLinesBefore(model, at, [heading, ...table, ...(existing ? [] : [''])])
          : insertLinesAfter(model, source.lineCount - 1, ['', heading, ...table]);
      const anchor = at !== undefined ? at : source.lineCount - 1;
      report({
        start: source.lineStarts[anchor],
        end: source.lineEnd(anchor),
        message: {
          zh: `缺少第${spec.numeral}部分“${spec.title}”`,
          en: `Section ${spec.numeral} "${spec.title}" (${spec.name.en}) is missing`,
        },
        fix: { title: { zh: `插入“${heading}”`, en: `Insert "${heading}"` }, edits: [edit] },
      });
    }
  },
});
