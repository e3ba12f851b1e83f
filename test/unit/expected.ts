// The `.expected` file of a fixture: every finding the engine must give for it, in full,
// as text a person reviews. Used by test/unit/fixtures.test.ts (compare) and by
// scripts/update-fixtures.ts (npm run fixtures:update: rewrite, print the diff).
//
//   # comment lines (hand-written: what the fixture is, why each finding is right)
//
//   GR201 error 62:20-62:21 "1"
//     表二 自然人：一 + 二 = 0，三（七）总计 + 四 = 1
//     related 55:20-55:21 "0" 一、本年新收政府信息公开申请数量
//     fix 将“四、结转下年度继续办理 自然人”改为 0
//       @@ -62,1 +62,1 @@
//       -四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1
//       +四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t1
//
// One block per finding, in document order: code, severity, range and the text the range
// covers; the Chinese message; each related location (range, covered text, message);
// each fix (a balance finding offers several, most likely first), marked (figure) when it
// writes a number, (preferred) when it is the one obvious correction and (not in fix-all)
// when only the clerk can decide, with its title and
// the lines it changes, as a unified diff of applying that fix alone
// (`@@ -old,count +new,count @@`; as in GNU diff, a side with count 0 is numbered by the
// line it comes after; a changed line over 100 characters is shown from 20 characters
// before the change to 20 after, cut with …). Positions are 1-based line:column, columns in UTF-16 code units as in
// LSP (one per Chinese character); the end column is the one just past the last
// character, as ESLint's endColumn. Quoted text and diff lines escape \t, \r, \n and \\.
// A fixture without findings says `(no findings)`.

import { lint, type Finding, type PreviousReport, type Range, type TextEdit } from '../../server/src/engine';
import { SourceText } from '../../server/src/engine/text/source';

/** Longest excerpt of covered text shown after a range. */
const EXCERPT = 40;

export const NO_FINDINGS = '(no findings)';

/** Backslash and the C0 control characters (TAB, CR, LF, …), which a reviewer cannot see. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\\\u0000-\u001f]/g;

function escape(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '\t':
        return '\\t';
      case '\r':
        return '\\r';
      case '\n':
        return '\\n';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}

function quote(text: string): string {
  const chars = [...text];
  const cut = chars.length > EXCERPT ? chars.slice(0, EXCERPT).join('') + '…' : text;
  return `"${escape(cut).replace(/"/g, '\\"')}"`;
}

function position(range: Range): string {
  const { start, end } = range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

function covered(src: SourceText, range: Range): string {
  return quote(src.text.slice(src.offsetAt(range.start), src.offsetAt(range.end)));
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The lines one fix changes, as unified-diff hunks without context. Edits on the same
 * or touching lines make one hunk; lines the edit leaves as they were are trimmed off.
 */
export function fixHunks(text: string, edits: readonly TextEdit[]): string[] {
  const src = new SourceText(text);
  const offsets = edits
    .map((e) => ({ start: src.offsetAt(e.range.start), end: src.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: (typeof offsets)[] = [];
  for (const edit of offsets) {
    const last = groups[groups.length - 1];
    const lastEnd = last ? src.positionAt(last[last.length - 1]!.end).line : -1;
    if (last && src.positionAt(edit.start).line <= lastEnd) last.push(edit);
    else groups.push([edit]);
  }
  const out: string[] = [];
  let delta = 0;
  for (const group of groups) {
    const firstLine = src.positionAt(group[0]!.start).line;
    const lastLine = src.positionAt(group[group.length - 1]!.end).line;
    const blockStart = src.lineStarts[firstLine]!;
    const blockEnd = src.lineEnd(lastLine);
    let block = '';
    let at = blockStart;
    for (const edit of group) {
      block += text.slice(at, edit.start) + edit.newText;
      at = Math.max(at, edit.end);
    }
    block += text.slice(at, Math.max(at, blockEnd));
    const before = text.slice(blockStart, blockEnd).split(LINE_BREAK);
    const after = block.split(LINE_BREAK);
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < before.length - prefix &&
      suffix < after.length - prefix &&
      before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
    )
      suffix++;
    const removed = before.slice(prefix, before.length - suffix);
    const added = after.slice(prefix, after.length - suffix);
    // As in GNU diff, an empty side is numbered by the line it comes after.
    const oldStart = firstLine + 1 + prefix;
    const newStart = oldStart + delta;
    if (removed.length > 0 || added.length > 0) {
      out.push(
        `@@ -${oldStart - (removed.length === 0 ? 1 : 0)},${removed.length} +${newStart - (added.length === 0 ? 1 : 0)},${added.length} @@`,
      );
      if (removed.length === 1 && added.length === 1) {
        const [before1, after1] = window(removed[0]!, added[0]!);
        out.push(`-${before1}`, `+${after1}`);
      } else out.push(...removed.map((l) => `-${escape(l)}`), ...added.map((l) => `+${escape(l)}`));
    }
    delta += after.length - before.length;
  }
  if (out.length === 0) out.push('(changes nothing)');
  return out;
}

/** Lines longer than this are shown around the change only. */
const LONG_LINE = 100;
/** Characters kept on each side of a change in a long line. */
const AROUND = 20;

/**
 * A changed line before and after, escaped; a long one cut to the part that changed and
 * AROUND characters either side (the same cut on both sides, marked …), so that a fix in
 * a 300-character paragraph reads as what it changes.
 */
function window(before: string, after: string): [string, string] {
  if (Math.max(before.length, after.length) <= LONG_LINE) return [escape(before), escape(after)];
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const from = Math.max(0, prefix - AROUND);
  const cut = (line: string) => {
    const to = Math.min(line.length, line.length - suffix + AROUND);
    return `${from > 0 ? '…' : ''}${escape(line.slice(from, to))}${to < line.length ? '…' : ''}`;
  };
  return [cut(before), cut(after)];
}

/** One finding as its block of lines (no trailing blank line). */
export function renderFinding(src: SourceText, finding: Finding): string[] {
  const lines = [
    `${finding.code} ${finding.severity} ${position(finding.range)} ${covered(src, finding.range)}`,
    `  ${escape(finding.message)}`,
  ];
  for (const r of finding.related) {
    // In last year's report (checks across years): its file name instead of the text covered.
    if (r.uri !== undefined) lines.push(`  related ${r.uri} ${position(r.range)} ${escape(r.message)}`);
    else lines.push(`  related ${position(r.range)} ${covered(src, r.range)} ${escape(r.message)}`);
  }
  for (const fix of finding.fixes ?? (finding.fix ? [finding.fix] : [])) {
    const marks = [fix.kind === 'figure' && 'figure', fix.isPreferred && 'preferred', fix.auto === false && 'not in fix-all'].filter(
      Boolean,
    );
    lines.push(`  fix${marks.length > 0 ? ` (${marks.join(', ')})` : ''} ${escape(fix.title)}`);
    lines.push(...fixHunks(src.text, fix.edits).map((l) => `    ${l}`));
  }
  return lines;
}

/**
 * Last year's report for a fixture, when one lies beside it as `<name>.last-year.txt`
 * (GR403–GR405); its file name is the related locations' uri.
 */
export function lastYearOf(fixturePath: string): PreviousReport | undefined {
  const path = fixturePath.replace(/\.txt$/, '.last-year.txt');
  return existsSync(path) ? { text: readFileSync(path, 'utf8'), uri: basename(path) } : undefined;
}

/** The engine's findings for `text` (Chinese messages, default settings), in document order. */
export function findingsOf(text: string, previous?: PreviousReport): Finding[] {
  const position = (f: Finding) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character];
  return [...lint(text, { locale: 'zh', previous }).findings].sort((a, b) => {
    const pa = position(a);
    const pb = position(b);
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
    return a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
  });
}

/** The blocks of every finding for `text`, or the one `(no findings)` block. */
export function renderBlocks(text: string, previous?: PreviousReport): string[][] {
  const src = new SourceText(text);
  const findings = findingsOf(text, previous);
  return findings.length === 0 ? [[NO_FINDINGS]] : findings.map((f) => renderFinding(src, f));
}

/** What is compared: the text without comment lines and blank lines. */
export function comparable(expected: string): string {
  return (
    expected
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .join('\n') + '\n'
  );
}

export function renderActual(text: string, previous?: PreviousReport): string {
  return comparable(renderBlocks(text, previous).flat().join('\n'));
}

/** The key that ties a hand-written comment to its finding across updates: code and start. */
function blockKey(firstLine: string): string {
  const m = /^(GR\d{3})\s+(?:\w+\s+)?(\d+)/.exec(firstLine);
  return m ? `${m[1]} ${m[2]}` : firstLine;
}

/**
 * The expected file rewritten from the engine's output, keeping the hand-written
 * comments. A comment paragraph followed by a blank line before the first finding is the
 * header and stays on top; a comment directly above a finding stays above the finding
 * with the same code and start line (old `CODE LINE` files included). Comments whose
 * finding is gone, and comments after the last finding, are kept at the end.
 */
export function updateExpected(current: string | undefined, text: string, previous?: PreviousReport): string {
  const header: string[] = [];
  const attached = new Map<string, string[][]>();
  let pending: string[] = [];
  let seenFinding = false;
  for (const line of (current ?? '').split(/\r?\n/)) {
    if (line.startsWith('#')) {
      pending.push(line);
    } else if (line.trim() === '') {
      if (!seenFinding && pending.length > 0) header.push(...pending, '');
      if (!seenFinding) pending = [];
    } else if (/^GR\d{3}\b/.test(line) || line === NO_FINDINGS) {
      if (pending.length > 0) {
        const key = blockKey(line);
        attached.set(key, [...(attached.get(key) ?? []), pending]);
      }
      seenFinding = true;
      pending = [];
    }
  }
  const trailing = pending;
  if (!seenFinding) header.push(...trailing.splice(0));
  const out: string[] = [];
  while (header[header.length - 1] === '') header.pop();
  if (header.length > 0) out.push(...header, '');
  for (const block of renderBlocks(text, previous)) {
    const comments = attached.get(blockKey(block[0]!));
    if (comments && comments.length > 0) out.push(...comments.shift()!);
    out.push(...block, '');
  }
  const orphans = [...attached.values()].flat(2);
  if (orphans.length > 0) out.push('# (comments whose finding is gone)', ...orphans, '');
  if (trailing.length > 0) out.push(...trailing, '');
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------
// Which fixtures have expectations, and how a difference is shown

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export interface ExpectedFixture {
  /** `rules/gr103-blank-cell.txt`: the path under test/fixtures. */
  name: string;
  path: string;
  expectedPath: string;
}

/** A fixture's `.expected` file: the same name with `.txt` replaced. */
export function expectedPathOf(fixturePath: string): string {
  return fixturePath.replace(/\.txt$/, '.expected');
}

/** Report fixtures anywhere under test/fixtures (but samples/): `*.txt` that are not `*.fixed.txt`. */
export function reportFixtures(dir = FIXTURES_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    // The real samples keep hand-written expectations the parser does not meet yet, with
    // their own test and known gaps (samples.test.ts); the updater must not rewrite them.
    if (statSync(path).isDirectory()) {
      if (entry !== 'samples') out.push(...reportFixtures(path));
    } else if (entry.endsWith('.txt') && !entry.endsWith('.fixed.txt') && !entry.endsWith('.last-year.txt')) out.push(path);
  }
  return out;
}

/** Every report fixture under test/fixtures that has an `.expected` file beside it. */
export function expectedFixtures(): ExpectedFixture[] {
  return reportFixtures()
    .filter((path) => existsSync(expectedPathOf(path)))
    .map((path) => ({ name: relative(FIXTURES_DIR, path).split('\\').join('/'), path, expectedPath: expectedPathOf(path) }));
}

/** A unified diff from `before` to `after`, without the `===` banner; '' when equal. */
export function unifiedDiff(name: string, before: string, after: string, labels: [string, string] = ['expected', 'actual']): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`${name} (${labels[0]})`, `${name} (${labels[1]})`, before, after, '', '', { context: 3 });
  return patch.replace(/^=+\n/, '').replace(/\t\n/g, '\n');
}
