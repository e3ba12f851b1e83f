// Last year's report for an open document (GR403–GR405): an open document of the same
// unit for the year before, else a file on disk in the same folder, else one anywhere in
// the workspace (reports are often filed in a folder per year: 2021/, 2022/). Results are
// cached and keep their identity until something they depend on changes, so the linter's
// per-version cache stays valid; `invalidate` is called on edits and file events.
// Last year is often only a Word or PDF file: those are read by the CLI's readers (the
// same text, so related locations give line and character in that text, as the CLI does),
// loaded on first use so that the server's start-up does not pay for mammoth and pdf.js.
// A file on disk is read by its first lines first (a text file's first 64 kB, a PDF's pages
// until 20 lines: the CLI's readHead), and whole only when its title may be the one looked
// for: the first check of a report in a folder of 300 PDFs waited for 300 PDFs read whole.

import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { identityKey, previousKey, reportIdentity, type PreviousReport, type ReportIdentity } from '../engine';
import { decodeBytes } from '../cli/decode';
import { readHead } from '../cli/read';
import { IDENTITY_LINES, reportFilesIn } from '../workspace/lastYear';

/**
 * Report files the server reads from disk: text, Markdown and web pages (HTML is read as
 * text, as an open HTML document is), and Word and PDF through the CLI's readers.
 */
export const REPORT_ON_DISK = /\.(?:txt|md|govreport|html?|docx|pdf)$/i;
/** Files that need a reader to become text. */
const NEEDS_READER = /\.(?:docx|pdf)$/i;
/** Files whose first lines can be read without the whole (readHead): text and PDF; Word and web pages cannot. */
const HEAD_KIND: [RegExp, 'text' | 'pdf'][] = [
  [/\.(?:txt|md|govreport)$/i, 'text'],
  [/\.pdf$/i, 'pdf'],
];
/** How deep and how many files the workspace walk goes: a folder of reports, not a disk. */
const WALK_DEPTH = 6;
const WALK_FILES = 5000;
/**
 * How long a lookup's answer is reused for the same document version and open documents
 * when no file event came: every hover, code action and keystroke asks, and a miss stats
 * every report file of the folder and workspace. Bounded, for clients that send no file
 * events (a file changed on disk is noticed within this time at the latest).
 */
const LOOKUP_TTL_MS = 2_000;
/** Folders never holding reports. */
const SKIPPED_FOLDER = /^(?:\.|node_modules$)/;

interface DiskEntry {
  mtimeMs: number;
  /** The identity key of the whole text, once read whole. */
  key?: string;
  /** The whole text, once read ('' when unreadable). */
  text?: string;
  /** The identity keys its first lines may give (one per decoding the head may have), when only they were read. */
  headKeys?: string[];
}

export class LastYearFinder {
  /** Files on disk by path, with their identity key, re-read when their mtime changes. */
  private readonly disk = new Map<string, DiskEntry>();
  /** What each document was last given, so the same object comes back while unchanged. */
  private readonly given = new Map<string, PreviousReport | undefined>();
  private readonly givenSource = new Map<string, string>();

  /** The last lookup per document: its key (version, open documents, file events) and time. */
  private readonly lookups = new Map<string, { key: string; at: number; found: PreviousReport | undefined }>();
  /** The lookup under way per document, with its key. */
  private readonly running = new Map<string, { key: string; found: Promise<PreviousReport | undefined> }>();
  /** The identity of each open document at its last version read. */
  private readonly identities = new Map<string, { version: number; identity: ReportIdentity | undefined }>();
  /** Bumped by every file event: lookups made before it are not reused. */
  private generation = 0;

  /** Report files in the workspace folders, listed once and again after files come or go. */
  private workspaceFiles: Promise<string[]> | undefined;

  constructor(
    private readonly openDocuments: () => TextDocument[],
    private readonly workspaceFolders: () => readonly string[] = () => [],
  ) {}

  /** Last year's report for `document`, or undefined. */
  async find(document: TextDocument): Promise<PreviousReport | undefined> {
    const open = this.openDocuments();
    const identity = this.identityOf(document);
    // What the answer depends on: the document's unit and year (not its version: typing in
    // the body must not stat the folder's files again), file events, the other open documents.
    const others = open.filter((d) => d.uri !== document.uri).map((d) => `${d.uri}@${d.version}`);
    const key = `${identity ? identityKey(identity) : ''}|${this.generation}|${others.join(' ')}`;
    const last = this.lookups.get(document.uri);
    if (last && last.key === key && Date.now() - last.at < LOOKUP_TTL_MS) return last.found;
    // A check does not wait long for a lookup (server.ts): the checks, hovers and code actions
    // that come while it runs share it instead of reading the folder again each.
    const running = this.running.get(document.uri);
    if (running && running.key === key) return running.found;
    const found = this.lookUp(document, identity, open).then((report) => {
      this.lookups.set(document.uri, { key, at: Date.now(), found: report });
      return report;
    });
    this.running.set(document.uri, { key, found });
    const done = () => {
      if (this.running.get(document.uri)?.found === found) this.running.delete(document.uri);
    };
    found.then(done, done);
    return found;
  }

  /** The unit and year of an open document, read once per version. */
  identityOf(document: TextDocument): ReportIdentity | undefined {
    const known = this.identities.get(document.uri);
    if (known && known.version === document.version) return known.identity;
    const identity = reportIdentity(document.getText());
    this.identities.set(document.uri, { version: document.version, identity });
    return identity;
  }

  private async lookUp(
    document: TextDocument,
    identity: ReportIdentity | undefined,
    open: TextDocument[],
  ): Promise<PreviousReport | undefined> {
    if (!identity) return this.remember(document.uri, undefined, '');
    const wanted = previousKey(identity);
    for (const other of open) {
      if (other.uri === document.uri) continue;
      const id = this.identityOf(other);
      if (id && identityKey(id) === wanted)
        return this.remember(document.uri, { text: other.getText(), uri: other.uri }, `${other.uri}@${other.version}`);
    }
    const folder = folderOf(document.uri);
    const self = fileOf(document.uri);
    const sameFolder = folder ? (await reportFilesIn(folder, (name) => REPORT_ON_DISK.test(name))).sort() : [];
    for (const candidates of [sameFolder, await this.listWorkspace()]) {
      for (const file of candidates) {
        if (file === self) continue;
        const entry = await this.read(file, wanted);
        if (entry?.key === wanted && entry.text !== undefined)
          return this.remember(document.uri, { text: entry.text, uri: pathToFileURL(file).toString() }, `${file}@${entry.mtimeMs}`);
      }
    }
    return this.remember(document.uri, undefined, '');
  }

  /** A file was created or deleted, or the workspace folders changed: list them again. */
  invalidateListing(): void {
    this.generation++;
    this.workspaceFiles = undefined;
  }

  private listWorkspace(): Promise<string[]> {
    this.workspaceFiles ??= walk(
      this.workspaceFolders()
        .map(fileOf)
        .filter((f): f is string => f !== undefined),
    );
    return this.workspaceFiles;
  }

  /** The URI last year's report was taken from for this document, if any. */
  sourceOf(uri: string): string | undefined {
    return this.given.get(uri)?.uri;
  }

  /** Forget a file read from disk (changed, created or deleted). */
  invalidateFile(uri: string): void {
    this.generation++;
    const file = fileOf(uri);
    if (file) this.disk.delete(file);
  }

  forget(uri: string): void {
    this.lookups.delete(uri);
    this.running.delete(uri);
    this.identities.delete(uri);
    this.given.delete(uri);
    this.givenSource.delete(uri);
  }

  /** Keep the previous object when it came from the same source version. */
  private remember(uri: string, found: PreviousReport | undefined, source: string): PreviousReport | undefined {
    if (this.givenSource.get(uri) === source && this.given.has(uri)) return this.given.get(uri);
    this.given.set(uri, found);
    this.givenSource.set(uri, source);
    return found;
  }

  /**
   * The file's entry, read far enough to tell whether it is the report `wanted` (an identity
   * key): by its first lines when they say it is not, else whole.
   */
  private async read(file: string, wanted: string): Promise<DiskEntry | undefined> {
    try {
      const stat = await fs.stat(file);
      let entry = this.disk.get(file);
      if (entry?.mtimeMs !== stat.mtimeMs) entry = undefined;
      if (entry && (entry.text !== undefined || !entry.headKeys?.includes(wanted))) return entry;
      // Reports are small; anything large is not one and not worth reading (a Word or
      // PDF file with images is a few MB, as the CLI allows for).
      const maxBytes = NEEDS_READER.test(file) ? 50_000_000 : 5_000_000;
      if (stat.size > maxBytes) return undefined;
      if (!entry) {
        const heads = await headOf(file, maxBytes);
        if (heads !== undefined) {
          const headKeys = heads.flatMap((head) => {
            const id = reportIdentity(head);
            return id ? [identityKey(id)] : [];
          });
          entry = { mtimeMs: stat.mtimeMs, headKeys };
          this.disk.set(file, entry);
          if (!headKeys.includes(wanted)) return entry;
        }
      }
      const text = NEEDS_READER.test(file) ? await readWithReader(file) : decodeBytes(await fs.readFile(file)).text;
      if (text === undefined) {
        // Unreadable (a scan, a broken file): remembered so it is not read again until it changes.
        const unreadable = { mtimeMs: stat.mtimeMs, text: '' };
        this.disk.set(file, unreadable);
        return unreadable;
      }
      const id = reportIdentity(text);
      const whole = { mtimeMs: stat.mtimeMs, key: id && identityKey(id), text };
      this.disk.set(file, whole);
      return whole;
    } catch {
      this.disk.delete(file);
      return undefined;
    }
  }
}

/** The texts a file's first lines may be (readHead), or undefined when only the whole can be read. */
async function headOf(file: string, maxBytes: number): Promise<string[] | undefined> {
  const kind = HEAD_KIND.find(([pattern]) => pattern.test(file))?.[1];
  if (!kind) return undefined;
  const heads = await readHead({ absolutePath: file, displayPath: file, kind, writable: false }, { maxBytes }, IDENTITY_LINES);
  // [] means unreadable: read whole, which says so as before.
  return heads && heads.length > 0 ? heads : undefined;
}

/** Set by the bundler (scripts/build.mjs): the readers are the separate file dist/readers.js. */
declare const READERS_BUNDLE: string | undefined;

type Readers = typeof import('../workspace/readFile');
let readers: Promise<Readers> | undefined;

/** Word or PDF as report text by the CLI's readers, loaded on first use; undefined when unreadable. */
async function readWithReader(file: string): Promise<string | undefined> {
  readers ??=
    typeof READERS_BUNDLE === 'string'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside the bundle, not bundled into it
        Promise.resolve(require(path.join(__dirname, READERS_BUNDLE)) as Readers)
      : import('../workspace/readFile.js');
  return (await readers).readReportFile(file);
}

/** Report files under the folders, breadth first, bounded in depth and number. */
async function walk(roots: string[]): Promise<string[]> {
  const files: string[] = [];
  let level = roots;
  for (let depth = 0; depth <= WALK_DEPTH && level.length > 0 && files.length < WALK_FILES; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries: Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (e.isDirectory() && !SKIPPED_FOLDER.test(e.name)) next.push(path.join(dir, e.name));
        else if (e.isFile() && REPORT_ON_DISK.test(e.name) && files.length < WALK_FILES) files.push(path.join(dir, e.name));
      }
    }
    level = next;
  }
  return files;
}

function fileOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function folderOf(uri: string): string | undefined {
  const file = fileOf(uri);
  return file && path.dirname(file);
}
