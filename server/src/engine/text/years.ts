// Where a sentence opens with a year (2021年，… / 2021年以来… / 2021年度，…): GR305's
// pattern, tried only where a 年 can end such a year, not at every character.

import { fastPaths } from '../fast';
import { isSpaceCode } from './chars';

/** A sentence that opens with a year: 2021年，… / 2021年以来… / 2021年度，… / 2021年全年… */
const YEAR_OPENING = /(?<=^|[。；;！!？?\s])((?:19|20)\d{2}|[１２][０-９]{3})\s*年(?:度|以来|全年|里|中)?\s*[，,、]/g;
/** The same, matched only at the place given (lastIndex). */
const YEAR_OPENING_AT = new RegExp(YEAR_OPENING.source, 'y');

/** Digits of a year before its 年. */
const YEAR_DIGITS = 4;

/** Whether the code unit is a digit the pattern's year ends with: [0-9] or [０-９]. */
function isYearDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * YEAR_OPENING's matches in `text`, left to right. The pattern's look-behind is tried at
 * every character; a match is four digits, spaces, then a 年, so it can only start four
 * characters before the spaces before a 年: the pattern is tried there alone.
 */
export function yearOpenings(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.years) {
    YEAR_OPENING.lastIndex = 0;
    for (let m = YEAR_OPENING.exec(text); m; m = YEAR_OPENING.exec(text)) found.push(m);
    return found;
  }
  let end = 0; // where the last match ended: the next starts there or after
  for (let y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
    let digitsEnd = y;
    while (digitsEnd > 0 && isSpaceCode(text.charCodeAt(digitsEnd - 1))) digitsEnd--;
    const start = digitsEnd - YEAR_DIGITS;
    if (start < end) continue;
    // The year's last digit stands there: most 年 of a report follow a word (本年度, 年度报告).
    if (!isYearDigit(text.charCodeAt(digitsEnd - 1))) continue;
    YEAR_OPENING_AT.lastIndex = start;
    const m = YEAR_OPENING_AT.exec(text);
    if (!m) continue;
    found.push(m);
    end = start + m[0].length;
  }
  return found;
}
