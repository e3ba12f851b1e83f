// The CLI over 1,000 typical reports next to AutoCorrect on the same files (issue 11: at most
// half of AutoCorrect's wall time, process start-up included). Each run starts a process,
// as a reviewer does: `node dist/cli.js FOLDER` and `autocorrect --lint FOLDER`, taken in
// turn so that both see the same load; wall time and the CPU time of each process (user +
// system: what the work costs whatever else runs on the machine).
//
// Run: npm run bench:cli  (npm run build first)   Part of npm run bench (row 7).
// Options: --runs=N (default 5; the best and the median of N are given); --cli=PATH (another
// built dist/cli.js beside ours, e.g. the one before a change, to compare in the same minute);
// --keep (prints the folder and leaves it, for profiling: node --cpu-prof dist/cli.js FOLDER);
// --count=N (N copies of the examples instead of 1,000: the CLI's cold start weighs more on few
// files, and less on many, so a change is judged at several counts).
// Then start-up alone: each CLI on an empty folder next to `node -e 0` (at least 10 runs).
// --floor: where the CLI's time goes between the engine and the rest. Beside ours and AutoCorrect
// runs the same CLI built with its lint kept per text (floorCli): each of the examples' five
// texts is linted once and the 995 other files cost everything but the engine (reading,
// detection, last year's lookup, the facts, the report, Node's start). Then the engine's
// 1,000 lints warm, in this process: what the engine would add if V8 ran it at full speed from
// the first lint. Ours minus the floor is what the engine costs in a fresh process.
//
// AutoCorrect is not a dev dependency (its lock entries for other platforms cannot be fetched
// from this registry, which breaks `npm ci`): npm install --no-save autocorrect-node@2.14.0

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build as bundle, type Plugin } from 'esbuild';
import { shippedEngine } from './shipped-engine';

const ROOT = path.resolve(__dirname, '..');

export interface Timed {
  ms: number;
  cpu: number;
  status: number | null;
}

/**
 * Wall time in ms of a child process run to completion, output discarded, and its CPU
 * time (user + system, from bash's time; NaN where bash is missing).
 */
export function timeProcess(args: string[]): Timed {
  const start = performance.now();
  const result = spawnSync('bash', ['-c', 'TIMEFORMAT="%U %S"; time "$@" >/dev/null 2>&1', 'bench', process.execPath, ...args], {
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  const [user, sys] = (result.stderr ?? '').trim().split(/\s+/).slice(-2).map(Number);
  return { ms, cpu: (user + sys) * 1000, status: result.status };
}

/** The bench's folder: `count` copies of the examples, named in turn (0000-…, 0001-…). */
export function benchFolder(count = 1000): string {
  const examples = path.join(ROOT, 'examples');
  const names = readdirSync(examples)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const folder = mkdtempSync(path.join(os.tmpdir(), `gov-report-lint-bench-${count}-`));
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length];
    writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}-${name}`), readFileSync(path.join(examples, name)));
  }
  return folder;
}

function autocorrectCli(): string | undefined {
  try {
    return require.resolve('autocorrect-node/cli.js');
  } catch {
    return undefined;
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

export interface Contender {
  name: string;
  args: (folder: string) => string[];
}

/** Runs each contender `runs` times in turn on `folder`: every run's wall and CPU time. */
export function sideBySide(contenders: Contender[], folder: string, runs: number): Map<string, Timed[]> {
  const times = new Map(contenders.map((c) => [c.name, [] as Timed[]]));
  for (let i = 0; i < runs; i++) for (const c of contenders) times.get(c.name)!.push(timeProcess(c.args(folder)));
  return times;
}

/** Row 7 of npm run bench: ours next to AutoCorrect, medians of `runs`. */
export function cliVersusAutocorrect(runs: number): [string, string][] {
  const count = 1000;
  const folder = benchFolder(count);
  try {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const autocorrect = autocorrectCli();
    const contenders: Contender[] = [{ name: 'ours', args: (f) => [cli, f] }];
    if (autocorrect) contenders.push({ name: 'autocorrect', args: (f) => [autocorrect, '--lint', f] });
    const times = sideBySide(contenders, folder, runs);
    const ours = times.get('ours')!;
    const theirs = times.get('autocorrect') ?? [];
    const o = median(ours.map((t) => t.ms));
    const t = median(theirs.map((x) => x.ms));
    const oc = median(ours.map((x) => x.cpu));
    const tc = median(theirs.map((x) => x.cpu));
    return [
      [
        `CLI over ${count} typical reports, wall time with start-up (exit ${ours[0].status}; target ≤ ½ AutoCorrect)`,
        autocorrect
          ? `gov-report-lint ${fmt(o)} ms · AutoCorrect --lint ${fmt(t)} ms · ${fmt(o / t, 2)}× AutoCorrect ` +
            `(CPU time: ${fmt(oc)} ms vs ${fmt(tc)} ms, ${fmt(oc / tc, 2)}×)`
          : `gov-report-lint ${fmt(o)} ms · AutoCorrect not installed (npm install --no-save autocorrect-node@2.14.0)`,
      ],
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * esbuild plugin: the engine's lint kept per text (a measuring device for --floor only: the
 * product never keeps a result by its text). The first lint of each text runs the engine.
 */
const lintKeptPerText: Plugin = {
  name: 'lint-kept-per-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]engine[\\/]lint\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const declared = 'export function lint(text: string, options: LintOptions = {}): LintResult {';
      if (!source.includes(declared)) throw new Error(`${args.path}: lint is no longer declared as bench-cli.ts expects`);
      const kept =
        'const keptPerText = new Map<string, LintResult>();\n' +
        'export function lint(text: string, options: LintOptions = {}): LintResult {\n' +
        '  let result = keptPerText.get(text);\n' +
        '  if (!result) keptPerText.set(text, (result = lintOnce(text, options)));\n' +
        '  return result;\n' +
        '}\n';
      return {
        contents: source.replace(declared, 'function lintOnce(text: string, options: LintOptions = {}): LintResult {') + kept,
        loader: 'ts',
      };
    });
  },
};

/**
 * The CLI built as scripts/build.mjs builds it (its options, its code cache), but with lint kept
 * per text, in a folder of its own beside a copy of dist/: its start file. Remove the folder.
 */
async function floorCli(): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'gov-report-lint-floor-'));
  cpSync(path.join(ROOT, 'dist'), folder, { recursive: true });
  rmSync(path.join(folder, 'cli-main.cache'), { force: true });
  // Built from the repository's root, as the build is (its paths are relative).
  const here = process.cwd();
  process.chdir(ROOT);
  try {
    const build = await import('./build.mjs');
    const options = { ...build.bundleOptions, ...build.cliMainEntry(path.join(folder, 'cli-main.js')) };
    await bundle({ ...options, plugins: [...(options.plugins ?? []), lintKeptPerText] });
    build.makeCodeCache(path.join(folder, 'cli.js'));
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    process.chdir(here);
  }
  return path.join(folder, 'cli.js');
}

/** The engine's lints of `folder`'s files, warm: the best of three passes after two untimed. */
function warmLints(folder: string): number {
  const engine = shippedEngine();
  const texts = readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8'));
  let best = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const start = performance.now();
    for (const text of texts) engine.lint(text);
    if (pass >= 2) best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function floor(runs: number, count: number): Promise<void> {
  const folder = benchFolder(count);
  const floored = await floorCli();
  const loadAtStart = load();
  try {
    const ours: Contender = { name: 'gov-report-lint', args: (f) => [path.join(ROOT, 'dist', 'cli.js'), f] };
    const kept: Contender = { name: 'floor', args: (f) => [floored, f] };
    const autocorrect = autocorrectCli();
    const contenders = [ours, kept];
    if (autocorrect) contenders.push({ name: 'AutoCorrect --lint', args: (f) => [autocorrect, '--lint', f] });
    const times = sideBySide(contenders, folder, runs);
    const warm = warmLints(folder);
    const med = (name: string) => median((times.get(name) ?? []).map((t) => t.ms));
    const base = autocorrect ? med('AutoCorrect --lint') : NaN;
    const ratio = (ms: number) => (autocorrect ? `${fmt(ms / base, 2)}×` : 'n/a');
    console.log(
      `CLI over ${fmt(count)} typical reports, ${runs} runs each in turn, medians; load average ${loadAtStart} at the start, ${load()} at the end`,
    );
    console.log('| | wall | ÷ AutoCorrect |');
    console.log('|---|---|---|');
    console.log(`| gov-report-lint | ${fmt(med(ours.name))} ms | ${ratio(med(ours.name))} |`);
    console.log(
      `| the same CLI, each distinct text linted once (all but the engine) | ${fmt(med(kept.name))} ms | ${ratio(med(kept.name))} |`,
    );
    const best = med(kept.name) + warm;
    console.log(`| that + the engine's ${fmt(count)} lints warm (${fmt(warm)} ms, in this process) | ${fmt(best)} ms | ${ratio(best)} |`);
    if (autocorrect) console.log(`| AutoCorrect --lint | ${fmt(base)} ms | 1.00× |`);
    const engine = med(ours.name) - med(kept.name);
    console.log(
      `\nThe engine's ${fmt(count)} lints in a fresh process: ~${fmt(engine)} ms of wall time, ${fmt(engine / warm, 1)}× the same lints warm.` +
        (autocorrect ? ` Half of AutoCorrect leaves them ${fmt(base / 2 - med(kept.name))} ms.` : ''),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(path.dirname(floored), { recursive: true, force: true });
  }
}

function main(): void {
  const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(option('runs') ?? 5);
  const other = option('cli');
  const keep = process.argv.includes('--keep');
  const count = Number(option('count') ?? 1000);
  if (process.argv.includes('--floor')) {
    void floor(runs, count);
    return;
  }
  const folder = benchFolder(count);
  const loadAtStart = load();
  try {
    const contenders: Contender[] = [{ name: 'gov-report-lint', args: (f) => [path.join(ROOT, 'dist', 'cli.js'), f] }];
    if (other) contenders.push({ name: `gov-report-lint (${other})`, args: (f) => [path.resolve(other), f] });
    const autocorrect = autocorrectCli();
    if (autocorrect) contenders.push({ name: 'AutoCorrect --lint', args: (f) => [autocorrect, '--lint', f] });
    else console.log('AutoCorrect not installed: npm install --no-save autocorrect-node@2.14.0');
    const times = sideBySide(contenders, folder, runs);
    const base = times.get('AutoCorrect --lint');
    const best = (ts: Timed[], key: 'ms' | 'cpu') => Math.min(...ts.map((t) => t[key]));
    const med = (ts: Timed[], key: 'ms' | 'cpu') => median(ts.map((t) => t[key]));
    console.log(
      `CLI over ${fmt(count)} typical reports, ${runs} runs each in turn; load average ${loadAtStart} at the start, ${load()} at the end`,
    );
    console.log(
      '| | wall best | wall median | CPU best | CPU median | wall ÷ AutoCorrect (best, median) | CPU ÷ AutoCorrect (best, median) | exit |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [name, ts] of times) {
      const ratio = (key: 'ms' | 'cpu') =>
        base ? `${fmt(best(ts, key) / best(base, key), 2)}× · ${fmt(med(ts, key) / med(base, key), 2)}×` : 'n/a';
      console.log(
        `| ${name} | ${fmt(best(ts, 'ms'))} ms | ${fmt(med(ts, 'ms'))} ms | ${fmt(best(ts, 'cpu'))} ms | ${fmt(med(ts, 'cpu'))} ms | ` +
          `${ratio('ms')} | ${ratio('cpu')} | ${ts[0].status} |`,
      );
    }
    // Start-up alone: a folder with no report in it (exit 2), next to Node starting and doing nothing.
    const empty = mkdtempSync(path.join(os.tmpdir(), 'gov-report-lint-bench-empty-'));
    try {
      const startRuns = Math.max(runs, 10);
      const start = sideBySide(
        [...contenders.filter((c) => c.name.startsWith('gov-report-lint')), { name: 'node -e 0', args: () => ['-e', '0'] }],
        empty,
        startRuns,
      );
      console.log(`\nStart-up: an empty folder, ${startRuns} runs each in turn`);
      console.log('| | wall best | wall median | CPU best | CPU median |');
      console.log('|---|---|---|---|---|');
      for (const [name, ts] of start) {
        console.log(
          `| ${name} | ${fmt(best(ts, 'ms'))} ms | ${fmt(med(ts, 'ms'))} ms | ${fmt(best(ts, 'cpu'))} ms | ${fmt(med(ts, 'cpu'))} ms |`,
        );
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  } finally {
    if (keep) console.log(`folder kept: ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) main();
