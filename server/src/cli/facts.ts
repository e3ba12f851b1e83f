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

/**
 * A figure's key and label, one pair of strings per distinct cell of the format: a folder
 * of 1,000 reports keeps about 200 figures of each until the report is written, and
 * strings built per figure were a third of the CLI's heap (and its garbage collection).
 * Found by table, row key and column key without building a string (building the key and
 * label to look them up was 5% of a folder's time); the names are compared as well, since
 * a row the reader could not name may share a key with another.
 */
interface Header {
  rowName: string;
  columnName: string;
  key: string;
  label: string;
}
const headers = new Map<number, Map<string, Map<string, Header[]>>>();
let headerCount = 0;

export function header(table: number, rowKey: string, columnKey: string, rowName: string, columnName: string): Header {
  // Bounded: the format has a few hundred cells; rows the reader could not name are the rest.
  if (headerCount >= 10_000) {
    headers.clear();
    headerCount = 0;
  }
  let rows = headers.get(table);
  if (!rows) headers.set(table, (rows = new Map()));
  let columns = rows.get(rowKey);
  if (!columns) rows.set(rowKey, (columns = new Map()));
  let known = columns.get(columnKey);
  if (!known) columns.set(columnKey, (known = []));
  for (const h of known) if (h.rowName === rowName && h.columnName === columnName) return h;
  // Table 3's one row is named after the table (表三): not twice in a header.
  const label = [TABLE_NAMES[table - 1], rowName, columnName].filter((part, i) => i === 0 || part !== TABLE_NAMES[table - 1]).join(' ');
  const made = { rowName, columnName, key: `t${table}.${rowKey}.${columnKey}`, label };
  known.push(made);
  headerCount++;
  return made;
}

/**
 * `figures`: read every figure of the tables too. Only the CSV report lists them: for the
 * other formats they were 3% of a folder's time, and their garbage.
 */
export function reportFacts(model: ReportModel, figures = true): ReportFacts {
  const year = model.title?.year?.value;
  const unit = model.title ? unitFromTitle(model.title.text, year) : undefined;
  return { unit, year, figures: figures ? figuresOf(model) : [] };
}

function figuresOf(model: ReportModel): Figure[] {
  const figures: Figure[] = [];
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const cell of row.values) {
        const { key, label } = header(table.id, cell.rowKey, cell.columnKey, cell.rowName.zh, cell.columnName.zh);
        figures.push({ key, label, value: cell.status === 'ok' ? cell.value : null });
      }
    }
  }
  return figures;
}
