// The document model: what the parser reads out of a report's text. Every element keeps
// its exact offsets, so rules can point at a cell and fixes can edit just that cell.

import type { Localized, Range } from './types';
import type { SourceText } from './text/source';
import type { RowSpec } from './format/labels';

/** How an export laid a table out as text. */
export type Layout = 'tab' | 'cellPerLine' | 'pipe' | 'markdown' | 'html';

/** A piece of text: its trimmed content and offsets (start = end for an empty cell). */
export interface Span {
  text: string;
  start: number;
  end: number;
  /**
   * An empty cell's place on the line, wider than its insertion point `start` = `end`: the
   * white space between its separators, or, where two TABs touch, the TAB after it (the
   * one padding it to the next column). A squiggle there can be seen; a fix still writes
   * at `start`. Only for text as written (not a view of it) and only when it has width.
   */
  gap?: { start: number; end: number };
  /**
   * A label written in pieces among other text (a header word a PDF's text stacks over
   * lines in its column: 社会 / 组织): the pieces, top to bottom. The span is the first
   * piece and `text` the pieces joined; no edit may write over it, which would leave the
   * other pieces behind.
   */
  parts?: { start: number; end: number }[];
}

/** One physical table row as laid out: a line (or, one cell per line, a group of lines). */
export interface GridRow {
  cells: Span[];
  firstLine: number;
  lastLine: number;
}

export interface DatePart {
  value: number;
  start: number;
  end: number;
}

/** A date written in the text: 2022年1月1日, 2022 年 12 月 31 日, 12月31日, 2023-01-28. */
export interface DateMention {
  year?: DatePart;
  month: DatePart;
  day: DatePart;
  start: number;
  end: number;
}

export interface Title {
  text: string;
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
  year?: DatePart;
}

export interface Period {
  line: number;
  /** The span from the first date to the second. */
  start: number;
  end: number;
  from: DateMention;
  to: DateMention;
}

export interface Publication {
  line: number;
  date: DateMention;
}

export interface Heading {
  line: number;
  start: number;
  end: number;
  /** The numbering as written (一、 / 5、 / （五）) plus the spaces after it. */
  numbering: Span & { style: 'chinese' | 'digit' | 'paren'; value: number; separator: string };
  title: string;
}

export interface SubHeading {
  line: number;
  /** Last line of the sub-heading's text: up to the next sub-heading or the section's end. */
  lastLine: number;
  name: string;
  start: number;
  end: number;
}

export interface Section {
  /** 1 … 6 */
  id: number;
  heading: Heading;
  /** First and last line of the section, heading included. */
  firstLine: number;
  lastLine: number;
  subheadings: SubHeading[];
}

/** A cell where the format wants a number. */
export interface Cell extends Span {
  status: 'ok' | 'blank' | 'invalid';
  value: number | null;
  problem?: 'text' | 'negative' | 'fraction';
  rowKey: string;
  columnKey: string;
  rowName: Localized;
  columnName: Localized;
}

/** A label cell matched against the format's catalogue. */
export interface MatchedLabel {
  span: Span;
  canonical: string;
  /** True when it equals the canonical label up to spaces, width and quotes. */
  exact: boolean;
  what: 'row' | 'column' | 'heading';
}

export interface TableRow {
  grid: GridRow;
  kind: 'heading' | 'header' | 'data' | 'unknown';
  spec?: RowSpec;
  /** Table 1: the block the row belongs to. */
  block?: string;
  values: Cell[];
  expected: number;
  /** The row holds more or fewer numbers than its columns (GR107). */
  malformed: boolean;
  /** How many value cells the row really had after trimming merge gaps. */
  found: number;
}

export interface Table {
  id: 1 | 2 | 3;
  /** The national format the table follows: 2021 (in force), or the 2019 trial format. */
  format: 2019 | 2021;
  layout: Layout;
  firstLine: number;
  lastLine: number;
  rows: TableRow[];
  labels: MatchedLabel[];
  /** Table 1: blocks whose heading row / column-header row is present. */
  blockHeadings: Map<string, TableRow>;
  blockHeaders: Map<string, TableRow>;
  /** Data rows by their spec key. */
  data: Map<string, TableRow>;
}

/**
 * A table that is there but cannot be read with confidence (its digits run together and
 * its relations do not settle how to split them). No rule runs on it; GR108 says so once.
 */
export interface UnreadableTable {
  id: 1 | 2 | 3;
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
  reason: Localized;
  /** Table 1: the format its labels follow, read without its numbers (2019: the trial format). */
  format?: 2019 | 2021;
}

/** The 2025 local variant's section 五、信息处理费收取情况, which renumbers the rest. */
export interface FeeSection {
  heading: Heading;
  firstLine: number;
  lastLine: number;
  /** Its table, when the section has one. */
  table?: FeeTable;
}

/**
 * The variant's fee table: a header row (通知收取件数 · 通知收取金额（元） · 实际收取金额（元）)
 * and one data row 信息处理费收取情况. Not one of the national tables 1–3: no rule of
 * theirs reads it by id; the cell rules and GR206 read it here.
 */
export interface FeeTable {
  layout: Layout;
  firstLine: number;
  lastLine: number;
  /** The data row, when there is one (values: count, amount notified, amount collected). */
  row?: TableRow;
  labels: MatchedLabel[];
  /** Set when its numbers run together beyond a unique split: then no rule reads `row`. */
  unreadable?: { start: number; end: number; reason: Localized };
}

export interface ReportModel {
  source: SourceText;
  title?: Title;
  publication?: Publication;
  period?: Period;
  sections: Section[];
  tables: Table[];
  /** Tables found but not readable with confidence: not in `tables`, so no rule reads them. */
  unreadableTables: UnreadableTable[];
  /** The 2025 variant's fee section, when the report has one. */
  feeSection?: FeeSection;
  /** Every date written in the text, for GR302. */
  dates: DateMention[];
}

export type { Range };

/** Where a cell lies on its line: its text, or an empty cell's gap (see Span.gap). */
export function extentOf(span: Span): { start: number; end: number } {
  return span.gap ?? span;
}

/**
 * Where a cell lies in the text as written, where its finding is marked (see lint's
 * toOriginal): a report read through a view (an HTML page, flattened web text) has its
 * cells' offsets in the view. A blank cell there covers what the view left out of it.
 */
export function writtenExtentOf(span: Span, source: SourceText): { start: number; end: number } {
  const { start, end } = extentOf(span);
  if (source.original === source) return { start, end };
  if (start === end) return source.emptyExtent(start);
  const from = source.toOriginal(start);
  return { start: from, end: Math.max(from, source.toOriginalEnd(start, end)) };
}
