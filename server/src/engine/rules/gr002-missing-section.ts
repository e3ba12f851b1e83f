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
  docs: {
    why: {
      zh: '年度报告格式规定了六个部分，依次为总体情况、主动公开、依申请公开、复议诉讼、存在问题及改进、其他事项。标题按关键词识别，措辞略有不同也能找到。修复会在正确位置插入标题；二、三、四部分还会按文档自身的表格样式插入填好 0 的空表。',
      en: 'The format prescribes six sections in order. Headings are found by key words, so slightly different wording still counts. The fix inserts the heading at the right place, and for sections 二, 三 and 四 an empty table (zeros filled) in the document’s own table layout.',
    },
    wrong: '一、总体情况\n…\n二、主动公开政府信息情况\n…\n四、政府信息公开行政复议、行政诉讼情况',
    right: '一、总体情况\n…\n二、主动公开政府信息情况\n…\n三、收到和处理政府信息公开申请情况\n…\n四、政府信息公开行政复议、行政诉讼情况',
  },
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
