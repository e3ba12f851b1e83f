// Matching written labels against the format's catalogue.
//
// Most cells match a label exactly (up to spaces, width and quotes), so each catalogue
// keeps a map of its normalised labels; only the rest pay for edit distances, and those
// skip labels whose length alone rules them out.

import { normalizeLabel, similarity, stripNumbering } from '../text/normalize';
import { memo } from '../memo';
import { ownText } from '../text/own';
import { isDigitCode, isSpaceCode } from '../text/chars';
import { MAX_LABEL_LENGTH, NUMBERING_PENALTY } from '../heuristics';

export interface Labelled {
  label: string;
  /** Known misspellings or old names: matched, and reported. */
  variants?: string[];
  /** Alternatives the format allows: matched, not reported. */
  accepted?: string[];
}

export interface LabelMatch<T> {
  item: T;
  score: number;
  /** Equal to the canonical label up to spaces, width and quotes. */
  exact: boolean;
}

interface Form<T> {
  item: T;
  whole: string;
  bare: string;
  /** whole's and bare's lengths, read by the search's bounds for every form it passes over. */
  wholeLength: number;
  bareLength: number;
  /** A variant: a match is still reported. */
  variant: boolean;
}

interface Catalogue<T> {
  exact: Map<string, T>;
  variants: Map<string, T>;
  forms: Form<T>[];
  /**
   * Results by threshold, then by the text as written: the same labels recur in every
   * row of every report (each table-2 label is matched about six times per lint), so
   * most calls cost two map lookups and no normalisation or allocation.
   */
  memo: Map<number, Map<string, LabelMatch<T> | null>>;
}

/** Bound on each catalogue's memo per threshold, so a long-running server does not grow without end. */
const MEMO_LIMIT = 4096;

let catalogues = new WeakMap<readonly object[], Catalogue<never>>();
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => (catalogues = new WeakMap()));

function catalogue<T extends Labelled>(items: readonly T[]): Catalogue<T> {
  let c = catalogues.get(items) as Catalogue<T> | undefined;
  if (c) return c;
  c = { exact: new Map(), variants: new Map(), forms: [], memo: new Map() };
  for (const item of items) {
    for (const text of [item.label, ...(item.accepted ?? [])]) {
      const n = normalizeLabel(text);
      if (!c.exact.has(n)) c.exact.set(n, item);
    }
    const forms = [{ text: item.label, variant: false }, ...(item.variants ?? []).map((text) => ({ text, variant: true }))];
    for (const { text, variant } of forms) {
      const whole = normalizeLabel(text);
      if (variant && !c.variants.has(whole)) c.variants.set(whole, item);
      const bare = stripNumbering(whole);
      c.forms.push({ item, whole, bare, wholeLength: whole.length, bareLength: bare.length, variant });
    }
  }
  catalogues.set(items, c as Catalogue<never>);
  return c;
}

/**
 * The best catalogue entry for `text`, if it scores at least `threshold`. The result is
 * shared between calls with the same text: read it, do not change it.
 */
export function bestMatch<T extends Labelled>(text: string, items: readonly T[], threshold: number): LabelMatch<T> | undefined {
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH) return undefined;
  const c = catalogue(items);
  let memo = c.memo.get(threshold);
  if (!memo) {
    memo = new Map();
    c.memo.set(threshold, memo);
  }
  const known = memo.get(text);
  if (known !== undefined) return known ?? undefined;
  const best = match(c, text, threshold);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(ownText(text), best ?? null);
  return best;
}

/** bestMatch against one catalogue at one threshold, as a function (see matcher). */
export type Matcher<T> = (text: string) => LabelMatch<T> | undefined;

/**
 * bestMatch(text, items, threshold) for a catalogue and threshold fixed once: its memo held
 * by the function, so a call is one map lookup (bestMatch finds the catalogue in a WeakMap
 * and its memo by threshold on every call: a tenth of reading the tables). Make matchers
 * once, at a module's top level: each registers its memo for emptying (memo.ts).
 */
export function matcher<T extends Labelled>(items: readonly T[], threshold: number): Matcher<T> {
  const known = new Map<string, LabelMatch<T> | null>();
  // Stryker disable next-line all: emptying a memo changes no result (memo.ts)
  memo(() => known.clear());
  return (text) => {
    if (text.length === 0 || text.length > MAX_LABEL_LENGTH) return undefined;
    const found = known.get(text);
    if (found !== undefined) return found ?? undefined;
    const best = match(catalogue(items), text, threshold);
    // Stryker disable next-line all: the memo's bound changes no result (only memory)
    if (known.size >= MEMO_LIMIT) known.clear();
    known.set(ownText(text), best ?? null);
    return best;
  };
}

function match<T>(c: Catalogue<T>, text: string, threshold: number): LabelMatch<T> | undefined {
  const written = normalizeLabel(text);
  const exact = c.exact.get(written);
  if (exact) return { item: exact, score: 1, exact: true };
  const variant = c.variants.get(written);
  if (variant) return { item: variant, score: 0.99, exact: false };
  return fuzzyMatch(c, written, threshold);
}

/** Below every score: what a first match is compared with (a constant, not a negation per test). */
const BELOW_ANY = -Infinity;

function fuzzyMatch<T>(c: Catalogue<T>, written: string, threshold: number): LabelMatch<T> | undefined {
  const bare = stripNumbering(written);
  let best: LabelMatch<T> | undefined;
  // best's score as a number of its own (0 until there is one): best.score read here was a
  // property V8 had not seen read when it optimised this function early, and a first
  // match then threw the optimised code away; so was a comparison only a second match
  // made (the test below makes it for the first as well).
  let bestScore = 0;
  // The bounds by comparisons and the lengths kept with the forms, the floor worked out
  // again only when the best changes: the search passes over every form of a catalogue
  // for each new word, most of them in the first lints of a process, before V8 has
  // optimised it (Math's calls and the lengths' loads were most of its cost there).
  const wl = written.length;
  const bl = bare.length;
  let floor = Math.max(threshold, bestScore);
  const forms = c.forms;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f];
    const fw = form.wholeLength;
    const fb = form.bareLength;
    const bareLongest = fb > bl ? fb : bl;
    const bound = 1 - (fw > wl ? fw - wl : wl - fw) / (fw > wl ? fw : wl);
    const bareBound = 1 - (fb > bl ? fb - bl : bl - fb) / (bareLongest > 1 ? bareLongest : 1);
    if (bound < floor && bareBound - NUMBERING_PENALTY < floor) continue;
    // Numbering differences are cheap but not free, so an exact twin still wins.
    const score = Math.max(similarity(written, form.whole), similarity(bare, form.bare) - NUMBERING_PENALTY);
    if (score >= threshold && score > (best ? bestScore : BELOW_ANY)) {
      best = { item: form.item, score, exact: false };
      bestScore = score;
      floor = Math.max(threshold, bestScore);
    }
  }
  return best;
}

/**
 * A number as written in a cell: /^[-−－+]?[0-9０-９][0-9０-９,，.．]*$/ on the trimmed text,
 * by char codes (it is asked of every cell several times per lint; no trimmed copy).
 */
export function isNumeric(text: string): boolean {
  let i = 0;
  let end = text.length;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  while (end > i && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (i < end) {
    const sign = text.charCodeAt(i);
    if (sign === 0x2d || sign === 0x2212 || sign === 0xff0d || sign === 0x2b) i++;
  }
  if (i >= end || !isDigitCode(text.charCodeAt(i))) return false;
  for (i++; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(isDigitCode(c) || c === 0x2c || c === 0xff0c || c === 0x2e || c === 0xff0e)) return false;
  }
  return true;
}
