// `say` replaces vscode.l10n.t in the extension: with `govreport.language` on auto it is
// exactly VS Code's l10n; set to zh-cn or en, it answers in that language (see localize.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { localize, messageLocale } from './localize';

let zhBundle: Record<string, string> | undefined;
let l10nFolder: string | undefined;

/** Where the extension's l10n bundles are (called once on activation). */
export function useBundles(extensionPath: string): void {
  l10nFolder = path.join(extensionPath, 'l10n');
}

function chineseBundle(): Record<string, string> {
  if (!zhBundle) {
    try {
      zhBundle = JSON.parse(fs.readFileSync(path.join(l10nFolder ?? '', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    } catch {
      zhBundle = {}; // a missing bundle leaves the English words, never an error
    }
  }
  return zhBundle;
}

export function say(message: string, ...args: (string | number)[]): string {
  const setting = vscode.workspace.getConfiguration('govreport').get<string>('language');
  const locale = messageLocale(setting, vscode.env.language);
  if (locale === vscode.env.language) return vscode.l10n.t(message, ...args);
  return localize(message, args, locale, chineseBundle());
}
