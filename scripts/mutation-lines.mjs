// What the two mutation samplers share (scripts/mutation-sample.mjs over the whole engine,
// scripts/mutation-diff-sample.mjs over the lines a change added): which lines can hold a
// mutant, and a seeded draw of some of them, so that a sample can be run again.

/** A line that can hold a mutant (trimmed): not blank, not only a comment, an import or brackets. */
export function isCodeLine(t) {
  return !(t === '' || /^(\/\/|\/\*|\*)/.test(t) || /^(import|export \* from|export \{[^}]*\} from)\b/.test(t) || /^[\])};,]+$/.test(t));
}

/** mulberry32: a small seeded generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` of `all` ({ file, line }; shuffled in place), drawn with `seed`, in file and line order. */
export function draw(all, count, seed) {
  const next = random(seed);
  // Partial Fisher–Yates: the first `count` of a shuffle.
  for (let i = 0; i < Math.min(count, all.length); i++) {
    const j = i + Math.floor(next() * (all.length - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, count).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
