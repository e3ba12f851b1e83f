// Runs the engine on open documents, never letting it take the server down, and keeps
// the latest result per document so code actions, symbols and folding reuse it instead
// of linting the same version again.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  fixAllSteps,
  lint,
  toTextEdits,
  type Finding,
  type LintOptions,
  type Locale,
  type PreviousReport,
  type ReportModel,
  type TextEdit,
} from '../engine';
import { toDiagnostic } from './diagnostics';
import { checkFailed, tooLarge } from './notices';
import type { Settings } from './settings';

export interface LintSnapshot {
  version: number;
  /** Last year's report the snapshot was computed with (identity, like settings). */
  previous?: PreviousReport;
  /** The settings object the snapshot was computed with (identity: the store replaces it on change). */
  settings: Settings;
  /** Undefined when the document was not checked: too large, or the engine threw on it. */
  report: ReportModel | undefined;
  findings: readonly Finding[];
  /** `diagnostics[i]` is `findings[i]` in LSP form. */
  diagnostics: readonly Diagnostic[];
}

export interface FixAllOutcome {
  edits: TextEdit[];
  /** Fixes applied, and findings left for the clerk. */
  fixed: number;
  remaining: number;
}

export class DocumentLinter {
  private readonly snapshots = new Map<string, LintSnapshot>();

  /**
   * @param relatedInformation  whether the client shows related information (else the
   *   related cells go into the message)
   * @param check  the engine's lint (replaceable in tests, to see an engine failure handled)
   */
  constructor(
    private readonly locale: Locale,
    private readonly docsBase: string,
    private readonly logError: (message: string) => void,
    private readonly relatedInformation = true,
    private readonly check: typeof lint = lint,
  ) {}

  /** The findings for this version of the document under these settings (cached). */
  lint(document: TextDocument, settings: Settings, previous?: PreviousReport): LintSnapshot {
    const cached = this.snapshots.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings && cached.previous === previous) return cached;
    const snapshot = this.compute(document, settings, previous);
    this.snapshots.set(document.uri, snapshot);
    return snapshot;
  }

  /**
   * Fix-all for this version: edits taking the document to its fixed state, reusing the
   * last lint of the same version for the first pass. Yields to the event loop between
   * passes, so a cancellation (or a newer edit) stops it; undefined then, or when the
   * engine fails (logged).
   */
  async fixAll(
    document: TextDocument,
    settings: Settings,
    cancelled: () => boolean,
    previous?: PreviousReport,
  ): Promise<FixAllOutcome | undefined> {
    if (tooLargeFor(document, settings)) return undefined;
    const text = document.getText();
    const snapshot = this.lint(document, settings, previous);
    try {
      const steps = fixAllSteps(text, {
        ...this.options(settings),
        previous,
        figures: settings.fixFigures,
        from: snapshot.report && { report: snapshot.report },
      });
      for (;;) {
        const step = steps.next();
        // Let a waiting $/cancelRequest (or a newer edit) in before going on or answering.
        await pollIO();
        if (cancelled()) return undefined;
        if (step.done) {
          const { fixed, remaining, edits } = step.value;
          return { edits: toTextEdits(text, edits), fixed, remaining };
        }
      }
    } catch (error) {
      this.logError(`fix-all failed on ${document.uri} (version ${document.version}): ${describe(error)}`);
      return undefined;
    }
  }

  forget(uri: string): void {
    this.snapshots.delete(uri);
  }

  private compute(document: TextDocument, settings: Settings, previous: PreviousReport | undefined): LintSnapshot {
    const base = { version: document.version, settings, previous };
    const unchecked = (diagnostic: Diagnostic) => ({ ...base, report: undefined, findings: [], diagnostics: [diagnostic] });
    // Checked with a bound: past the limit, one notice instead of minutes of work.
    if (tooLargeFor(document, settings)) return unchecked(tooLarge(this.locale, document.getText().length, settings.maxDocumentSize));
    try {
      const { report, findings } = this.check(document.getText(), { ...this.options(settings), previous });
      const diagnostics = findings.map((finding) => toDiagnostic(finding, document.uri, this.docsBase, this.relatedInformation));
      return { ...base, report, findings, diagnostics };
    } catch (error) {
      // An engine bug must cost the user this document's check, not the server, and must
      // never look like a clean report: one diagnostic says the check failed.
      this.logError(`lint failed on ${document.uri} (version ${document.version}): ${describe(error)}`);
      return unchecked(checkFailed(this.locale, error));
    }
  }

  private options(settings: Settings): LintOptions {
    return lintOptionsOf(settings, this.locale);
  }
}

/**
 * What a check of a document takes from its settings: the configuration's options
 * (profile, local sections, deadline), the locale, the rules, and last year's report.
 * One place for the server's thread and the check worker, so that neither drops one.
 */
export function lintOptionsOf(settings: Settings, locale: Locale, previous?: PreviousReport): LintOptions {
  return { ...settings.lint, locale, rules: settings.rules, ...(previous && { previous }) };
}

function tooLargeFor(document: TextDocument, settings: Settings): boolean {
  return settings.maxDocumentSize > 0 && document.getText().length > settings.maxDocumentSize;
}

/**
 * Resolves after the event loop has polled for I/O once: one setImmediate may run before
 * the next poll (when scheduled from an I/O callback), the second one cannot.
 */
function pollIO(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
