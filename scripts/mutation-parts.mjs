// Mutation testing of the engine one part at a time, each part's StrykerJS report kept in
// reports/mutation/parts/<part>.json, then all reports added up (scripts/mutation-merge.mjs).
// The whole engine in one run takes longer than a sitting on a loaded 2-core machine; run
// by part, an interrupted run loses one part at most, and the incremental file
// (stryker.config.json) makes a rerun of an unchanged part cheap.
//
//   node scripts/mutation-parts.mjs                  # every part, biggest gap first
//   node scripts/mutation-parts.mjs parse format     # some parts
//   node scripts/mutation-merge.mjs reports/mutation/parts/*.json
//
// Parts: the engine's directories, `top` for the files directly in it, or one file
// (`parse/tokens.ts`) when a directory is too big for one sitting.

import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = 'server/src/engine';
const OUT = 'reports/mutation/parts';
const ALL = ['parse', 'format', 'text', 'balance', 'narrative', 'top', 'render', 'rules'];

// --concurrency N and --incremental FILE: a second run beside a first one, with its own file.
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const concurrency = option('--concurrency');
const incrementalFile = option('--incremental');
const parts = args;
const wanted = parts.length ? parts : ALL;
const dirs = readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory());
const isFile = (part) => part.endsWith('.ts') && existsSync(join(ROOT, part));
for (const part of wanted) {
  if (part !== 'top' && !dirs.includes(part) && !isFile(part)) {
    console.error(`no part ${part}: one of top, ${dirs.join(', ')} or a file in ${ROOT}`);
    process.exit(2);
  }
}

mkdirSync(OUT, { recursive: true });
const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
delete base.$schema;
for (const part of wanted) {
  const mutate =
    part === 'top'
      ? readdirSync(ROOT)
          .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
          .map((f) => `${ROOT}/${f}`)
      : isFile(part)
        ? [`${ROOT}/${part}`]
        : [`${ROOT}/${part}/**/*.ts`];
  const name = part.replace(/\//g, '--');
  const config = {
    ...base,
    mutate,
    jsonReporter: { fileName: `${OUT}/${name}.json` },
    htmlReporter: { fileName: `${OUT}/${name}.html` },
    reporters: ['progress-append-only', 'json', 'html'],
    ...(concurrency ? { concurrency: Number(concurrency) } : {}),
    ...(incrementalFile ? { incrementalFile } : {}),
  };
  const path = `${OUT}/${name}.stryker.json`;
  writeFileSync(path, JSON.stringify(config, null, 2));
  console.log(`== ${part}: ${mutate.join(' ')}`);
  const run = spawnSync('npx', ['stryker', 'run', path], { stdio: 'inherit' });
  // Stryker exits non-zero below the break threshold; the report is written all the same.
  if (run.status !== 0) console.log(`== ${part}: stryker exited with ${run.status}`);
}
