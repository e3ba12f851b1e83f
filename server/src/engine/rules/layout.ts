import type { Layout, ReportModel } from '../model';

/** The layout the document's own tables use, for inserted tables and rows; TAB by default. */
export function documentLayout(model: ReportModel): Layout {
  return model.tables[0]?.layout ?? 'tab';
}
