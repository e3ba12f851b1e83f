// Content-based detection: a report exported to .txt (or pasted into an untitled editor,
// or saved as Markdown) opens as Plain Text; when its content looks like a
// 政府信息公开工作年度报告 we switch it to the govreport language so that it gets checked.
//
// The decision itself is the engine's pure `looksLikeReport`; this module only decides
// which documents to ask about, and respects a user who switches a document back.

import * as vscode from 'vscode';
import { looksLikeReport } from '@gov-report-lint/engine';
import { say } from './say';

/** Languages a report arrives in. Anything else (code, JSON, …) is never touched. */
const CANDIDATE_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'markdown']);
const SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled']);

/** Reports are 10–50 kB; the head is enough to recognise one, and bounds the cost on logs. */
const MAX_CHARS = 200_000;

/** An insertion this long into an untitled editor is a paste worth looking at. */
const PASTE_CHARS = 100;

/**
 * VS Code changes a document's language by closing it and reopening it at once. A
 * report that reopens as Plain Text/Markdown this soon after closing as govreport was
 * switched back by the user (or another extension), so it is left alone from then on.
 */
const LANGUAGE_CHANGE_MS = 2_000;

/**
 * VS Code's own language detection may relabel an untitled report (as Ini, say) soon
 * after we switched it; on a busy machine that takes seconds. A switch to a language other
 * than Plain Text or Markdown this soon after ours is taken for that, not for the user's
 * choice, and the report is switched back. (A user who switches it back to Plain Text or
 * Markdown is respected: see LANGUAGE_CHANGE_MS.)
 */
const AUTO_DETECT_MS = 10_000;

/** How many times one document is taken back from automatic language detection. */
const MAX_TAKEBACKS = 3;

/** `ownFolder`: the extension's docs folder (docs/rules.md), never taken for a report. */
export function registerDetection(languageId: string, section: string, ownFolder?: string): vscode.Disposable {
  const closedAsReport = new Map<string, number>();
  /** When we last switched each document to the report language. */
  const switchedAt = new Map<string, number>();
  const optedOut = new Set<string>();
  const takebacks = new Map<string, number>();

  const switchToReport = (document: vscode.TextDocument, announce: boolean) => {
    switchedAt.set(document.uri.toString(), Date.now());
    vscode.languages.setTextDocumentLanguage(document, languageId).then(
      (switched) => {
        if (!announce) return;
        const name = vscode.workspace.asRelativePath(switched.uri, false);
        vscode.window.setStatusBarMessage(
          say('{0} looks like a government information disclosure report: checking it as one.', name),
          5_000,
        );
      },
      () => undefined, // the document was closed meanwhile
    );
  };

  const consider = (document: vscode.TextDocument): void => {
    if (!SCHEMES.has(document.uri.scheme) || document.languageId === languageId) return;
    const key = document.uri.toString();
    if (document.isUntitled && document.getText().length === 0) {
      // A fresh untitled editor reuses an earlier one's name (Untitled-1): forget that one.
      for (const memory of [optedOut, switchedAt, takebacks, closedAsReport]) memory.delete(key);
      return;
    }
    if (optedOut.has(key)) return;
    const switched = switchedAt.get(key);
    const auto = !CANDIDATE_LANGUAGES.has(document.languageId);
    if (auto && switched !== undefined && Date.now() - switched < AUTO_DETECT_MS && (takebacks.get(key) ?? 0) < MAX_TAKEBACKS) {
      // Relabelled by automatic language detection right after our switch: take it back.
      takebacks.set(key, (takebacks.get(key) ?? 0) + 1);
      switchedAt.delete(key);
      switchToReport(document, false);
      return;
    }
    if (!CANDIDATE_LANGUAGES.has(document.languageId)) return;
    if (ownFolder && document.uri.scheme === 'file' && isInside(document.uri.fsPath, ownFolder)) return;
    const closed = closedAsReport.get(key);
    if (closed !== undefined && Date.now() - closed < LANGUAGE_CHANGE_MS) {
      optedOut.add(key);
      return;
    }
    if (!vscode.workspace.getConfiguration(section, document).get<boolean>('detect.enabled', true)) return;
    let isReport: boolean;
    try {
      isReport = looksLikeReport(document.getText().slice(0, MAX_CHARS));
    } catch {
      return; // a detection bug must not get in the way of opening files
    }
    if (!isReport) return;
    switchToReport(document, true);
  };

  const disposables = [
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      if (document.languageId === languageId) closedAsReport.set(key, Date.now());
      else closedAsReport.delete(key);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.isUntitled && event.contentChanges.some((change) => change.text.length >= PASTE_CHARS)) {
        consider(event.document);
      }
    }),
  ];
  for (const document of vscode.workspace.textDocuments) consider(document);
  return vscode.Disposable.from(...disposables);
}

function isInside(file: string, folder: string): boolean {
  const f = file.replace(/\\/g, '/').toLowerCase();
  const d = folder.replace(/\\/g, '/').replace(/\/$/, '').toLowerCase();
  return f.startsWith(`${d}/`);
}
