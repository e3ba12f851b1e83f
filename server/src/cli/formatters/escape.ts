// Text from a report reaches the terminal and web pages: a cell may hold terminal escape
// sequences or bidirectional overrides. They are shown as visible \u escapes, never
// emitted raw. Linear: one pass, no backtracking.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The same characters, tested for: most strings have none and are returned as they are, not copied. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HAS_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

// Stryker disable all: a switch for the tests; on or off, the output is the same (test/unit/cli-escape.test.ts compares them)
/** The quick paths' switch: off, every string goes through the patterns, as before. */
export const quick = { escape: true };
// Stryker restore all

export function escapeControls(s: string): string {
  if (quick.escape && !HAS_CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A line as oneLine leaves it: no line break, TAB or run of spaces, nothing to trim at
 * either end. Most messages are one such line; they skip the split and the patterns.
 */
function isOneLine(s: string): boolean {
  return s.length > 0 && !TRIMMED.test(s[0]) && !TRIMMED.test(s[s.length - 1]) && !BREAKS_LINE.test(s);
}

/**
 * A line break, a TAB or two spaces in a row: what oneLine changes inside a line. Looked for by
 * a pattern (native), not by a loop over the message's characters, which a short run (the CLI)
 * ran in V8's interpreter for most of its messages.
 */
const BREAKS_LINE = /[\t\n\r]| {2}/;

/** What String.prototype.trim removes (JavaScript's white space and line terminators). */
const TRIMMED = /\s/;

/**
 * One line for a terminal. A message's lines are sentences (a balance's statement, then
 * the correction it suggests): joined with a semicolon unless the line already ends a
 * sentence, so they do not run together (…add up to 4; Setting …). Runs of spaces become one.
 */
export function oneLine(s: string): string {
  if (quick.escape && isOneLine(s)) return escapeControls(s);
  const lines = s.split(/\r\n|\r|\n/).map((line) => line.replace(/[\t ]+/g, ' ').trim());
  let out = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out === '') out = line;
    else if (/[。；！？：]$/.test(out)) out += line;
    else if (/[.;!?:]$/.test(out)) out += ` ${line}`;
    else out += /[\u3400-\u9fff]/.test(line[0]) ? `；${line}` : `; ${line}`;
  }
  return escapeControls(out);
}
