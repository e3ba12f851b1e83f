// Switches for the engine's quick checks (issue 11): each skips work its slower code would
// have done for nothing. Always on; the property tests (test/unit/fast-paths.test.ts) turn
// one off to compare the engine's results with and without it, on any text.

export const fastPaths = {
  /** Lines whose first character cannot start a numbering are not read as headings. */
  headings: true,
};
