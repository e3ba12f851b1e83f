// Shared helpers of the end-to-end suite. Everything here runs inside VS Code's extension
// host; waits are event-driven (onDidChangeDiagnostics, onDidOpenTextDocument, …) with a
// timeout, never fixed sleeps.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gov-report-lint.gov-report-lint';
export const LANGUAGE_ID = 'govreport';
export const SOURCE = 'gov-report-lint';
export const FIX_ALL_KIND = 'source.fixAll.govreport';

/** The bundle lives in out/e2e/suite/, three levels below the repository. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const seedsDir = path.join(repoRoot, 'test', 'fixtures', 'seeds');
export const fixturesDir = path.join(repoRoot, 'test', 'e2e', 'fixtures');

/** Default wait for the server to answer; generous for a cold start on a 2-core CI box. */
export const WAIT_MS = 30_000;

/** The seed whose file name starts with `prefix` (000 … 004). */
export function seedPath(prefix: string): string {
  const name = fs.readdirSync(seedsDir).find((file) => file.startsWith(`${prefix}_`) && file.endsWith('.txt'));
  assert.ok(name, `no seed ${prefix}_* in ${seedsDir}`);
  return path.join(seedsDir, name);
}

export function fixturePath(name: string): string {
  return path.join(fixturesDir, name);
}

/**
 * One folder per extension host for all temporary copies. Each test file is bundled with
 * its own copy of this module, so the folder is named by the process, not kept in a
 * module variable: index.js removes what the test files made.
 */
const tempRoot = path.join(os.tmpdir(), `govreport-e2e-${process.pid}`);

/**
 * Copies a file into a fresh temporary folder (same base name unless `name` is given),
 * so that tests may edit and save without touching the repository.
 */
export function tempCopy(source: string, name = path.basename(source)): string {
  fs.mkdirSync(tempRoot, { recursive: true });
  const dir = fs.mkdtempSync(path.join(tempRoot, 'case-'));
  const target = path.join(dir, name);
  fs.copyFileSync(source, target);
  return target;
}

export function removeTempCopies(): void {
  fs.rmSync(tempRoot, { recursive: true, force: true });
}

/** A diagnostic's code as a string: ours carry `{ value, target }` (a docs link). */
export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function withCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return ours(uri).filter((d) => codeOf(d) === code);
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

/** One line per diagnostic, for failure messages. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (none)';
  return diagnostics
    .map((d) => {
      const r = d.range;
      return `  ${codeOf(d) || '?'} ${SEVERITY[d.severity]} ${r.start.line + 1}:${r.start.character}-${r.end.line + 1}:${r.end.character} [${d.source}] ${d.message}`;
    })
    .join('\n');
}

/**
 * Resolves once `condition()` holds: checked at once and again whenever one of `events`
 * fires. Rejects after `timeout` ms with `describe()` in the message.
 */
export function waitFor<T>(
  condition: () => T | undefined | false,
  events: vscode.Event<unknown>[],
  what: string,
  describe: () => string = () => '',
  timeout = WAIT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    // eslint-disable-next-line prefer-const -- assigned after `finish`, which reads it
    let timer: NodeJS.Timeout | undefined;
    const finish = (action: () => void) => {
      if (timer) clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      action();
    };
    const check = () => {
      let value: T | undefined | false;
      try {
        value = condition();
      } catch (error) {
        finish(() => reject(error));
        return true;
      }
      if (value !== undefined && value !== false) {
        finish(() => resolve(value as T));
        return true;
      }
      return false;
    };
    if (check()) return;
    for (const event of events) subscriptions.push(event(() => void check()));
    timer = setTimeout(() => {
      if (check()) return;
      const details = describe();
      finish(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}${details ? `\n${details}` : ''}`)));
    }, timeout);
  });
}

/** Waits until our diagnostics for `uri` satisfy `predicate`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = ours(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    `${what} in ${path.basename(uri.fsPath)}`,
    () => `diagnostics now:\n${describeDiagnostics(ours(uri))}`,
    timeout,
  );
}

export const hasCode = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
export const lacksCode = (code: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === code);

let activated: Promise<void> | undefined;

/** Activates the extension under test once (the suite may open no report first). */
export function activateExtension(): Promise<void> {
  activated ??= (async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
    await extension.activate();
  })();
  return activated;
}

export function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Waits until the open document `uri` has `languageId` (content detection switches it). */
export function waitForLanguage(uri: vscode.Uri, languageId: string, timeout = WAIT_MS): Promise<vscode.TextDocument> {
  return waitFor(
    () => {
      const doc = findDocument(uri);
      return doc && doc.languageId === languageId ? doc : undefined;
    },
    [vscode.workspace.onDidOpenTextDocument, vscode.workspace.onDidCloseTextDocument],
    `${path.basename(uri.fsPath)} to get language ${languageId}`,
    () => `language now: ${findDocument(uri)?.languageId ?? '(not open)'}`,
    timeout,
  );
}

export interface OpenReport {
  uri: vscode.Uri;
  doc: vscode.TextDocument;
  editor: vscode.TextEditor;
}

/**
 * Opens a file in an editor, as a user would by file name, and waits until it is a
 * report (language `govreport`, by name pattern or content detection). Returns the
 * editor of the document as it is after any language switch.
 */
export async function openReport(file: string): Promise<OpenReport> {
  await activateExtension();
  const uri = vscode.Uri.file(file);
  const first = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(first, { preview: false });
  const doc = await waitForLanguage(uri, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { uri, doc, editor };
}

/** The text of a line of `uri`'s current document. */
export function lineText(uri: vscode.Uri, line: number): string {
  const doc = findDocument(uri);
  assert.ok(doc, `${uri.fsPath} is not open`);
  return doc.lineAt(line).text;
}

/** The text a diagnostic's range covers. */
export function rangeText(uri: vscode.Uri, d: vscode.Diagnostic): string {
  const doc = findDocument(uri);
  assert.ok(doc, `${uri.fsPath} is not open`);
  return doc.getText(d.range);
}

/**
 * Bounds of cell `index` of a table line split by `separator` (tab, or `|` with spaces):
 * from the end of the separator before it to the start of the separator after it.
 */
export function cellBounds(text: string, index: number, separator: string | RegExp = '\t'): { start: number; end: number } {
  const pattern = typeof separator === 'string' ? new RegExp(escapeRegExp(separator), 'g') : new RegExp(separator.source, 'g');
  const seps: { start: number; end: number }[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    seps.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  const start = index === 0 ? 0 : seps[index - 1]?.end;
  const end = index < seps.length ? seps[index].start : text.length;
  assert.ok(start !== undefined, `line has no cell ${index}: ${JSON.stringify(text)}`);
  return { start, end };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Asserts that `d` lies on line `line` within cell `index` (an empty cell: at its gap). */
export function assertOnCell(uri: vscode.Uri, d: vscode.Diagnostic, line: number, index: number, separator: string | RegExp = '\t'): void {
  const text = lineText(uri, line);
  const { start, end } = cellBounds(text, index, separator);
  const r = d.range;
  const where = `${codeOf(d)} at ${r.start.line + 1}:${r.start.character}-${r.end.line + 1}:${r.end.character}, expected line ${line + 1} cell ${index} (chars ${start}-${end}) of ${JSON.stringify(text)}`;
  assert.equal(r.start.line, line, where);
  assert.equal(r.end.line, line, where);
  // An empty cell's range may sit at its gap, touching either separator.
  const slack = end === start ? 1 : 0;
  assert.ok(r.start.character >= start - slack && r.end.character <= end + slack, where);
}

/** Finds the line index of the first line matching `pattern` in the document. */
export function findLine(uri: vscode.Uri, pattern: RegExp | string): number {
  const doc = findDocument(uri);
  assert.ok(doc, `${uri.fsPath} is not open`);
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) return i;
  }
  assert.fail(`no line matching ${pattern} in ${path.basename(uri.fsPath)}`);
}

export async function closeAllEditors(): Promise<void> {
  // Temp copies may be dirty after edits: save them, so closing asks nothing.
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Applies a code action's edit (and command) as VS Code does when the user picks it. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  // A bare Command has a string `command`; a CodeAction has an object one, or none.
  return (result ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Waits until the document of `uri` reaches a version after `version`. */
export function waitForChange(uri: vscode.Uri, version: number): Promise<vscode.TextDocument> {
  return waitFor(
    () => {
      const doc = findDocument(uri);
      return doc && doc.version > version ? doc : undefined;
    },
    [vscode.workspace.onDidChangeTextDocument],
    `a change of ${path.basename(uri.fsPath)}`,
  );
}
