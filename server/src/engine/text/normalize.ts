// Loose matching of labels, as the format doc asks: ignore white space, full/half-width
// forms and quote styles, but still see typos — which are then reported, not silently
// accepted.

import { distance } from 'fastest-levenshtein';
import { memo } from '../memo';
import { ownText } from './own';

/**
 * Normalised labels by their text. The same few dozen labels recur in every row of every
 * report, and NFKC is the costly step of a large table's reading. Short texts only, and
 * bounded, so a long-running server does not grow without end.
 */
const NORMALIZED = new Map<string, string>();
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => NORMALIZED.clear());
const CACHE_LIMIT = 8192;
const CACHED_LENGTH = 80;

/** Canonical form for comparing labels: NFKC (full-width → half-width), no spaces or quotes. */
export function normalizeLabel(s: string): string {
  // Stryker disable next-line all: the memo, and what it holds, change no result (only speed and memory)
  if (s.length > CACHED_LENGTH) return normalizeUncached(s);
  let n = NORMALIZED.get(s);
  // Stryker disable next-line ConditionalExpression: computing again what the memo holds changes no result
  if (n === undefined) {
    // Stryker disable next-line all: the memo, and what it holds, change no result (only speed and memory)
    if (NORMALIZED.size >= CACHE_LIMIT) NORMALIZED.clear();
    n = normalizeUncached(s);
    // Both copied: the key is cut from a report, and so may be the form (text/own.ts).
    n = ownText(n);
    NORMALIZED.set(ownText(s), n);
  }
  return n;
}

function normalizeUncached(s: string): string {
  return trimEndPunctuation(
    s
      // [^<>]: a stray < ends at the next <, not at the end of a cell full of them.
      .replace(/<[^<>]*>|&nbsp;/gi, '')
      // Markdown escapes a converter adds (1\. 属于国家秘密).
      .replace(/\\(?=[\\`*_{}[\]()#+\-.!|])/g, '')
      .normalize('NFKC')
      .replace(/[\s\u3000\u00a0\ufeff]+/g, '')
      .replace(/[“”‘’"'「」『』]/g, '')
      .replace(/(\d)[、.，,]/g, '$1.'),
  );
}

const END_PUNCTUATION = new Set([':', ';', '。', '.']);

/** Without trailing :;。. — by a loop, as /[:;。.]+$/ retried every run of dots that is not final. */
function trimEndPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && END_PUNCTUATION.has(s[end - 1])) end--;
  // Stryker disable next-line ConditionalExpression: slicing nothing off gives the same string; the test only spares a copy
  return end === s.length ? s : s.slice(0, end);
}

/** The label without a leading 一、 / (一) / 1. numbering. */
export function stripNumbering(normalized: string): string {
  return normalized.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+\.)/, '');
}

/** 1 for equal strings, falling towards 0 with edit distance relative to length. */
export function similarity(a: string, b: string): number {
  // Stryker disable next-line ConditionalExpression: a fast path: equal strings are at distance 0 anyway
  if (a === b) return 1;
  // Two different strings: at least one is not empty.
  const longest = Math.max(a.length, b.length);
  return 1 - distance(a, b) / longest;
}

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 → 1 … 十 → 10; digits (also full-width) as numbers; otherwise NaN. */
export function numeralValue(s: string): number {
  // One digit or Chinese numeral (a heading's numbering) read by its char code: NFKC, the
  // costly step, leaves them as they are but for full-width digits.
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
    const i = CHINESE_NUMERALS.indexOf(s);
    if (i >= 0) return i + 1;
  }
  const t = s.normalize('NFKC');
  if (/^\d+$/.test(t)) return Number(t);
  const i = CHINESE_NUMERALS.indexOf(t);
  return i >= 0 ? i + 1 : NaN;
}
