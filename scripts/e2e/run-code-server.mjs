// Host 2 of the end-to-end suite: the real VS Code workbench served by code-server, driven
// by Debian's headless Chromium, all offline (npm run test:e2e; CI runs it).
//
//   1. build the extension (dist/) and the suite (out/e2e/), prepare code-server (cached),
//      package the extension as a .vsix (npm run package) and install it into a throwaway
//      profile with code-server --install-extension: the suite runs against the installed
//      extension, exactly what a user gets (GOVREPORT_E2E_FROM_SOURCE=1 runs the working
//      tree instead)
//   2. start code-server on a free loopback port with that profile
//   3. open the workbench in Chromium with the test run in the URL's payload: the
//      workbench starts an extension development host, which loads our extension and
//      runs test/e2e/suite/index.ts
//   4. while the suite runs, a test may ask this driver to do what only the browser can
//      (driver requests, below: a click inside a webview, which the extension host cannot
//      reach), and waits for the answer
//   5. the suite writes test-results/e2e-results.json and opens a seed with the Problems
//      panel; this driver screenshots it (test-results/e2e-workbench.png), reports, and
//      stops code-server and Chromium by their process ids
//
// Driver requests: the suite writes request-<id>.json ({ action: 'clickInWebview',
// selector } or { action: 'scrollOfWebview', selector, scrollTo? }) into the scenes folder (GOVREPORT_E2E_SCENES); this driver performs it in the
// page and answers with request-<id>.answer.json ({ ok, message }).
//
// Environment: CHROMIUM (path to the browser, default `command -v chromium`),
// GOVREPORT_E2E_TIMEOUT_MS (default 480000), GOVREPORT_E2E_GREP (run matching tests only).

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { prepareCodeServer, entryScript } from './prepare-code-server.mjs';
import { buildSuite, repo, suiteIndex } from './build-suite.mjs';

const TIMEOUT_MS = Number(process.env.GOVREPORT_E2E_TIMEOUT_MS ?? 480_000);
const resultsDir = path.join(repo, 'test-results');
const resultsFile = path.join(resultsDir, 'e2e-results.json');
const screenshotPattern = /^e2e-.*\.png$/;
const workspace = path.join(repo, 'test', 'e2e', 'fixtures');

const log = (message) => console.log(`e2e: ${message}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM)');
  return found;
}

/** Polls until `check()` is truthy, or rejects after `ms`. Bounded in count and time. */
async function until(what, ms, check, every = 250) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

function kill(child, name) {
  if (!child || child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // its whole process group: extension hosts too
  } catch {
    try {
      child.kill('SIGTERM');
    } catch {
      log(`could not stop ${name} (pid ${child.pid})`);
    }
  }
}

async function main() {
  const started = Date.now();
  const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: repo });
  if (build.status !== 0) throw new Error('node scripts/build.mjs failed');
  await buildSuite();
  prepareCodeServer();

  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  for (const old of fs.readdirSync(resultsDir).filter((f) => screenshotPattern.test(f))) fs.rmSync(path.join(resultsDir, old));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-code-server-'));
  const userData = path.join(profile, 'user-data');
  const scenesDir = path.join(profile, 'scenes');
  fs.mkdirSync(scenesDir);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  // A quiet workbench: no welcome page, no trust prompt, no update or telemetry traffic.
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'workbench.enableExperiments': false,
        'workbench.tips.enabled': false,
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
      },
      null,
      2,
    ),
  );

  // Keep code-server (config.yaml with a password, logs) and Chromium out of $HOME.
  const isolated = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(profile, 'config'),
    XDG_DATA_HOME: path.join(profile, 'data'),
    XDG_CACHE_HOME: path.join(profile, 'cache'),
  };

  const extensionPath = installVsix(isolated, path.join(profile, 'extensions'));

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const codeServer = spawn(
    process.execPath,
    [
      entryScript,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      path.join(profile, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--config',
      path.join(profile, 'config.yaml'),
    ],
    {
      cwd: repo,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...isolated,
        GOVREPORT_E2E_RESULTS: resultsFile,
        GOVREPORT_E2E_SCENES: scenesDir,
      },
    },
  );
  const serverLog = fs.createWriteStream(path.join(resultsDir, 'code-server.log'));
  codeServer.stdout.pipe(serverLog);
  codeServer.stderr.pipe(serverLog);

  let browser;
  let failed;
  try {
    await until('code-server to answer', 60_000, () =>
      codeServer.exitCode === null
        ? answers(`${base}/healthz`)
        : Promise.reject(new Error(`code-server exited with ${codeServer.exitCode}; see test-results/code-server.log`)),
    );
    log(`code-server ready on ${base}`);

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(suiteIndex)],
    ];
    const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await chromium.launch({
      executablePath: findChromium(),
      env: isolated,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    log('workbench opened; the suite runs in the extension host');

    const exited = () => {
      if (codeServer.exitCode !== null) throw new Error(`code-server exited with ${codeServer.exitCode}`);
      return false;
    };
    const answered = new Set();
    await until(
      'the suite to write its results',
      TIMEOUT_MS,
      async () => exited() || (await serveRequests(page, scenesDir, answered)) || fs.existsSync(resultsFile),
      500,
    );
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    await screenshotScenes(page, exited, scenesDir);

    log(`host: ${results.host}`);
    for (const f of results.failures) console.log(`\n✖ ${f.title}\n${f.message}\n`);
    log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    console.log(`e2e: ${results.passes.length} passed, ${results.failures.length} failed`);
    failed = results.failures.length > 0 || results.passes.length === 0;
  } finally {
    await browser?.close().catch(() => undefined);
    kill(codeServer, 'code-server');
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

/**
 * Packages the extension and installs the .vsix into `extensionsDir`; returns the installed
 * extension's folder. With GOVREPORT_E2E_FROM_SOURCE=1, the repository itself.
 */
function installVsix(env, extensionsDir) {
  if (process.env.GOVREPORT_E2E_FROM_SOURCE === '1') {
    log('running against the working tree (GOVREPORT_E2E_FROM_SOURCE=1)');
    return repo;
  }
  const { name, publisher, version } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const vsix = path.join(os.tmpdir(), `${name}-${version}-e2e-${process.pid}.vsix`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packaged = spawnSync(npm, ['run', '-s', 'package', '--', '--out', vsix], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (packaged.status !== 0) throw new Error('npm run package failed');
  const installed = spawnSync(process.execPath, [entryScript, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
  fs.rmSync(vsix, { force: true });
  if (installed.status !== 0) throw new Error(`code-server --install-extension failed: ${installed.stderr || installed.stdout}`);
  const folder = path.join(extensionsDir, `${publisher}.${name}-${version}`.toLowerCase());
  if (!fs.existsSync(path.join(folder, 'package.json'))) throw new Error(`the installed extension is not in ${folder}`);
  log(`installed ${path.basename(vsix)} into ${path.relative(os.tmpdir(), folder)}`);
  return folder;
}

/**
 * Performs the suite's pending driver requests (see the top of this file), each once, and
 * answers each. Returns false: serving requests never ends the wait for the results.
 */
async function serveRequests(page, scenesDir, answered) {
  const pending = fs.readdirSync(scenesDir).filter((f) => /^request-[\w-]+\.json$/.test(f) && !answered.has(f));
  for (const file of pending) {
    answered.add(file);
    let answer;
    try {
      const request = JSON.parse(fs.readFileSync(path.join(scenesDir, file), 'utf8'));
      if (request.action === 'clickInWebview') answer = await clickInWebview(page, request.selector, request.timeoutMs ?? 30_000);
      else if (request.action === 'scrollOfWebview')
        answer = await scrollOfWebview(page, request.selector, request.scrollTo, request.timeoutMs ?? 30_000);
      else answer = { ok: false, message: `unknown request ${JSON.stringify(request.action)}` };
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    log(`request ${file}: ${answer.message}`);
    const target = path.join(scenesDir, file.replace(/\.json$/, '.answer.json'));
    fs.writeFileSync(`${target}.tmp`, JSON.stringify(answer));
    fs.renameSync(`${target}.tmp`, target);
  }
  return false;
}

/**
 * Clicks, as a user does with the mouse, the first element matching `selector` in any
 * frame of the page: a webview's page lies in frames nested in the workbench
 * (iframe.webview → iframe#active-frame), out of the extension host's reach. Waits for it
 * to appear (the webview loads a moment after its command).
 */
async function clickInWebview(page, selector, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no frame has it';
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        const target = frame.locator(selector).first();
        if ((await target.count()) === 0) continue;
        const text = (await target.textContent({ timeout: 5_000 }))?.trim();
        await target.scrollIntoViewIfNeeded({ timeout: 5_000 });
        await target.click({ timeout: 5_000 });
        return { ok: true, message: `clicked ${selector} (${text}) in a webview frame` };
      } catch (error) {
        last = error instanceof Error ? error.message.split('\n')[0] : String(error);
      }
    }
    if (Date.now() > deadline) return { ok: false, message: `could not click ${selector}: ${last}` };
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * The vertical scroll of the webview page holding `selector`, after scrolling it to
 * `scrollTo` (as the clerk does with the wheel) when given.
 */
async function scrollOfWebview(page, selector, scrollTo, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if ((await frame.locator(selector).count()) === 0) continue;
        if (typeof scrollTo === 'number') {
          await frame.evaluate((y) => globalThis.scrollTo(0, y), scrollTo);
          await new Promise((r) => setTimeout(r, 500));
        }
        const scrollY = await frame.evaluate(() => globalThis.scrollY);
        return { ok: true, message: `${selector}: scrollY ${scrollY}`, scrollY };
      } catch {
        // the frame went away (the page was redrawn): look again
      }
    }
    if (Date.now() > deadline) return { ok: false, message: `no webview frame has ${selector}` };
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Screenshots each scene the suite announces (scene-<n>.json) as test-results/e2e-<name>.png. */
async function screenshotScenes(page, exited, scenesDir) {
  for (let i = 0; ; i++) {
    const announced = path.join(scenesDir, `scene-${i}.json`);
    const end = path.join(scenesDir, 'scenes.end');
    try {
      await until(`screenshot scene ${i}`, 90_000, () => exited() || fs.existsSync(announced) || fs.existsSync(end), 250);
    } catch (error) {
      log(`screenshots stopped: ${error.message}`);
      return;
    }
    if (!fs.existsSync(announced)) return;
    const { name, description, expect } = JSON.parse(fs.readFileSync(announced, 'utf8'));
    try {
      // Hovers, menus and webviews render a moment after the command that opens them.
      await new Promise((r) => setTimeout(r, 3_000));
      const shown = expect ? await bringUp(page, expect) : true;
      if (!shown) log(`scene ${name}: ${expect.selector} did not appear; screenshot taken anyway`);
      // A hover fades in: taken the moment it is visible, it is still half transparent.
      await new Promise((r) => setTimeout(r, 800));
      const file = path.join(resultsDir, `e2e-${name}.png`);
      await page.screenshot({ path: file });
      log(`screenshot: ${path.relative(repo, file)} (${description})`);
    } catch (error) {
      log(`could not take the screenshot ${name}: ${error.message}`);
    } finally {
      fs.writeFileSync(path.join(scenesDir, `scene-${i}.done`), 'done');
    }
  }
}

/**
 * Makes sure what a scene shows is on screen (`expect.selector` visible). The scene ran the
 * command from the extension host; where the headless page did not give the editor focus,
 * nothing appeared, so do what a user does: the keyboard shortcut in the editor (Ctrl+K
 * Ctrl+I, Show Hover), then the mouse resting on `expect.token` of the line that starts
 * with `expect.line`. Returns whether it is visible.
 */
async function bringUp(page, expect) {
  const target = page.locator(expect.selector).first();
  const visible = async (ms) => {
    try {
      await target.waitFor({ state: 'visible', timeout: ms });
      return true;
    } catch {
      return false;
    }
  };
  if (await visible(2_000)) return true;
  try {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
  } catch (error) {
    log(`keyboard: ${error.message}`);
  }
  if (await visible(4_000)) return true;
  if (!expect.line || !expect.token) return false;
  try {
    const line = page.locator('.monaco-editor .view-line', { hasText: expect.line }).first();
    const token = line.locator('span > span', { hasText: new RegExp(`^${expect.token}$`) }).first();
    const box = await token.boundingBox({ timeout: 5_000 });
    if (!box) return false;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  } catch (error) {
    log(`mouse: ${error.message}`);
    return false;
  }
  return visible(6_000);
}

main().catch((error) => {
  console.error(`e2e: ${error instanceof Error ? error.message : error}`);
  // The harness itself failed (no results, a timeout): still close with the count line.
  let passed = 0;
  try {
    passed = JSON.parse(fs.readFileSync(resultsFile, 'utf8')).passes.length;
  } catch {
    // no results written
  }
  console.log(`e2e: ${passed} passed, 1 failed`);
  process.exitCode = 1;
});
