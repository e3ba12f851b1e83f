// Switches for the engine's quick checks (issue 11): each skips work its slower code would
// have done for nothing. Always on; the property tests (test/unit/fast-paths.test.ts) turn
// one off to compare the engine's results with and without it, on any text.

// Stryker disable all: switches for the tests; on or off, the engine's results are the same (the tests compare them)
export const fastPaths = {
  /**
   * SourceText reads a text's code units from a typed array Buffer.write fills (text/source.ts
   * codeUnits), not by charCodeAt, and finds its line breaks in the same loop.
   */
  codeUnits: true,
  /** Lines whose first character cannot start a numbering are not read as headings. */
  headings: true,
  /**
   * The parser's per-line checks read the line marks SourceText finds with the lines
   * (text/source.ts LineMark): a line without TAB, pipe or < is no table line, one without
   * 月 or - / . has no date, a text without < is no HTML page, and so on.
   */
  lineMarks: true,
  /**
   * The line view's builder reads a line with its patterns only where they can match: a
   * footer by its length and first character, Word's junk where the text has 磅, a heading
   * where a 、 has a numeral and a title's first character around it.
   */
  lineView: true,
  /** Date patterns run only on lines with their marks (月; - / .). */
  dates: true,
  /** A title's white space is collapsed by a pattern only when it has some to collapse. */
  title: true,
  /** GR305's pattern runs only where a 年 can end a year (four characters before the spaces before it). */
  years: true,
  /** GR502's pattern runs only where a character recurs within eight. */
  repeats: true,
  /**
   * The narrative's patterns matched by exec, not matchAll (which copies the pattern per
   * call); its sentences, clauses and asides cut by loops, not split() and replace().
   */
  narrative: true,
  /** The tables' streams (tokens.ts) are read only until every table wanting them is settled (tables.ts). */
  streams: true,
  /**
   * A TAB or pipe line's table row is read as its cells' offsets and texts (parse/grid.ts
   * LineRow): a Cell is made of each value and a Span of each matched label, and the
   * row's spans only when something asks for them.
   */
  lineCells: true,
  /**
   * A line row's word cell is told by its place in the report (parse/texts.ts wordAt: a
   * record found by a hash of a few of its characters, checked against them), not by a
   * copy of its text looked up whole.
   */
  cellWords: true,
  /** Table relations are built only when one of them fails (most reports balance). */
  balance: true,
  /** Section texts are counted up to the length a rule asks about, not copied without their spaces. */
  counts: true,
  /** A prose line is tested for table cells only when it has a TAB, a | or a < (its LineMarks, which also tell a blank line). */
  cells: true,
  /** GR005 and GR006 count and search a section's lines one by one, not the section's text joined from them. */
  sectionLines: true,
  /** GR501's pattern is tried only where one of its marks ([bookmark:, <http, a form feed) is. */
  debris: true,
  /** A number of ASCII digits is read without NFKC (readNumeral). */
  numerals: true,
};
