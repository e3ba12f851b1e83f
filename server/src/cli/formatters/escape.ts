// Text from a report reaches the terminal and web pages: a cell may hold terminal escape
// sequences or bidirectional overrides. They are shown as visible \u escapes, never
// emitted raw. Linear: one pass, no backtracking.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One line for a terminal. A message's lines are sentences (a balance's statement, then
 * the correction it suggests): joined with a semicolon unless the line already ends a
 * sentence, so they do not run together (…add up to 4; Setting …). Runs of spaces become one.
 */
export function oneLine(s: string): string {
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
