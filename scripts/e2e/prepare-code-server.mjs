// Prepares code-server (VS Code 1.100 server + web workbench) offline, for the
// end-to-end suite (npm run test:e2e). Only the npm registry is used; nothing else is
// downloaded, so every install script that would fetch a prebuilt binary is skipped
// (--ignore-scripts) and the native modules are compiled locally with `npm rebuild`.
//
//   node scripts/e2e/prepare-code-server.mjs [--force]
//
// Result: .cache/code-server/node_modules/code-server (ignored by git). A stamp file
// marks a complete install, so a second run returns at once; --force reinstalls.
// Needs: node 20, npm, a C/C++ toolchain with python3 (node-gyp), and ripgrep (`rg`,
// Debian package `ripgrep`), which replaces the binary @vscode/ripgrep would download.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = path.join(repo, '.cache', 'code-server');
export const codeServerDir = path.join(cacheDir, 'node_modules', 'code-server');
export const entryScript = path.join(codeServerDir, 'out', 'node', 'entry.js');
const stampFile = path.join(cacheDir, `.prepared-${CODE_SERVER_VERSION}-node${process.versions.modules}`);

/** Native modules of VS Code's server that must load, built from source here. */
const VSCODE_NATIVE = ['node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog'];

const log = (message) => console.log(`prepare-code-server: ${message}`);

export function isPrepared() {
  return fs.existsSync(stampFile) && fs.existsSync(entryScript);
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The environment for nested npm runs: without the npm_* variables of an enclosing
 * `npm run` (they describe this project, not the cache folder), with the local Node
 * headers for node-gyp (it would otherwise download them), and never another registry.
 */
function npmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  return { ...env, ...extra };
}

function run(command, args, cwd, extraEnv) {
  const started = Date.now();
  log(`${path.relative(repo, cwd) || '.'}$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env: npmEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    process.stderr.write(output.split('\n').slice(-60).join('\n'));
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
  }
  log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return output;
}

/** Requires each module from `cwd` in a fresh node, so a broken native build fails here. */
function checkLoads(cwd, modules) {
  const script = modules.map((m) => `require(${JSON.stringify(m)});`).join('');
  const result = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`native modules do not load in ${cwd}: ${result.stderr}`);
  log(`  loads: ${modules.join(', ')}`);
}

export function prepareCodeServer({ force = false } = {}) {
  if (!force && isPrepared()) {
    log(`cached (${path.relative(repo, codeServerDir)})`);
    return codeServerDir;
  }
  const started = Date.now();
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on PATH: apt-get install ripgrep');

  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  // Its own package.json keeps npm from treating the project as the prefix.
  fs.writeFileSync(
    path.join(cacheDir, 'package.json'),
    JSON.stringify({ name: 'gov-report-lint-e2e-code-server', private: true, description: 'cache, see scripts/e2e' }, null, 2),
  );

  // 1. code-server itself; its postinstall would download binaries, so it is replayed by hand.
  run('npm', ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], cacheDir);

  // 2. VS Code's server dependencies, with the native ones compiled locally.
  const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  // node-pty's postinstall runs `npx node-gyp`: yes=true lets npx fetch it from the registry.
  run('npm', ['rebuild', '--foreground-scripts', ...VSCODE_NATIVE], vscodeDir, { npm_config_yes: 'true' });
  checkLoads(vscodeDir, VSCODE_NATIVE);

  const rgTarget = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  fs.mkdirSync(path.dirname(rgTarget), { recursive: true });
  fs.copyFileSync(rg, rgTarget);
  fs.chmodSync(rgTarget, 0o755);

  const asar = path.join(vscodeDir, 'node_modules.asar');
  fs.rmSync(asar, { recursive: true, force: true });
  fs.symlinkSync('node_modules', asar);

  // Shared dependencies of the built-in extensions (typescript).
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'));

  // 3. code-server's own native module (password hashing; loaded at start-up).
  run('npm', ['rebuild', '--foreground-scripts', 'argon2'], cacheDir);
  checkLoads(cacheDir, ['argon2']);

  fs.writeFileSync(stampFile, `${new Date().toISOString()} node ${process.version}\n`);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${path.relative(repo, codeServerDir)}`);
  return codeServerDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    prepareCodeServer({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`prepare-code-server: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
