// The reporting unit, as the title names it: XX县科学技术局 in
// 嘉善县科学技术局2022年政府信息公开工作年度报告. Used to tell a department from a whole
// government (their publication deadlines differ) and to find last year's report.

import type { ReportModel } from '../model';

/** The unit's name: the title before its year, spaces removed; undefined without a titled year. */
export function unitName(model: ReportModel): string | undefined {
  const { title, source } = model;
  if (!title?.year) return undefined;
  const spaceless = source.text.slice(title.start, title.year.start).replace(/[\s\u3000]+/g, '');
  // Up to a bracket (嘉善县科学技术局（嘉善县知识产权局）): found once, not matched to the end from every bracket.
  const bracket = spaceless.search(/[（(【[]/);
  const name = bracket >= 0 ? spaceless.slice(0, bracket) : spaceless;
  return name.length > 0 ? name : undefined;
}

/** Names that end like a department (局, 委员会, 办公室 …): they publish by 31 January. */
const DEPARTMENT = /(?:局|委员会|委|厅|办公室|办|中心|署|院|所|队|站|处|科|室|馆|会|社|部)$/;

/**
 * True unless the title names a department. A whole government's summary report
 * (本级政府) may publish until 31 March; when the unit is unclear the later deadline
 * applies, so that no department-only rule is held against a government.
 */
export function isWholeGovernment(model: ReportModel): boolean {
  if (model.title && /本级政府/.test(model.title.text)) return true;
  const unit = unitName(model);
  if (unit === undefined) return true;
  return !DEPARTMENT.test(unit.replace(/本级$/, ''));
}
