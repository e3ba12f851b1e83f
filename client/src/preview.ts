// 预览报告表格: the report's three tables drawn as the national format prints them, in a
// webview beside the editor. The server renders the tables (govreport/preview); this
// panel shows them, refreshes while the clerk types, and jumps to a cell when clicked.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { page } from './webview';

export const PREVIEW_COMMAND = 'govreport.preview';
const VIEW_TYPE = 'govreport.preview';
const PREVIEW_REQUEST = 'govreport/preview';
/** Typing pauses this long before the preview is redrawn. */
const REFRESH_MS = 300;

const STYLE = `
  h2 { font-size: 1.1em; margin: 20px 0 4px; }
  td.num { min-width: 2.5em; cursor: pointer; font-variant-numeric: tabular-nums; }
  td.num:hover { outline: 1px solid var(--vscode-focusBorder); }
  td.blank, td.missing { background: var(--vscode-diffEditor-removedTextBackground, #f003); }
  td.error, td.invalid { background: var(--vscode-inputValidation-errorBackground, #f004); outline: 1px solid var(--vscode-editorError-foreground); }
  td.warning { background: var(--vscode-inputValidation-warningBackground, #fa03); outline: 1px solid var(--vscode-editorWarning-foreground); }
  td.info, td.hint { outline: 1px dotted var(--vscode-editorInfo-foreground); }
  th.corner { font-size: 0.85em; max-width: 16em; }
  th.label { text-align: left; }
  ul.problems { margin: 0; padding-left: 1.2em; }
  ul.problems li { cursor: pointer; }
  ul.problems li.error .code { color: var(--vscode-editorError-foreground); }
  ul.problems li.warning .code { color: var(--vscode-editorWarning-foreground); }
  .line { opacity: 0.7; }
  .absent { font-style: italic; }
`;

// Clicks on a cell or a listed problem go back to the extension, which selects it. The
// page is redrawn while the clerk types: it keeps its place (the webview's state), and
// opens on the first wrong cell, which would otherwise lie below the fold.
const SCRIPT = `
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const el = event.target.closest('[data-start]');
    if (el) vscode.postMessage({ type: 'reveal', start: Number(el.dataset.start), end: Number(el.dataset.end) });
  });
  const doc = DOCUMENT;
  const state = vscode.getState();
  if (state && state.doc === doc && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  else document.querySelector('td.error, td.warning')?.scrollIntoView({ block: 'center' });
  let saving;
  window.addEventListener('scroll', () => {
    clearTimeout(saving);
    saving = setTimeout(() => vscode.setState({ doc, scrollY: window.scrollY }), 100);
  });
`;

export class TablePreview {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: () => Promise<LanguageClient | undefined>,
    private readonly languageId: string,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.schedule()),
      vscode.languages.onDidChangeDiagnostics(
        (e) => this.document && e.uris.some((u) => u.toString() === this.document?.uri.toString()) && this.schedule(),
      ),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === this.languageId && editor.document !== this.document) {
          this.document = editor.document;
          this.schedule(0);
        }
      }),
    );
  }

  async show(document: vscode.TextDocument | undefined = vscode.window.activeTextEditor?.document): Promise<void> {
    if (!document || document.languageId !== this.languageId) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a government information disclosure report (language mode Gov Report) to preview its tables.'),
      );
      return;
    }
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        vscode.l10n.t('Report tables'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          localResourceRoots: [],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
      });
      this.panel.webview.onDidReceiveMessage((message: { type?: string; start?: number; end?: number }) => this.reveal(message));
    }
    await this.refresh();
  }

  /** The panel's current HTML body (for tests and the screenshot). */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  private schedule(delay = REFRESH_MS): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const client = await this.client();
    let body: string;
    try {
      const result = client ? await client.sendRequest<{ html: string } | null>(PREVIEW_REQUEST, { uri: document.uri.toString() }) : null;
      body = result?.html ?? `<p>${vscode.l10n.t('The tables could not be read.')}</p>`;
    } catch (error) {
      body = `<p>${vscode.l10n.t('The tables could not be read.')}</p>`;
      client?.error(`preview failed: ${String(error)}`);
    }
    if (this.panel !== panel) return;
    const name = vscode.workspace.asRelativePath(document.uri, false);
    panel.title = vscode.l10n.t('Tables: {0}', name.split(/[\\/]/).pop() ?? name);
    // The document's name as a JSON string: a script literal that cannot close the script.
    const script = SCRIPT.replace('DOCUMENT', () => JSON.stringify(document.uri.toString()).replace(/</g, '\\u003c'));
    panel.webview.html = page(panel.webview, panel.title, body, { style: STYLE, script });
  }

  private async reveal(message: { type?: string; start?: number; end?: number }): Promise<void> {
    const document = this.document;
    if (!document || message.type !== 'reveal' || typeof message.start !== 'number' || typeof message.end !== 'number') return;
    const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
