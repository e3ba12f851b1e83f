// What a reviewer's spreadsheet needs of a report besides its findings: the unit that
// published it, the report year, and every figure of its three tables, read from the
// engine's model.

import type { ReportModel } from '../engine';

export interface Figure {
  /** Stable key: t2.new.natural */
  key: string;
  /** Header for people: 表二 一 自然人 */
  label: string;
  /** The number, or null for a blank or unreadable cell. */
  value: number | null;
}

export interface ReportFacts {
  unit?: string;
  year?: number;
  figures: Figure[];
}

const TABLE_NAMES = ['表一', '表二', '表三'];

/** The unit is what the title says before the year: 平潭综合实验区金井片区管理局2024年…. */
export function unitFromTitle(rawTitle: string, year: number | undefined): string | undefined {
  // A crawler's header line (标题: …) or Markdown heading marks are not the unit's name.
  const title = rawTitle.replace(/^\s*#+\s*/, '').replace(/^[^:：\s]{1,6}[:：]\s*/, '');
  const cut = year !== undefined ? title.indexOf(String(year)) : title.search(/[0-9０-９]{4}\s*年/);
  // Trailing spaces and an opening bracket before the year (…局（2023年…), in one pass.
  let end = cut > 0 ? cut : 0;
  while (end > 0 && /[\s（(]/.test(title[end - 1])) end--;
  const unit = title.slice(0, end).trim();
  return unit.length >= 2 ? unit : undefined;
}

export function reportFacts(model: ReportModel): ReportFacts {
  const year = model.title?.year?.value;
  const unit = model.title ? unitFromTitle(model.title.text, year) : undefined;
  const figures: Figure[] = [];
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const cell of row.values) {
        figures.push({
          key: `t${table.id}.${cell.rowKey}.${cell.columnKey}`,
          // Table 3's one row is named after the table (表三): not twice in a header.
          label: [TABLE_NAMES[table.id - 1], cell.rowName.zh, cell.columnName.zh]
            .filter((part, i) => i === 0 || part !== TABLE_NAMES[table.id - 1])
            .join(' '),
          value: cell.status === 'ok' ? cell.value : null,
        });
      }
    }
  }
  return { unit, year, figures };
}
