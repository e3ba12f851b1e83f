// The server's own diagnostics, which are not findings of a rule: a document too large to
// check, and a check that failed. Each is one diagnostic on the first line, so that the
// clerk sees why a report shows nothing rather than taking it for a clean one.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Locale } from '../engine';
import { SOURCE } from './diagnostics';

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function tooLarge(locale: Locale, length: number, limit: number): Diagnostic {
  const n = length.toLocaleString('en-US');
  const max = limit.toLocaleString('en-US');
  return {
    range: FIRST_LINE,
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: 'too-large',
    message:
      locale === 'zh'
        ? `未检查：文档有 ${n} 个字符，超过上限 ${max}。可在设置 govreport.maxDocumentSize 中调高上限。`
        : `Not checked: the document has ${n} characters, above the limit of ${max}. Raise the limit in the setting govreport.maxDocumentSize.`,
  };
}

export function checkFailed(locale: Locale, error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    range: FIRST_LINE,
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'internal-error',
    message:
      locale === 'zh'
        ? `检查失败（内部错误），此文档未能检查，结果不代表没有问题：${what}。详情见输出面板，请报告此问题。`
        : `The check failed (internal error), so this document was not checked and showing no problems means nothing: ${what}. Details are in the output panel; please report it.`,
  };
}
