// Turn the command-line arguments into the list of inputs to check: files, folders
// (walked recursively), glob patterns, and `-` for standard input.
//
// - A folder is walked for the kinds of file a report comes in (text, Markdown, Word,
//   web page, PDF), skipping node_modules and dot-folders, in a stable (code-point) order.
// - A subfolder that cannot be read is reported and skipped; the walk goes on.
// - Only regular files are read: a FIFO, a socket or a device (/dev/zero) is skipped with
//   a reason, so nothing hangs or grows without bound.
// - A symlink inside a folder is followed only when it leads to a regular file; it is
//   marked, and --fix never writes through a link to outside the folders and files given.

import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** How a file's content is read, by extension. */
export type InputKind = 'text' | 'markdown' | 'docx' | 'html' | 'pdf';

/** Each report extension's kind (lower case). */
export const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.govreport': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export const REPORT_EXTENSIONS = Object.keys(KIND_BY_EXTENSION);
const SKIPPED_FOLDERS = new Set(['node_modules']);
export const STDIN_PATH = '-';

export interface FileTarget {
  /** Absolute path, used to read and write; `-` for standard input. */
  absolutePath: string;
  /** Path shown to the user: relative to the working directory when inside it. */
  displayPath: string;
  kind: InputKind;
  /** Standard input: read, never written. */
  stdin?: boolean;
  /** --fix may write this file: not a link that leads outside the paths given. */
  writable: boolean;
  /** Named on the command line (or standard input), not found in a folder or by a glob. */
  explicit?: boolean;
}

export interface PathProblem {
  /** The argument (or file) as shown to the user. */
  argument: string;
  reason: 'not-found' | 'unreadable' | 'no-report-files' | 'not-regular' | 'unsupported';
  detail?: string;
}

export interface ExpandedPaths {
  files: FileTarget[];
  /** Arguments that could not be used at all: the run ends with exit code 2. */
  problems: PathProblem[];
  /** Files and folders passed over during a walk, with the reason: listed, exit code unchanged. */
  passedOver: PathProblem[];
}

export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolutePath).split(path.sep).join('/');
}

export function inputKind(name: string): InputKind | undefined {
  // The extension lower-cased, not the whole path: asked a few times of each file of a run
  // (1% of a folder's main thread, most of it copying paths). Lower-casing never makes or
  // moves a dot or a separator, so the extension is the same either way.
  return KIND_BY_EXTENSION[path.extname(name).toLowerCase()];
}

function skippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

interface Walked {
  path: string;
  /** Reached through a symbolic link (the file or a folder on the way). */
  viaLink: boolean;
}

async function walk(folder: string, found: Walked[], passedOver: PathProblem[], cwd: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    passedOver.push({ argument: displayPath(folder, cwd), reason: 'unreadable', detail: errorCode(error) });
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (skippedFolder(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      await walk(full, found, passedOver, cwd);
      continue;
    }
    if (inputKind(entry.name) === undefined) continue;
    if (entry.isFile()) {
      found.push({ path: full, viaLink: false });
    } else if (entry.isSymbolicLink()) {
      // Followed only when it leads to a regular file: no folder cycles, no devices.
      const target = await fs.stat(full).catch(() => undefined);
      if (target?.isFile()) found.push({ path: full, viaLink: true });
      else passedOver.push({ argument: displayPath(full, cwd), reason: target ? 'not-regular' : 'not-found', detail: 'symlink' });
    } else {
      passedOver.push({ argument: displayPath(full, cwd), reason: 'not-regular' });
    }
  }
}

export async function expandPaths(args: string[], cwd: string): Promise<ExpandedPaths> {
  const files: FileTarget[] = [];
  const problems: PathProblem[] = [];
  const passedOver: PathProblem[] = [];
  const seen = new Set<string>();
  /** Real paths of the folders and files given: --fix writes only inside them. */
  const roots: string[] = [];
  const candidates: { absolutePath: string; kind: InputKind; viaLink: boolean; explicit: boolean }[] = [];

  const addCandidate = (absolutePath: string, viaLink: boolean, explicit: boolean) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    // A file named on the command line is read whatever its extension (as text).
    const kind = inputKind(absolutePath) ?? (explicit ? 'text' : undefined);
    if (kind) candidates.push({ absolutePath, kind, viaLink, explicit });
  };

  for (const argument of args) {
    if (argument === STDIN_PATH) {
      if (!seen.has(STDIN_PATH)) {
        seen.add(STDIN_PATH);
        files.push({ absolutePath: STDIN_PATH, displayPath: '<stdin>', kind: 'text', stdin: true, writable: false, explicit: true });
      }
      continue;
    }
    const absolute = path.resolve(cwd, argument);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      const code = errorCode(error);
      if ((code === 'ENOENT' || code === 'ENOTDIR') && isDynamicPattern(argument)) {
        const matches = await glob(argument, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
        if (matches.length === 0) problems.push({ argument, reason: 'not-found' });
        matches.sort(byCodePoint);
        for (const match of matches) {
          const resolved = path.resolve(match);
          roots.push(await fs.realpath(path.dirname(resolved)).catch(() => path.dirname(resolved)));
          addCandidate(resolved, false, false);
        }
        continue;
      }
      problems.push({ argument, reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable', detail: code });
      continue;
    }
    if (stat.isDirectory()) {
      roots.push(await fs.realpath(absolute).catch(() => absolute));
      const found: Walked[] = [];
      const before = passedOver.length;
      await walk(absolute, found, passedOver, cwd);
      // A folder that could not be listed at all is reported as such, not as empty.
      const unlisted = passedOver.length > before && passedOver[before].argument === displayPath(absolute, cwd);
      if (found.length === 0 && !unlisted) problems.push({ argument, reason: 'no-report-files' });
      for (const f of found) addCandidate(f.path, f.viaLink, false);
    } else if (stat.isFile()) {
      roots.push(await fs.realpath(absolute).catch(() => absolute));
      addCandidate(absolute, false, true);
    } else {
      // /dev/null, /dev/zero, a FIFO: never read (a FIFO would block, a device never ends).
      passedOver.push({ argument, reason: 'not-regular' });
    }
  }

  for (const candidate of candidates) {
    let writable = true;
    if (candidate.viaLink) {
      const real = await fs.realpath(candidate.absolutePath).catch(() => undefined);
      writable = real !== undefined && roots.some((root) => isInside(real, root));
    }
    files.push({
      absolutePath: candidate.absolutePath,
      displayPath: displayPath(candidate.absolutePath, cwd),
      kind: candidate.kind,
      writable,
      ...(candidate.explicit ? { explicit: true } : {}),
    });
  }
  return { files, problems, passedOver };
}
