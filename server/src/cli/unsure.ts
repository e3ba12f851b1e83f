// A PDF table drawn without borders whose header the reader found but whose rows it could
// not tell apart (readers/pdf-columns.ts) is left to the line reading. When that reading
// checks it cleanly, its findings stand. When it finds errors or warnings there, they
// come from a guess at the table's rows, not from the report: they are replaced by one
// GR108 (the engine's "there but not readable with confidence"), and so is anything that
// leans on the table's cells (a narrative count compared with it) or says it is missing.
// Quiet beats wrong.

import { resolveRuleSetting, rules, type Finding, type LintOptions, type ReportModel } from '../engine';
import { sectionSpec } from '../engine/format/sections';
import { TABLE_NAMES } from '../engine/i18n';

export interface UnsureTable {
  table: 1 | 2 | 3;
  /** The table's lines in the text (0-based, inclusive). */
  firstLine: number;
  lastLine: number;
}

const GR108 = rules.find((r) => r.code === 'GR108')!;

/** The findings to report, and the tables whose figures were a guess (left out of the figures too). */
export function settleUnsureTables(
  findings: Finding[],
  model: ReportModel,
  unsure: UnsureTable[],
  options: LintOptions,
): { findings: Finding[]; notRead: Set<1 | 2 | 3> } {
  let out = findings;
  const notRead = new Set<1 | 2 | 3>();
  for (const table of unsure) {
    const inTable = (line: number) => line >= table.firstLine && line <= table.lastLine;
    const heading = model.sections.find((s) => sectionSpec(s.id).table === table.table)?.heading.line;
    const concerned = (f: Finding) =>
      inTable(f.range.start.line) ||
      f.related.some((r) => r.uri === undefined && inTable(r.range.start.line)) ||
      (f.code === 'GR101' && f.range.start.line === heading);
    const touched = out.filter(concerned);
    if (!touched.some((f) => f.severity === 'error' || f.severity === 'warning')) continue;
    out = out.filter((f) => !concerned(f));
    notRead.add(table.table);
    const severity = resolveRuleSetting(GR108, options.rules);
    if (severity === 'off') continue;
    const name = TABLE_NAMES[table.table];
    const zh = (options.locale ?? 'zh') === 'zh';
    out.push({
      code: GR108.code,
      rule: GR108.name,
      severity,
      message: zh
        ? `${name.zh}在 PDF 中没有边框，其行无法可靠分辨，本表不作检查`
        : `${name.en} has no borders in the PDF and its rows cannot be told apart with confidence; the table is not checked`,
      range: {
        start: { line: table.firstLine, character: 0 },
        end: { line: table.firstLine, character: model.source.original.lineText(table.firstLine).length },
      },
      related: [],
    });
  }
  return { findings: out, notRead };
}
