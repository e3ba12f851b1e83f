// Text similarity for GR405 (内容雷同): character shingles. Chinese has no spaces, so a
// text is compared as its set of overlapping n-character runs; the share of this year's
// runs that last year's text already had says how much of it was carried over.
//
// Before shingling, what legitimately changes between years is taken out: white space,
// punctuation, and digits (a copied sentence with its year or counts updated is still a
// copied sentence).

/** Run length: 5 characters is well above chance for two unrelated Chinese texts. */
export const SHINGLE = 5;

export function normalizeForShingles(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}0-9]+/gu, '');
}

export function shingles(text: string, n = SHINGLE): Set<string> {
  const t = normalizeForShingles(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n));
  return out;
}

/** Share of `now`'s shingles found in `then` (0 … 1): how much of this text was there before. */
export function containment(now: Set<string>, then: Set<string>): number {
  if (now.size === 0) return 0;
  let shared = 0;
  for (const s of now) if (then.has(s)) shared++;
  return shared / now.size;
}
