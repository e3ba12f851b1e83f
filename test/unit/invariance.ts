// Layout invariance: a rendering of a report (PDF text, Markdown, web text, HTML) must get
// the findings of the original, compared by an identity that does not depend on layout:
// the code, the cell a finding sits on (table, row key, column key, as the parser reads
// the rendering), and the message with its whitespace removed (messages name the row,
// section, period or label they are about, never a line or column).
//
// Used by layout-invariance.test.ts and by `npm run render:gaps`, which prints the
// current differences in the known-gaps format for review.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parse, type Finding } from '../../server/src/engine';
import { writtenExtentOf, type ReportModel } from '../../server/src/engine/model';
import { FIXTURES } from './helpers';
import { NO_FINDINGS, findingsOf, renderFinding } from './expected';
import { SourceText } from '../../server/src/engine/text/source';

export const RENDERED = join(FIXTURES, 'rendered');
export const KNOWN_GAPS = join(RENDERED, 'known-gaps.txt');
export const SAMPLES = join(FIXTURES, 'samples');
export const SAMPLE_GAPS = join(SAMPLES, 'known-gaps.txt');

export interface Rendering {
  family: string;
  file: string;
  /** family/file, as in known-gaps.txt. */
  id: string;
  path: string;
  /** The original fixture, relative to test/fixtures. */
  source: string;
}

export function renderings(): Rendering[] {
  const sources = JSON.parse(readFileSync(join(RENDERED, 'sources.json'), 'utf8')) as Record<string, string>;
  const out: Rendering[] = [];
  for (const family of readdirSync(RENDERED, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const file of readdirSync(join(RENDERED, family)).sort()) {
      const name = file.replace(/\.(txt|md|html)$/, '');
      const source = sources[name];
      if (source) out.push({ family, file, id: `${family}/${file}`, path: join(RENDERED, family, file), source });
    }
  }
  return out;
}

const normalize = (s: string) => s.normalize('NFKC').replace(/[\s\\]+/g, '');

/** The layout-independent identity of one finding in the text it was found in. */
function identity(f: Finding, model: ReportModel): string {
  // Findings are placed in the text as written; the model may have read a view of it, so
  // cells are compared where they lie in the text as written too.
  const offset = model.source.original.offsetAt(f.range.start);
  for (const table of model.tables)
    for (const row of table.rows)
      for (const cell of row.values) {
        // A cell holds the offsets from its start up to, not including, its end: in 2000002
        // the 0 before the last 2 ends where that 2 starts. A blank cell holds its own place,
        // and its squiggle its whole gap.
        const at = writtenExtentOf(cell, model.source);
        if ((offset >= at.start && offset < at.end) || (at.start === at.end && offset === at.start))
          return `${f.code} [表${'一二三'[table.id - 1]} ${cell.rowKey}/${cell.columnKey}] ${normalize(f.message)}`;
      }
  return `${f.code} ${normalize(f.message)}`;
}

export function findingIds(text: string): string[] {
  const model = parse(text);
  return lint(text)
    .findings.map((f) => identity(f, model))
    .sort();
}

/**
 * Tables of the original whose numbers a run-together rendering cannot split by counting
 * alone (a number of two or more digits, a blank, or text in a value cell). In web-run,
 * such a table may be reported once as unreadable (GR108) instead of being read: the
 * issue allows a split only when the table's relations make it unique.
 */
function ambiguousWhenRunTogether(original: string): Set<string> {
  const out = new Set<string>();
  for (const table of parse(original).tables)
    if (table.rows.some((r) => r.values.some((v) => !/^[0-9]$/.test(v.text)))) out.add('一二三'[table.id - 1]);
  return out;
}

/** What differs between the original's findings and the rendering's: `CODE missing|extra …` lines. */
export function differences(r: Rendering): string[] {
  const original = readFileSync(join(FIXTURES, r.source), 'utf8');
  let expected = findingIds(original);
  const actual = findingIds(readFileSync(r.path, 'utf8'));
  if (r.family === 'web-run') {
    const ambiguous = ambiguousWhenRunTogether(original);
    for (const id of actual) {
      const m = /^GR108 .*?表([一二三])/.exec(id);
      if (m && ambiguous.has(m[1])) {
        // Unreadable instead of read: that table's own findings are not expected, and
        // the GR108 is the expected finding in their place.
        expected = expected.filter((e) => !e.includes(`[表${m[1]} `)).concat(id);
      }
    }
    expected.sort();
  }
  return diffLists(expected, actual);
}

/** A known-gaps file: `name CODE missing|extra …` per line, `#` comments; by name. */
export function readKnownGaps(path = KNOWN_GAPS): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(path)) return out;
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    const id = line.slice(0, space);
    const list = out.get(id) ?? [];
    list.push(line.slice(space + 1));
    out.set(id, list);
  }
  return out;
}

/** The real samples: every .txt or .html in test/fixtures/samples. */
export function sampleFiles(): string[] {
  return readdirSync(SAMPLES)
    .filter((f) => /\.(txt|html)$/.test(f) && f !== 'known-gaps.txt')
    .sort();
}

export const sampleExpectedPath = (file: string) => join(SAMPLES, file.replace(/\.(txt|html)$/, '.expected'));

/** The finding blocks of an `.expected` file (format: expected.ts), comments left out. */
function expectedBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#') || line === NO_FINDINGS) continue;
    if (/^GR\d{3}\b/.test(line)) blocks.push([line]);
    else if (blocks.length > 0) blocks[blocks.length - 1].push(line);
    else throw new Error(`bad expected line: ${line}`);
  }
  return blocks;
}

/** `CODE SEVERITY LINE` of a block's first line. */
function blockKey(block: string[]): string {
  const m = /^(GR\d{3}) (\w+) (\d+):/.exec(block[0]);
  if (!m) throw new Error(`bad finding line: ${block[0]}`);
  return `${m[1]} ${m[2]} ${m[3]}`;
}

/**
 * How a sample's findings differ from its hand-written .expected, by code, severity and
 * start line: `CODE missing SEVERITY LINE` for an expected finding the tool does not give,
 * `CODE extra …` for one it gives unasked, `CODE differs …` where both have it but the
 * blocks (range, message, related, fix) are not the same.
 */
export function sampleDifferences(file: string): string[] {
  const text = readFileSync(join(SAMPLES, file), 'utf8');
  const src = new SourceText(text);
  const expected = expectedBlocks(readFileSync(sampleExpectedPath(file), 'utf8'));
  const actual = findingsOf(text).map((f) => renderFinding(src, f));
  const out: string[] = [];
  const label = (key: string, what: string) => key.replace(/^(GR\d{3}) /, `$1 ${what} `);
  const left = [...actual];
  for (const block of expected) {
    const key = blockKey(block);
    const same = left.findIndex((a) => a.join('\n') === block.join('\n'));
    const sameKey = same >= 0 ? same : left.findIndex((a) => blockKey(a) === key);
    if (sameKey < 0) out.push(label(key, 'missing'));
    else if (same < 0) out.push(label(key, 'differs'));
    if (sameKey >= 0) left.splice(sameKey, 1);
  }
  for (const a of left) out.push(label(blockKey(a), 'extra'));
  return out.sort();
}

function diffLists(expected: string[], actual: string[]): string[] {
  const pool = new Map<string, number>();
  for (const a of actual) pool.set(a, (pool.get(a) ?? 0) + 1);
  const out: string[] = [];
  for (const e of expected) {
    const n = pool.get(e) ?? 0;
    if (n > 0) pool.set(e, n - 1);
    else out.push(e.replace(/^(GR\d{3}) /, '$1 missing '));
  }
  for (const [a, n] of pool) for (let i = 0; i < n; i++) out.push(a.replace(/^(GR\d{3}) /, '$1 extra '));
  return out.sort();
}

/** The items of `a` left over after matching each item of `b` once (multiset difference). */
export function unmatched(a: string[], b: string[]): string[] {
  const pool = new Map<string, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = pool.get(x) ?? 0;
    if (n > 0) pool.set(x, n - 1);
    return n === 0;
  });
}
