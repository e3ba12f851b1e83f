// Text that was decoded with the wrong encoding. A GBK file read as UTF-8 turns most
// Chinese characters into U+FFFD; a UTF-8 file read as GBK turns them into runs of rare
// characters (鏀垮簻 for 政府, 锛 for ，, 銆 for 。、); read as Latin-1 into å¹´-like pairs.

import { memo } from '../memo';
import type { ReportModel } from '../model';
import { derivedOf } from '../rules/derived';
import { fastPaths } from '../fast';
import { GBK_MOJIBAKE, LATIN1_CONTINUATION, LATIN1_LEAD, LATIN1_TRAIL, REPLACEMENT } from './misdecoded';
import { LineMark, type SourceText } from './source';

/** What a regex's `\s` matches. */
const SPACES =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const IS_SPACE = 1;
const IS_GBK = 2;
const IS_LEAD = 4;
const IS_TRAIL = 8;

/**
 * Class bits of every UTF-16 code unit, built once. One pass over the text with this table
 * does what four regex passes and a copy of the text without its spaces did: the check
 * runs on every lint, and most texts have none of these characters.
 */
const CLASSES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number) => {
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] |= bit;
  };
  mark(SPACES, IS_SPACE);
  mark(GBK_MOJIBAKE, IS_GBK);
  mark(LATIN1_LEAD, IS_LEAD);
  mark(LATIN1_TRAIL, IS_TRAIL);
  for (let c = LATIN1_CONTINUATION.first; c <= LATIN1_CONTINUATION.last; c++) table[c] |= IS_TRAIL;
  return table;
})();

/** Share of the text's characters at which it is taken as mis-decoded. */
const MIN_SHARE = 0.02;
/** And at least this many marks: a stray � in a web copy is not a wrong encoding. */
const MIN_MARKS = 5;

export interface MisDecoding {
  kind: 'replacement' | 'gbk' | 'latin1';
  /** Offset of the first mark. */
  first: number;
  marks: number;
}

/** Each source's verdict (null: reads as ordinary text), while the source lives. */
let verdicts = new WeakMap<SourceText, MisDecoding | null>();
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => (verdicts = new WeakMap()));

/** How the text looks mis-decoded, or undefined when it reads as ordinary text. */
export function misDecoding(text: string): MisDecoding | undefined {
  return measure(text);
}

/**
 * misDecoding of a parsed report's text, once per report: a lint asks twice (which rules
 * run, then GR008). Kept with the report's source, not with the text, so that linting the
 * same text again measures it again, as a new text would be.
 */
export function misDecodingOf(source: SourceText): MisDecoding | undefined {
  let verdict = verdicts.get(source);
  if (verdict === undefined) {
    verdict = measureSource(source) ?? null;
    verdicts.set(source, verdict);
  }
  return verdict ?? undefined;
}

/**
 * misDecodingOf(model.source), kept with the report's other derived values (one WeakMap
 * entry per report, rules/derived.ts): what a lint asks, twice per report.
 */
export function misDecodingOfModel(model: ReportModel): MisDecoding | undefined {
  const derived = derivedOf(model);
  let verdict = derived.verdict;
  if (verdict === undefined) {
    verdict = measureSource(model.source) ?? null;
    derived.verdict = verdict;
  }
  return verdict ?? undefined;
}

/**
 * measure(source.text), or undefined at once when no line holds a character wrong decoding
 * leaves (SourceText marked them as it found the lines): ordinary text, no second pass over it.
 */
function measureSource(source: SourceText): MisDecoding | undefined {
  const marked = !fastPaths.lineMarks || (source.allMarks & LineMark.ODD) !== 0;
  return marked ? measure(source.text) : undefined;
}

function measure(text: string): MisDecoding | undefined {
  let spaces = 0;
  let replacement = 0;
  let firstReplacement = -1;
  let gbk = 0;
  let firstGbk = -1;
  let latin1 = 0;
  let firstLatin1 = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === REPLACEMENT) {
      if (firstReplacement < 0) firstReplacement = i;
      replacement++;
      continue;
    }
    const bits = CLASSES[c];
    if (bits === 0) continue;
    if (bits & IS_SPACE) spaces++;
    if (bits & IS_GBK) {
      if (firstGbk < 0) firstGbk = i;
      gbk++;
    }
    // Lead and trail sets do not overlap, so pairs never overlap either (as the regex
    // /[lead][trail]/g counted them).
    if (bits & IS_LEAD && i + 1 < n && CLASSES[text.charCodeAt(i + 1)] & IS_TRAIL) {
      if (firstLatin1 < 0) firstLatin1 = i;
      latin1++;
    }
  }
  const meaningful = n - spaces;
  if (meaningful === 0) return undefined;
  const found = (marks: number) => marks >= MIN_MARKS && marks / meaningful >= MIN_SHARE;
  if (found(replacement)) return { kind: 'replacement', first: firstReplacement, marks: replacement };
  if (found(latin1)) return { kind: 'latin1', first: firstLatin1, marks: latin1 };
  // Real Chinese uses these characters too (鈥 never, 锛 and 銆 almost never, the rest
  // rarely); a text is taken as mojibake only when they are a large share of it.
  if (gbk >= MIN_MARKS && gbk / meaningful >= 0.08) return { kind: 'gbk', first: firstGbk, marks: gbk };
  return undefined;
}
