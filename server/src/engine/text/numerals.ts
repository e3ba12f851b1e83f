// Numbers as reports write them: 3, ３, 三, 十二, 一百零五, 两, and years digit by digit
// (二〇二三). The numeral grammar is nzh's (a maintained, dependency-free library); here
// only the spellings it does not take (两, 〇 as a digit) are mapped first.

import Nzh from 'nzh';
import { fastPaths } from '../fast';

const DIGIT_CHARS = '〇一二三四五六七八九';
const NUMERAL = /^[〇零一二两三四五六七八九十百千万]+$/;

/** Whether every character is an ASCII digit (and there is one): NFKC and trim() leave such a text as it is. */
function asciiDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The value of a number written in digits or Chinese numerals; undefined if it is not one. */
export function readNumeral(written: string): number | undefined {
  // Most numbers of a report are ASCII digits (3件): read without NFKC, a call into ICU.
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.numerals && asciiDigits(written)) return Number(written);
  const t = written.normalize('NFKC').trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!NUMERAL.test(t)) return undefined;
  if (/^[〇零]+$/.test(t)) return 0;
  // 二〇二三, 二零二三: digit by digit, as years are written (no 十, 百, 千 or 万).
  // (One character reads the same either way.)
  if (!/[十百千万]/.test(t)) {
    return Number([...t.replace(/零/g, '〇').replace(/两/g, '二')].map((c) => DIGIT_CHARS.indexOf(c)).join(''));
  }
  const value = Number(Nzh.cn.decodeS(t.replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The pattern of one number in digits or Chinese numerals, for use inside other patterns. */
export const NUMBER_PATTERN = '[0-9０-９]+|[〇零一二两三四五六七八九十百千万]+';
