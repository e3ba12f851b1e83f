// Check one file: read the bytes, decode, optionally fix and write back in the same
// encoding, then lint what remains.

import { promises as fs } from 'node:fs';
import { fixAll, lint } from '../engine';
import type { LintOptions } from '../engine/types';
import { decodeBytes, encodeText } from './decode';
import type { FileTarget } from './files';
import type { CliMessages } from './messages';
import { byPosition, type FileResult } from './results';

export interface CheckOptions {
  lint: LintOptions;
  /** Options for this file's text (adds last year's report); `lint` when absent. */
  lintFor?: (text: string) => LintOptions;
  fix: boolean;
  quiet: boolean;
}

export interface CheckOutcome {
  /** Undefined when the file could not be read or checked at all. */
  result?: FileResult;
  /** Messages for stderr. */
  notes: string[];
  /** Something failed (read, write, engine): the run ends with exit code 2. */
  failed: boolean;
}

function errorDetail(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
}

/** A file's text as checkFile decodes it; undefined when it cannot be read. */
export async function readReportText(file: string): Promise<string | undefined> {
  try {
    return decodeBytes(await fs.readFile(file)).text;
  } catch {
    return undefined;
  }
}

export async function checkFile(target: FileTarget, options: CheckOptions, say: CliMessages): Promise<CheckOutcome> {
  const notes: string[] = [];
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(target.absolutePath);
  } catch (error) {
    return { notes: [say.unreadable(target.displayPath, errorDetail(error))], failed: true };
  }

  const decoded = decodeBytes(bytes);
  if (decoded.lossy) notes.push(say.lossyDecode(target.displayPath));

  let failed = false;
  let text = decoded.text;
  let fixed = 0;
  try {
    if (options.fix && decoded.lossy) {
      notes.push(say.notFixedLossy(target.displayPath));
    } else if (options.fix) {
      const result = fixAll(text, options.lint);
      if (result.text !== text) {
        try {
          await fs.writeFile(target.absolutePath, encodeText(result.text, decoded));
          text = result.text;
          fixed = result.fixed;
        } catch (error) {
          notes.push(say.writeFailed(target.displayPath, errorDetail(error)));
          failed = true;
        }
      }
    }

    const findings = lint(text, options.lintFor?.(text) ?? options.lint)
      .findings.filter((f) => !options.quiet || f.severity === 'error')
      .sort(byPosition);
    return {
      result: {
        filePath: target.displayPath,
        encoding: decoded.encoding,
        bom: decoded.bom,
        lineEnding: decoded.lineEnding,
        findings,
        fixed,
      },
      notes,
      failed,
    };
  } catch (error) {
    // An engine bug must not hide the other files' results.
    notes.push(`${target.displayPath}: internal error: ${(error as Error).stack ?? String(error)}`);
    return { notes, failed: true };
  }
}
