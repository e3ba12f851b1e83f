// The same run of two to eight Chinese characters twice in a row (政府政府), found as
// /([\u4e00-\u9fff]{2,8})\1/g finds it, without trying the pattern at every character:
// the pattern cost about 4% of a lint, and few characters of a report can start a repeat.

const FIRST = 0x4e00;
const LAST = 0x9fff;
/** Longest word of a repeat. */
const MAX = 8;

/**
 * Where each pair of Chinese characters was last seen, by a hash of the pair: the offset
 * of its second character + 1, counted over all calls so far, so that no table is cleared
 * per call. A stale entry, or one another pair with the same hash wrote later, can only
 * make a place worth trying, never hide one (see repeats). Small, so that it stays in the
 * processor's first cache.
 */
const SLOTS = 1024;
const seen = new Int32Array(SLOTS);
let offset = 0;

function isChinese(c: number): boolean {
  return c >= FIRST && c <= LAST;
}

/** The repeats in `text` as REPEAT's global matches: their index and word, left to right. */
export function repeats(text: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  repeatsIn(text, 0, text.length, found);
  return found;
}

/**
 * The repeats of text.slice(from, to), as repeats() finds them there, with their index in
 * `text`, pushed onto `found`. Read in place: a prose line is a slice of the report's
 * text, and reading the report's own (flat) string is cheaper than reading the slice.
 */
export function repeatsIn(text: string, from: number, to: number, found: { index: number; word: string }[]): void {
  // A repeat of k characters at i has its first pair again at i + k, all between Chinese:
  // so the pair ending at q = i + k + 1 was seen at most k ≤ 8 before, in the same run.
  // Only the places before such a pair are tried, each once, in order: the leftmost first.
  // (Pairs, not single characters: in prose a character recurs within eight far more often
  // than a pair does, and each recurrence means up to seven places to try.)
  // The table holds base + q + 1 for a pair ending at q: every entry an earlier call wrote
  // is below base + from, so reads as a place before this run.
  const base = offset - from;
  offset += to - from + MAX + 1;
  // Offsets past 2^31 wrap; start the table again (stale entries are harmless anyway).
  if (offset > 0x7fff0000) {
    seen.fill(0);
    offset = 0;
    repeatsIn(text, from, to, found);
    return;
  }
  let runStart = from;
  let next = from; // the first place not yet tried (and past the last repeat)
  let previous = 0; // the character before q, when it is in the run
  for (let q = from; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c < FIRST || c > LAST) {
      runStart = q + 1;
      continue;
    }
    const pair = previous * 31 + c;
    previous = c;
    // The first character of a run ends no pair within it.
    if (q === runStart) continue;
    const slot = pair & (SLOTS - 1);
    const before = seen[slot] - 1 - base;
    seen[slot] = base + q + 1;
    // The pair seen before must lie in this run (its first character at runStart or after).
    if (before <= runStart || before >= q || q - before > MAX) continue;
    next = tryBefore(text, q, next, to, found);
  }
}

/**
 * Tries the places before the pair ending at q (from `next` on, each once) for a repeat;
 * pushes the first found onto `found` and returns the next place to try. A function of its
 * own, not inlined in the scan: the scan, run over every character, is about a tenth
 * faster without this rarely run loop in its body.
 */
function tryBefore(text: string, q: number, next: number, to: number, found: { index: number; word: string }[]): number {
  for (let i = Math.max(next, q - MAX - 1); i <= q - 3; i++) {
    const k = repeatAt(text, i, to);
    if (k > 0) {
      found.push({ index: i, word: text.slice(i, i + k) });
      return i + 2 * k;
    }
    next = i + 1;
  }
  return next;
}

/** The word length of the pattern's match starting at i, before `to` (longest first, as its greedy group tries), or 0. */
function repeatAt(text: string, i: number, to: number): number {
  let run = 0;
  while (run < MAX && i + run < to && isChinese(text.charCodeAt(i + run))) run++;
  for (let k = run; k >= 2; k--) {
    if (i + 2 * k > to) continue;
    let j = 0;
    while (j < k && text.charCodeAt(i + j) === text.charCodeAt(i + k + j)) j++;
    if (j === k) return k;
  }
  return 0;
}
