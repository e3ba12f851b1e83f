// Adds up StrykerJS JSON reports of parts of the engine (runs split by directory, as the
// whole engine is too slow for one sitting) into one mutation score per directory and for
// the whole engine, with Stryker's own definition: detected (killed + timed out) over
// valid (detected + survived + not covered); ignored, compile and runtime errors left out.
//
//   node scripts/mutation-merge.mjs reports/mutation/parts/*.json
//   node scripts/mutation-merge.mjs --markdown reports/mutation/parts/*.json
//   node scripts/mutation-merge.mjs --list reports/mutation/parts/*.json   # name unmeasured files
//
// Where a file is in several reports, a report of the file as it is now counts first, then
// the newest (by its `timestamp`, else the report file's modification time), then the one
// given last. A file whose source has changed since its report is "stale"; an
// engine file in no report is "not measured"; both are listed, and the whole-engine figure
// says how much of the engine it covers, so that a partial figure is never taken for a
// whole one.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';

const ROOT = 'server/src/engine';
const EXCLUDED = new Set(['server/src/engine/types.ts']); // as in stryker.config.json

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const reports = args.filter((a) => !a.startsWith('--') && !a.endsWith('.stryker.json'));
if (reports.length === 0) {
  console.error('usage: node scripts/mutation-merge.mjs [--markdown] <mutation.json>...');
  process.exit(2);
}

function engineFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return engineFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') && !EXCLUDED.has(path) ? [path] : [];
  });
}

/**
 * What a run mutated, from the config scripts/mutation-parts.mjs wrote beside its report:
 * a report also lists, from the incremental file, results of files the run did not test,
 * which may be older than that file's own report.
 */
function mutatedBy(path) {
  const config = path.replace(/\.json$/, '.stryker.json');
  if (!existsSync(config)) return () => true;
  const globs = JSON.parse(readFileSync(config, 'utf8')).mutate.filter((g) => !g.startsWith('!'));
  return (file) => globs.some((g) => (g.endsWith('/**/*.ts') ? file.startsWith(g.slice(0, -'**/*.ts'.length)) : file === g));
}

/** The report's files, keyed by their path relative to the project. */
function filesOf(path) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const mutated = mutatedBy(path);
  const out = new Map();
  for (const [file, result] of Object.entries(report.files)) {
    const rel = file.startsWith('/') ? relative(process.cwd(), file) : file;
    if (mutated(rel)) out.set(rel, result);
  }
  // Stryker's JSON report has no time of its own: the file's modification time stands in.
  return { files: out, mutated, time: report.timestamp ? Date.parse(report.timestamp) : statSync(path).mtimeMs };
}

const sourceNow = new Map();
/** Whether a report measured the file as it is now. */
const current = (file, result) => {
  if (!sourceNow.has(file)) sourceNow.set(file, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  return sourceNow.get(file) === result.source;
};

const compareRanks = (a, b) => {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i < 0 ? 0 : a[i] - b[i];
};

const latest = new Map(); // file → { result, rank, report }
const scopes = []; // what each run mutated: a file of its scope missing from its report has no mutants
reports.forEach((path, order) => {
  const { files, mutated, time } = filesOf(path);
  if (existsSync(path.replace(/\.json$/, '.stryker.json'))) scopes.push(mutated);
  for (const [file, result] of files) {
    const had = latest.get(file);
    // A report of the file as it is now first (an older one's results may be of other code),
    // then the newest, then the one given last.
    const rank = [current(file, result) ? 1 : 0, time, order];
    if (!had || compareRanks(rank, had.rank) > 0) latest.set(file, { result, rank, report: path });
  }
});

const STATUS = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' };
const zero = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0, files: 0 });
const add = (a, b) => {
  for (const k of Object.keys(a)) a[k] += b[k];
};

function count(result) {
  const c = zero();
  c.files = 1;
  for (const m of result.mutants) {
    const key = STATUS[m.status];
    if (key) c[key]++;
    else if (m.status === 'Ignored') c.ignored++;
    else c.errors++; // CompileError, RuntimeError, Pending
  }
  return c;
}

const directoryOf = (file) => {
  const d = dirname(relative(ROOT, file));
  return d === '.' ? '(top level)' : `${d}/`;
};

const perDirectory = new Map();
const whole = zero();
const stale = [];
const notMeasured = [];
for (const file of engineFiles(ROOT).sort()) {
  const dir = directoryOf(file);
  if (!perDirectory.has(dir)) perDirectory.set(dir, { ...zero(), filesInEngine: 0 });
  const d = perDirectory.get(dir);
  d.filesInEngine++;
  const entry = latest.get(file);
  if (!entry) {
    if (scopes.some((inScope) => inScope(file))) {
      d.files++; // measured: no mutant in it
      whole.files++;
    } else notMeasured.push(file);
    continue;
  }
  if (existsSync(file) && readFileSync(file, 'utf8') !== entry.result.source) stale.push(file);
  const c = count(entry.result);
  add(d, { ...c, filesInEngine: 0 });
  add(whole, c);
}

const score = (c) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? NaN : (100 * detected) / valid;
};
const pct = (n) => (Number.isNaN(n) ? '—' : `${n.toFixed(2)}%`);

const rows = [...perDirectory].sort(([a], [b]) => a.localeCompare(b));
if (markdown) {
  console.log(
    '| part of `server/src/engine` | files measured | mutants scored | killed | timed out | survived | not covered | static (ignored) | score |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const line = (name, c, files) =>
    console.log(
      `| ${name} | ${files} | ${c.killed + c.timeout + c.survived + c.noCoverage} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | **${pct(score(c))}** |`,
    );
  for (const [dir, c] of rows) line(`\`${dir}\``, c, `${c.files}/${c.filesInEngine}`);
  line('**whole engine**', whole, `${whole.files}/${whole.files + notMeasured.length}`);
} else {
  for (const [dir, c] of rows) {
    const valid = c.killed + c.timeout + c.survived + c.noCoverage;
    console.log(
      `${dir.padEnd(14)} ${String(c.files).padStart(3)}/${String(c.filesInEngine).padEnd(3)} files  ${String(valid).padStart(5)} mutants  ` +
        `${c.killed} killed, ${c.timeout} timeout, ${c.survived} survived, ${c.noCoverage} no coverage, ${c.ignored} ignored  ${pct(score(c))}`,
    );
  }
  console.log(`whole engine: ${pct(score(whole))} over ${whole.files} of ${whole.files + notMeasured.length} files`);
}
if (stale.length) console.log(`stale (changed since measured): ${stale.join(', ')}`);
if (notMeasured.length)
  console.log(
    args.includes('--list') || notMeasured.length <= 10
      ? `not measured: ${notMeasured.join(', ')}`
      : `not measured: ${notMeasured.length} files (--list names them)`,
  );
