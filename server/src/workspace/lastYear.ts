// Last year's report beside this one, for the checks across years (GR403–GR405): among
// candidate files, the one whose title names the same unit for the year before. Shared
// by the CLI (the files it is given and their folders) and the language server (the
// workspace: open documents first, then files on disk in the same folder).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { identityKey, previousKey, reportIdentity, type PreviousReport, type ReportIdentity } from '../engine';

/** File names that may hold a report (as the CLI walks folders). */
const REPORT_FILE = /\.(?:txt|md|govreport)$/i;

/** A file's text; given at once (not as a promise) when read synchronously, as the CLI reads text files. */
export type ReadText = (file: string) => Promise<string | undefined> | string | undefined;

interface Entry {
  file: string;
  text: string;
}

/** A file's text as indexed and the identity read from it. */
interface Known {
  text: string;
  identity: ReportIdentity | undefined;
}

/** An index of reports by unit and year, built from candidate files. */
export class ReportIndex {
  private readonly byKey = new Map<string, Entry>();
  /**
   * The identity of each file that will be asked for its last year, as it was indexed: asked
   * for the same text, it is not read from the title a second time. Held until then only
   * (a folder's texts are not kept for the whole run).
   */
  private readonly known = new Map<string, Known>();

  /**
   * Adds a report (the first one wins when two files claim the same unit and year).
   * `asked`: this file's own last year will be looked up (previousFor with `file` as self).
   */
  add(file: string, text: string, asked = false, identity = reportIdentity(text)): void {
    if (asked) this.known.set(file, { text, identity });
    if (!identity) return;
    const key = identityKey(identity);
    if (!this.byKey.has(key)) this.byKey.set(key, { file, text });
  }

  /** The unit and year of `text`, the text of `file`: read once per file while the text is the one indexed. */
  identityOf(text: string, file: string): ReportIdentity | undefined {
    const known = this.known.get(file);
    this.known.delete(file);
    // The same string (or one equal to it: read again, fixed without change) has the same title.
    return known !== undefined && known.text === text ? known.identity : reportIdentity(text);
  }

  /** Last year's report for this text, with `uri` made from its file by `toUri`. */
  previousFor(text: string, self: string, toUri: (file: string) => string = (f) => f): PreviousReport | undefined {
    const identity = this.identityOf(text, self);
    if (!identity) return undefined;
    const entry = this.byKey.get(previousKey(identity));
    if (!entry || entry.file === self) return undefined;
    return { text: entry.text, uri: toUri(entry.file) };
  }
}

/** Report files in a folder (not recursive); empty when it cannot be read. */
export async function reportFilesIn(folder: string, isReport: (name: string) => boolean = (n) => REPORT_FILE.test(n)): Promise<string[]> {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    return entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && isReport(e.name)).map((e) => path.join(folder, e.name));
  } catch {
    return [];
  }
}

/**
 * How many lines from the top a report's identity is read from, at most (reportIdentity reads
 * 15: the title of a web copy under its navigation); what a head read (ReadHead) gives at least.
 */
export const IDENTITY_LINES = 20;

/**
 * A file's first `lines` lines without reading the whole (a PDF's first page): each text its
 * start may read as, one of them the start of what `read` gives; undefined when there is no
 * cheaper way than reading the whole.
 */
export type ReadHead = (file: string, lines: number) => Promise<string[] | undefined>;

/** Reports read at once while indexing: files on disk and PDFs being parsed overlap. */
const READ_AT_ONCE = 4;

/**
 * The index over `files` and every report file in their folders, read with `read` (which
 * decodes as the caller does: GBK, BOMs, other formats). The files given are read whole;
 * with `readHead`, the others in their folders are read by their first lines first, and whole
 * only when their title may be the unit's and year a file given looks for: one report named
 * in a folder of 300 PDFs reads 300 first pages and one PDF, not 300 PDFs. The index then
 * answers previousFor for the texts of the files given, as they were read.
 */
export async function indexReports(
  files: string[],
  read: ReadText,
  isReport?: (name: string) => boolean,
  readHead?: ReadHead,
): Promise<ReportIndex> {
  const index = new ReportIndex();
  const given = new Set(files);
  const all = new Set(files);
  for (const folder of new Set(files.map((f) => path.dirname(f)))) for (const f of await reportFilesIn(folder, isReport)) all.add(f);
  const sorted = [...all].sort();
  const whole = sorted.filter((f) => given.has(f) || !readHead);
  const texts = new Map(zip(whole, await mapAtOnce(whole, READ_AT_ONCE, read)));
  // The keys of last year's reports the files given look for.
  const identities = new Map<string, ReportIdentity | undefined>();
  const wanted = new Set<string>();
  for (const file of files) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const identity = reportIdentity(text);
    identities.set(file, identity);
    if (identity) wanted.add(previousKey(identity));
  }
  const others = sorted.filter((f) => !texts.has(f));
  const heads = wanted.size > 0 && readHead ? await mapAtOnce(others, READ_AT_ONCE, (f) => readHead(f, IDENTITY_LINES)) : [];
  const mayBeWanted = new Set(
    others.filter((_, i) =>
      heads[i] === undefined
        ? true
        : heads[i].some((head) => {
            const identity = reportIdentity(head);
            return identity !== undefined && wanted.has(identityKey(identity));
          }),
    ),
  );
  if (wanted.size === 0) mayBeWanted.clear();
  for (const [file, text] of zip([...mayBeWanted], await mapAtOnce([...mayBeWanted], READ_AT_ONCE, read))) texts.set(file, text);
  // In order, so that the first file of a unit and year wins whichever was read first.
  for (const file of sorted) {
    const text = texts.get(file);
    if (text !== undefined) index.add(file, text, given.has(file), identities.get(file));
  }
  return index;
}

function zip<A, B>(a: A[], b: B[]): [A, B][] {
  return a.map((x, i) => [x, b[i]]);
}

/**
 * `step` over `items` with at most `limit` pending at once, results in the items' order. A
 * result given at once is taken as it is, not awaited: a folder of text reports, read
 * synchronously, is indexed in one loop, not a microtask per file.
 */
async function mapAtOnce<T, R>(items: readonly T[], limit: number, step: (item: T) => Promise<R> | R): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      const result = step(items[i]);
      results[i] = result instanceof Promise ? await result : result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
