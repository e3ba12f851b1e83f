// Requests to the browser driver (scripts/e2e/run-code-server.mjs): what a test cannot do
// from the extension host, as a click inside a webview's page, which lies in frames of the
// workbench page. The test writes request-<id>.json into the driver's folder
// (GOVREPORT_E2E_SCENES) and waits for request-<id>.answer.json. Without a driver (the
// Electron host, scripts/e2e/run-electron.mjs) there is no one to ask: hasDriver() is false.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DriverAnswer {
  ok: boolean;
  message: string;
}

export function hasDriver(): boolean {
  return Boolean(process.env.GOVREPORT_E2E_SCENES);
}

/** Each test file is bundled with its own copy of this module: ids carry the time too. */
let count = 0;

/** Asks the driver to click the first element matching `selector` in a webview's page. */
export function clickInWebview(selector: string, timeoutMs = 45_000): Promise<DriverAnswer> {
  return ask({ action: 'clickInWebview', selector }, timeoutMs);
}

/**
 * Asks the driver how far the webview page holding `selector` is scrolled down (scrollY),
 * after scrolling it to `scrollTo` as the clerk would, when given.
 */
export function scrollOfWebview(selector: string, scrollTo?: number, timeoutMs = 45_000): Promise<DriverAnswer & { scrollY?: number }> {
  return ask({ action: 'scrollOfWebview', selector, scrollTo }, timeoutMs);
}

async function ask(what: Record<string, unknown>, timeoutMs: number): Promise<DriverAnswer & { scrollY?: number }> {
  const dir = process.env.GOVREPORT_E2E_SCENES;
  if (!dir) throw new Error('no browser driver (GOVREPORT_E2E_SCENES is not set)');
  const id = `${Date.now()}-${process.pid}-${count++}`;
  const request = path.join(dir, `request-${id}.json`);
  const answer = path.join(dir, `request-${id}.answer.json`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ ...what, timeoutMs: timeoutMs - 5_000 }));
  fs.renameSync(`${request}.tmp`, request);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (fs.existsSync(answer)) return JSON.parse(fs.readFileSync(answer, 'utf8')) as DriverAnswer & { scrollY?: number };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { ok: false, message: `the driver did not answer within ${timeoutMs} ms` };
}
