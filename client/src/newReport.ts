// 新建年度报告: asks for the unit and the year (last year by default) and opens a new report
// in the national format, sections and tables in place, cells left for the clerk.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { say } from './say';

export const NEW_REPORT_COMMAND = 'govreport.newReport';
const NEW_REPORT_REQUEST = 'govreport/newReport';

/** Arguments let tests and other extensions skip the prompts: `{ unit, year }`. */
export async function newReport(
  client: () => Promise<LanguageClient | undefined>,
  languageId: string,
  args?: { unit?: string; year?: number },
): Promise<vscode.TextDocument | undefined> {
  const lastYear = new Date().getFullYear() - 1;
  const unit =
    args?.unit ??
    (await vscode.window.showInputBox({
      title: say('New annual report'),
      prompt: say('Reporting unit (e.g. 某某县科学技术局)'),
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() === '' ? say('Enter the unit name.') : undefined),
    }));
  if (unit === undefined) return undefined;
  let year = args?.year;
  if (year === undefined) {
    const answer = await vscode.window.showInputBox({
      title: say('New annual report'),
      prompt: say('Report year'),
      value: String(lastYear),
      ignoreFocusOut: true,
      validateInput: (v) => (/^(19|20|21)\d{2}$/.test(v.trim()) ? undefined : say('Enter a four-digit year.')),
    });
    if (answer === undefined) return undefined;
    year = Number(answer.trim());
  }
  const languageClient = await client();
  if (!languageClient) return undefined;
  const eol = vscode.workspace.getConfiguration('files').get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  const { text } = await languageClient.sendRequest<{ text: string }>(NEW_REPORT_REQUEST, { unit: unit.trim(), year, eol });
  const document = await vscode.workspace.openTextDocument({ language: languageId, content: text });
  await vscode.window.showTextDocument(document);
  return document;
}
