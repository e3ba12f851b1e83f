// The page shell every webview of the extension uses: theme colours from VS Code's CSS
// variables, a strict content security policy (no remote resources, scripts only with
// the page's nonce), and nothing loaded from outside the page itself.

import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

export function nonce(): string {
  return randomBytes(16).toString('base64');
}

const BASE_STYLE = `
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
         background: var(--vscode-editor-background); padding: 0 16px 24px; line-height: 1.5; }
  a { color: var(--vscode-textLink-foreground); }
  code, pre { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); }
  pre { padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; }
  table { border-collapse: collapse; margin: 8px 0 12px; }
  th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 2px 8px; text-align: center; vertical-align: middle; }
  th { font-weight: normal; background: var(--vscode-editorWidget-background); }
  @media print { body { color: black; background: white; } }
`;

/** A complete HTML page: `body` is trusted HTML from the engine or markdown-it. */
export function page(webview: vscode.Webview, title: string, body: string, options: { style?: string; script?: string } = {}): string {
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${n}'`,
    options.script ? `script-src 'nonce-${n}'` : '',
    `img-src ${webview.cspSource} data:`,
  ]
    .filter(Boolean)
    .join('; ');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style nonce="${n}">${BASE_STYLE}${options.style ?? ''}</style>
</head><body>
${body}
${options.script ? `<script nonce="${n}">${options.script}</script>` : ''}
</body></html>`;
}
