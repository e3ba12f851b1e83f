// The language server: an LSP adapter around the engine. Any LSP client can start it —
// VS Code over IPC (`--node-ipc`), Neovim/Emacs/Helix over `--stdio`, or `--socket=N`;
// createConnection picks the transport from the command line.
//
// Diagnostics go out one of two ways, chosen from the client's capabilities: pulled
// (textDocument/diagnostic) when the client supports it, since it then decides when
// diagnostics are needed (visible editors, after edits); otherwise pushed
// (textDocument/publishDiagnostics) after each open or quiet period of editing.

import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from './engine';
import {
  APPLY_FIX_ALL_COMMAND,
  DISABLE_RULE_COMMAND,
  PROVIDED_KINDS,
  deferredFixAllAction,
  fixAllAction,
  fixAllMode,
  fixAllSummary,
  isFixAllData,
  quickFixes,
  type DisableRuleArgs,
} from './lsp/codeActions';
import { configFolderOf, disableRuleEdit } from './lsp/disableRule';
import { docsBaseUrl } from './lsp/diagnostics';
import { DocumentLinter, describe } from './lsp/linting';
import { isRecord, resolveLocale } from './lsp/locale';
import { Scheduler } from './lsp/scheduler';
import { keepYoungGenerationSmall } from './lsp/memory';
import { LintPipeline } from './lsp/lintPipeline';
import { cliVersion } from './cli/version';
import { DEFAULT_SETTINGS, SECTION, SettingsStore, mergeSettings, unwrapSection, type Settings } from './lsp/settings';
import { FrameGuard } from './lsp/frames';
import { LastYearFinder } from './lsp/lastYear';
import { DocumentConfigs } from './lsp/config';
import { identityKey, previousKey, reportIdentity } from './engine';
import { NEW_REPORT_REQUEST, PREVIEW_REQUEST, RULES_REQUEST, SUMMARY_REQUEST, newReportText, ruleList } from './lsp/views';
import type { ViewRequest } from './lsp/viewRequests';

keepYoungGenerationSmall();

/**
 * Over stdio the input passes a guard that skips malformed frames (with a log line) instead
 * of leaving the server deaf; console output goes to stderr, where it cannot corrupt
 * the protocol on stdout. Other transports (VS Code's IPC, sockets) carry whole messages.
 */
function connect() {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const guard = new FrameGuard((problem) => {
    const line = `malformed message skipped: ${problem}`;
    process.stderr.write(`gov-report-lint: ${line}\n`);
    if (session) logError(line);
  });
  process.stdin.pipe(guard);
  console.log = console.info = console.warn = console.error;
  return createConnection(ProposedFeatures.all, guard, process.stdout);
}

const connection = connect();
const documents = new TextDocuments(TextDocument);

/** Everything decided at initialize time. Handlers only run after it (LSP guarantees). */
interface Session {
  locale: Locale;
  pull: boolean;
  capabilities: ClientCapabilities;
  settings: SettingsStore;
  linter: DocumentLinter;
  /** Where each document is checked: on this thread, or a large one in the check worker. */
  pipeline: LintPipeline;
  /** Changes with every configuration change; part of pull result ids. */
  settingsEpoch: number;
  /** Changes whenever a last year's report may have changed; part of pull result ids. */
  yearsEpoch: number;
  /** Each document's nearest .govreportrc.json, under the editor's settings. */
  configs: DocumentConfigs;
  /** Workspace folders (file: URIs), where .govreportrc.json lives. */
  folders: string[];
}
let session!: Session;

const logError = (message: string) => connection.console.error(message);
const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (!warned.has(message)) connection.console.warn(message);
  warned.add(message);
};

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  const pull = capabilities.textDocument?.diagnostic !== undefined;
  const options = params.initializationOptions;
  const base = mergeSettings(DEFAULT_SETTINGS, unwrapSection(isRecord(options) ? options.settings : undefined), warnOnce);
  const fetch =
    capabilities.workspace?.configuration === true
      ? (scopeUri: string) => connection.workspace.getConfiguration({ scopeUri, section: SECTION })
      : undefined;
  const locale = resolveLocale(params.locale, options);
  // Node sets __dirname to dist/ for the bundle, which is what the docs link needs.
  const docsBase = docsBaseUrl(__dirname);
  const related = relatedInformation(capabilities, pull);
  const linter = new DocumentLinter(locale, docsBase, logError, related);
  const workerScript = path.join(__dirname, 'checkWorker.js');
  session = {
    locale,
    pull,
    capabilities,
    settings: new SettingsStore(fetch, base, warnOnce),
    linter,
    pipeline: new LintPipeline(linter, { locale, docsBase, relatedInformation: related, logError, workerScript }),
    settingsEpoch: 0,
    yearsEpoch: 0,
    configs: new DocumentConfigs(locale, {
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      warn: (message) => void connection.window.showWarningMessage(message),
    }),
    folders: params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []),
  };
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pull && {
        diagnosticProvider: { identifier: 'govreport', interFileDependencies: true, workspaceDiagnostics: false },
      }),
      codeActionProvider: { codeActionKinds: PROVIDED_KINDS, resolveProvider: true },
      executeCommandProvider: { commands: [DISABLE_RULE_COMMAND, APPLY_FIX_ALL_COMMAND] },
      documentSymbolProvider: { label: '政府信息公开年报' },
      foldingRangeProvider: true,
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'gov-report-lint', version: cliVersion(__dirname) },
  };
});

/** Whether the client shows `relatedInformation` for the way diagnostics reach it. */
function relatedInformation(capabilities: ClientCapabilities, pull: boolean): boolean {
  const text = capabilities.textDocument;
  const pushed = text?.publishDiagnostics?.relatedInformation === true;
  return pull ? (text?.diagnostic?.relatedInformation ?? pushed) : pushed;
}

connection.onInitialized(() => {
  // Without this registration VS Code sends no didChangeConfiguration at all.
  const workspace = session.capabilities.workspace;
  // Last year's report may change on disk (GR403–GR405): watch report files.
  if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{txt,md,govreport,html,htm}' }, { globPattern: '**/.govreportrc.json' }],
      })
      .catch((error) => logError(`could not register file watchers: ${describe(error)}`));
  }
  if (workspace?.configuration && workspace.didChangeConfiguration?.dynamicRegistration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch((error) => {
      logError(`could not register for configuration changes: ${describe(error)}`);
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  // Clients that cannot be asked (no workspace/configuration) push the settings tree here.
  if (!session.capabilities.workspace?.configuration && isRecord(change.settings) && SECTION in change.settings) {
    session.settings.setPushed(change.settings[SECTION]);
  }
  recheckAll();
});

/** Settings or a configuration file changed: every open document is checked again at once. */
function recheckAll(): void {
  session.settings.clear();
  session.settingsEpoch++;
  if (!session.pull) {
    for (const document of documents.all()) scheduler.schedule(document.uri, 0);
  } else if (session.capabilities.workspace?.diagnostics?.refreshSupport) {
    connection.languages.diagnostics.refresh().catch((error) => logError(`diagnostic refresh failed: ${describe(error)}`));
  }
}

// ── Last year's report (checks across years) ──────────────────────────────────────

const lastYear = new LastYearFinder(
  () => documents.all(),
  () => session.folders,
);

/**
 * How long a check waits for last year's lookup before it goes ahead without last year: the
 * lookup reads the folder's reports (by their first lines; PDFs through pdf.js), and the first
 * check of a report beside a few dozen PDFs had waited seconds for all of them. Its findings
 * (GR403–GR405) follow when the lookup finds last year: a second publish, or a refresh.
 */
const LAST_YEAR_WAIT_MS = 250;
const LATE = Symbol('late');

/** What a check of the document takes: its settings under its configuration file, and last year's report when found in time. */
async function inputsOf(document: TextDocument, settings: Settings) {
  const lookup = lastYear.find(document);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), LAST_YEAR_WAIT_MS)));
  const previous = await Promise.race([lookup, late]);
  clearTimeout(timer);
  if (previous === LATE) {
    lookup.then(
      (found) => {
        if (found) recheckLate(document.uri);
      },
      (error) => logError(`last year's lookup failed: ${describe(error)}`),
    );
  }
  return { settings: session.configs.settingsFor(document.uri, settings), previous: previous === LATE ? undefined : previous };
}

/** Last year was found after a check of `uri` went ahead without it: check it again, with it. */
function recheckLate(uri: string): void {
  if (!documents.get(uri)) return;
  session.yearsEpoch++;
  if (!session.pull) scheduler.schedule(uri, 0);
  else if (session.capabilities.workspace?.diagnostics?.refreshSupport) {
    connection.languages.diagnostics.refresh().catch((error) => logError(`diagnostic refresh failed: ${describe(error)}`));
  }
}

/**
 * The document's lint snapshot under its settings, with last year's report when found;
 * undefined when a newer edit stopped its check (a large document, in the worker).
 */
async function snapshotOf(document: TextDocument, settings: Settings) {
  const inputs = await inputsOf(document, settings);
  return session.pipeline.current(document, inputs.settings, inputs.previous);
}

/**
 * Protocol tests only (GOVREPORT_TEST_HOOKS=1 in the server's environment): while a fix-all
 * runs, the server asks the client this and waits for the answer. A test that sends its
 * $/cancelRequest before answering knows the cancel reaches the server while the fix-all is
 * under way, on a machine however loaded; a timer on the client's side cannot know that (the
 * fix-all may be done before the timer fires, or not yet started).
 */
const FIX_ALL_RUNNING_REQUEST = 'govreport/test/fixAllRunning';
const testHooks = process.env.GOVREPORT_TEST_HOOKS === '1';

/** Fix-all under the document's settings and configuration, with last year's report when found. */
async function fixAllOf(document: TextDocument, settings: Settings, cancelled: () => boolean) {
  const inputs = await inputsOf(document, settings);
  if (cancelled()) return undefined;
  const running = session.pipeline.fixAll(document, inputs.settings, cancelled, inputs.previous);
  if (!testHooks) return running;
  const [outcome] = await Promise.all([running, connection.sendRequest(FIX_ALL_RUNNING_REQUEST, { uri: document.uri })]);
  return outcome;
}

/** Re-check open documents that take `changedUri` (or its unit's report) as last year's. */
function recheckDependents(changedUri: string | undefined, changedText?: string): void {
  // The changed text's identity only when another document is open (not on every keystroke alone).
  let changedKey: string | undefined | null = null;
  const keyOfChanged = () => {
    if (changedKey === null) {
      const changed = changedText !== undefined ? reportIdentity(changedText) : undefined;
      changedKey = changed && identityKey(changed);
    }
    return changedKey;
  };
  const dependents = documents.all().filter((d) => {
    if (d.uri === changedUri) return false;
    if (changedUri === undefined || lastYear.sourceOf(d.uri) === changedUri) return true;
    const changedKey = keyOfChanged();
    const id = changedKey !== undefined ? lastYear.identityOf(d) : undefined;
    return id !== undefined && previousKey(id) === changedKey;
  });
  if (dependents.length === 0) return;
  session.yearsEpoch++;
  if (!session.pull) {
    for (const d of dependents) scheduler.schedule(d.uri);
  } else if (session.capabilities.workspace?.diagnostics?.refreshSupport) {
    connection.languages.diagnostics.refresh().catch((error) => logError(`diagnostic refresh failed: ${describe(error)}`));
  }
}

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (changes.some((c) => c.uri.endsWith('/.govreportrc.json'))) {
    session.configs.clear();
    recheckAll();
  }
  for (const change of changes) lastYear.invalidateFile(change.uri);
  // A report file created or deleted somewhere in the workspace: list the workspace again.
  if (changes.some((c) => c.type !== FileChangeType.Changed)) lastYear.invalidateListing();
  if (changes.length > 0) recheckDependents(undefined);
});

// ── Push diagnostics ────────────────────────────────────────────────────────────────

const scheduler = new Scheduler(
  async (uri, isCurrent) => {
    const document = documents.get(uri);
    if (!document) return;
    const settings = await session.settings.get(uri);
    if (!isCurrent()) return;
    // Never replace diagnostics with ones for an older version than those already out
    // (equal is allowed: a settings change republishes the same version).
    if (document.version < (published.get(uri) ?? -Infinity)) return;
    const version = document.version;
    // A large document is checked in the worker: an edit meanwhile stops it (undefined).
    const snapshot = settings.enable ? await snapshotOf(document, settings) : undefined;
    if (settings.enable && (!snapshot || !isCurrent() || version < (published.get(uri) ?? -Infinity))) return;
    const diagnostics = snapshot?.diagnostics ?? [];
    published.set(uri, version);
    await connection.sendDiagnostics({ uri, version, diagnostics: [...diagnostics] });
  },
  (error) => logError(`publishing diagnostics failed: ${describe(error)}`),
);

/** Documents that have had their first (immediate) run; later edits are debounced. */
const seen = new Set<string>();
/** The document version whose diagnostics were last published, per open document. */
const published = new Map<string, number>();

documents.onDidChangeContent(({ document }) => {
  recheckDependents(document.uri, document.getText());
  // A check of the previous version still running in the worker is stopped.
  session.pipeline.supersede(document.uri, document.version);
  if (session.pull) return;
  // The debounce after an edit scales with what the document's last lint cost (scheduler.ts).
  scheduler.schedule(document.uri, seen.has(document.uri) ? undefined : 0);
  seen.add(document.uri);
});

documents.onDidClose(({ document }) => {
  const uri = document.uri;
  seen.delete(uri);
  published.delete(uri);
  scheduler.cancel(uri);
  session.settings.forget(uri);
  session.pipeline.forget(uri);
  lastYear.forget(uri);
  // Documents that used it as last year's now read it from disk (or lose it).
  recheckDependents(uri);
  // Pull clients drop a closed document's diagnostics themselves.
  if (!session.pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
});

// ── Pull diagnostics ────────────────────────────────────────────────────────────────

/** Differs per server process, so result ids from a previous server are never "unchanged". */
const processId = randomUUID();

connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const settings = await session.settings.get(document.uri);
  checkCancelled(token);
  const version = document.version;
  const resultId = `${processId}:${session.settingsEpoch}:${session.yearsEpoch}:${version}`;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  if (!settings.enable) return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [] };
  const snapshot = await snapshotOf(document, settings);
  checkCancelled(token);
  // Stopped by a newer edit: the client asks again (LSP's ServerCancelled with retrigger).
  if (!snapshot || snapshot.version !== version)
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded', { retriggerRequest: true });
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [...snapshot.diagnostics] };
});

// ── Code actions, outline, folding ──────────────────────────────────────────────────

/** A cancelled request answers with the LSP's RequestCancelled error, as the client expects. */
function checkCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

connection.onCodeAction(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const settings = await session.settings.get(document.uri);
  if (!settings.enable) return [];
  checkCancelled(token);
  const version = document.version;
  const snapshot = await snapshotOf(document, settings);
  checkCancelled(token);
  if (!snapshot || document.version !== version) return [];
  const configFolder = session.capabilities.workspace?.applyEdit === true ? configFolderOf(document.uri, session.folders) : undefined;
  const canDisable = configFolder === undefined ? false : configFolder.inWorkspace ? 'file-or-workspace' : 'file';
  const actions = quickFixes(document, params.context, snapshot, { locale: session.locale, canDisable });
  const resolvable = session.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
  const mode = fixAllMode(params.context, resolvable);
  if (mode === 'deferred') actions.push(deferredFixAllAction(document.uri, document.version, session.locale));
  if (mode === 'eager') {
    const version = document.version;
    const outcome = await fixAllOf(document, settings, () => token.isCancellationRequested || document.version !== version);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (outcome) actions.push(...fixAllAction(document.uri, session.locale, outcome.edits));
  }
  return actions;
});

connection.onCodeActionResolve(async (action, token) => {
  if (!isFixAllData(action.data)) return action;
  const { uri, version } = action.data.fixAll;
  const document = documents.get(uri);
  if (!document || document.version !== version) return action; // stale: no edit, nothing happens
  const settings = await session.settings.get(uri);
  const outcome = await fixAllOf(document, settings, () => token.isCancellationRequested || document.version !== version);
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  return outcome ? { ...action, edit: { changes: { [uri]: outcome.edits } } } : action;
});

connection.onExecuteCommand(async (params, token) => {
  const [args] = params.arguments ?? [];
  if (params.command === DISABLE_RULE_COMMAND) return disableRule(args as DisableRuleArgs);
  if (params.command === APPLY_FIX_ALL_COMMAND) {
    // Fix-all that says what it did: `已修复 5 个问题，另有 2 个需要人工处理`.
    const uri = (args as { uri?: unknown } | undefined)?.uri;
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) return undefined;
    const settings = await session.settings.get(document.uri);
    if (!settings.enable) return undefined;
    const version = document.version;
    const outcome = await fixAllOf(document, settings, () => token.isCancellationRequested || document.version !== version);
    if (!outcome) return undefined;
    if (outcome.edits.length > 0) {
      const applied = await connection.workspace.applyEdit({ edit: { changes: { [document.uri]: outcome.edits } } });
      if (!applied.applied) return { fixed: 0, remaining: outcome.remaining + outcome.fixed };
    }
    // A notification, not a request: nothing waits for the user to dismiss it.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Info,
      message: fixAllSummary(session.locale, outcome.fixed, outcome.remaining),
    });
    return { fixed: outcome.fixed, remaining: outcome.remaining };
  }
  return undefined;
});

async function disableRule(args: DisableRuleArgs | undefined): Promise<boolean> {
  if (!args || typeof args.uri !== 'string' || typeof args.code !== 'string') return false;
  const where = configFolderOf(args.uri, session.folders);
  if (!where || (!where.inWorkspace && args.scope !== 'file')) return false;
  const create = session.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
  const change = disableRuleEdit(where.folder, args.uri, args.code, args.scope === 'file' ? 'file' : 'workspace', create);
  if (typeof change === 'string') {
    void connection.window.showErrorMessage(change);
    return false;
  }
  const result = await connection.workspace.applyEdit({ label: `${args.code} off`, edit: change.edit });
  return result.applied;
}

/**
 * An answer computed from the report of the document's current version (outline, hover,
 * …), wherever that report lives; `fallback` when the document is closed, not checked
 * (too large, disabled), or the engine failed on it (logged).
 */
async function viewOf<T>(uri: string, token: CancellationToken, request: ViewRequest, fallback: T): Promise<T> {
  const document = documents.get(uri);
  if (!document) return fallback;
  const settings = await session.settings.get(uri);
  checkCancelled(token);
  const inputs = await inputsOf(document, settings);
  checkCancelled(token);
  return session.pipeline.view(document, inputs.settings, request, fallback, inputs.previous);
}

connection.onDocumentSymbol((params, token) => {
  const uri = params.textDocument.uri;
  // Clients without hierarchical symbols (older ones, some plugins) get the flat form.
  const hierarchical = session.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
  return viewOf(uri, token, { kind: 'symbols', uri, hierarchical }, []);
});

connection.onFoldingRanges((params, token) => {
  const rangeLimit = session.capabilities.textDocument?.foldingRange?.rangeLimit;
  return viewOf(params.textDocument.uri, token, { kind: 'folding', rangeLimit }, []);
});

// ── Hover, code lens, and the client's preview / status / command requests ─────────

connection.onHover((params, token) => {
  const { locale, capabilities } = session;
  return viewOf(params.textDocument.uri, token, { kind: 'hover', position: params.position, locale, capabilities }, null);
});

connection.languages.inlayHint.on((params, token) => {
  const uri = params.textDocument.uri;
  return viewOf(uri, token, { kind: 'inlayHints', range: params.range, locale: session.locale }, []);
});

connection.onCodeLens((params, token) => {
  const uri = params.textDocument.uri;
  return viewOf(uri, token, { kind: 'lenses', uri, locale: session.locale }, []);
});

connection.onRequest(PREVIEW_REQUEST, async (params: { uri: string }, token) => {
  const version = documents.get(params?.uri)?.version ?? 0;
  return viewOf(params?.uri, token, { kind: 'preview', version, locale: session.locale }, null);
});

connection.onRequest(SUMMARY_REQUEST, (params: { uri: string }, token) => viewOf(params?.uri, token, { kind: 'summary' }, null));

connection.onRequest(NEW_REPORT_REQUEST, (params: unknown) => ({ text: newReportText(params) }));
connection.onRequest(RULES_REQUEST, () => ruleList(session.locale));

documents.listen(connection);
connection.listen();
