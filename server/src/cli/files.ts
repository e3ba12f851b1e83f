// Turn the command-line paths into the list of files to check. A file named on the
// command line is always checked; a folder is walked recursively for report files,
// skipping node_modules and dot-folders, in a stable (code-point) order.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const REPORT_EXTENSIONS = ['.txt', '.md', '.govreport'];
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface FileTarget {
  /** Absolute path, used to read and write. */
  absolutePath: string;
  /** Path shown to the user: relative to the working directory when inside it. */
  displayPath: string;
}

export interface PathProblem {
  /** The argument as the user typed it. */
  argument: string;
  reason: 'not-found' | 'unreadable' | 'no-report-files';
  detail?: string;
}

export interface ExpandedPaths {
  files: FileTarget[];
  problems: PathProblem[];
}

export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolutePath).split(path.sep).join('/');
}

function isReportFile(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function skipped(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      await walk(full, found);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isReportFile(entry.name)) {
      // A symlink is followed only when it points at a file (no folder cycles).
      if (
        entry.isSymbolicLink() &&
        !(await fs.stat(full).then(
          (s) => s.isFile(),
          () => false,
        ))
      )
        continue;
      found.push(full);
    }
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export async function expandPaths(args: string[], cwd: string): Promise<ExpandedPaths> {
  const files: FileTarget[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (absolutePath: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    files.push({ absolutePath, displayPath: displayPath(absolutePath, cwd) });
  };

  for (const argument of args) {
    const absolute = path.resolve(cwd, argument);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      const code = errorCode(error);
      problems.push({ argument, reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable', detail: code });
      continue;
    }
    if (!stat.isDirectory()) {
      add(absolute);
      continue;
    }
    const found: string[] = [];
    try {
      await walk(absolute, found);
      if (found.length === 0) problems.push({ argument, reason: 'no-report-files' });
    } catch (error) {
      problems.push({ argument, reason: 'unreadable', detail: errorCode(error) });
    }
    found.sort(byCodePoint).forEach(add);
  }
  return { files, problems };
}
