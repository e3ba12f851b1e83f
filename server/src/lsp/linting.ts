// Runs the engine on open documents, never letting it take the server down, and keeps
// the latest result per document so code actions, symbols and folding reuse it instead
// of linting the same version again.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  fixAllEdits,
  lint,
  type Finding,
  type LintOptions,
  type Locale,
  type PreviousReport,
  type ReportModel,
  type TextEdit,
} from '../engine';
import { toDiagnostic } from './diagnostics';
import type { Settings } from './settings';

export interface LintSnapshot {
  version: number;
  /** Last year's report the snapshot was computed with (identity, like settings). */
  previous?: PreviousReport;
  /** The settings object the snapshot was computed with (identity: the store replaces it on change). */
  settings: Settings;
  /** Undefined when the engine threw on this text. */
  report: ReportModel | undefined;
  findings: readonly Finding[];
  /** `diagnostics[i]` is `findings[i]` in LSP form. */
  diagnostics: readonly Diagnostic[];
}

export class DocumentLinter {
  private readonly snapshots = new Map<string, LintSnapshot>();

  constructor(
    private readonly locale: Locale,
    private readonly docsBase: string,
    private readonly logError: (message: string) => void,
  ) {}

  /** The findings for this version of the document under these settings (cached). */
  lint(document: TextDocument, settings: Settings, previous?: PreviousReport): LintSnapshot {
    const cached = this.snapshots.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings && cached.previous === previous) return cached;
    const snapshot = this.compute(document, settings, previous);
    this.snapshots.set(document.uri, snapshot);
    return snapshot;
  }

  /** Edits taking the document to its fully fixed state; empty when nothing is fixable or the engine fails. */
  fixAll(document: TextDocument, settings: Settings): TextEdit[] {
    try {
      return fixAllEdits(document.getText(), this.options(settings));
    } catch (error) {
      this.logError(`fix-all failed on ${document.uri} (version ${document.version}): ${describe(error)}`);
      return [];
    }
  }

  forget(uri: string): void {
    this.snapshots.delete(uri);
  }

  private compute(document: TextDocument, settings: Settings, previous: PreviousReport | undefined): LintSnapshot {
    const base = { version: document.version, settings, previous };
    try {
      const { report, findings } = lint(document.getText(), { ...this.options(settings), previous });
      const diagnostics = findings.map((finding) => toDiagnostic(finding, document.uri, this.docsBase));
      return { ...base, report, findings, diagnostics };
    } catch (error) {
      // An engine bug must cost the user this document's diagnostics, not the server.
      this.logError(`lint failed on ${document.uri} (version ${document.version}): ${describe(error)}`);
      return { ...base, report: undefined, findings: [], diagnostics: [] };
    }
  }

  private options(settings: Settings): LintOptions {
    return { ...settings.lint, locale: this.locale, rules: settings.rules };
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
