// Matching written labels against the format's catalogue.

import { labelScore, normalizeLabel } from '../text/normalize';

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

/** Labels longer than this are prose, not table labels; skipping them keeps matching cheap. */
const MAX_LABEL = 80;

/** The best catalogue entry for `text`, if it scores at least `threshold`. */
export function bestMatch<T extends Labelled>(text: string, items: readonly T[], threshold: number): LabelMatch<T> | undefined {
  if (text.length === 0 || text.length > MAX_LABEL) return undefined;
  const written = normalizeLabel(text);
  let best: LabelMatch<T> | undefined;
  for (const item of items) {
    if (normalizeLabel(item.label) === written) return { item, score: 1, exact: true };
    if ((item.accepted ?? []).some((a) => normalizeLabel(a) === written)) return { item, score: 1, exact: true };
    let score = labelScore(text, item.label);
    for (const v of item.variants ?? []) score = Math.max(score, normalizeLabel(v) === written ? 0.99 : labelScore(text, v));
    if (score >= threshold && (!best || score > best.score)) best = { item, score, exact: false };
  }
  return best;
}

export function isNumeric(text: string): boolean {
  return /^[-−－+]?[0-9０-９][0-9０-９,，.．]*$/.test(text.trim());
}
