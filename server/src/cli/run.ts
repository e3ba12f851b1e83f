// The command line as a function: runCli(argv, io) → exit code. main.ts wires it to the
// process; tests call it directly with captured output.
//
// Exit codes: 0 no errors (warnings allowed), 1 errors found or more warnings than
// --max-warnings, 2 usage error, bad configuration, or an input that could not be read.
// Inputs that are not reports are skipped and listed; they do not change the exit code.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { LintOptions } from '../engine/types';
import { helpText, parseCliArgs } from './args';
import { checkFile, checkRead, type CheckOptions, type CheckOutcome } from './check';
import { loadRuleSettings } from './config';
import { displayPath, expandPaths, inputKind, type FileTarget, type PathProblem } from './files';
import { formatCsv } from './formatters/csv';
import { formatHtml } from './formatters/html';
import { indexReports } from '../workspace/lastYear';
import { ConfigLoader, lineColumn, optionsFor, type LoadedConfig } from '../config/load';
import { pick } from '../engine/i18n';
import { readHead, readInput, readInputSync, type ReadOptions, type ReadResult } from './read';
import { formatJson, formatJsonWithMetadata } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { escapeControls } from './formatters/escape';
import { isLocale, localeFromEnv, type Env } from './locale';
import { messagesFor, type CliMessages } from './messages';
import { progressBar } from './progress';
import { countErrorsAndWarnings, type FileResult, type SkippedFile } from './results';
import { folderSummary } from './summary';
import { cliVersion } from './version';
import { inOrder } from './ordered';
import { CheckPool, workerCount, workerScript, type PoolJob } from './pool';

/** Files read ahead of the one being linted: enough to keep the disk busy, few enough to bound memory. */
const READ_AHEAD = 8;

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder that relative paths and .govreportrc.json are looked up in. */
  cwd: string;
  /** Environment for the locale (LC_ALL, LC_MESSAGES, LANG) and NO_COLOR. */
  env?: Env;
  /** stdout is a terminal: colours on unless NO_COLOR or --no-color. */
  isTTY?: boolean;
  /** stderr is a terminal: a progress bar while many files are checked. */
  stderrIsTTY?: boolean;
  /** Standard input for `-` (process.stdin by default). */
  stdin?: () => AsyncIterable<Buffer | string>;
  /** The time shown on the html page (fixed in tests). */
  now?: () => Date;
}

const PROGRAM = 'gov-report-lint';

function pathProblemMessage(problem: PathProblem, say: CliMessages): string {
  switch (problem.reason) {
    case 'not-found':
      return say.notFound(problem.argument);
    case 'no-report-files':
      return say.noReportFiles(problem.argument);
    case 'unreadable':
      return say.unreadable(problem.argument, problem.detail);
    case 'not-regular':
    case 'unsupported':
      return `${problem.argument}: ${say.skipReason['not-regular']}`;
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? {};
  const error = (message: string) => io.stderr(`${PROGRAM}: ${escapeControls(message)}\n`);

  // Usage errors are reported before the options are known: honour a --lang anyway.
  const langArg = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace(/^--lang=/, '');
  const earlyLocale = langArg !== undefined && isLocale(langArg) ? langArg : localeFromEnv(env);
  const parsed = parseCliArgs(argv, messagesFor(earlyLocale));
  if (!parsed.ok) {
    const say = messagesFor(earlyLocale);
    error(parsed.message);
    io.stderr(say.tryHelp + '\n');
    return EXIT_FAILURE;
  }
  const options = parsed.options;
  const locale = options.lang ?? localeFromEnv(env);
  const say = messagesFor(locale);

  if (options.help) {
    io.stdout(helpText(locale) + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(cliVersion() + '\n');
    return EXIT_OK;
  }
  if (options.paths.length === 0) {
    error(say.noPaths);
    io.stderr(say.tryHelp + '\n');
    return EXIT_FAILURE;
  }

  const settings = await loadRuleSettings(options, io.cwd, say);
  if (!settings.ok) {
    error(settings.message);
    return EXIT_FAILURE;
  }
  const lintOptions: LintOptions = { locale, rules: settings.rules };

  let failed = false;
  const { files, problems, passedOver } = await expandPaths(options.paths, io.cwd);
  for (const problem of problems) {
    error(pathProblemMessage(problem, say));
    failed = true;
  }
  const skipped: SkippedFile[] = passedOver.map((p) => ({
    filePath: p.argument,
    reason: p.reason === 'unreadable' ? 'unreadable' : 'not-regular',
    detail: p.detail,
  }));
  // A folder that cannot be read is a failure to check what was asked.
  if (passedOver.some((p) => p.reason === 'unreadable')) failed = true;

  const readOptions: ReadOptions = { maxBytes: options.maxBytes, encoding: options.encoding, stdin: io.stdin };
  // Many files: worker threads lint them (pool.ts), started now so that they load while
  // this thread reads the files. Never for --fix, which rewrites files where they were read.
  // Only the CSV report lists the tables' figures; only the html page shows the lines findings
  // are on; the stylish report names a place only for files whose lines the reviewer cannot see.
  const figures = options.format === 'csv';
  const places = options.format !== 'stylish';
  const lines = options.format === 'html';
  const script = workerScript();
  const threads = options.fix || options.fixDryRun ? 0 : workerCount(files.filter((f) => !f.stdin).length, options.concurrency);
  const pool =
    script && threads > 0
      ? new CheckPool(
          script,
          threads,
          {
            locale,
            detect: options.detect,
            quiet: options.quiet,
            figures,
            places,
            lines,
            read: { maxBytes: options.maxBytes, encoding: options.encoding },
          },
          (job) => checkJob(job),
        )
      : undefined;
  const checkOptions = {
    fix: options.fix,
    fixDryRun: options.fixDryRun,
    fixFigures: options.fixFigures,
    detect: options.detect,
    quiet: options.quiet,
    figures,
    places,
    lines,
    read: readOptions,
  };
  /** A worker's file checked on this thread (the worker failed). */
  function checkJob(job: PoolJob) {
    const read = () => Promise.resolve(job.read);
    return checkFile(job.target, { ...checkOptions, fix: false, fixDryRun: false, lint: job.lint, readFile: read }, say);
  }
  const results: FileResult[] = [];
  const diffs: string[] = [];
  try {
    // Last year's report of the same unit, among the files given and their folders (GR403–GR405),
    // each read as checkFile reads it (GBK, Word, PDF, HTML).
    // What that reads of the files to check is kept for their check: a folder of PDFs is
    // not parsed twice. Text that --fix may write is read again just before it is written.
    // The progress bar moves as files are read, which is most of a folder of PDFs' time.
    const toCheck = new Map(files.filter((f) => !f.stdin).map((f) => [f.absolutePath, f.displayPath]));
    const alreadyRead = new Map<string, ReadResult>();
    const progress = progressBar(files.length, io.stderr, io.stderrIsTTY === true);
    const lastYear = await indexReports(
      [...toCheck.keys()],
      (file) => {
        const kind = inputKind(file);
        if (!kind) return undefined;
        const keep = (read: ReadResult) => {
          const shown = toCheck.get(file);
          if (shown !== undefined && !(options.fix && (kind === 'text' || kind === 'markdown'))) {
            alreadyRead.set(file, read);
            progress.tick(shown);
          }
          return read.ok ? read.text : undefined;
        };
        // Text and Markdown read at once; the other formats' readers are asynchronous.
        const target = { absolutePath: file, displayPath: file, kind, writable: false };
        const now = readInputSync(target, readOptions);
        return now ? keep(now) : readInput(target, readOptions).then(keep);
      },
      (name) => inputKind(name) !== undefined,
      // The other reports in the folders are read whole only when their title may be what a
      // file checked looks for. Not with --fix (a fixed title may look for another year), nor
      // for standard input (its text is read after the index is made).
      options.fix || files.some((f) => f.stdin)
        ? undefined
        : (file, lines) => {
            const kind = inputKind(file);
            return kind
              ? readHead({ absolutePath: file, displayPath: file, kind, writable: false }, readOptions, lines)
              : Promise.resolve([]);
          },
    );
    const ticked = new Set(alreadyRead.keys());
    /** What was read of the file while indexing, when it is what a check reads; taken once (the text is not held after its check). */
    const readAlready = (target: (typeof files)[number]): ReadResult | undefined => {
      const known = target.stdin ? undefined : alreadyRead.get(target.absolutePath);
      if (!known || inputKind(target.absolutePath) !== target.kind) return undefined;
      alreadyRead.delete(target.absolutePath);
      return known;
    };
    const readFile = (target: (typeof files)[number]): Promise<ReadResult> => {
      const known = readAlready(target);
      return known ? Promise.resolve(known) : readInput(target, readOptions);
    };
    const configs = new ConfigLoader();
    const configsReported = new Set<string>();
    // Configuration files do not change during a run: looked up once per folder, not by
    // stat-ing every folder up to the root for each file (1.4% of a folder's time).
    const configOfFolder = new Map<string, ReturnType<ConfigLoader['forFile']>>();
    const configFor = (file: string) => {
      const folder = path.dirname(file);
      let loaded = configOfFolder.get(folder);
      if (!loaded) configOfFolder.set(folder, (loaded = configs.forFile(file)));
      return loaded;
    };
    /**
     * Without overrides, a configuration gives every file under it the same options: worked out
     * once, and the check's options object with them, not copied for each file (object spreads
     * at ~3 µs apiece in a cold process: ~8 ms of 1,000 reports). With previousFor adding last
     * year to a copy only for a file that has one: 1,000 reports 578 → 564 ms wall, 809 → 788 ms
     * CPU (medians of 21 runs side by side).
     */
    const sameForAll = new Map<LoadedConfig, { base: LintOptions; check: CheckOptions }>();
    /** Last year's report for a file's text, named as the output names files. */
    const previousFor = (text: string, target: FileTarget) =>
      lastYear.previousFor(text, target.absolutePath, (f) => displayPath(f, io.cwd));
    /** The file's lint options (its nearest .govreportrc.json under --config and --rule flags), and its check's. */
    const optionsOf = (file: (typeof files)[number]) => {
      const loaded = configFor(file.absolutePath);
      if (loaded.file && loaded.problems.length > 0 && !configsReported.has(loaded.file)) {
        configsReported.add(loaded.file);
        failed = true;
        for (const p of loaded.problems) {
          const at = lineColumn(loaded.text, p.start);
          error(`${displayPath(loaded.file, io.cwd)}:${at.line}:${at.column}: ${pick(locale, p.message)}`);
        }
      }
      const known = sameForAll.get(loaded);
      if (known) return known;
      const fromFile = optionsFor(loaded, file.absolutePath);
      const base: LintOptions = { ...lintOptions, ...fromFile, rules: { ...fromFile.rules, ...lintOptions.rules } };
      const options = { base, check: { ...checkOptions, lint: base, previousFor, readFile } };
      if (loaded.config.overrides.length === 0) sameForAll.set(loaded, options);
      return options;
    };
    const check = (file: (typeof files)[number]) => {
      const { base, check: options } = optionsOf(file);
      if (pool && !file.stdin) {
        // The text read here and the options worked out here (configuration, last year's report)
        // go to a worker; the text is read once, as on one thread.
        return readFile(file).then((read) => {
          const previous = read.ok ? previousFor(read.text, file) : undefined;
          return pool.check({ target: file, lint: previous ? { ...base, previous } : base, read });
        });
      }
      return checkFile(file, options, say);
    };
    const take = (file: (typeof files)[number], outcome: CheckOutcome) => {
      if (file.stdin || !ticked.has(file.absolutePath)) progress.tick(file.displayPath);
      outcome.notes.forEach(error);
      if (outcome.failed) failed = true;
      if (outcome.result) results.push(outcome.result);
      if (outcome.skipped) skipped.push(outcome.skipped);
      if (outcome.diff) diffs.push(outcome.diff);
    };
    if (pool || options.fix || options.fixDryRun) {
      // Reading overlaps linting (a few files ahead); with --fix one file at a time, as before.
      // With workers, enough files in hand to keep every worker busy.
      const ahead = options.fix ? 1 : pool ? threads * 16 : READ_AHEAD;
      for await (const [file, outcome] of inOrder(files, ahead, check)) take(file, outcome);
    } else {
      // Without --fix every file given was read while indexing (standard input aside): each is
      // checked in turn without a promise, an async function and a step of an async generator
      // of its own, there being nothing left to read ahead (inOrder's read-ahead had nothing to
      // do). 1,000 reports: ~10–20 ms less CPU (912 → 902 and 956 → 934 ms, medians of 21 and
      // 15 runs side by side on a loaded machine).
      for (const file of files) {
        const known = readAlready(file);
        if (!known) {
          take(file, await check(file));
          continue;
        }
        take(file, checkRead(file, known, optionsOf(file).check, say));
      }
    }
    progress.done();
  } finally {
    // The workers are ended whatever happened: a live worker would keep the process running.
    await pool?.close();
  }

  const summary = folderSummary(results);
  let report: string;
  switch (options.format) {
    case 'json':
      report = formatJson(results, skipped);
      break;
    case 'json-with-metadata':
      report = formatJsonWithMetadata(results, skipped, summary, cliVersion());
      break;
    case 'sarif':
      report = formatSarif(results, skipped, { version: cliVersion(), locale, cwd: io.cwd, summary });
      break;
    case 'csv':
      report = formatCsv(results, locale);
      break;
    case 'html':
      report = formatHtml(results, skipped, summary, { locale, say, generated: (io.now?.() ?? new Date()).toISOString() });
      break;
    default: {
      const color = options.color ?? (io.isTTY === true && !options.outputFile && !env.NO_COLOR);
      const showSummary = summary.units.length > 1 || summary.units.some((u) => u.duplicates.length > 0);
      report =
        results.length > 0 || skipped.length > 0
          ? formatStylish(
              results,
              { say, locale, color, verbose: options.verbose },
              { skipped, summary: showSummary ? summary : undefined },
            )
          : '';
    }
  }
  if (diffs.length > 0) io.stdout(diffs.join(''));
  if (options.outputFile) {
    try {
      await fs.writeFile(path.resolve(io.cwd, options.outputFile), report);
    } catch (e) {
      error(say.writeFailed(options.outputFile, (e as NodeJS.ErrnoException).code));
      failed = true;
    }
  } else {
    io.stdout(report);
  }

  const { errors, warnings } = countErrorsAndWarnings(results);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(say.tooManyWarnings(warnings, options.maxWarnings!) + '\n');

  if (failed) return EXIT_FAILURE;
  return errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}
