// Quick fixes for single findings, and one "fix all" source action that editors can run
// on save (VS Code: "editor.codeActionsOnSave": { "source.fixAll.govreport": "explicit" }).

import { CodeAction, CodeActionKind, type CodeActionContext } from 'vscode-languageserver';
import type { Finding, Fix, Locale, Range, TextEdit } from '../engine';
import { SOURCE } from './diagnostics';
import type { LintSnapshot } from './linting';

/**
 * A sub-kind of `source.fixAll`, so that users can ask for our fixes alone and editors
 * that run every `source.fixAll` still include them.
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;

export const PROVIDED_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

const FIX_ALL_TITLE: Record<Locale, string> = {
  zh: '修复所有可自动修复的问题（政府信息公开年报）',
  en: 'Fix all auto-fixable problems (government report)',
};

/**
 * Whether the client's `only` filter admits `kind`. Kinds are hierarchical: asking for
 * `source` or `source.fixAll` includes `source.fixAll.govreport`. No filter: everything.
 */
export function admits(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

export function quickFixes(uri: string, context: CodeActionContext, snapshot: LintSnapshot): CodeAction[] {
  if (!admits(context.only, CodeActionKind.QuickFix)) return [];
  const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === SOURCE);
  if (ours.length === 0) return [];
  const fixable = indexFixable(snapshot.findings);
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    for (const finding of fixable.get(key(String(diagnostic.code), diagnostic.range)) ?? []) {
      actions.push({
        title: finding.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: finding.fix.edits } },
      });
    }
  }
  return actions;
}

/** The fix-all action, or nothing when the filter excludes it or there is nothing to fix. */
export function fixAllAction(uri: string, context: CodeActionContext, locale: Locale, computeEdits: () => TextEdit[]): CodeAction[] {
  if (!admits(context.only, FIX_ALL_KIND)) return [];
  const edits = computeEdits();
  if (edits.length === 0) return [];
  return [{ title: FIX_ALL_TITLE[locale], kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } }];
}

type FixableFinding = Finding & { fix: Fix };

/**
 * Diagnostics come back from the client without our Finding objects, so they are matched
 * by code and range against the snapshot of the same document version. An index keeps
 * "fix this line" on a large report with thousands of findings linear.
 */
function indexFixable(findings: readonly Finding[]): Map<string, FixableFinding[]> {
  const index = new Map<string, FixableFinding[]>();
  for (const finding of findings) {
    if (!finding.fix || finding.fix.edits.length === 0) continue;
    const k = key(finding.code, finding.range);
    index.set(k, [...(index.get(k) ?? []), finding as FixableFinding]);
  }
  return index;
}

function key(code: string, { start, end }: Range): string {
  return `${code}@${start.line}:${start.character}-${end.line}:${end.character}`;
}
