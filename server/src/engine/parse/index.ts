// Text → ReportModel. Linear in the text: each line is looked at a bounded number of times.

import type { DateMention, ReportModel } from '../model';
import { readView } from './view';
import { readSections } from './sections';
import { parsePublication, parseTitle } from './title';
import { parsePeriod } from './period';
import { readTables } from './tables';
import { readFeeTable } from './fees';
import { addDates, addLineDates } from './dates';
import { TITLE_SEARCH_LINES } from '../heuristics';
import { LineMark } from '../text/source';
import { fastPaths } from '../fast';

/** What a date needs: 月 (2022年1月1日) or - / . (2023-01-28). */
const DATE_MARKS = LineMark.MONTH | LineMark.ISO;

export function parse(text: string): ReportModel {
  // The parser reads a view of the text when it cannot be read line by line as written.
  const source = readView(text);
  const { sections, feeSection } = readSections(source);
  const firstSection = sections.length > 0 ? sections[0].firstLine : Math.min(source.lineCount, TITLE_SEARCH_LINES);
  const overviewEnd = sections.length > 1 ? sections[1].firstLine - 1 : source.lineCount - 1;
  const dates: DateMention[] = [];
  // Pushed one by one onto the list: push(...found) overflows the stack on a line of 150,000 dates.
  for (let line = 0; line < source.lineCount; line++) {
    // Most lines have neither: told by the line marks, without a copy of the line.
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    const marks = source.lineMarks[line];
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.lineMarks && (marks & DATE_MARKS) === 0) continue;
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (fastPaths.lineMarks && fastPaths.dates) {
      // Where the patterns can start is found in the text itself: a line whose marks promise
      // a date it has not (a table row 1. 属于…) is not copied.
      addLineDates(source, line, (marks & LineMark.MONTH) !== 0, (marks & LineMark.ISO) !== 0, dates);
      continue;
    }
    const text = source.lineText(line);
    const month = fastPaths.lineMarks ? (marks & LineMark.MONTH) !== 0 : text.includes('月');
    const iso = fastPaths.lineMarks ? (marks & LineMark.ISO) !== 0 : /[-/.]/.test(text);
    addDates(text, source.lineStarts[line], month, iso, dates);
  }
  const tables = readTables(source, sections);
  if (feeSection) feeSection.table = readFeeTable(source, feeSection);
  return {
    source,
    title: parseTitle(source, firstSection),
    publication: parsePublication(source, firstSection),
    period: parsePeriod(source, overviewEnd, dates),
    sections,
    tables: tables.tables,
    unreadableTables: tables.unreadable,
    feeSection,
    dates,
  };
}
