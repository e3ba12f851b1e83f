// Where a document is checked. An ordinary report (up to REMOTE_MIN_CHARS, which covers
// every real report seen) is linted on the server's thread: a few milliseconds, and its
// report model at hand for the outline, hover and quick fixes. A larger document is
// checked in the check worker (checkThread.ts), so that the server goes on answering
// other documents while it runs, and an edit stops it instead of waiting for it. Its
// report model stays in the worker, which answers that document's views too.
//
// The handlers in server.ts ask this, never the engine: `snapshot` for findings and
// diagnostics, `view` for everything computed from the report, `fixAll`.
//
// Only reports are checked. A document in the govreport language is one (the client, or
// the user, said so); any other (plain text or Markdown from Neovim, Emacs, Helix, …)
// is checked only when the engine's detection takes it for a report, the same test the
// VS Code client and the CLI use: meeting notes about the 年报, a 法治政府建设情况报告,
// a CSV get no diagnostics, rather than "no title" and six missing sections.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikeReport, type Finding, type LintOptions, type Locale, type PreviousReport, type TextEdit } from '../engine';
import { CheckThread, Superseded } from './checkThread';
import { toDiagnostic } from './diagnostics';
import { describe, lintOptionsOf, type DocumentLinter, type FixAllOutcome, type LintSnapshot } from './linting';
import { checkFailed } from './notices';
import type { Settings } from './settings';
import { runView, viewName, type ViewRequest } from './viewRequests';

/**
 * Documents from this many characters on are checked in the worker. Five times a typical
 * report and half the largest real one seen: below it a check takes milliseconds (at worst,
 * a pathological table, about half a second), so the worker's hand-over would cost more
 * than it saves.
 */
export const REMOTE_MIN_CHARS = 100_000;

/** The language id of reports (package.json); documents in it are always checked. */
export const REPORT_LANGUAGE = 'govreport';

export interface PipelineOptions {
  locale: Locale;
  docsBase: string;
  relatedInformation: boolean;
  logError: (message: string) => void;
  /** The worker's script; absent (or missing on disk): everything runs on this thread. */
  workerScript?: string;
}

interface Pending {
  version: number;
  settings: Settings;
  previous: PreviousReport | undefined;
  promise: Promise<LintSnapshot>;
}

export class LintPipeline {
  private readonly thread: CheckThread | undefined;
  /** Snapshots of documents checked in the worker (report: undefined; it stays there). */
  private readonly remote = new Map<string, LintSnapshot>();
  /** The check in flight per document, shared by every request for the same version. */
  private readonly pending = new Map<string, Pending>();
  /** Whether a document of another language is a report, per document and version. */
  private readonly verdicts = new Map<string, { version: number; report: boolean }>();

  constructor(
    private readonly linter: DocumentLinter,
    private readonly options: PipelineOptions,
  ) {
    const thread = options.workerScript ? new CheckThread(options.workerScript, options.logError) : undefined;
    this.thread = thread?.available ? thread : undefined;
  }

  /** Whether this document (at its current length) is checked in the worker. */
  isRemote(document: TextDocument, settings: Settings): boolean {
    const length = document.getText().length;
    const tooLarge = settings.maxDocumentSize > 0 && length > settings.maxDocumentSize;
    return this.thread !== undefined && length >= REMOTE_MIN_CHARS && !tooLarge;
  }

  /**
   * The findings for the document's current version. Rejects with Superseded when a
   * newer version of the document stopped the check: nothing is to be published then.
   */
  snapshot(document: TextDocument, settings: Settings, previous?: PreviousReport): Promise<LintSnapshot> {
    if (!this.isReport(document))
      return Promise.resolve({ version: document.version, settings, report: undefined, findings: [], diagnostics: [] });
    if (!this.isRemote(document, settings)) return Promise.resolve(this.linter.lint(document, settings, previous));
    const uri = document.uri;
    const version = document.version;
    const cached = this.remote.get(uri);
    if (cached && cached.version === version && cached.settings === settings && cached.previous === previous)
      return Promise.resolve(cached);
    const pending = this.pending.get(uri);
    if (pending && pending.version === version && pending.settings === settings && pending.previous === previous) return pending.promise;
    const promise = this.check(document, settings, previous);
    this.pending.set(uri, { version, settings, previous, promise });
    const done = () => {
      if (this.pending.get(uri)?.promise === promise) this.pending.delete(uri);
    };
    promise.then(done, done);
    return promise;
  }

  /** Like `snapshot`, but undefined instead of Superseded. */
  async current(document: TextDocument, settings: Settings, previous?: PreviousReport): Promise<LintSnapshot | undefined> {
    try {
      return await this.snapshot(document, settings, previous);
    } catch (error) {
      if (error instanceof Superseded) return undefined;
      throw error;
    }
  }

  /** An answer computed from the report (outline, hover, …); `fallback` when there is none. */
  async view<T>(document: TextDocument, settings: Settings, request: ViewRequest, fallback: T, previous?: PreviousReport): Promise<T> {
    const name = viewName(request);
    if (!this.isReport(document)) return fallback;
    if (!this.isRemote(document, settings)) {
      const snapshot = this.linter.lint(document, settings, previous);
      if (!snapshot.report) return fallback;
      return guarded(name, fallback, this.options.logError, () => runView(snapshot.report!, snapshot.findings, request) as T);
    }
    // The text and version asked about: the document object changes with every edit.
    const text = document.getText();
    const version = document.version;
    try {
      const snapshot = await this.snapshot(document, settings, previous);
      // A check that failed has no report to answer from; a newer version, none yet.
      if (snapshot.report === undefined && snapshot.findings.length === 0 && snapshot.diagnostics.length > 0) return fallback;
      if (document.version !== version) return fallback;
      return (await this.thread!.run(document.uri, version, text, this.lintOptions(settings, previous), {
        kind: 'view',
        view: request,
      })) as T;
    } catch (error) {
      if (!(error instanceof Superseded)) this.options.logError(`${name} failed: ${describe(error)}`);
      return fallback;
    }
  }

  /** Fix-all for the current version (see DocumentLinter.fixAll); undefined when cancelled or failed. */
  async fixAll(
    document: TextDocument,
    settings: Settings,
    cancelled: () => boolean,
    previous?: PreviousReport,
  ): Promise<FixAllOutcome | undefined> {
    // Fix-all would add sections and tables of zeros to notes: never on what is not a report.
    if (!this.isReport(document)) return undefined;
    if (!this.isRemote(document, settings)) return this.linter.fixAll(document, settings, cancelled, previous);
    const version = document.version;
    try {
      const outcome = (await this.thread!.run(document.uri, version, document.getText(), this.lintOptions(settings, previous), {
        kind: 'fixAll',
        figures: settings.fixFigures,
      })) as { edits: TextEdit[]; fixed: number; remaining: number };
      return cancelled() ? undefined : outcome;
    } catch (error) {
      if (!(error instanceof Superseded))
        this.options.logError(`fix-all failed on ${document.uri} (version ${version}): ${describe(error)}`);
      return undefined;
    }
  }

  /** The document changed: a check of an older version still running is stopped. */
  supersede(uri: string, version: number): void {
    this.thread?.supersede(uri, version);
  }

  /** Whether the document is checked at all: in the report language, or detected as a report. */
  isReport(document: TextDocument): boolean {
    if (document.languageId === REPORT_LANGUAGE) return true;
    const known = this.verdicts.get(document.uri);
    if (known && known.version === document.version) return known.report;
    const report = looksLikeReport(document.getText());
    this.verdicts.set(document.uri, { version: document.version, report });
    return report;
  }

  forget(uri: string): void {
    this.verdicts.delete(uri);
    this.remote.delete(uri);
    this.pending.delete(uri);
    this.thread?.forget(uri);
    this.linter.forget(uri);
  }

  dispose(): void {
    this.thread?.dispose();
  }

  private async check(document: TextDocument, settings: Settings, previous: PreviousReport | undefined): Promise<LintSnapshot> {
    const { uri, version } = document;
    const base = { version, settings, previous, report: undefined };
    let findings: Finding[];
    try {
      findings = (await this.thread!.run(uri, version, document.getText(), this.lintOptions(settings, previous), {
        kind: 'lint',
      })) as Finding[];
    } catch (error) {
      if (error instanceof Superseded) throw error;
      // As on this thread: a failed check (an engine bug, the worker out of memory) is one
      // diagnostic saying so, never an empty list that looks like a clean report.
      this.options.logError(`lint failed on ${uri} (version ${version}): ${describe(error)}`);
      const snapshot = { ...base, findings: [], diagnostics: [checkFailed(this.options.locale, error)] };
      this.remote.set(uri, snapshot);
      return snapshot;
    }
    const { docsBase, relatedInformation } = this.options;
    const diagnostics = findings.map((finding) => toDiagnostic(finding, uri, docsBase, relatedInformation));
    const snapshot: LintSnapshot = { ...base, findings, diagnostics };
    this.remote.set(uri, snapshot);
    return snapshot;
  }

  private lintOptions(settings: Settings, previous: PreviousReport | undefined): LintOptions {
    // Last year goes as text and URI (the worker parses it: cheaper than copying a model
    // across threads). The rules object has a null prototype: a plain copy survives the
    // structured clone with the same own keys.
    return { ...lintOptionsOf(settings, this.options.locale, previous), rules: { ...settings.rules } };
  }
}

function guarded<T>(what: string, fallback: T, logError: (message: string) => void, run: () => T): T {
  try {
    return run();
  } catch (error) {
    logError(`${what} failed: ${describe(error)}`);
    return fallback;
  }
}
