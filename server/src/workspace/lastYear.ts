// Last year's report beside this one, for the checks across years (GR403–GR405): among
// candidate files, the one whose title names the same unit for the year before. Shared
// by the CLI (the files it is given and their folders) and the language server (the
// workspace: open documents first, then files on disk in the same folder).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { identityKey, previousKey, reportIdentity, type PreviousReport } from '../engine';

/** File names that may hold a report (as the CLI walks folders). */
const REPORT_FILE = /\.(?:txt|md|govreport)$/i;

export type ReadText = (file: string) => Promise<string | undefined>;

interface Entry {
  file: string;
  text: string;
}

/** An index of reports by unit and year, built from candidate files. */
export class ReportIndex {
  private readonly byKey = new Map<string, Entry>();
  private readonly keyOf = new Map<string, string>();

  /** Adds a report (the first one wins when two files claim the same unit and year). */
  add(file: string, text: string): void {
    const identity = reportIdentity(text);
    if (!identity) return;
    const key = identityKey(identity);
    this.keyOf.set(file, key);
    if (!this.byKey.has(key)) this.byKey.set(key, { file, text });
  }

  /** Last year's report for this text, with `uri` made from its file by `toUri`. */
  previousFor(text: string, self: string, toUri: (file: string) => string = (f) => f): PreviousReport | undefined {
    const identity = reportIdentity(text);
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
 * The index over `files` and every report file in their folders, each read once with
 * `read` (which decodes as the caller does: GBK, BOMs, other formats).
 */
export async function indexReports(files: string[], read: ReadText, isReport?: (name: string) => boolean): Promise<ReportIndex> {
  const index = new ReportIndex();
  const all = new Set(files);
  for (const folder of new Set(files.map((f) => path.dirname(f)))) for (const f of await reportFilesIn(folder, isReport)) all.add(f);
  for (const file of [...all].sort()) {
    const text = await read(file);
    if (text !== undefined) index.add(file, text);
  }
  return index;
}
