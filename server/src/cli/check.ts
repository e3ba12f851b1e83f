// Check one input: read it into text, decide whether it is a report at all, optionally
// fix it (text files only, atomically, in the same encoding), then lint what remains and
// gather what the formatters need (places, facts, the lines concerned).

import { createTwoFilesPatch } from 'diff';
import { classifyReport, fixAll, lint } from '../engine';
import type { FixAllOptions, LintOptions, PreviousReport } from '../engine/types';
import { encodeText } from './decode';
import { reportFacts } from './facts';
import type { FileTarget } from './files';
import type { CliMessages } from './messages';
import { placeOf } from './places';
import { readInput, type ReadOptions, type ReadResult } from './read';
import { settleUnsureTables } from './unsure';
import { byPosition, linesSeen, type CheckedFinding, type FileResult, type SkippedFile } from './results';
import { writeFileAtomic } from './write';

export interface CheckOptions {
  lint: LintOptions;
  /** Last year's report for this file's text (the lint's `previous`); none when absent. */
  previousFor?: (text: string, target: FileTarget) => PreviousReport | undefined;
  fix: boolean;
  /** Print the diff --fix would write, write nothing. */
  fixDryRun: boolean;
  /** Let --fix write figures (balance corrections, zeros in blank cells, tables of zeros). */
  fixFigures: boolean;
  /** Skip what does not look like a report (false: --no-detect). */
  detect: boolean;
  quiet: boolean;
  read: ReadOptions;
  /** Every figure of the tables in the facts (false: unit and year only; the CSV report alone lists figures). */
  figures?: boolean;
  /**
   * Each finding's place (false: only in a file whose lines the reviewer cannot see, the one
   * place the stylish report names; elsewhere an empty place). Reading it from the model was
   * about 3% of a folder's main thread, for a report that shows none of it.
   */
  places?: boolean;
  /** The text of the lines findings point at (false: none; the html report alone shows them). */
  lines?: boolean;
  /** Reads the input (default: readInput): the run passes what it already read while looking for last year. */
  readFile?: (target: FileTarget) => Promise<ReadResult>;
}

export interface CheckOutcome {
  result?: FileResult;
  skipped?: SkippedFile;
  /** Messages for stderr. */
  notes: string[];
  /** A diff for stdout (--fix-dry-run). */
  diff?: string;
  /** Something failed (read, write, engine): the run ends with exit code 2. */
  failed: boolean;
}

/**
 * Fix-all writes no figure (a balance correction, a 0 in a blank cell, a missing row or
 * table filled with zeros) unless --fix-figures asks for them: the engine's `figures`
 * option, the same as the editor's govreport.fix.figures (which offers them one by one as
 * quick fixes otherwise).
 */
function fixOptions(options: CheckOptions): FixAllOptions {
  return { ...options.lint, figures: options.fixFigures === true };
}

function errorDetail(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
}

const UNREADABLE = new Set(['too-large', 'unreadable', 'no-text-layer', 'bad-format']);

export async function checkFile(target: FileTarget, options: CheckOptions, say: CliMessages): Promise<CheckOutcome> {
  const read = await (options.readFile ? options.readFile(target) : readInput(target, options.read));
  if (!read.ok || !(options.fix || options.fixDryRun)) return checkRead(target, read, options, say);
  const notes: string[] = [];
  const verdict = verdictOf(target, read.text, options, say, notes);
  if (verdict) return verdict;

  let failed = false;
  let text = read.text;
  let fixed = 0;
  let diff: string | undefined;
  const decoded = read.decoded;
  try {
    if (!decoded) {
      // Said only when there was something to fix: a folder of 300 PDFs is not 300 notes.
      if (fixAll(text, fixOptions(options)).text !== text) notes.push(say.notFixedFormat(target.displayPath));
    } else if (target.stdin) {
      notes.push(say.notFixedStdin);
    } else if (decoded.lossy) {
      notes.push(say.notFixedLossy(target.displayPath));
    } else if (!target.writable && options.fix) {
      notes.push(say.notFixedOutside(target.displayPath));
    } else {
      const result = fixAll(text, fixOptions(options));
      if (result.text !== text) {
        if (options.fixDryRun) {
          diff = createTwoFilesPatch(target.displayPath, target.displayPath, text, result.text, undefined, undefined, { context: 1 });
        } else {
          try {
            await writeFileAtomic(target.absolutePath, encodeText(result.text, decoded));
            text = result.text;
            fixed = result.fixed;
          } catch (error) {
            notes.push(say.writeFailed(target.displayPath, errorDetail(error)));
            failed = true;
          }
        }
      }
    }
  } catch (error) {
    return internalError(target, error, notes);
  }
  return lintedOutcome(target, read, text, fixed, diff, failed, notes, options);
}

/**
 * checkFile of a file already read, without --fix: all of it synchronous. A run checks the
 * files it read while looking for last year's reports (nearly every file) this way, one after
 * the other, without a promise, an async function's resumption and an async generator's
 * step per file (run.ts).
 */
export function checkRead(target: FileTarget, read: ReadResult, options: CheckOptions, say: CliMessages): CheckOutcome {
  const notes: string[] = [];
  if (!read.ok) {
    const { reason } = read.problem;
    const detail =
      reason === 'too-large'
        ? say.tooLarge(read.problem.limit)
        : reason === 'no-text-layer'
          ? say.noTextLayer(read.problem.pages)
          : 'detail' in read.problem
            ? read.problem.detail
            : undefined;
    return { skipped: { filePath: target.displayPath, reason, detail }, notes, failed: UNREADABLE.has(reason) };
  }
  return verdictOf(target, read.text, options, say, notes) ?? lintedOutcome(target, read, read.text, 0, undefined, false, notes, options);
}

/** The outcome of a text that is not a report (skipped), or undefined for a report. */
function verdictOf(target: FileTarget, text: string, options: CheckOptions, say: CliMessages, notes: string[]): CheckOutcome | undefined {
  const verdict = options.detect ? classifyReport(text) : { report: true as const };
  if (verdict.report) return undefined;
  const reason =
    verdict.reason === 'empty' || verdict.reason === 'binary' || verdict.reason === 'other-document' ? verdict.reason : 'not-a-report';
  const detail = reason === 'empty' || reason === 'binary' ? undefined : say.notReportDetail(verdict.reason);
  // Nothing to read in an empty or binary file, as in a damaged one: the exit code says so
  // (2). A document that is not a report fails the run when it was named on the command
  // line (the reviewer asked for it to be checked and it was not, as ESLint does with a
  // file it is told to ignore); found in a folder or by a glob beside the reports (a
  // README, meeting notes, an attachment), it is listed and the exit code is the reports'.
  const failed = reason === 'empty' || reason === 'binary' || target.explicit === true;
  return { skipped: { filePath: target.displayPath, reason, detail }, notes, failed };
}

/** An engine bug must not hide the other files' results, nor look like a clean report. */
function internalError(target: FileTarget, error: unknown, notes: string[]): CheckOutcome {
  notes.push(`${target.displayPath}: internal error: ${(error as Error).stack ?? String(error)}`);
  return { notes, failed: true };
}

/** `text` (the file's, or as --fix wrote it) linted, and what the formatters need of it. */
function lintedOutcome(
  target: FileTarget,
  read: ReadResult & { ok: true },
  text: string,
  fixed: number,
  diff: string | undefined,
  failed: boolean,
  notes: string[],
  options: CheckOptions,
): CheckOutcome {
  try {
    // The lint's own model: parsing again for the facts and lines cost a fifth of a folder's time.
    // The run's options as they are when there is no last year (most files): not copied per file.
    const previous = options.previousFor?.(text, target);
    const lintOptions = previous ? { ...options.lint, previous } : options.lint;
    const linted = lint(text, lintOptions);
    const model = linted.report;
    const settled = read.unsureTables?.length ? settleUnsureTables(linted.findings, model, read.unsureTables, lintOptions) : undefined;
    const all = settled?.findings ?? linted.findings;
    const facts = reportFacts(model, options.figures !== false);
    // A table the reader could not read: its figures are no more given than checked.
    if (settled?.notRead.size) facts.figures = facts.figures.filter((f) => !settled.notRead.has(Number(f.key.slice(1, 2)) as 1 | 2 | 3));
    const lines = new Map<number, string>();
    const withLines = options.lines !== false;
    const withPlaces = options.places !== false || !linesSeen(read.kind);
    const findings: CheckedFinding[] = all
      .filter((f) => !options.quiet || f.severity === 'error')
      .sort(byPosition)
      .map((f) => {
        const line = f.range.start.line;
        if (withLines && !lines.has(line) && line < model.source.lineCount) lines.set(line, model.source.lineText(line));
        return { ...f, place: withPlaces ? placeOf(f.range.start, model, options.lint.locale ?? 'en', read.pageStarts) : {} };
      });
    const decoded = read.decoded;
    return {
      result: {
        filePath: target.displayPath,
        kind: read.kind,
        encoding: decoded?.encoding,
        bom: decoded?.bom,
        lineEnding: decoded?.lineEnding,
        findings,
        fixed,
        facts,
        lines,
      },
      notes,
      diff,
      failed,
    };
  } catch (error) {
    return internalError(target, error, notes);
  }
}
