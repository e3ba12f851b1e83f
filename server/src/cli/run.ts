// The command line as a function: runCli(argv, io) → exit code. main.ts wires it to the
// process; tests call it directly with captured output.
//
// Exit codes: 0 no errors (warnings allowed), 1 errors found or more warnings than
// --max-warnings, 2 usage error, bad configuration, or a file that could not be read.

import type { LintOptions } from '../engine/types';
import { helpText, parseCliArgs } from './args';
import { checkFile } from './check';
import { loadRuleSettings } from './config';
import { displayPath, expandPaths, type PathProblem } from './files';
import { indexReports } from '../workspace/lastYear';
import { ConfigLoader, lineColumn, optionsFor } from '../config/load';
import { pick } from '../engine/i18n';
import { readReportText } from './check';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import { isLocale, localeFromEnv, type Env } from './locale';
import { messagesFor, type CliMessages } from './messages';
import { countSeverities, type FileResult } from './results';
import { cliVersion } from './version';

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
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? {};
  const error = (message: string) => io.stderr(`${PROGRAM}: ${message}\n`);

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
  const { files, problems } = await expandPaths(options.paths, io.cwd);
  for (const problem of problems) {
    error(pathProblemMessage(problem, say));
    failed = true;
  }

  // Last year's report of the same unit, among the files given and their folders (GR403–GR405).
  const lastYear = await indexReports(
    files.map((f) => f.absolutePath),
    readReportText,
  );
  const configs = new ConfigLoader();
  const configsReported = new Set<string>();
  const results: FileResult[] = [];
  for (const file of files) {
    // The file's nearest .govreportrc.json, under --config and --rule flags.
    const loaded = configs.forFile(file.absolutePath);
    if (loaded.file && loaded.problems.length > 0 && !configsReported.has(loaded.file)) {
      configsReported.add(loaded.file);
      failed = true;
      for (const p of loaded.problems) {
        const at = lineColumn(loaded.text, p.start);
        error(`${displayPath(loaded.file, io.cwd)}:${at.line}:${at.column}: ${pick(locale, p.message)}`);
      }
    }
    const fromFile = optionsFor(loaded, file.absolutePath);
    const base: LintOptions = { ...lintOptions, ...fromFile, rules: { ...fromFile.rules, ...lintOptions.rules } };
    const lintFor = (text: string) => ({
      ...base,
      previous: lastYear.previousFor(text, file.absolutePath, (f) => displayPath(f, io.cwd)),
    });
    const outcome = await checkFile(file, { lint: base, lintFor, fix: options.fix, quiet: options.quiet }, say);
    outcome.notes.forEach(error);
    if (outcome.failed) failed = true;
    if (outcome.result) results.push(outcome.result);
  }

  if (options.format === 'json') {
    io.stdout(formatJson(results));
  } else if (results.length > 0) {
    const color = options.color ?? (io.isTTY === true && !env.NO_COLOR);
    io.stdout(formatStylish(results, { say, color, verbose: options.verbose }));
  }

  const errors = results.reduce((n, r) => n + countSeverities(r.findings).errors, 0);
  const warnings = results.reduce((n, r) => n + countSeverities(r.findings).warnings, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(say.tooManyWarnings(warnings, options.maxWarnings!) + '\n');

  if (failed) return EXIT_FAILURE;
  return errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}
