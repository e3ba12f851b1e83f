// Tables whose text has no cell separators to go by: a web page flattened onto one line
// (规章000行政规范性文件114251…), cells split by single spaces (自 然 人 … 5 0 0 0 0 3 8),
// PDF text with columns aligned by spaces and labels wrapped over lines, Markdown tables
// in fragments (labels on rows of their own, 商业企|业, 数据1 placeholders, - fillers).
//
// The text is read as a stream of tokens: the format's own labels (found with a trie
// that skips spaces, line breaks and pipes inside a label), numbers, and anything else.
// Rows are rebuilt from the labels: a row label starts a row, the numbers after it are
// its cells. Digits run together (280000028) are split into cells only when the table's
// own relations leave exactly one way (see split.ts); otherwise the table is unreadable.

import type { GridRow, Span } from '../model';
import { TABLE1_BLOCKS, TABLE1_BLOCKS_2019, type Table1Block } from '../format/table1';
import { TABLE2_COLUMNS, TABLE2_CORNER, TABLE2_GROUPS, TABLE2_HEADER_EXTRAS, TABLE2_ROWS, table2ItemKeys } from '../format/table2';
import { TABLE3_HEADER_LABELS, TABLE3_VALUE_COUNT } from '../format/table3';
import { FEE_TABLE_COLUMNS, FEE_TABLE_ROW } from '../format/fees';
import { normalizeLabel } from '../text/normalize';
import { LABEL_MATCH } from '../heuristics';
import { bestMatch, type Labelled } from './match';
import { splitRuns, type Piece, type Relation, type Run } from './split';
import { columnOf, placeBlanks } from './blanks';
import { memo } from '../memo';
import { isDigitCode, isSpaceCode } from '../text/chars';

export type TableId = 1 | 2 | 3;

type Role = 'heading' | 'content' | 'column' | 'row' | 'group' | 'note';

/** Each role as a bit, for a row's roles as one number. */
const ROLE_BITS: Record<Role, number> = { heading: 1, content: 2, column: 4, row: 8, group: 16, note: 32 };

interface Entry {
  label: string;
  role: Role;
  table: TableId | 'fees';
  /** Numbers a data row holds. */
  expected?: number;
  relation?: Relation;
  /** The row's key in the format (table 2's rows, for the column balances). */
  key?: string;
}

const TABLE2_ROW_TOTAL: Relation = (v) => v[6] === v[0] + v[1] + v[2] + v[3] + v[4] + v[5];
const TABLE3_GROUP_TOTALS: Relation = (v) => [0, 5, 10].every((g) => v[g + 4] === v[g] + v[g + 1] + v[g + 2] + v[g + 3]);

let cached: Entry[] | undefined;

function entries(): Entry[] {
  if (cached) return cached;
  const list: Entry[] = [];
  cached = list;
  const add = (item: Labelled, role: Role, table: Entry['table'], extra: Partial<Entry> = {}) => {
    for (const label of [item.label, ...(item.variants ?? []), ...(item.accepted ?? [])]) list.push({ label, role, table, ...extra });
  };
  const block = (b: Table1Block) => {
    add({ label: b.heading }, 'heading', 1);
    for (const c of b.columns.slice(1)) add(c, 'column', 1);
    for (const r of b.rows) add(r, 'row', 1, { expected: b.columns.length - 1 });
  };
  TABLE1_BLOCKS.forEach(block);
  TABLE1_BLOCKS_2019.forEach(block);
  add({ label: '信息内容' }, 'content', 1);
  for (const r of TABLE2_ROWS) add(r, 'row', 2, { expected: TABLE2_COLUMNS.length, relation: TABLE2_ROW_TOTAL, key: r.key });
  for (const g of TABLE2_GROUPS) add({ label: g }, 'group', 2);
  for (const c of [...TABLE2_COLUMNS, ...TABLE2_HEADER_EXTRAS]) add(c, 'column', 2);
  add({ label: TABLE2_CORNER }, 'note', 2);
  add({ label: '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和' }, 'note', 2);
  for (const c of TABLE3_HEADER_LABELS) add(c, 'column', 3);
  for (const c of FEE_TABLE_COLUMNS) add(c, 'column', 'fees');
  add(FEE_TABLE_ROW, 'row', 'fees', { expected: FEE_TABLE_COLUMNS.length });
  return list;
}

// ---------------------------------------------------------------------------------------
// The label trie

interface Node {
  /** By UTF-16 code unit: a number key costs less to look up than a one-character string. */
  next: Map<number, Node>;
  /** Entries ending here. */
  ends?: Entry[];
}

let trie: Node | undefined;
/** Code units a label starts with: most characters of a section start none, and a typed-array read rules them out faster than the root's map. */
const FIRST = new Uint8Array(0x10000);

function labelTrie(): Node {
  if (trie) return trie;
  const root: Node = { next: new Map() };
  for (const e of entries()) {
    const key = normalizeLabel(e.label);
    if (key.length < 2) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    (node.ends ??= []).push(e);
  }
  for (const code of root.next.keys()) FIRST[code] = 1;
  trie = root;
  return root;
}

/**
 * Characters a label may be broken by: spaces, line breaks, cell pipes, bold marks, quotes
 * (/[\s\u3000\u00a0|*“”‘’"'\\]/), told by the code unit: a one-character string per
 * character of a section (text[i]) was a new string for every CJK one.
 */
export function insideLabelCode(c: number): boolean {
  // Letters of the labels (CJK, digits, brackets) are none of these.
  if (c >= 0x4e00 && c <= 0x9fff) return false;
  return (
    isSpaceCode(c) ||
    c === 0x7c || // |
    c === 0x2a || // *
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x5c // \
  );
}
/** At most this many such characters in a row inside one label. */
const MAX_GAP = 12;

/**
 * Each UTF-16 code unit as NFKC writes it, plus one (0: not looked at yet; -1: NFKC
 * writes several characters, which no label edge is): matchLabel looks at every
 * character of a table's section, and NFKC per character was most of its time.
 */
const FOLDED = new Int32Array(0x10000);
const DOT = 0x2e;

/** How a text character (a code unit) compares with the normalised labels; -1 for none. */
function fold(code: number, prev: number): number {
  let n = FOLDED[code];
  if (n === 0) {
    const folded = String.fromCharCode(code).normalize('NFKC');
    n = folded.length === 1 ? folded.charCodeAt(0) + 1 : -1;
    FOLDED[code] = n;
  }
  if (n < 0) return -1;
  n--;
  // 1、 1， 1, after a digit: the numbering's dot, as normalizeLabel writes it.
  if (prev >= 0x30 && prev <= 0x39 && (n === 0x3001 || n === DOT || n === 0xff0c || n === 0x2c)) return DOT;
  return n;
}

interface LabelHit {
  entry: Entry[];
  end: number;
}

/** The longest label starting at `pos`, if any. Bounded by the longest label. */
function matchLabel(text: string, pos: number, limit: number): LabelHit | undefined {
  let node = labelTrie();
  let best: LabelHit | undefined;
  let prev = -1;
  let gap = 0;
  for (let i = pos; i < limit; i++) {
    if (i > pos && insideLabelCode(text.charCodeAt(i))) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    gap = 0;
    const key = fold(text.charCodeAt(i), prev);
    // Trailing punctuation the labels were normalised without (…其他情形）。).
    const child = key < 0 || (i === pos && FIRST[key] === 0) ? undefined : node.next.get(key);
    if (!child) break;
    node = child;
    prev = key;
    if (node.ends) best = { entry: node.ends, end: i + 1 };
  }
  return best;
}

// ---------------------------------------------------------------------------------------
// Tokens

interface Token {
  kind: 'label' | 'number' | 'junk';
  start: number;
  end: number;
  entries?: Entry[];
  /** A number written right after the previous token, without a separator. */
  glued?: boolean;
  /** The whole label, when the text holds only its start (cut by a wrap). */
  whole?: string;
  /** A label written in pieces among other text (see Span.parts). */
  parts?: { start: number; end: number }[];
  /** Taken into the label after it. */
  dead?: boolean;
  /** A word standing in a number's cell (无). */
  word?: boolean;
}

/** [\s\u3000\u00a0|]: white space (\s has both) or a cell's pipe, by the code unit. */
export function isSeparatorCode(c: number): boolean {
  return c === 0x7c || isSpaceCode(c);
}

/** [-−－]: a minus sign. */
const isMinusCode = (c: number) => c === 0x2d || c === 0x2212 || c === 0xff0d;
/** [.．]: a decimal point. */
const isPointCode = (c: number) => c === 0x2e || c === 0xff0e;
/** [数列栏dDcC]: where a placeholder (PLACEHOLDER) can start. */
const isPlaceholderStart = (c: number) =>
  c === 0x6570 || c === 0x5217 || c === 0x680f || c === 0x64 || c === 0x44 || c === 0x63 || c === 0x43;
/** Longer digit runs are not table text (table 3's fifteen cells run together are 15–40). */
const MAX_RUN = 64;
/** Converter placeholders (数据1 … 数据6, 列1) and fillers (-): no part of the table. */
const PLACEHOLDER = /^(?:数据|列|栏|data|col(?:umn)?)\s*\d{1,2}/i;

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let junkStart = -1;
  let separated = true;
  const closeJunk = (at: number) => {
    if (junkStart >= 0) tokens.push({ kind: 'junk', start: junkStart, end: at });
    junkStart = -1;
  };
  let pos = from;
  // Each character told by its code unit (charCodeAt past the text's end is NaN: no class).
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (isSeparatorCode(c)) {
      closeJunk(pos);
      separated = true;
      pos++;
      continue;
    }
    const placeholder = isPlaceholderStart(c) ? PLACEHOLDER.exec(text.slice(pos, pos + 12)) : null;
    if (placeholder) {
      closeJunk(pos);
      pos += placeholder[0].length;
      separated = true;
      continue;
    }
    const hit = matchLabel(text, pos, to);
    if (hit && standsAlone(text, pos, hit.end, to)) {
      closeJunk(pos);
      tokens.push({ kind: 'label', start: pos, end: hit.end, entries: hit.entry });
      pos = hit.end;
      separated = false;
      continue;
    }
    // 4. 保护第三方…: a label's numbering, not a number (a digit, [.．、], then no digit; past the text's end counts as one).
    const mark = text.charCodeAt(pos + 1);
    const numbering =
      isDigitCode(c) && (isPointCode(mark) || mark === 0x3001) && pos + 2 < text.length && !isDigitCode(text.charCodeAt(pos + 2));
    // (The caption's check last: it looks at the characters around, asked only of a number's start.)
    if (!numbering && (isDigitCode(c) || (isMinusCode(c) && isDigitCode(mark) && separated)) && !caption(text, pos, from)) {
      let end = pos + 1;
      while (
        end < to &&
        (isDigitCode(text.charCodeAt(end)) ||
          (isPointCode(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1)) && !labelAt(text, end - 1, to)))
      )
        end++;
      // 00000002.其他…: the last digit numbers the next label.
      if (end - pos > 1 && (labelAt(text, end - 1, to) || /^[、．.][ \t\u3000]?[\u3400-\u9fff（(]/.test(text.slice(end, end + 3)))) end--;
      if (end - pos > MAX_RUN) {
        // No table's row runs to this many digits: it is not table text.
        if (junkStart < 0) junkStart = pos;
        pos = end;
        separated = false;
        continue;
      }
      closeJunk(pos);
      tokens.push({ kind: 'number', start: pos, end, glued: !separated });
      pos = end;
      separated = false;
      continue;
    }
    if (junkStart < 0) junkStart = pos;
    // [—–-]
    separated = c === 0x2014 || c === 0x2013 || c === 0x2d;
    pos++;
  }
  closeJunk(to);
  return tokens;
}

/**
 * A label ends where the text leaves it: at a separator, a number, another label or the
 * end — not inside a longer word (其他 in 其他法律行政法规禁止公开, cut by a PDF's wrap) —
 * or where a label mistyped starts. The label is [start, end).
 */
function standsAlone(text: string, start: number, end: number, to: number): boolean {
  if (end >= to) return true;
  const next = text.charCodeAt(end);
  if (isSeparatorCode(next) || isDigitCode(next) || !(next >= 0x3400 && next <= 0x9fff)) return true;
  if (matchLabel(text, end, to) !== undefined) return true;
  if (mistypedRowAfter(text, start, end, to) || mistypedColumnAfter(text, start, end, to)) return true;
  // 行政处罚无行政强制0: a "none" word in the row's cell, run together like its numbers.
  const none = /^(?:暂无|无|空)/.exec(text.slice(end, end + 2));
  if (!none) return false;
  const after = end + none[0].length;
  return (
    after >= to ||
    isSeparatorCode(text.charCodeAt(after)) ||
    isDigitCode(text.charCodeAt(after)) ||
    matchLabel(text, after, to) !== undefined
  );
}

/**
 * Whether a row label mistyped starts at `end`, run onto the label [start, end) before it (a
 * header's 本年处理决定数量 then 行的许可181, web text run together, or a PDF's lines joined):
 * its word, up to a number or a separator, is a row label loosely (GR105 then reports it).
 * Asked only where no label starts.
 */
function mistypedRowAfter(text: string, start: number, end: number, to: number): boolean {
  let stop = end;
  while (stop < to && stop - end <= 30 && !isSeparatorCode(text.charCodeAt(stop)) && !isDigitCode(text.charCodeAt(stop))) stop++;
  return stop - end >= 3 && stop - end <= 30 && readAlone(text, start, end, stop, entriesOf('row'));
}

/**
 * Whether a column label mistyped starts at `end`, run onto the label [start, end) before it
 * and followed by another label (信息内容本的制发件数本年废止件数…, web text run together): the
 * letters up to where the next label starts are a column label loosely. Without it the label
 * before is not read either and the header row is missing.
 */
function mistypedColumnAfter(text: string, start: number, end: number, to: number): boolean {
  for (let stop = end + 2; stop <= Math.min(to - 1, end + MAX_COLUMN_WORD + 4); stop++) {
    // A column label's letters and its brackets and colon (本年收费金额（单位：万元）).
    if (!/[\u3400-\u9fff（）：()]/.test(text[stop - 1])) return false;
    if (matchLabel(text, stop, to) !== undefined && readAlone(text, start, end, stop, entriesOf('column'))) return true;
  }
  return false;
}

/**
 * Whether the word [end, stop) is one of `items` loosely, and better so than with the label
 * [start, end) before it: 其他 + 法律行政法规禁止公开 is one label cut by a wrap, not 其他 and a typo.
 */
function readAlone(text: string, start: number, end: number, stop: number, items: Entry[]): boolean {
  const alone = bestMatch(text.slice(end, stop), items, MISTYPED_MATCH);
  if (!alone) return false;
  const joined = bestMatch(text.slice(start, stop), items, MISTYPED_MATCH);
  return !joined || alone.score > joined.score;
}

/** How close a word run onto a label must come to a label to be read as one mistyped (a letter in four). */
const MISTYPED_MATCH = 0.75;

/** The catalogue's entries of one role, all tables (made once). */
const BY_ROLE = new Map<Role, Entry[]>();
function entriesOf(role: Role): Entry[] {
  let found = BY_ROLE.get(role);
  if (!found) {
    found = entries().filter((e) => e.role === role);
    BY_ROLE.set(role, found);
  }
  return found;
}

/**
 * 表 3 因政府信息公开工作…, 表2收到和处理…: the table's own number in its caption (a PDF's
 * or web page's), not a cell. A single digit after 表 (a space between at most), followed
 * by the caption's words.
 */
function caption(text: string, pos: number, from: number): boolean {
  const before = pos > from && text[pos - 1] === ' ' ? pos - 2 : pos - 1;
  if (before < from || text[before] !== '表' || !/[1-9１-９]/.test(text[pos])) return false;
  const after = text[pos + 1] ?? '';
  return after === ' ' || /[\u3400-\u9fff]/.test(after);
}

/** Column entries of each table, made once (also one catalogue for bestMatch). */
const COLUMNS = new Map<Entry['table'], Entry[]>();

function columnEntries(table: Entry['table']): Entry[] {
  let columns = COLUMNS.get(table);
  if (!columns) {
    columns = entries().filter((e) => e.role === 'column' && e.table === table);
    COLUMNS.set(table, columns);
  }
  return columns;
}

/** A column label's length at most, for a word to be taken for one. */
const MAX_COLUMN_WORD = 16;

/**
 * The column labels a junk word of a header row (no numbers yet, after a column label)
 * is made of: one mistyped label (本年度止件数), or, run together in web text, labels and
 * mistyped ones in a row (本年制发件数本年度止件数). A mistyped label has the length of the
 * label: a piece of one wrapped over lines (自然 of 自然/人) or a label with a letter of
 * its neighbour (复议后起诉结) is not one. Undefined unless the whole word is read.
 */
function headerWords(text: string, t: Token, row: RawRow): Token[] | undefined {
  const last = row.labels[row.labels.length - 1];
  if (row.numbers.length > 0 || !last) return undefined;
  const entry = last.entries![0];
  if (entry.role !== 'column' && entry.role !== 'content') return undefined;
  if (t.end - t.start < 2 || t.end - t.start > MAX_COLUMN_WORD * 4) return undefined;
  const columns = columnEntries(entry.table);
  const out: Token[] = [];
  let typos = 0;
  for (let pos = t.start; pos < t.end;) {
    const hit = matchLabel(text, pos, t.end);
    const exact = hit?.entry.find((e) => e.role === 'column' && e.table === entry.table);
    if (hit && exact) {
      out.push({ kind: 'label', start: pos, end: hit.end, entries: [exact] });
      pos = hit.end;
      continue;
    }
    const typo = mistyped(text, pos, t.end, columns);
    if (!typo) return undefined;
    out.push({ kind: 'label', start: pos, end: typo.end, entries: [typo.entry] });
    typos++;
    pos = typo.end;
  }
  return typos > 0 ? out : undefined;
}

/** A column label mistyped at `pos`: as many characters as the label, loosely like it. */
function mistyped(text: string, pos: number, end: number, columns: Entry[]): { entry: Entry; end: number } | undefined {
  for (const column of columns) {
    const length = normalizeLabel(column.label).length;
    if (pos + length > end) continue;
    const written = text.slice(pos, pos + length);
    const m = bestMatch(written, columns, LABEL_MATCH);
    if (m && m.item === column && normalizeLabel(written).length === length) return { entry: column, end: pos + length };
  }
  return undefined;
}

/** Header lines a stacked word may skip between two of its pieces (another row of words between). */
const STACK_LINES = 2;
/** Words of a header's last few lines at most (a table's columns); more is prose. */
const MAX_STACKS = 64;
/** A line longer than this is not a header laid out in columns (pdftotext's lines are shorter). */
const MAX_LINE = 512;

/**
 * Header words a PDF's text stacks over lines in their column (社会 / 组织, 法律 / 服务 /
 * 机构) joined back, top to bottom, when together they make a column label that differs
 * from the format (社会组织 for 社会公益组织, a typo of the label's length): that label,
 * reported by GR105 on its first piece. Only the header's words are looked at (before the
 * table's first number), each against the few stacks still open: linear.
 */
function joinStackedHeaders(text: string, tokens: Token[], fallback?: TableId): void {
  if (fallback === undefined) return;
  const columns = columnEntries(fallback);
  interface Stack {
    from: number;
    to: number;
    line: number;
    pieces: number[];
  }
  const stacks: Stack[] = [];
  const done: Stack[] = [];
  let line = 0;
  let lineStart = -1;
  let scanned = 0;
  for (let i = 0; i < tokens.length && tokens[i].kind !== 'number'; i++) {
    const t = tokens[i];
    if (lineStart < 0) {
      const first = columnOf(text, t.start);
      if (!first) return;
      lineStart = first.lineStart - (text[first.lineStart - 1] === '\f' ? 1 : 0);
      scanned = t.start;
    }
    // Lines are counted as the text goes by, each character once. TABs set cells apart by
    // count, not by position: there are no columns to stack words in.
    for (; scanned < t.start; scanned++) {
      if (text[scanned] === '\n') {
        line++;
        lineStart = scanned + 1;
      } else if (text[scanned] === '\t') return;
    }
    // Past a long line or too many words at once, this is no header laid out in columns.
    if (t.start - lineStart > MAX_LINE || stacks.length > MAX_STACKS) return;
    // A header word is short; a line of prose is no piece of one.
    if (t.kind !== 'junk' || t.end - t.start > MAX_COLUMN_WORD || /[\n\r]/.test(text.slice(t.start, t.end))) continue;
    const from = t.start - lineStart - (text[lineStart] === '\f' ? 1 : 0);
    const to = from + (t.end - t.start);
    for (let s = stacks.length - 1; s >= 0; s--) if (line - stacks[s].line > STACK_LINES) done.push(...stacks.splice(s, 1));
    const open = stacks.find((s) => s.line < line && s.from < to && from < s.to);
    if (open) {
      open.pieces.push(i);
      open.line = line;
      open.from = Math.min(open.from, from);
      open.to = Math.max(open.to, to);
    } else stacks.push({ from, to, line, pieces: [i] });
  }
  for (const stack of [...done, ...stacks]) {
    if (stack.pieces.length < 2) continue;
    const pieces = stack.pieces.map((i) => tokens[i]);
    const written = pieces.map((t) => text.slice(t.start, t.end)).join('');
    if (written.length > MAX_COLUMN_WORD) continue;
    // The label as the catalogue spells it or a variant it lists (社会组织), or a typo of its
    // length — but not from single letters: a vertical header's letters (结/果/纠/正) stand
    // too close for their columns to tell them apart.
    const m = bestMatch(written, columns, LABEL_MATCH);
    if (!m || normalizeLabel(written).length !== normalizeLabel(m.item.label).length) continue;
    if (!m.exact && pieces.some((t) => t.end - t.start < 2)) continue;
    const first = pieces[0];
    tokens[stack.pieces[0]] = {
      kind: 'label',
      start: first.start,
      end: first.end,
      entries: [m.item],
      whole: written,
      parts: pieces.map((t) => ({ start: t.start, end: t.end })),
    };
    for (const i of stack.pieces.slice(1)) tokens[i] = { ...tokens[i], dead: true };
  }
  let kept = 0;
  for (const t of tokens) if (!t.dead) tokens[kept++] = t;
  tokens.length = kept;
}

/**
 * A numbered row label (2.其他法律…) starts at `pos`. Its numbering's dot as the labels
 * are matched (fold): 2. 2． 2、 and also 2， 2, after a digit.
 */
function labelAt(text: string, pos: number, to: number): boolean {
  if (!/[.．、，,]/.test(text[pos + 1] ?? '')) return false;
  return matchLabel(text, pos, to) !== undefined;
}

// ---------------------------------------------------------------------------------------
// Rows

interface RawRow {
  labels: Token[];
  numbers: Token[];
  expected?: number;
  relation?: Relation;
  table?: TableId | 'fees';
}

export interface TokenReading {
  rows: GridRow[];
  /** Tables whose numbers could not be split with confidence, with the reason. */
  unreadable: Map<TableId, { zh: string; en: string }>;
  /**
   * The 2025 variant's fee table (parse/fees.ts reads it), apart from tables 1–3: its rows,
   * and where its numbers run together beyond a unique split, that row and the reason.
   */
  fees: { rows: GridRow[]; unreadable?: { start: number; end: number; reason: { zh: string; en: string } } };
}

/**
 * A new row, its optional fields there from the start (undefined): every row has one shape,
 * so the code reading rows, once optimised, meets no row of a shape it has not seen (a row
 * given its count later took another, and threw readTokenRows' optimised code away).
 */
function rawRow(): RawRow {
  return { labels: [], numbers: [], expected: undefined, relation: undefined, table: undefined };
}

const TABLE_NAME: Record<TableId, string> = { 1: '表一', 2: '表二', 3: '表三' };
const TABLE_NAME_EN: Record<TableId, string> = { 1: 'table 1', 2: 'table 2', 3: 'table 3' };

/**
 * What a clerk writes in a cell for "none" instead of 0: a word (无) or a placeholder sign
 * (/ — －). A lone ASCII hyphen is left out: converters fill empty Markdown cells with it.
 */
const NONE = /^(?:无|暂无|空|[/／]|[—–－]+|-{2,})$/;

/** Prose long enough to end a table. */
const PROSE = 30;

export function readTokenRows(
  text: string,
  from: number,
  to: number,
  lineOf: (offset: number) => number,
  fallback?: TableId,
): TokenReading {
  const tokens = tokenize(text, from, to);
  rescueLabels(text, tokens, fallback);
  joinStackedHeaders(text, tokens, fallback);
  // In steps of their own (rows, cells, reasons, grid rows): one function of 4,000 bytes of
  // bytecode was among the last that V8 optimised in a CLI run, and the costliest to compile.
  const raw = rowsOf(text, tokens, fallback);
  const unreadable = new Map<TableId, { zh: string; en: string }>();
  const cellsOf = new Map<RawRow, Span[]>();
  const stillAmbiguous = splitByColumns(text, raw, cellsOf, cellsOfRows(text, raw, cellsOf));
  const fees: TokenReading['fees'] = { rows: [] };
  const unsplit = new Set(stillAmbiguous);
  if (stillAmbiguous.length > 0) sayUnsplit(text, stillAmbiguous, unreadable, fees);
  const rows: GridRow[] = [];
  for (let r = 0; r < raw.length; r++) gridRowOf(text, raw[r], cellsOf, unsplit, lineOf, rows, fees);
  return { rows, unreadable, fees };
}

/** The tokens as rows: a row label starts a row, the numbers after it are its cells. */
function rowsOf(text: string, tokens: Token[], fallback: TableId | undefined): RawRow[] {
  const raw: RawRow[] = [];
  let current = rawRow();
  const flush = () => {
    if (current.labels.length > 0 || current.numbers.length > 0) raw.push(current);
    current = rawRow();
  };
  // The roles of a row's labels as bits (ROLE_BITS), not a Set per label.
  const roles = (row: RawRow) => {
    let bits = 0;
    for (let i = 0; i < row.labels.length; i++) bits |= ROLE_BITS[row.labels[i].entries![0].role];
    return bits;
  };
  const GROUP = ROLE_BITS.group;
  const ROW = ROLE_BITS.row;
  /** The trial format's （六）其他处理: a group label with numbers of its own, seven like table 2's rows. */
  const groupRow = (row: RawRow) => {
    row.expected = TABLE2_COLUMNS.length;
    row.relation = TABLE2_ROW_TOTAL;
    row.table = 2;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'junk') {
      if (t.end - t.start >= PROSE) flush();
      // 信息内容 本年制发件数 本年度止件数 …: a mistyped column label among the header's
      // labels is that column's label, kept as written (GR105 reports it).
      const columns = headerWords(text, t, current);
      if (columns) {
        for (const c of columns) current.labels.push(c);
        continue;
      }
      // 行政处罚 无, 0 — 0: a word or sign written where the row's number goes is that
      // cell (GR103), rather than a missing one: after a row label with cells to fill (the
      // trial format's （六）其他处理 too, 无 first or among its numbers), or between two
      // numbers of a row of bare numbers (table 3's).
      if (!NONE.test(text.slice(t.start, t.end))) continue;
      const r = roles(current);
      if (r === GROUP && current.expected === undefined && tokens[k + 1]?.kind === 'number') groupRow(current);
      const inRow = current.expected !== undefined && current.numbers.length < current.expected;
      const amongNumbers = current.labels.length === 0 && current.numbers.length > 0 && tokens[k + 1]?.kind === 'number';
      if (inRow || amongNumbers) current.numbers.push({ ...t, kind: 'number', word: true });
      continue;
    }
    if (t.kind === 'number') {
      // The labels' roles matter only before a row has its count (a Set per number was a tenth of this function).
      const r = current.labels.length > 0 && current.expected === undefined ? roles(current) : 0;
      if (r === GROUP) groupRow(current);
      else if (r !== 0 && (r & ROW) === 0) flush();
      current.numbers.push(t);
      continue;
    }
    const entry = pick(t.entries!, current, fallback);
    t.entries = [entry];
    const r = current.labels.length > 0 ? roles(current) : 0;
    const startsRow =
      current.numbers.length > 0 ||
      (entry.role === 'row' && current.labels.length > 0 && (r & ~GROUP) !== 0) ||
      (entry.role === 'group' && (r & ~GROUP) !== 0) ||
      ((entry.role === 'heading' || entry.role === 'content') && current.labels.length > 0) ||
      ((entry.role === 'column' || entry.role === 'note') && (r & ROW) !== 0);
    if (startsRow) flush();
    current.labels.push(t);
    if (entry.role === 'row') {
      current.expected = entry.expected;
      current.relation = entry.relation;
      current.table = entry.table;
    }
  }
  flush();

  // A row of bare numbers after table 3's header is its fifteen numbers.
  let lastTable: TableId | 'fees' | undefined = fallback;
  for (const row of raw) {
    if (row.labels.length > 0) lastTable = row.labels[row.labels.length - 1].entries![0].table;
    if (row.labels.length === 0 && lastTable === 3) {
      row.expected = TABLE3_VALUE_COUNT;
      row.relation = TABLE3_GROUP_TOTALS;
      row.table = 3;
    }
  }

  return raw;
}

/** Each row's cells (set in `cellsOf`) where its numbers split one way; the rows they do not, returned. */
function cellsOfRows(text: string, raw: RawRow[], cellsOf: Map<RawRow, Span[]>): RawRow[] {
  const ambiguous: RawRow[] = [];
  // Blank cells whose place the text shows (a doubled separator, a column left empty).
  const placed = placeBlanks(text, raw);
  for (const row of raw) {
    const withBlanks = placed.get(row);
    if (withBlanks) {
      cellsOf.set(row, withBlanks);
      continue;
    }
    if (row.expected === undefined || row.numbers.length >= row.expected || row.numbers.every((n) => n.word)) {
      cellsOf.set(
        row,
        row.numbers.map((n) => span(text, n.start, n.end)),
      );
      continue;
    }
    const runs = runsOf(text, row);
    let found = splitRuns(runs, row.expected, row.relation);
    // As many digits as cells: one digit a cell is the only split, whatever the relations
    // say (a wrong total is the rules' finding, not a reason to leave the table unread).
    if (found.length !== 1 && runs.reduce((n, r) => n + (r.word ? 1 : r.digits.length), 0) === row.expected)
      found = splitRuns(runs, row.expected);
    if (found.length === 1)
      cellsOf.set(
        row,
        found[0].map((c) => span(text, c.start, c.end)),
      );
    else ambiguous.push(row);
  }
  return ambiguous;
}

/** Why the tables of rows that no split settles are not read (set in `unreadable`, and the fee table's in `fees`). */
function sayUnsplit(
  text: string,
  stillAmbiguous: RawRow[],
  unreadable: Map<TableId, { zh: string; en: string }>,
  fees: TokenReading['fees'],
): void {
  for (const row of stillAmbiguous) {
    const id = row.table;
    if (id === 'fees' && !fees.unreadable) {
      const written = row.numbers.map((n) => text.slice(n.start, n.end)).join(' ');
      fees.unreadable = {
        start: Math.min(...[...row.labels, ...row.numbers].map((t) => t.start)),
        end: Math.max(...[...row.labels, ...row.numbers].map((t) => t.end)),
        reason: {
          zh: `信息处理费收取情况表的数字连在一起，无法可靠拆分（${written}），本表不作检查`,
          en: `The numbers of the information processing fees table run together and cannot be split with confidence (${written}); the table is not checked`,
        },
      };
    }
    if (id === undefined || id === 'fees' || unreadable.has(id)) continue;
    // Name the first row that cannot be split, with its digits as written.
    const label = row.labels.find((l) => l.entries![0].role === 'row');
    const name = label ? label.entries![0].label : TABLE_NAME[id];
    const written = row.numbers.map((n) => text.slice(n.start, n.end)).join(' ');
    const digits = written.length > 40 ? `${written.slice(0, 40)}…` : written;
    unreadable.set(id, {
      zh: `${TABLE_NAME[id]}的数字连在一起，无法可靠拆分（${name}：${digits}），本表不作检查`,
      en: `The numbers of ${TABLE_NAME_EN[id]} run together and cannot be split with confidence (${name}: ${digits}); the table is not checked`,
    });
  }
}

/** The row as a grid row, pushed onto `rows` (the fee table's onto `fees`); a fee row that no split settles, not at all. */
function gridRowOf(
  text: string,
  row: RawRow,
  cellsOf: Map<RawRow, Span[]>,
  unsplit: Set<RawRow>,
  lineOf: (offset: number) => number,
  rows: GridRow[],
  fees: TokenReading['fees'],
): void {
  let fee = row.table === 'fees';
  for (let i = 0; i < row.labels.length && !fee; i++) fee = row.labels[i].entries![0].table === 'fees';
  if (fee && unsplit.has(row)) return;
  // The row's cells, and where they start and end, by loops (spreads and Math.min(...map)
  // made five lists per row).
  const cells: Span[] = [];
  for (let i = 0; i < row.labels.length; i++) cells.push(labelSpan(text, row.labels[i]));
  const numbers = cellsOf.get(row);
  if (numbers) for (let i = 0; i < numbers.length; i++) cells.push(numbers[i]);
  else for (let i = 0; i < row.numbers.length; i++) cells.push(span(text, row.numbers[i].start, row.numbers[i].end));
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].start < first) first = cells[i].start;
    if (cells[i].end > last) last = cells[i].end;
  }
  (fee ? fees.rows : rows).push({ cells, firstLine: lineOf(first), lastLine: lineOf(Math.max(first, last - 1)) });
}

/** A row's numbers as runs to split: digits, and placeholders that stand for one cell each. */
function runsOf(text: string, row: RawRow): Run[] {
  return row.numbers.map((n) => ({ start: n.start, digits: text.slice(n.start, n.end), word: n.word }));
}

/** Candidate splits per row and joint choices looked at, at most: the work stays bounded. */
const MAX_CANDIDATES = 16;
const MAX_CHOICES = 4096;

/**
 * Table 2's rows that no split of their own settles (the row total fails for every
 * split, or holds for several) are split by the table's column balances: 一 + 二 = 三（七）
 * + 四 and 三（七） = Σ items, column by column, over the rows already read. The splits are
 * kept only when exactly one choice across those rows satisfies every balance; otherwise
 * the rows stay ambiguous and the table unreadable. Returns the rows still ambiguous.
 */
function splitByColumns(text: string, raw: RawRow[], cellsOf: Map<RawRow, Span[]>, ambiguous: RawRow[]): RawRow[] {
  const keyOf = (row: RawRow) => row.labels.map((l) => l.entries![0]).find((e) => e.role === 'row')?.key;
  const open = ambiguous.filter((row) => row.table === 2);
  if (open.length === 0 || open.some((row) => keyOf(row) === undefined)) return ambiguous;
  const table2 = raw.filter((row) => row.table === 2 && row.numbers.length > 0);
  // One table's rows, not a text of thousands of them: the trials below copy every row.
  if (table2.length > 2 * TABLE2_ROWS.length) return ambiguous;
  // Without a key for every row with numbers (the trial format's （六）其他处理) the balances are not these.
  if (table2.some((row) => keyOf(row) === undefined)) return ambiguous;
  const values = new Map<string, number[]>();
  for (const row of table2) {
    const cells = cellsOf.get(row);
    if (cells && cells.length === TABLE2_COLUMNS.length)
      values.set(
        keyOf(row)!,
        cells.map((c) => (/^[0-9０-９]+$/.test(c.text) ? Number(c.text.normalize('NFKC')) : NaN)),
      );
  }
  const options: { row: RawRow; key: string; splits: Piece[][] }[] = [];
  let choices = 1;
  for (const row of open) {
    const runs = runsOf(text, row);
    let splits = splitRuns(runs, row.expected!, row.relation, MAX_CANDIDATES + 1);
    if (splits.length === 0) splits = splitRuns(runs, row.expected!, undefined, MAX_CANDIDATES + 1);
    if (splits.length === 0 || splits.length > MAX_CANDIDATES) return ambiguous;
    choices *= splits.length;
    if (choices > MAX_CHOICES) return ambiguous;
    options.push({ row, key: keyOf(row)!, splits });
  }
  const items = table2ItemKeys(2021);
  const balanced = (v: Map<string, number[]>): boolean => {
    for (let c = 0; c < TABLE2_COLUMNS.length; c++) {
      const at = (key: string) => v.get(key)?.[c];
      const [a, b, t, d] = ['new', 'carried', 'results', 'carryOver'].map(at);
      if (a !== undefined && b !== undefined && t !== undefined && d !== undefined && a + b !== t + d) return false;
      const parts = items.map(at);
      if (t !== undefined && parts.every((p) => p !== undefined) && parts.reduce((x, y) => x! + y!, 0) !== t) return false;
    }
    return true;
  };
  let found: number[] | undefined;
  let count = 0;
  const pick = new Array<number>(options.length).fill(0);
  for (let n = 0; n < choices && count < 2; n++) {
    let rest = n;
    const trial = new Map(values);
    options.forEach((o, i) => {
      pick[i] = rest % o.splits.length;
      rest = Math.floor(rest / o.splits.length);
      trial.set(
        o.key,
        o.splits[pick[i]].map((p) => Number(text.slice(p.start, p.end).normalize('NFKC'))),
      );
    });
    if (balanced(trial)) {
      count++;
      found = pick.slice();
    }
  }
  if (count !== 1) return ambiguous;
  options.forEach((o, i) =>
    cellsOf.set(
      o.row,
      o.splits[found![i]].map((p) => span(text, p.start, p.end)),
    ),
  );
  return ambiguous.filter((row) => row.table !== 2);
}

/** Of the tables a label may belong to, the one the row or the section is about. */
function pick(options: Entry[], current: RawRow, fallback?: TableId): Entry {
  if (options.length === 1) return options[0];
  // Loops, not a list of the row's tables and three closures per label.
  for (let i = 0; i < options.length; i++) {
    for (let k = 0; k < current.labels.length; k++) if (current.labels[k].entries![0].table === options[i].table) return options[i];
  }
  for (let i = 0; i < options.length; i++) if (options[i].table === fallback) return options[i];
  for (let i = 0; i < options.length; i++) if (options[i].role === 'row') return options[i];
  return options[0];
}

/**
 * Text the trie did not take that stands right before numbers may still be a row label:
 * cut by a PDF's wrap (（二）部分公开（区分处理的，只计这一 … the rest after the numbers),
 * broken by the letters of a vertical label beside it (理), or mistyped (规张). The
 * junk words before the numbers are matched against the start of the section's rows;
 * failing that, loosely against whole labels (a typo, which GR105 then reports).
 */
function rescueLabels(text: string, tokens: Token[], fallback?: TableId): void {
  if (fallback === undefined) return;
  const { rows, keys, groups } = sectionRows(fallback);
  // The merged label of the row's group (（六）其他处理, 三、本年度办理结果) stands in the
  // column to the left; a PDF's text interleaves its pieces with the row label's lines.
  const beside = (w: string) => w.length > 0 && groups.some((g) => g.includes(w));
  for (let i = 1; i < tokens.length; i++)
    if (tokens[i].kind === 'label' && tokens[i - 1].kind === 'junk') mistypedStart(text, tokens, i, rows);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].kind !== 'number' || tokens[i - 1].kind !== 'junk') continue;
    // A placeholder right before the numbers (权益 无 0 0 …) is the row's first cell, not a
    // letter of the label: the label is looked for before it first.
    const none = NONE.test(text.slice(tokens[i - 1].start, tokens[i - 1].end));
    // The rest of a row label on its line, mistyped: the label is the whole (before the words
    // alone are matched, which would take them for a second label).
    const whole = labelWithRest(text, tokens, i, rows);
    if (whole) {
      const { whole: words, parts } = labelPieces(text, tokens, whole.at, i);
      for (let k = whole.at + 1; k < i; k++) tokens[k] = { ...tokens[k], kind: 'junk', dead: true };
      tokens[whole.at] = { ...tokens[whole.at], end: tokens[i - 1].end, entries: [whole.entry] };
      // Over several lines: read as written, the line breaks left out, in pieces (see below).
      if (parts) Object.assign(tokens[whole.at], { whole: words, parts });
      continue;
    }
    const found =
      (none && i >= 2 && tokens[i - 2].kind === 'junk' ? rescueAt(text, tokens, i - 1, rows, keys, beside) : undefined) ??
      rescueAt(text, tokens, i, rows, keys, beside);
    if (!found) continue;
    const { best, end } = found;
    const start = tokens[best.from].start;
    const label: Token = { kind: 'label', start, end: tokens[end - 1].end, entries: [best.entry] };
    // A label cut by a wrap is the label itself: it is read as such, not as a typo —
    // unless its end, before the numbers or (PDF text) on the line below them, is mistyped.
    if (best.prefix) label.whole = best.entry.label;
    // Words over several lines: read as written, the line breaks left out; in pieces, a line
    // each, so that no fix writes over the breaks between them.
    if (best.pieces) {
      const { whole, parts } = labelPieces(text, tokens, best.from, end);
      if (parts) Object.assign(label, { whole, parts });
    }
    const rest = best.rest ?? '';
    let after = end;
    while (after < tokens.length && tokens[after].kind === 'number') after++;
    const below = tokens[after];
    const last = word(text.slice(tokens[end - 1].start, tokens[end - 1].end));
    // A letter alone on the line before the numbers, where the label's last letter goes and
    // no letter of a group label beside (5. 属于三类内部事务信 / 的 0 0 …): its end mistyped.
    const lastLetter = rest.length === 1 && last.length === 1 && last !== rest && !beside(last);
    if (rest !== '' && (mistypedEnd(last, rest) || lastLetter)) label.whole = undefined;
    else if (rest !== '' && below?.kind === 'junk' && mistypedEnd(word(text.slice(below.start, below.end)), rest)) {
      label.whole = (text.slice(start, label.end) + text.slice(below.start, below.end)).replace(/[\s|*]+/g, '');
      label.parts = [
        { start, end: label.end },
        { start: below.start, end: below.end },
      ];
    }
    // The words taken become one label token (marked, not spliced out: splicing in a
    // loop would cost the length of the list each time).
    for (let k = best.from; k < end - 1; k++) tokens[k] = { ...tokens[k], kind: 'junk', dead: true };
    tokens[end - 1] = label;
  }
  let kept = 0;
  for (const t of tokens) if (!t.dead) tokens[kept++] = t;
  tokens.length = kept;
}

interface Rescued {
  from: number;
  entry: Entry;
  /** A mistyped label a wrap cut: its two words, each where it is written. */
  pieces?: boolean;
  /** The words spell the label's start (a wrap cut it): what of the label they leave out. */
  prefix: boolean;
  rest?: string;
}

/**
 * The end of a wrapped label written with a character mistyped (权利 for 权益, the rest
 * of 4.保护第三方合法): as long as what the label's start left out, different, and with at
 * least half its characters in place.
 */
function mistypedEnd(written: string, rest: string): boolean {
  if (written.length !== rest.length || written.length < 2 || written === rest) return false;
  let same = 0;
  for (let k = 0; k < rest.length; k++) if (written[k] === rest[k]) same++;
  return same * 2 >= rest.length;
}

/** The row label the junk words right before token `end` spell, if any. */
function rescueAt(
  text: string,
  tokens: Token[],
  end: number,
  rows: Entry[],
  keys: string[],
  beside: (w: string) => boolean,
): { best: Rescued; end: number } | undefined {
  let best: Rescued | undefined;
  for (let from = end - 1; from >= Math.max(0, end - 10) && tokens[from].kind === 'junk' && !tokens[from].dead; from--) {
    const words = tokens.slice(from, end).map((t) => word(text.slice(t.start, t.end)));
    for (let r = 0; r < rows.length; r++) {
      const at = prefixOf(words, keys[r], beside);
      if (at >= 0) best = { from, entry: rows[r], prefix: true, rest: keys[r].slice(at) };
    }
  }
  if (!best) {
    // Loosely against whole labels (a typo): the word right before the numbers, or, where a
    // wrap cut a label mistyped before the cut (5.政于三类内部事务信 / 息 0 0 …; a long one
    // over three lines), the words of the lines before them joined, as many as match best.
    let found: { from: number; entry: Entry; score: number } | undefined;
    let single: typeof found;
    let written = '';
    let sameLine = false;
    for (let from = end - 1; from >= Math.max(0, end - MAX_PIECES) && tokens[from].kind === 'junk' && !tokens[from].dead; from--) {
      const piece = text.slice(tokens[from].start, tokens[from].end).trim();
      if (from < end - 1 && NUMBERING.test(piece)) {
        // The numbering written apart: the words with it (3. 的他 is 3.其他 mistyped; 的他 alone is too short to tell).
        const m = bestMatch(piece + written, rows, sameLine ? SAME_LINE_MATCH : 0.6);
        if (m && (!found || m.score > found.score)) found = { from, entry: m.item, score: m.score };
        break;
      }
      // Words apart on one line may be another column's (（一）予以 新字词 公开): joined
      // across one, they must be the label but for a letter or two.
      if (from < end - 1 && !/[\r\n]/.test(text.slice(tokens[from].end, tokens[from + 1].start))) sameLine = true;
      written = piece + written;
      if (written.length > 60) break;
      const m = written.length >= 2 ? bestMatch(written, rows, sameLine ? SAME_LINE_MATCH : 0.6) : undefined;
      if (m && (!found || m.score > found.score)) found = { from, entry: m.item, score: m.score };
      if (from === end - 1) single = found;
    }
    // Words joined are a label of their own unless a row label stands right before them,
    // whose rest a wrap cut they are (（二）部分公开（区分处理 / 本 / 的，只计…).
    if (found && found !== single && afterRowLabel(text, tokens, found.from)) found = single;
    if (found) {
      // The label's numbering (4. 保护…) written apart from its words is part of it.
      const before = found.from >= 1 ? tokens[found.from - 1] : undefined;
      const numbered = before && before.kind === 'junk' && !before.dead && NUMBERING.test(text.slice(before.start, before.end));
      best = { from: numbered ? found.from - 1 : found.from, entry: found.entry, prefix: false, pieces: found !== single };
    }
  }
  return best && { best, end };
}

/** Whether the token before `from` (its numbering left out) is a row label. */
function afterRowLabel(text: string, tokens: Token[], from: number): boolean {
  let at = from - 1;
  if (at >= 0 && tokens[at].kind === 'junk' && !tokens[at].dead && NUMBERING.test(text.slice(tokens[at].start, tokens[at].end))) at--;
  while (at >= 0 && tokens[at].dead) at--;
  const before = at >= 0 ? tokens[at] : undefined;
  return before !== undefined && before.kind === 'label' && before.entries![0].role === 'row';
}

/** How many words a mistyped row label cut by wraps is looked for in (a long label in a narrow column). */
const MAX_PIECES = 6;

/** How close words joined across a space must come to a label (a letter wrong in ten and more). */
const SAME_LINE_MATCH = 0.85;

/**
 * A row label the trie read in its short form (（二）部分公开), its rest on the line mistyped
 * (（区的处理的，只计这一情形，不计其他情形）) right before the numbers: the label is the whole,
 * mistyped, as TAB text reads the cell: the label token's place (the row label before the
 * words right before the numbers at `end`) and the whole label's entry; undefined when there
 * is none or the whole is not that row's label.
 */
function labelWithRest(text: string, tokens: Token[], end: number, rows: Entry[]): { at: number; entry: Entry } | undefined {
  let at = end - 1;
  while (at >= 0 && tokens[at].kind === 'junk' && !tokens[at].dead) {
    // A placeholder (无) is the row's first cell, not the label's; the rest of a label has
    // words (a letter alone is a vertical label's beside it: 本 of 三、本年度办理结果).
    const word = text.slice(tokens[at].start, tokens[at].end);
    if (NONE.test(word) || !/[\u4e00-\u9fff]{2}/.test(word)) return undefined;
    at--;
  }
  const label = at >= 0 && at < end - 1 ? tokens[at] : undefined;
  if (!label || label.kind !== 'label' || label.whole || label.parts || label.entries![0].role !== 'row') return undefined;
  const written = text.slice(label.start, tokens[end - 1].end);
  const m = bestMatch(written, rows, SAME_LINE_MATCH);
  const read = label.entries![0];
  // The same row: one entry per form of its label (the short form its own), one key.
  const same = m && (m.item === read || (m.item.key !== undefined && m.item.key === read.key));
  // The label's start as the format words it is a label cut by a wrap, its rest after the
  // numbers (（二）部分公开（区分处理 / 的，只计这一情形，不计其 0 0 … / 他情形）): not mistyped.
  if (!m || m.exact || !same || normalizeLabel(m.item.label).startsWith(normalizeLabel(written))) return undefined;
  return { at, entry: m.item };
}

/**
 * A row label whose start is mistyped, read from its rest (行的规范性文件: the trie takes
 * 规范性文件, the trial format's label, and leaves 行的 as junk glued before it): the letters
 * glued before the label token `at` and the label are another row's label but for a letter
 * or two. The label token then starts at those letters, that row's.
 */
function mistypedStart(text: string, tokens: Token[], at: number, rows: Entry[]): void {
  const label = tokens[at];
  const junk = tokens[at - 1];
  const read = label.entries![0];
  if (junk.dead || junk.end !== label.start || read.role !== 'row' || label.whole || label.parts) return;
  let start = label.start;
  while (start > junk.start && label.start - start < 6 && /[\u3400-\u9fff]/.test(text[start - 1])) start--;
  if (start === label.start) return;
  const m = bestMatch(text.slice(start, label.end), rows, SAME_LINE_MATCH);
  if (!m || m.exact || m.item === read || (m.item.key !== undefined && m.item.key === read.key)) return;
  tokens[at] = { ...label, start, entries: [m.item] };
  tokens[at - 1] = start === junk.start ? { ...junk, dead: true } : { ...junk, end: start };
}

/**
 * The pieces of the label words tokens[from, end) make, a line each, and the words joined
 * without white space; `parts` only when there are several lines.
 */
function labelPieces(
  text: string,
  tokens: Token[],
  from: number,
  end: number,
): { whole: string; parts?: { start: number; end: number }[] } {
  const parts: { start: number; end: number }[] = [];
  let whole = '';
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (t.dead && k > from) continue;
    whole += text.slice(t.start, t.end);
    const last = parts[parts.length - 1];
    if (last && !/[\r\n]/.test(text.slice(last.end, t.start))) last.end = t.end;
    else parts.push({ start: t.start, end: t.end });
  }
  return parts.length > 1 ? { whole: whole.replace(/[\s|*]+/g, ''), parts } : { whole };
}

/** A row label's numbering standing alone: 4. or （三）. */
const NUMBERING = /^(?:[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十]{1,2}[）)])$/;

/** Row entries of each table with their normalised labels, made once (also one catalogue for bestMatch). */
const SECTION_ROWS = new Map<TableId, { rows: Entry[]; keys: string[]; groups: string[] }>();
// Stryker disable all: emptying a memo changes no result (memo.ts)
memo(() => {
  cached = undefined;
  trie = undefined;
  FIRST.fill(0);
  FOLDED.fill(0);
  SECTION_ROWS.clear();
  COLUMNS.clear();
  BY_ROLE.clear();
});
// Stryker restore all

function sectionRows(table: TableId): { rows: Entry[]; keys: string[]; groups: string[] } {
  let found = SECTION_ROWS.get(table);
  if (!found) {
    const rows = entries().filter((e) => e.role === 'row' && e.table === table);
    const groups = entries()
      .filter((e) => (e.role === 'group' || e.role === 'heading') && e.table === table)
      .map((e) => normalizeLabel(e.label));
    found = { rows, keys: rows.map((r) => normalizeLabel(r.label)), groups };
    SECTION_ROWS.set(table, found);
  }
  return found;
}

/** A junk word as labels are compared: like normalizeLabel, but keeping a final 3. */
function word(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0\ufeff“”‘’"'「」『』\\]+/g, '')
    .replace(/(\d)[、.，,]/g, '$1.');
}

/**
 * The words, in order, spell the start of `key` (at least six characters of it); words
 * that do not fit are skipped when they are one or two characters (a vertical label's
 * letters) or a piece of the label beside it (`beside`).
 */
function prefixOf(words: string[], key: string, beside: (word: string) => boolean): number {
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    const foreign = (piece: string) => piece.length <= 2 || beside(piece);
    const cut = w > 0 ? fitsAfter(word, key, at, foreign) : 0;
    if (key.startsWith(word, at)) at += word.length;
    else if (w > 0 && foreign(word)) continue;
    else if (cut > 0) at += word.length - cut;
    else return -1;
  }
  return at >= Math.min(6, key.length) && (at >= 2 || at === key.length) ? at : -1;
}

/**
 * A word that goes on with `key` at `at` once its first characters, joined onto it when
 * wrapped lines were put back together, are left out as foreign (理 + 通知要求缴纳费用、):
 * how many characters to leave out, or 0.
 */
function fitsAfter(word: string, key: string, at: number, foreign: (piece: string) => boolean): number {
  for (let k = 1; k < word.length; k++) {
    if (key.startsWith(word.slice(k), at) && foreign(word.slice(0, k))) return k;
  }
  return 0;
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** A label cell: its written text with the pipes and line breaks inside it left out. */
function labelSpan(text: string, t: Token): Span {
  const cell: Span = { text: t.whole ?? text.slice(t.start, t.end).replace(/[|*\r\n]+/g, ''), start: t.start, end: t.end };
  if (t.parts) cell.parts = t.parts;
  return cell;
}
