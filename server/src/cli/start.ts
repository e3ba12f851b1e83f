// dist/cli.js (bin `gov-report-lint`): starts the CLI bundle, dist/cli-main.js (main.ts),
// from V8's code cache when the build left one beside it (issue 11: start-up). Compiling the
// bundle's 0.8 MB and then each function the first time a run calls it is V8 work that every
// run repeated; the build runs the CLI over the examples once and saves the compiled code
// (scripts/build.mjs), and a run starts from it.
//
// The cache is taken only for the very bundle it was made from (the build's id, on the bundle's
// first line) and this Node version; V8 itself refuses it under other flags (--cpu-prof…).
// Anything wrong with it, and the bundle is compiled as before: the cache only saves time.
//
// GOV_REPORT_LINT_CODE_CACHE=write saves the cache at exit (the build); =check says on stderr
// whether it was used (the tests).
//
// V8's inlining and three of TurboFan's passes are cut down for this process (CLI_V8_FLAGS
// below), before the bundle is compiled: V8 keys a code cache by its flags, so the build, which runs this same file, writes
// the cache under them and a run takes it. The CLI is a short run: of 1,000 reports' lints most
// run before V8 has optimised the engine, and TurboFan compiles about 157 of its functions on
// its own threads, each made large by inlining what it calls. With a smaller inlining budget
// those compiles cost less; the optimised code is a little slower, which a long run would feel
// and a CLI run does not (issue 11; figures in the README, Performance). The language server
// is long-lived and keeps V8's defaults: this file is the CLI's alone. The flags hold for the
// whole process, the worker threads of --concurrency included.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * What TurboFan does for this process: less, since in a run of the CLI its compiles are much of
 * the cost (about 40% of the CPU time of 1,000 reports, on its own threads), and what it saves
 * a long run would feel and a CLI run does not.
 * - The budget of bytecode inlined into one optimised function, 920 by default. Measured side
 *   by side over copies of the examples (CPU time of the process): 1,000 reports ~1,100 → ~930
 *   ms, 100 reports ~375 → ~335 ms, 5,000 reports no worse (~2,450 → ~2,330 ms). No inlining at
 *   all (--no-turbo-inlining) saved as much at 1,000 but lost wall time at 5,000.
 * - Three of TurboFan's passes off: escape analysis, loop peeling, load elimination (the
 *   costliest phases in a profile of the compiles). Side by side with the budget alone, seven
 *   runs each in turn: 1,000 reports 582 → 542 ms wall, 902 → 796 ms CPU (medians); 100
 *   reports 239 → 194 ms; 5,000 reports within the noise (1,506 → 1,556 ms median, 1,392 best).
 *   Tried and not kept: a larger interrupt budget (V8 optimises later) saved another 10% of CPU
 *   at 1,000 but lost ~10% of wall time at 5,000; more passes off (store elimination, loop
 *   variables, control flow, jump threading) measured no better.
 */
const CLI_V8_FLAGS = [
  '--max-inlined-bytecode-size-cumulative=150',
  '--no-turbo-escape',
  '--no-turbo-loop-peeling',
  '--no-turbo-load-elimination',
];

/**
 * Node's own modules that every run of the CLI loads, loaded before the flags are set: Node
 * compiles its modules from a code cache of its own, made under V8's default flags, which V8
 * refuses once they have changed, and each module loaded after that is compiled from its source
 * (5–9 ms of every start: 91 → 83 ms CPU on an empty folder, medians of 15). The list only saves
 * time: a module missing from it is compiled as before.
 *
 * Not node:crypto nor node:worker_threads: only --fix (write.ts) and --concurrency (pool.ts) use
 * them, and they require them when they do (compiled from source then, a few ms of those runs);
 * loaded here they cost every run 3–3.5 ms (five fresh processes each way).
 */
function loadNodeModules(): void {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded for their side effect, at this point and not before */
  require('node:fs/promises');
  require('node:os');
  // parseArgs' module is loaded when it is first asked for.
  void (require('node:util') as typeof import('node:util')).parseArgs;
  /* eslint-enable @typescript-eslint/no-require-imports */
  // The run writes its report there; making the stream loads the modules of sockets and terminals.
  void process.stdout;
}

// Not over a choice of the user's own (node --max-inlined-bytecode-size-cumulative=… dist/cli.js,
// or any of TurboFan's flags): the user's flags are then the process's, as given.
if (![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('inlin') || a.includes('turbo'))) {
  loadNodeModules();
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}

/** Set by the bundler (scripts/build.mjs): the bundle's file name, beside this one. */
declare const CLI_MAIN_BUNDLE: string;

const bundle = path.join(__dirname, CLI_MAIN_BUNDLE);
const cacheFile = bundle.replace(/\.js$/, '.cache');
const mode = process.env.GOV_REPORT_LINT_CODE_CACHE;

/** The bundle's first line, when the build wrote its id there. */
const BUILD_ID = /^\/\/ gov-report-lint build [0-9a-f-]+$/;

/** What a cache made for this bundle (`source`) and this Node starts with; undefined for a bundle without a build id. */
function cacheHeader(source: string): Buffer | undefined {
  const firstLine = source.slice(0, Math.max(0, source.indexOf('\n')));
  return BUILD_ID.test(firstLine) ? Buffer.from(`gov-report-lint code cache ${process.version} ${firstLine}\n`) : undefined;
}

/** The cache's V8 data, when it was made for this bundle and this Node. */
function cachedData(header: Buffer | undefined): Buffer | undefined {
  if (header === undefined || mode === 'write') return undefined;
  try {
    const data = readFileSync(cacheFile);
    return data.length > header.length && data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

const source = readFileSync(bundle, 'utf8');
const header = cacheHeader(source);
const cached = cachedData(header);
const script = new Script(wrap(source), { filename: bundle, cachedData: cached });
if (mode === 'check')
  process.stderr.write(`<code cache: ${cached === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}>\n`);
if (mode === 'write' && header !== undefined) {
  // At exit, once the run has compiled what a run compiles; written whole, then renamed into place.
  process.on('exit', () => {
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, Buffer.concat([header, script.createCachedData()]));
    renameSync(temporary, cacheFile);
  });
}
const start = script.runInThisContext() as (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void;
const module_ = { exports: {} };
start.call(module_.exports, module_.exports, createRequire(bundle), module_, bundle, __dirname);
