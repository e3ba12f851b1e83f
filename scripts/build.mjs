// Bundles the three entry points into dist/ with esbuild:
//   dist/extension.js  the VS Code client (vscode is provided by the host)
//   dist/server.js     the language server; runs standalone: node dist/server.js --stdio
//   dist/checkWorker.js the server's worker thread for checking large documents
//   dist/readers.js    the web page, Word and PDF readers, loaded by the server and the CLI
//                      when they meet such a file
//   dist/cli.js        the command-line checker (gov-report-lint): starts dist/cli-main.js
//                      from its V8 code cache, dist/cli-main.cache, made here after the build
//   dist/cliWorker.js  its worker threads, for a large folder (server/src/cli/pool.ts)
//   dist/iconv.js      iconv-lite, loaded by the CLI on the first file not in UTF-8
// Usage: node scripts/build.mjs [--watch] [--minify]
// Imported (scripts/bench-cli.ts --floor), it builds nothing: it gives the CLI's bundle options
// and makeCodeCache, so that a variant of the CLI is built exactly as the shipped one.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/**
 * fdir (tinyglobby's folder walker) looks for picomatch at start-up with a require made by
 * createRequire, which esbuild does not see: every run of the CLI loaded picomatch from
 * node_modules beside dist/ (a copy of its own, not in the code cache: 2–4 ms of each start),
 * or failed to find it in a package without node_modules. Made a plain require, esbuild bundles
 * the picomatch fdir resolves to, the one tinyglobby already brings (no bytes more).
 * @type {esbuild.Plugin}
 */
const fdirPicomatch = {
  name: 'fdir-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const optional = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      if (!optional.test(source)) throw new Error(`${args.path}: fdir no longer loads picomatch as build.mjs expects`);
      return { contents: source.replace(optional, 'pm = require("picomatch");'), loader: 'js' };
    });
  },
};

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  plugins: [fdirPicomatch],
};

// pdf.js (an ES module) asks import.meta.url for createRequire; in these CommonJS bundles
// it is the bundle's own file URL.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

/** The CLI's bundle (dist/cli-main.js), the one its code cache is made for. */
export function cliMainEntry(outfile = 'dist/cli-main.js') {
  return {
    entryPoints: ['server/src/cli/main.ts'],
    outfile,
    // Its first line names this build: the code cache made below is taken for this bundle only.
    banner: { js: `// gov-report-lint build ${randomUUID()}\n${importMetaUrl}` },
    // The readers are dist/readers.js (see above), loaded on first use: inlined, they made
    // the CLI a 5.9 MB file that every run, a folder of text reports included, parsed.
    // iconv-lite's code pages (dist/iconv.js) likewise: 40% of the bundle, compiled at every
    // start, needed only for a file in GB18030 or UTF-16.
    define: {
      'import.meta.url': '__importMetaUrl',
      READERS_BUNDLE: '"readers.js"',
      CLI_WORKER_BUNDLE: '"cliWorker.js"',
      ICONV_BUNDLE: '"iconv.js"',
    },
  };
}

/**
 * The CLI's code cache (server/src/cli/start.ts): the CLI (`cli`, its start file) run once over
 * the examples, its compiled code saved at exit. A run starts from it, for this bundle and this
 * Node only.
 */
export function makeCodeCache(cli = 'dist/cli.js') {
  const made = spawnSync(process.execPath, [cli, 'examples', '--format', 'json'], {
    env: { ...process.env, GOV_REPORT_LINT_CODE_CACHE: 'write' },
    stdio: 'ignore',
  });
  if (made.status !== 0 && made.status !== 1) console.warn(`build: the CLI's code cache was not made (exit ${made.status})`);
}

export { common as bundleOptions };

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server's check worker (a worker thread for large documents), a file of its own.
  { entryPoints: ['server/src/lsp/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
  {
    entryPoints: ['server/src/server.ts'],
    outfile: 'dist/server.js',
    // Word and PDF readers (last year's report on disk) are a file of their own, loaded
    // on first use: mammoth and pdf.js would double the server's start-up time.
    define: { READERS_BUNDLE: '"readers.js"' },
  },
  {
    entryPoints: ['server/src/workspace/readFile.ts'],
    outfile: 'dist/readers.js',
    banner: { js: importMetaUrl },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
  {
    // The CLI's start (bin): starts dist/cli-main.js from V8's code cache (see below).
    entryPoints: ['server/src/cli/start.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { CLI_MAIN_BUNDLE: '"cli-main.js"' },
  },
  cliMainEntry(),
  { entryPoints: ['server/src/cli/iconv.ts'], outfile: 'dist/iconv.js' },
  {
    entryPoints: ['server/src/cli/worker.ts'],
    outfile: 'dist/cliWorker.js',
    // It is given the text the main thread read: the readers stay out of it too, and iconv-lite.
    define: { READERS_BUNDLE: '"readers.js"', ICONV_BUNDLE: '"iconv.js"' },
  },
];

// Run (node scripts/build.mjs), not imported: the main module's path is this file's, through any
// link in it (import.meta.url is the real path).
const run = process.argv[1] !== undefined && realpathSync(path.resolve(process.argv[1])) === fileURLToPath(import.meta.url);
if (run) {
  for (const entry of entries) {
    const options = { ...common, ...entry };
    if (watch) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
    } else {
      await esbuild.build(options);
    }
  }
  if (watch) console.log('esbuild: watching for changes…');
  else makeCodeCache();
}
