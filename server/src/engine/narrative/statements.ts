// What the narrative says about the tables' figures (GR401, GR402): 共收到政府信息公开申请
// 5件, 未收到依申请公开件, 涉及复议1件、诉讼0件, 未发生行政复议、行政诉讼, 行政复议2件（维持1件、
// 纠正1件）. Numbers in digits or Chinese numerals (三件, 十二件, 一百零五件).
//
// Read clause by clause. A number is taken only when it belongs to its clause's verb and
// noun; a clause about another year (上年结转, 2021年延续下来的, 累计, 以来) is skipped, and
// so is a sentence that says two different things about the same figure: quiet beats wrong.

import { NUMBER_PATTERN, readNumeral } from '../text/numerals';
import { fastPaths } from '../fast';
import { charTable, isSpaceCode } from '../text/chars';

export type StatementKind = 'received' | 'review' | 'litigation' | 'reviewUpheld' | 'reviewCorrected';

export interface Statement {
  kind: StatementKind;
  /** The figure stated; 0 for a negation (未收到…申请, 未发生…行政复议). */
  value: number;
  /** The number (or the negation) in the text. */
  start: number;
  end: number;
  /** True for 未收到 / 未发生: no number written. */
  negated: boolean;
}

const N = `(${NUMBER_PATTERN})`;
const UNIT = '\\s*(?:件|条|宗|个|份|起|次|例)';
/** Words between a noun and its number: 申请共5件, 申请数量为5件, 复议案件共计2件. */
const GAP = '(?:共计|共|合计|总数|总量|数量|数|为|达|有|各|均|\\s|：|:)*';
const RECEIVE = '(?:收到|受理|新收|接收|接到)';
const RECEIVE_WORD = new RegExp(RECEIVE);

const RECEIVED_AFTER = new RegExp(`${RECEIVE}[^，,。；;]{0,25}?申请(?:公开)?(?:件|事项|信息)?${GAP}${N}${UNIT}`, 'g');
const RECEIVED_BEFORE = new RegExp(`${RECEIVE}${GAP}${N}${UNIT}[^，,。；;]{0,12}?申请`, 'g');
/** 共收到5件: the noun is elsewhere in the sentence (checked by the caller). */
const RECEIVED_BARE = new RegExp(`共(?:收到|受理)${GAP}${N}${UNIT}`, 'g');
const RECEIVED_NONE = /(?:未|没有|无)(?:收到|受理|接到|接收)[^，,。；;]{0,15}?申请/g;

const REVIEW = new RegExp(`复议(?:案件|申请)?${GAP}${N}${UNIT}`, 'g');
const LITIGATION = new RegExp(`诉讼(?:案件)?${GAP}${N}${UNIT}`, 'g');
const BOTH_ZERO = new RegExp(`复议[、和及与](?:行政)?诉讼(?:案件)?${GAP}(0|０|零)${UNIT}`, 'g');
const APPEAL_NONE = /(?:未|没有|无)(?:发生|产生|出现|收到|涉及|被提起|被申请)?[^，,。；;]{0,20}?(复议|诉讼)/g;
const REVIEW_BREAKDOWN = new RegExp(`复议(?:案件)?${GAP}(?:${NUMBER_PATTERN})${UNIT}\\s*[（(]([^）)]*)[）)]`, 'g');
const UPHELD = new RegExp(`维持${GAP}${N}${UNIT}`);
const CORRECTED = new RegExp(`纠正${GAP}${N}${UNIT}`);

/** A clause that may state a figure: receiving, appeals. */
const CLAUSE_OF_INTEREST = /收到|受理|新收|接收|接到|复议|诉讼/;

/** Clauses about another time: their numbers are never this year's figures. */
const OTHER_TIME = /上年|去年|上一年|前年|结转|延续|累计|以来|历年|同比|较上/;
/** Appeal clauses about an outcome (无一例被纠正), not about whether appeals happened. */
const OUTCOME = /纠正|败诉|撤销|维持|确认违法/;

interface Clause {
  text: string;
  /** Offset of the clause's first character in the document. */
  start: number;
}

const OPEN_PAREN = 0xff08; // （
const CLOSE_PAREN = 0xff09; // ）

/** Blank out bracketed asides (其中2021年延续下来的0件) keeping offsets, and return them. */
export function withoutAsides(text: string): string {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.narrative) return text.replace(/[（(][^（()）]*[）)]/g, (aside) => ' '.repeat(aside.length));
  // Most sentences have no bracket: two searches, not a loop over every character.
  if (text.indexOf('（') < 0 && text.indexOf('(') < 0) return text;
  // The pattern's matches by a loop: an opening bracket, no bracket, a closing one.
  let out: string | undefined;
  let done = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== OPEN_PAREN && c !== 0x28) continue;
    let j = i + 1;
    let d = text.charCodeAt(j);
    while (j < text.length && d !== OPEN_PAREN && d !== CLOSE_PAREN && d !== 0x28 && d !== 0x29) d = text.charCodeAt(++j);
    // An opening bracket before the closing one, or none: no aside starts at i.
    if (j === text.length || (d !== CLOSE_PAREN && d !== 0x29)) continue;
    out = (out ?? '') + text.slice(done, i) + ' '.repeat(j + 1 - i);
    done = j + 1;
    i = j;
  }
  return out === undefined ? text : out + text.slice(done);
}

/** The text cut after each of the given characters, as text.split(/(?<=[…])/) cuts it. */
function cutAfter(text: string, isEnd: (c: number) => boolean): string[] {
  const out: string[] = [];
  let from = 0;
  // A cut at the very end leaves no empty piece (split finds no match at the last place).
  for (let i = 0; i < text.length - 1; i++) {
    if (!isEnd(text.charCodeAt(i))) continue;
    out.push(text.slice(from, i + 1));
    from = i + 1;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * What ends a clause (，,) and a sentence (。；;！!？?), as tables by code unit: the loops
 * below read them per character, and in the CLI most lints run before V8 has optimised
 * them, where a table's load costs far less than a function's call.
 */
const CLAUSE_END = charTable('，,');
const SENTENCE_END = charTable('。；;！!？?');
const isClauseEnd = (c: number) => CLAUSE_END[c] === 1;
const isSentenceEnd = (c: number) => SENTENCE_END[c] === 1;

/** The sentence's clauses: cut after each ，. */
export function clauses(sentence: string): string[] {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  return fastPaths.narrative ? cutAfter(sentence, isClauseEnd) : sentence.split(/(?<=[，,])/);
}

/** The line's sentences: cut after each 。；！？. */
export function sentences(line: string): string[] {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  return fastPaths.narrative ? cutAfter(line, isSentenceEnd) : line.split(/(?<=[。；;！!？?])/);
}

function clausesOf(sentence: string, start: number): Clause[] {
  const out: Clause[] = [];
  let at = 0;
  for (const part of clauses(sentence)) {
    out.push({ text: part, start: start + at });
    at += part.length;
  }
  return out;
}

const YEAR = /((?:19|20)\d{2})\s*年/g;

/**
 * What text.matchAll(re) gives, by exec on the pattern itself: matchAll copies its global
 * pattern on every call (a new RegExp per clause and pattern), the costliest part of
 * reading the narrative. The patterns here never match empty; the step past an empty
 * match is matchAll's all the same.
 */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (!fastPaths.narrative) return [...text.matchAll(re)] as RegExpExecArray[];
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

function otherYear(text: string, year: number): boolean {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.narrative && !text.includes('年')) return false;
  for (const m of matchesOf(YEAR, text)) if (Number(m[1]) !== year) return true;
  return false;
}

function numberAt(clause: Clause, m: RegExpMatchArray, group = 1): { value: number; start: number; end: number } | undefined {
  const written = m[group];
  const value = readNumeral(written);
  if (value === undefined) return undefined;
  const at = m.index! + m[0].lastIndexOf(written);
  return { value, start: clause.start + at, end: clause.start + at + written.length };
}

/** The units a count is written with (UNIT), and the characters of a number (NUMBER_PATTERN). */
const UNIT_CHARS = charTable('件条宗个份起次例');
const NUMBER_CHARS = charTable('0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万');

/**
 * Whether the sentence can state anything: every pattern of a figure ends in a number and
 * its unit (5件, 十二 件), and every negation has its 未, 没有 or 无. A heading such as
 * 三、收到和处理政府信息公开申请情况 has neither, and none of the patterns is tried on it.
 */
function mayState(sentence: string): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x672a || c === 0x65e0 || c === 0x6ca1) return true; // 未 无 没
    if (UNIT_CHARS[c] !== 1) continue;
    let j = i - 1;
    while (j >= 0 && isSpaceCode(sentence.charCodeAt(j))) j--;
    if (j >= 0 && NUMBER_CHARS[sentence.charCodeAt(j)] === 1) return true;
  }
  return false;
}

function addStatement(
  found: Statement[],
  kind: StatementKind,
  n: { value: number; start: number; end: number } | undefined,
  negated = false,
): void {
  // The fields written out, not spread: a spread copies through a slow path when unoptimised.
  if (n) found.push({ kind, value: n.value, start: n.start, end: n.end, negated });
}

/** A statement of `kind` for each match that reads as a number. */
function addEach(found: Statement[], kind: StatementKind, clause: Clause, matches: RegExpExecArray[]): void {
  for (let i = 0; i < matches.length; i++) addStatement(found, kind, numberAt(clause, matches[i]));
}

/** The receiving patterns tried on a clause: with 共收到5件 only when the sentence is about requests. */
const RECEIVED = [RECEIVED_AFTER, RECEIVED_BEFORE];
const RECEIVED_OR_BARE = [RECEIVED_AFTER, RECEIVED_BEFORE, RECEIVED_BARE];

/** CLAUSE_OF_INTEREST, global: where its words are in a sentence. */
const CLAUSE_INTEREST_AT = new RegExp(CLAUSE_OF_INTEREST.source, 'g');

/** Whether the text has a 未, 无 or 没 (没有): every negation pattern (RECEIVED_NONE, APPEAL_NONE) starts with one. */
function mayNegate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x672a || c === 0x65e0 || c === 0x6ca1) return true; // 未 无 没
  }
  return false;
}

/** Every statement in one sentence (a line's text between 。；), offsets from `start`. */
export function readSentence(sentence: string, start: number, year: number | undefined): Statement[] {
  return readSentenceOf(sentence, start, year, false);
}

/** readSentence; `known`: the caller found a word of interest in the sentence (no need to search again). */
function readSentenceOf(sentence: string, start: number, year: number | undefined, known: boolean): Statement[] {
  const found: Statement[] = [];
  if (!known && !CLAUSE_OF_INTEREST.test(sentence)) return found;
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.narrative && !mayState(sentence)) return found;
  const blanked = withoutAsides(sentence);
  // The breakdown of 行政复议 N 件（维持 a 件、纠正 b 件）lives inside its aside.
  if (sentence.includes('复议')) {
    const breakdowns = matchesOf(REVIEW_BREAKDOWN, sentence);
    for (let b = 0; b < breakdowns.length; b++) {
      const m = breakdowns[b];
      const inner = m[1];
      const innerAt = m.index! + m[0].lastIndexOf(inner);
      const clause = { text: inner, start: start + innerAt };
      if (OTHER_TIME.test(inner)) continue;
      const upheld = UPHELD.exec(inner);
      if (upheld) addStatement(found, 'reviewUpheld', numberAt(clause, upheld));
      const corrected = CORRECTED.exec(inner);
      if (corrected) addStatement(found, 'reviewCorrected', numberAt(clause, corrected));
    }
  }
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const aboutRequests = fastPaths.narrative ? blanked.includes('申请') : /申请/.test(blanked);
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.narrative) {
    // No clause speaks of another time when the sentence does not (none of OTHER_TIME's
    // words has a ，in it): tested once here, not once per clause.
    const otherTime = OTHER_TIME.test(blanked);
    // Only the clauses with a word of interest are cut out (the others are skipped at once
    // below): each match lies in one clause, from after the last ，before it to the first
    // at or after it, as clauses() cuts the sentence.
    CLAUSE_INTEREST_AT.lastIndex = 0;
    for (let m = CLAUSE_INTEREST_AT.exec(blanked); m; m = CLAUSE_INTEREST_AT.exec(blanked)) {
      let from = m.index;
      while (from > 0 && CLAUSE_END[blanked.charCodeAt(from - 1)] !== 1) from--;
      let to = m.index;
      while (to < blanked.length - 1 && CLAUSE_END[blanked.charCodeAt(to)] !== 1) to++;
      to++;
      readClause({ text: blanked.slice(from, to), start: start + from }, year, aboutRequests, found, true, otherTime);
      CLAUSE_INTEREST_AT.lastIndex = to;
    }
  } else {
    for (const clause of clausesOf(blanked, start)) readClause(clause, year, aboutRequests, found, false, true);
  }
  // One statement or none: nothing to merge or to hold against another.
  if (found.length < 2) return found;
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  return fastPaths.narrative && found.length <= FEW ? unambiguousFew(dedupeFew(found)) : unambiguous(dedupe(found));
}

/** A sentence's statements are a handful: compared pairwise, without a Set of keys or a Map of Sets. */
const FEW = 16;

/** dedupe: the first statement of each kind and start. */
function dedupeFew(statements: Statement[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    let seen = false;
    for (let j = 0; j < out.length; j++) if (out[j].kind === s.kind && out[j].start === s.start) seen = true;
    if (!seen) out.push(s);
  }
  return out;
}

/** unambiguous: the statements whose kind has one value throughout. */
function unambiguousFew(statements: Statement[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    let one = true;
    // Values compared as a Set compares them (SameValueZero: NaN is NaN).
    for (let j = 0; j < statements.length; j++) {
      const t = statements[j];
      if (t.kind === s.kind && t.value !== s.value && (t.value === t.value || s.value === s.value)) one = false;
    }
    if (one) out.push(s);
  }
  return out;
}

/**
 * The statements of one clause of a sentence, pushed onto `found`; `known`: the caller
 * found a word of interest in it; `otherTime`: false when the caller found none of
 * OTHER_TIME's words in the sentence. Under fastPaths.narrative a pattern is tried only
 * when the clause has the words it cannot match without (复议, 诉讼, 共, a 未 无 没 of
 * negation): a regular expression's call costs more than a search for a word.
 */
function readClause(
  clause: Clause,
  year: number | undefined,
  aboutRequests: boolean,
  found: Statement[],
  known: boolean,
  otherTime: boolean,
): void {
  const text = clause.text;
  if (!known && !CLAUSE_OF_INTEREST.test(text)) return;
  const quick = fastPaths.narrative;
  if ((otherTime && OTHER_TIME.test(text)) || (year !== undefined && otherYear(text, year))) return;
  // Two searches for a word, not a pattern of both: the clause's 复议 and 诉讼 are asked
  // again below.
  const hasReview = text.includes('复议');
  const hasLitigation = text.includes('诉讼');
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const appeals = quick ? hasReview || hasLitigation : /复议|诉讼/.test(text);
  if (!appeals) {
    // Most clauses say nothing about receiving: one cheap test before the patterns.
    if (!RECEIVE_WORD.test(text)) return;
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    const patterns = aboutRequests && (!quick || text.includes('共')) ? RECEIVED_OR_BARE : RECEIVED;
    for (let p = 0; p < patterns.length; p++) {
      const matches = matchesOf(patterns[p], text);
      for (let i = 0; i < matches.length; i++) addStatement(found, 'received', numberAt(clause, matches[i]));
    }
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    if (quick && !mayNegate(text)) return;
    const nones = matchesOf(RECEIVED_NONE, text);
    for (let i = 0; i < nones.length; i++) {
      const m = nones[i];
      found.push({
        kind: 'received',
        value: 0,
        start: clause.start + m.index!,
        end: clause.start + m.index! + m[0].length,
        negated: true,
      });
    }
    return;
  }
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const review = !quick || hasReview;
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  const litigation = !quick || hasLitigation;
  if (review) addEach(found, 'review', clause, matchesOf(REVIEW, text));
  if (litigation) addEach(found, 'litigation', clause, matchesOf(LITIGATION, text));
  if (review && litigation) {
    for (const m of matchesOf(BOTH_ZERO, text)) {
      const n = numberAt(clause, m);
      addStatement(found, 'review', n);
      addStatement(found, 'litigation', n);
    }
  }
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (quick && !mayNegate(text)) return;
  if (!OUTCOME.test(text)) {
    const none = APPEAL_NONE.exec(text);
    APPEAL_NONE.lastIndex = 0;
    // 未发生因违反规定而出现的复议: a negation of a cause, not of appeals as such.
    if (none && !/因|由于|导致|而出现|而发生/.test(none[0])) {
      const from = none.index;
      const rest = text.slice(from);
      const span = { value: 0, start: clause.start + from, end: clause.start + withoutTrailingPunctuation(text).length };
      if (/复议/.test(rest)) addStatement(found, 'review', span, true);
      if (/诉讼/.test(rest)) addStatement(found, 'litigation', span, true);
    }
  }
}

/** The same number matched by two patterns is one statement. */
function dedupe(statements: Statement[]): Statement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.kind}@${s.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A sentence that gives one figure two different values says nothing we can check. */
function unambiguous(statements: Statement[]): Statement[] {
  const values = new Map<StatementKind, Set<number>>();
  for (const s of statements) {
    const set = values.get(s.kind) ?? new Set<number>();
    set.add(s.value);
    values.set(s.kind, set);
  }
  return statements.filter((s) => values.get(s.kind)!.size === 1);
}

/** CLAUSE_OF_INTEREST, global: where its words are in a line. */
const INTEREST_AT = new RegExp(CLAUSE_OF_INTEREST.source, 'g');

/** Every statement in a line of prose, sentence by sentence. */
export function readLine(text: string, start: number, year: number | undefined): Statement[] {
  const out: Statement[] = [];
  readLineInto(text, start, year, out);
  return out;
}

/** readLine's statements pushed onto `out` (statementsOf gathers a report's lines in one list). */
export function readLineInto(text: string, start: number, year: number | undefined, out: Statement[]): void {
  // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
  if (fastPaths.narrative) {
    // Only the sentences with a word of interest are cut out and read: the others state
    // nothing (readSentence's first test). No such word spans a sentence's end, so each
    // match lies in one sentence: from after the last end before it to the first end at
    // or after it (as sentences() cuts the line).
    INTEREST_AT.lastIndex = 0;
    for (let m = INTEREST_AT.exec(text); m; m = INTEREST_AT.exec(text)) {
      let from = m.index;
      while (from > 0 && SENTENCE_END[text.charCodeAt(from - 1)] !== 1) from--;
      let to = m.index;
      while (to < text.length - 1 && SENTENCE_END[text.charCodeAt(to)] !== 1) to++;
      to++;
      const said = readSentenceOf(text.slice(from, to), start + from, year, true);
      for (let i = 0; i < said.length; i++) out.push(said[i]);
      INTEREST_AT.lastIndex = to;
    }
    return;
  }
  // A line without a word of interest has no sentence with one (no such word spans a 。).
  if (!CLAUSE_OF_INTEREST.test(text)) return;
  let at = 0;
  for (const sentence of sentences(text)) {
    out.push(...readSentence(sentence, start + at, year));
    at += sentence.length;
  }
}

const TRAILING = /[\s，,。；;！!？?]/;

/** The clause without its trailing spaces and punctuation: a loop, as /[…]+$/ retried every inner run. */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return text.slice(0, end);
}
