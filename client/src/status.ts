// The language status item for reports: 2025 年度 · 某县科学技术局 · 2 个错误，1 个警告.
// Clicking it opens the Problems panel.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { say } from './say';

const SUMMARY_REQUEST = 'govreport/summary';

/** The status item, and its text for the extension's API (the end-to-end tests read it). */
export function registerStatus(languageId: string, client: () => LanguageClient | undefined): vscode.Disposable & { text(): string } {
  const item = vscode.languages.createLanguageStatusItem('govreport.status', { language: languageId });
  item.name = say('Gov Report');
  item.command = { title: say('Show problems'), command: 'workbench.actions.view.problems' };
  let summary: { uri: string; year?: number; unit?: string } | undefined;
  let timer: NodeJS.Timeout | undefined;

  const render = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== languageId) return;
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gov-report-lint');
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const mine = summary?.uri === document.uri.toString() ? summary : undefined;
    const parts = [
      mine?.year ? say('{0} report', String(mine.year)) : say('Report year unknown'),
      ...(mine?.unit ? [mine.unit] : []),
      say('{0} errors, {1} warnings', errors, warnings),
    ];
    item.text = parts.join(' · ');
    item.severity =
      errors > 0
        ? vscode.LanguageStatusSeverity.Error
        : warnings > 0
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
    item.detail = say('Government information disclosure annual report');
  };

  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const document = vscode.window.activeTextEditor?.document;
      const languageClient = client();
      if (!document || document.languageId !== languageId || !languageClient?.isRunning()) return render();
      try {
        const result = await languageClient.sendRequest<{ year?: number; unit?: string } | null>(SUMMARY_REQUEST, {
          uri: document.uri.toString(),
        });
        summary = { uri: document.uri.toString(), ...(result ?? {}) };
      } catch {
        summary = undefined;
      }
      render();
    }, 300);
  };

  render();
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.languages.onDidChangeDiagnostics(refresh),
    { dispose: () => clearTimeout(timer) },
  );
  return Object.assign(disposable, { text: () => item.text });
}
