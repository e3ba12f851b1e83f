// The title: the first lines before 一、总体情况 that name the report and its year. It
// may wrap onto two lines (…政府信息公开 / 工作年度报告) or hold stray spaces.

import type { DatePart, Publication, Title } from '../model';
import type { SourceText } from '../text/source';
import { isBlank, trimmedSpan } from '../text/source';
import { digitsValue, findDates } from './dates';
import { isSpaceCode } from '../text/chars';
import { fastPaths } from '../fast';
import { TITLE_MAX_LENGTH, TITLE_TAIL_MAX_LENGTH } from '../heuristics';

const NAMES_REPORT = /政府信息公开|信息公开|年度报告|年报/;
const YEAR = /((?:19|20)[0-9]{2}|[１２][０-９]{3})\s*年/;

export function parseTitle(src: SourceText, before: number): Title | undefined {
  const limit = Math.min(before, src.lineCount);
  for (let line = 0; line < limit; line++) {
    const text = src.lineText(line);
    if (isBlank(text) || !NAMES_REPORT.test(text)) continue;
    const inline = INLINE_TITLE.exec(text.trim());
    if (text.trim().length > TITLE_MAX_LENGTH || (inline && text.trim().length - inline[0].length >= 8)) {
      // The title on one line with the body: the line starts with the report's name.
      const inline = inlineTitle(src, line);
      if (inline) return inline;
      continue;
    }
    let lastLine = line;
    // A title cut in two: the second half is short and ends the name (…工作年度报告).
    if (!/报告|年报/.test(text)) {
      const next = nextNonBlank(src, line + 1, limit);
      if (next !== undefined && src.lineText(next).trim().length <= TITLE_TAIL_MAX_LENGTH && /报告|年报/.test(src.lineText(next))) {
        lastLine = next;
      }
    }
    const span = trimmedSpan(src.text, src.lineStarts[line], src.lineEnd(lastLine));
    // A crawler's copy writes 标题：… before the title.
    const label = LABEL.exec(src.text.slice(span.start, span.end));
    if (label) span.start += label[0].length;
    const full = src.text.slice(span.start, span.end);
    return { text: spacesOne(full), firstLine: line, lastLine, start: span.start, end: span.end, year: findYear(full, span.start) };
  }
  return undefined;
}

const LABEL = /^(?:标\s*题|题\s*目|文章标题)\s*[:：]\s*/;
/** …年度报告 at the start of a long line: the name ends at its first 报告 / 年报. */
const INLINE_TITLE = /^[^。，；：:！？\n]{4,60}?(?:工作年度报告|年度报告|工作报告|年报)/;

function inlineTitle(src: SourceText, line: number): Title | undefined {
  const { start } = trimmedSpan(src.text, src.lineStarts[line], src.lineEnd(line));
  const m = INLINE_TITLE.exec(src.text.slice(start, Math.min(src.lineEnd(line), start + 80)));
  if (!m || !/信息公开/.test(m[0]) || !YEAR.test(m[0])) return undefined;
  const end = start + m[0].length;
  return { text: m[0], firstLine: line, lastLine: line, start, end, year: findYear(m[0], start) };
}

function nextNonBlank(src: SourceText, from: number, limit: number): number | undefined {
  for (let l = from; l < limit; l++) if (!isBlank(src.lineText(l))) return l;
  return undefined;
}

function findYear(text: string, base: number): DatePart | undefined {
  const m = YEAR.exec(text);
  if (!m) return undefined;
  // m[1] is four digits, ASCII or 全角: what digitsValue reads as Number(NFKC) read it.
  return { value: digitsValue(m[1]), start: base + m.index, end: base + m.index + m[1].length };
}

/**
 * text.replace(/\s+/g, ' '), without the copy when it changes nothing: a title whose white
 * space is single plain spaces (嘉善县科学技术局 2022 年…) is itself.
 */
export function spacesOne(text: string): string {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.title) return text.replace(/\s+/g, ' ');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 0x20 || isSpaceCode(text.charCodeAt(i + 1)))) return text.replace(/\s+/g, ' ');
  }
  return text;
}

const PUBLICATION = /^\s*(?:发布日期|发布时间|成文日期|日期|时间)\s*[:：]/;

export function parsePublication(src: SourceText, before: number): Publication | undefined {
  for (let line = 0; line < Math.min(before, src.lineCount); line++) {
    const text = src.lineText(line);
    if (!PUBLICATION.test(text)) continue;
    const [date] = findDates(text, src.lineStarts[line]);
    if (date) return { line, date };
  }
  return undefined;
}
