// Character classes by code unit, for the parser's hot loops: a regex test of one
// character (or a trim() copy before a whole-string pattern) allocates and costs far more
// than a comparison of char codes. Each is property-tested against the pattern it replaces
// (test/unit/fast-paths.test.ts).

/** What a regex's `\s` matches (and String.prototype.trim removes): the same set. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Every code unit isSpaceCode takes, listed once at load: all lie below U+3001 but U+FEFF, so
 * only those are asked (asking all 65,536 cost milliseconds at every start of the CLI and the
 * server). For the lookup tables that treat white space apart (text/source.ts, parse/sections.ts,
 * parse/dates.ts); test/unit/source-marks.test.ts asks every code unit.
 */
export const SPACE_CODES: readonly number[] = (() => {
  const codes: number[] = [];
  for (let c = 0; c <= 0x3000; c++) if (isSpaceCode(c)) codes.push(c);
  if (isSpaceCode(0xfeff)) codes.push(0xfeff);
  return codes;
})();

/** [0-9０-９] */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A lookup table of the given characters by code unit, for `table[text.charCodeAt(i)]`. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
