// The VS Code client: starts the language server (dist/server.js) for govreport
// documents and adds three commands. Everything that knows about reports lives in the
// server and its engine; this file only wires VS Code to them.

import * as vscode from 'vscode';
import {
  CloseAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerDetection } from './detect';

const LANGUAGE_ID = 'govreport';
const SECTION = 'govreport';
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(LANGUAGE_ID); // source.fixAll.govreport

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
    errorHandler: restartNotice(output, () => languageClient),
  };
  // The id `govreport` makes the client read `govreport.trace.server` itself.
  const languageClient = new LanguageClient(SECTION, vscode.l10n.t('Gov Report Language Server'), serverOptions, clientOptions);
  client = languageClient;
  languageClient.onDidChangeState(({ oldState, newState }) => output.info(`server: ${State[oldState]} → ${State[newState]}`));

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

/**
 * The client's own restart policy (restart after a crash, give up after five crashes in
 * three minutes), saying in the output channel what happened, so that a clerk whose
 * diagnostics vanished for a moment can see why.
 */
function restartNotice(output: vscode.LogOutputChannel, client: () => LanguageClient): ErrorHandler {
  let policy: ErrorHandler | undefined;
  const defaults = () => (policy ??= client().createDefaultErrorHandler());
  return {
    error: (error, message, count) => defaults().error(error, message, count),
    closed: async () => {
      const result = await defaults().closed();
      if (result.action === CloseAction.Restart) {
        output.warn(vscode.l10n.t('The language server stopped unexpectedly and is being restarted.'));
      } else {
        output.error(
          vscode.l10n.t(
            'The language server stopped unexpectedly too often and was not restarted. Run the command "Gov Report: Restart Language Server" to start it again.',
          ),
        );
      }
      return result;
    },
  };
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
  const document = editor.document;
  const version = document.version;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const results =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND.value,
      1,
    )) ?? [];
  const action = results.find(
    (result): result is vscode.CodeAction => !isCommand(result) && result.kind !== undefined && FIX_ALL_KIND.contains(result.kind),
  );
  if (!action || (!action.edit && !action.command)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No problems can be fixed automatically.'));
    return;
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The report changed while the fixes were computed. Run the command again.'));
    return;
  }
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Could not apply the fixes.'));
    return;
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

function isCommand(value: vscode.CodeAction | vscode.Command): value is vscode.Command {
  return typeof (value as vscode.Command).command === 'string';
}
