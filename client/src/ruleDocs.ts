// A rule's documentation, rendered: the diagnostic's code link and the command
// 打开规则说明 open the rule's section of the shipped docs/rules.md in a webview, never the
// raw Markdown (which detection would then take for a report and lint).

import * as fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { page } from './webview';
import { say } from './say';

export const OPEN_RULE_DOCS = 'govreport.openRuleDocs';
const VIEW_TYPE = 'govreport.ruleDocs';

/** Rules as listed in the docs page: `## GR105 label-mismatch`. */
export function docsRules(markdown: string): { code: string; name: string }[] {
  return [...markdown.matchAll(/^## (GR\d{3}) ([a-z-]+)/gm)].map((m) => ({ code: m[1], name: m[2] }));
}

/** The rule's section: from its `## GRnnn` heading to the next rule's heading. */
export function ruleSection(markdown: string, code: string): string | undefined {
  const start = markdown.search(new RegExp(`^## ${code}\\b`, 'm'));
  if (start < 0) return undefined;
  const rest = markdown.slice(start + 3);
  const next = rest.search(/^(?:<a id="gr\d{3}"><\/a>\s*)?## GR\d{3}\b/m);
  return markdown.slice(start, next < 0 ? undefined : start + 3 + next).trim();
}

export class RuleDocs {
  private panel: vscode.WebviewPanel | undefined;
  private readonly markdown = new MarkdownIt({ html: false, linkify: false });

  constructor(private readonly docsFile: string) {}

  private read(): string {
    return fs.readFileSync(this.docsFile, 'utf8');
  }

  async pick(): Promise<void> {
    const items = docsRules(this.read()).map((r) => ({ label: r.code, description: r.name }));
    const chosen = await vscode.window.showQuickPick(items, { placeHolder: say('Which rule?') });
    if (chosen) this.show(chosen.label);
  }

  show(code: string): void {
    const wanted = code.toUpperCase();
    const section = ruleSection(this.read(), wanted);
    const body = section ? this.markdown.render(section) : `<p>${say('No documentation for {0}.', wanted.replace(/[<>&"]/g, ''))}</p>`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, wanted, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = say('Rule {0}', wanted);
    this.panel.webview.html = page(this.panel.webview, wanted, `<article class="rule" data-rule="${wanted}">${body}</article>`);
    this.panel.reveal(undefined, true);
  }
}

/**
 * The server links each diagnostic's code to docs/rules.md#grNNN (a file any editor can
 * open). In VS Code the link becomes a command that shows the rendered section instead.
 */
export function docsCommandUri(code: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_RULE_DOCS}?${encodeURIComponent(JSON.stringify([code]))}`);
}
