// Text from a report reaches the terminal and web pages: a cell may hold terminal escape
// sequences or bidirectional overrides. They are shown as visible \u escapes, never
// emitted raw. Linear: one pass, no backtracking.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line for a terminal: line breaks and runs of spaces become one space. */
export function oneLine(s: string): string {
  return escapeControls(s.replace(/[\r\n\t ]+/g, ' ').trim());
}
