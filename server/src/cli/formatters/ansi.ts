// Minimal ANSI styling; every helper is the identity when colour is off.

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  grey(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const style = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const colours: Paint = {
  red: style(31, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  green: style(32, 39),
  grey: style(90, 39),
  dim: style(2, 22),
  bold: style(1, 22),
  underline: style(4, 24),
};

const plain: Paint = {
  red: (s) => s,
  yellow: (s) => s,
  blue: (s) => s,
  green: (s) => s,
  grey: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
  underline: (s) => s,
};

export function paint(enabled: boolean): Paint {
  return enabled ? colours : plain;
}

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Terminal columns taken by a string: CJK and full-width characters count two. */
export function displayWidth(s: string): number {
  // Below U+1100 no character is wide (nor a surrogate): one column each, counted without a pattern.
  let narrow = true;
  for (let i = 0; i < s.length && narrow; i++) narrow = s.charCodeAt(i) < 0x1100;
  if (narrow) return s.length;
  let width = 0;
  for (const ch of s) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

export function padEndDisplay(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
