// The VS Code client: starts the language server (dist/server.js) for govreport
// documents and adds the commands, the table preview, the rule docs and the status item.
// Everything that knows about reports lives in the server and its engine; this file only
// wires VS Code to them.

import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerDetection } from './detect';
import { NEW_REPORT_COMMAND, newReport } from './newReport';
import { PREVIEW_COMMAND, TablePreview } from './preview';
import { OPEN_RULE_DOCS, RuleDocs, docsCommandUri } from './ruleDocs';
import { registerStatus } from './status';
import { say, useBundles } from './say';
import { messageLocale } from './localize';

/** The command a code lens runs to show a table's first imbalance: `(uri, range)`. */
const REVEAL_COMMAND = 'govreport.reveal';
/** Restarts allowed within RESTART_WINDOW_MS before the client gives up on a crashing server. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export { messageLocale } from './localize';

const LANGUAGE_ID = 'govreport';
const SECTION = 'govreport';

let client: LanguageClient | undefined;

/** What the extension exports to other extensions and to its end-to-end tests. */
export interface GovReportApi {
  /** The table preview's current page, when it is open. */
  previewHtml(): string | undefined;
  /** The language status item's text (`2022 年度 · 某局 · 3 个错误，0 个警告`). */
  statusText(): string;
  /** What the extension wrote to its output channel lately (`info …`, `warn …`, `error …`). */
  outputLines(): readonly string[];
}

/** Lines kept for outputLines(): the latest only. */
const KEPT_LINES = 200;

/** The output channel's info/warn/error, also kept as lines for the extension's API. */
function recordedLog(output: vscode.LogOutputChannel) {
  const lines: string[] = [];
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (message: string): void => {
      lines.push(`${level} ${message}`);
      if (lines.length > KEPT_LINES) lines.shift();
      output[level](message);
    };
  return { info: write('info'), warn: write('warn'), error: write('error'), lines: (): readonly string[] => lines };
}

export function activate(context: vscode.ExtensionContext): GovReportApi {
  useBundles(context.extensionPath);
  const output = vscode.window.createOutputChannel(say('Gov Report'), { log: true });
  context.subscriptions.push(output);
  const log = recordedLog(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: SECTION },
    initializationOptions: {
      locale: messageLocale(vscode.workspace.getConfiguration(SECTION).get<string>('language'), vscode.env.language),
    },
    outputChannel: output,
    errorHandler: {
      error: (error, _message, count) => {
        log.error(`server connection error (${count ?? 1}): ${String(error)}`);
        return { action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
      },
      closed: () => {
        const now = Date.now();
        restarts = restarts.filter((t) => now - t < RESTART_WINDOW_MS);
        restarts.push(now);
        if (restarts.length > MAX_RESTARTS) {
          log.error(`the language server stopped ${restarts.length} times in ${RESTART_WINDOW_MS / 60_000} minutes; not restarting it`);
          return {
            action: CloseAction.DoNotRestart,
            message: say(
              'The Gov Report language server keeps stopping. See the output for details; run "Restart Language Server" to try again.',
            ),
          };
        }
        log.warn('the language server stopped unexpectedly; restarting it');
        return { action: CloseAction.Restart, handled: true };
      },
    },
    middleware: {
      // Column names before numbers: the server gives them to every editor; here
      // `govreport.inlayHints.columns` turns them off (VS Code's editor.inlayHints.enabled too).
      provideInlayHints: (document, range, token, next) => (columnHintsEnabled(document) ? next(document, range, token) : []),
      // "Turn this rule off" edits .govreportrc.json through a workspace edit, which VS Code
      // leaves unsaved (and a new file empty on disk): save it, so the rule is off at once.
      executeCommand: async (command, args, next) => {
        const result: unknown = await next(command, args);
        if (command === DISABLE_RULE_COMMAND && result === true)
          await saveConfigFile(args[0], (configUri) =>
            languageClient.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] }),
          );
        return result;
      },
      // Code links open the rendered rule page in VS Code, not the raw Markdown file.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withDocsCommand)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && report.kind === 'full') report.items = report.items.map(withDocsCommand);
        return report;
      },
    },
  };
  let restarts: number[] = [];
  // The id `govreport` makes the client read `govreport.trace.server` itself.
  const languageClient = new LanguageClient(SECTION, say('Gov Report Language Server'), serverOptions, clientOptions);
  client = languageClient;
  // Every start goes Starting → Running, a restart too: count the starts to tell them apart.
  let starts = 0;
  languageClient.onDidChangeState(({ newState }) => {
    if (newState === State.Running) {
      const info = languageClient.initializeResult?.serverInfo;
      log.info(`language server ${info?.name ?? ''} ${info?.version ?? ''} running (${starts++ === 0 ? 'started' : 'restarted'})`);
    } else if (newState === State.Stopped) {
      log.info('language server stopped');
    }
  });

  // The extension activates for every Plain Text and Markdown file (to detect reports),
  // so the server process starts only once a report is actually open.
  let startRequested = false;
  const start = async (): Promise<boolean> => {
    startRequested = true;
    try {
      await languageClient.start();
      return true;
    } catch (error) {
      log.error(String(error));
      void vscode.window.showErrorMessage(say('Could not start the Gov Report language server: {0}', String(error)));
      return false;
    }
  };
  const isReport = (document: vscode.TextDocument) =>
    document.languageId === LANGUAGE_ID && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
  const startForReports = (document: vscode.TextDocument) => {
    if (!startRequested && isReport(document)) void start();
  };
  /** The running client, started on demand; undefined when it cannot start. */
  const running = async () => ((await start()) ? languageClient : undefined);
  const preview = new TablePreview(running, LANGUAGE_ID);
  const docs = new RuleDocs(context.asAbsolutePath('docs/rules.md'));
  const status = registerStatus(LANGUAGE_ID, () => languageClient);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(startForReports),
    registerDetection(LANGUAGE_ID, SECTION, context.asAbsolutePath('docs')),
    vscode.commands.registerCommand('govreport.fixAll', () => fixAll(start)),
    vscode.commands.registerCommand('govreport.restartServer', async () => {
      startRequested = true;
      try {
        await languageClient.restart();
      } catch (error) {
        log.error(String(error));
        void vscode.window.showErrorMessage(say('Could not start the Gov Report language server: {0}', String(error)));
      }
    }),
    vscode.commands.registerCommand('govreport.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(NEW_REPORT_COMMAND, (args?: { unit?: string; year?: number }) => newReport(running, LANGUAGE_ID, args)),
    vscode.commands.registerCommand(PREVIEW_COMMAND, () => preview.show()),
    vscode.commands.registerCommand(OPEN_RULE_DOCS, (code?: string) => (typeof code === 'string' ? docs.show(code) : docs.pick())),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string, range: { start: vscode.Position; end: vscode.Position }) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(document, { selection });
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SECTION}.inlayHints`) || !languageClient.isRunning()) return;
      // Ask VS Code for the hints again in every open report.
      const feature = languageClient.getFeature('textDocument/inlayHint');
      for (const document of vscode.workspace.textDocuments) {
        if (isReport(document)) feature.getProvider(document)?.onDidChangeInlayHints.fire();
      }
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(`${SECTION}.language`) || !languageClient.isRunning()) return;
      // The message language is chosen when the server starts.
      (clientOptions.initializationOptions as { locale: string }).locale = messageLocale(
        vscode.workspace.getConfiguration(SECTION).get<string>('language'),
        vscode.env.language,
      );
      log.info('message language changed: restarting the language server');
      await languageClient.restart();
    }),
    status,
    preview,
  );
  vscode.workspace.textDocuments.forEach(startForReports);
  return { previewHtml: () => preview.html, statusText: () => status.text(), outputLines: log.lines };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/** Applies the server's `source.fixAll.govreport` action to the active report. */
async function fixAll(start: () => Promise<boolean>): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(say('Open a government information disclosure report (language mode Gov Report) to fix it.'));
    return;
  }
  if (!(await start())) return;
  // The server applies the fixes (workspace/applyEdit) and says what it did
  // (`已修复 5 个问题，另有 2 个需要人工处理`); a fix never writes a figure unless
  // govreport.fix.figures is on.
  const result = await vscode.commands.executeCommand<{ fixed: number; remaining: number } | undefined>('govreport.applyFixAll', {
    uri: editor.document.uri.toString(),
  });
  if (!result) void vscode.window.showInformationMessage(say('No problems can be fixed automatically.'));
}

const DISABLE_RULE_COMMAND = 'govreport.disableRule';
const CONFIG_FILE = '.govreportrc.json';

/**
 * Saves the .govreportrc.json of the report `args.uri` if it has unsaved changes: its
 * workspace folder's, or, for a report opened outside any folder, the one beside it. VS Code
 * watches files only inside workspace folders, so for the latter the server is told of the
 * change itself (otherwise it would keep the old configuration until restarted).
 */
async function saveConfigFile(args: unknown, notify: (configUri: string) => Promise<void>): Promise<void> {
  const uri = (args as { uri?: unknown } | undefined)?.uri;
  if (typeof uri !== 'string') return;
  const report = vscode.Uri.parse(uri);
  const folder = vscode.workspace.getWorkspaceFolder(report);
  const config = vscode.Uri.joinPath(folder?.uri ?? vscode.Uri.joinPath(report, '..'), CONFIG_FILE).toString();
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === config);
  if (document?.isDirty) await document.save();
  if (!folder) await notify(config);
}

function columnHintsEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(SECTION, document).get<boolean>('inlayHints.columns', true);
}

function withDocsCommand(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null && typeof code.value === 'string' && /^GR\d{3}$/.test(code.value)) {
    diagnostic.code = { value: code.value, target: docsCommandUri(code.value) };
  }
  return diagnostic;
}
