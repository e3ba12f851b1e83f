// The VS Code client: starts the language server (dist/server.js) for govreport
// documents and adds three commands. Everything that knows about reports lives in the
// server and its engine; this file only wires VS Code to them.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDetection } from './detect';

const LANGUAGE_ID = 'govreport';
const SECTION = 'govreport';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Gov Report'), { log: true });
  context.subscriptions.push(output);

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
    initializationOptions: { locale: vscode.env.language },
    outputChannel: output,
  };
  // The id `govreport` makes the client read `govreport.trace.server` itself.
  const languageClient = new LanguageClient(SECTION, vscode.l10n.t('Gov Report Language Server'), serverOptions, clientOptions);
  client = languageClient;

  // The extension activates for every Plain Text and Markdown file (to detect reports),
  // so the server process starts only once a report is actually open.
  let startRequested = false;
  const start = async (): Promise<boolean> => {
    startRequested = true;
    try {
      await languageClient.start();
      return true;
    } catch (error) {
      output.error(String(error));
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not start the Gov Report language server: {0}', String(error)));
      return false;
    }
  };
  const isReport = (document: vscode.TextDocument) =>
    document.languageId === LANGUAGE_ID && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
  const startForReports = (document: vscode.TextDocument) => {
    if (!startRequested && isReport(document)) void start();
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(startForReports),
    registerDetection(LANGUAGE_ID, SECTION),
    vscode.commands.registerCommand('govreport.fixAll', () => fixAll(start)),
    vscode.commands.registerCommand('govreport.restartServer', async () => {
      startRequested = true;
      try {
        await languageClient.restart();
      } catch (error) {
        output.error(String(error));
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not start the Gov Report language server: {0}', String(error)));
      }
    }),
    vscode.commands.registerCommand('govreport.showOutput', () => output.show(true)),
  );
  vscode.workspace.textDocuments.forEach(startForReports);
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/** Applies the server's `source.fixAll.govreport` action to the active report. */
async function fixAll(start: () => Promise<boolean>): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a government information disclosure report (language mode Gov Report) to fix it.'),
    );
    return;
  }
  if (!(await start())) return;
  // The server applies the fixes (workspace/applyEdit) and says what it did
  // (`已修复 5 个问题，另有 2 个需要人工处理`); a fix never writes a figure unless
  // govreport.fix.figures is on.
  const result = await vscode.commands.executeCommand<{ fixed: number; remaining: number } | undefined>('govreport.applyFixAll', {
    uri: editor.document.uri.toString(),
  });
  if (!result) void vscode.window.showInformationMessage(vscode.l10n.t('No problems can be fixed automatically.'));
}
