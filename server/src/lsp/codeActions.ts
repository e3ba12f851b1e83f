// Code actions: quick fixes for single findings (every correction a balance finding
// offers, each titled with what it writes), "fix all of this rule in this file", "turn
// this rule off for this file / the workspace" (written to .govreportrc.json, never into
// the report), and one "fix all" source action that editors can run on save
// (VS Code: "editor.codeActionsOnSave": { "source.fixAll.govreport": "explicit" }).
//
// Fix-all is computed only when asked: eagerly when the client's `only` names it (fix on
// save, the Source Action menu), otherwise returned unresolved and computed in
// codeAction/resolve, so a cursor move (an automatic code-action request) costs nothing.

import { CodeAction, CodeActionKind, type CodeActionContext, type Command, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Locale, Range, TextEdit } from '../engine';
import { SOURCE } from './diagnostics';
import type { LintSnapshot } from './linting';

/**
 * A sub-kind of `source.fixAll`, so that users can ask for our fixes alone and editors
 * that run every `source.fixAll` still include them.
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;

export const PROVIDED_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Server commands (workspace/executeCommand). */
export const DISABLE_RULE_COMMAND = 'govreport.disableRule';
export const APPLY_FIX_ALL_COMMAND = 'govreport.applyFixAll';

const FIX_ALL_TITLE: Record<Locale, string> = {
  zh: '修复所有可自动修复的问题（政府信息公开年报）',
  en: 'Fix all auto-fixable problems (government report)',
};

/** What an unresolved fix-all action carries to codeAction/resolve. */
export interface FixAllData {
  fixAll: { uri: string; version: number };
}

export interface DisableRuleArgs {
  uri: string;
  code: string;
  scope: 'file' | 'workspace';
}

/**
 * Whether the client's `only` filter admits `kind`. Kinds are hierarchical: asking for
 * `source` or `source.fixAll` includes `source.fixAll.govreport`. No filter: everything.
 */
export function admits(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

export interface QuickFixOptions {
  locale: Locale;
  /** Offer "turn this rule off" (needs a workspace folder to hold .govreportrc.json). */
  /** Which "turn this rule off" actions to offer: none, for this file only (a report outside any workspace folder), or both. */
  canDisable: false | 'file' | 'file-or-workspace';
}

export function quickFixes(
  document: TextDocument,
  context: CodeActionContext,
  snapshot: LintSnapshot,
  options: QuickFixOptions,
): CodeAction[] {
  if (!admits(context.only, CodeActionKind.QuickFix)) return [];
  const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === SOURCE);
  if (ours.length === 0) return [];
  const { uri } = document;
  const index = indexFindings(snapshot.findings);
  const actions: CodeAction[] = [];
  const codes = new Map<string, Diagnostic[]>();
  for (const diagnostic of ours) {
    const code = String(diagnostic.code);
    codes.set(code, [...(codes.get(code) ?? []), diagnostic]);
    for (const finding of index.get(key(code, diagnostic.range)) ?? []) {
      for (const fix of finding.fixes ?? []) {
        if (fix.edits.length === 0) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          ...(fix.isPreferred && { isPreferred: true }),
          edit: { changes: { [uri]: fix.edits } },
        });
      }
    }
  }
  for (const [code, diagnostics] of codes) {
    const all = fixAllOfRule(document, snapshot.findings, code, options.locale);
    if (all) actions.push({ ...all, diagnostics });
    if (options.canDisable)
      actions.push(...disableActions(uri, code, diagnostics, options.locale, options.canDisable === 'file-or-workspace'));
  }
  return actions;
}

/**
 * "Fix all GR105 problems in this file", as in ESLint: each finding's own fix when it has
 * exactly one (or a preferred one), non-overlapping, in one edit. Offered when there are
 * at least two. A rule whose fix writes figures says so in the title: the clerk chooses it.
 */
function fixAllOfRule(document: TextDocument, findings: readonly Finding[], code: string, locale: Locale): CodeAction | undefined {
  const fixes = findings
    .filter((f) => f.code === code)
    .map((f) => (f.fixes && (f.fixes.length === 1 || f.fixes[0].isPreferred) ? f.fixes[0] : undefined))
    .filter((f): f is Fix => f !== undefined && f.edits.length > 0);
  if (fixes.length < 2) return undefined;
  const edits = nonOverlapping(document, fixes);
  const titles = [...new Set(fixes.map((f) => f.title))];
  const what = titles.length === 1 ? (locale === 'zh' ? `：${titles[0]}` : `: ${titles[0]}`) : '';
  const figures = fixes.some((f) => f.kind === 'figure');
  const title =
    locale === 'zh'
      ? `修复本文件中全部 ${fixes.length} 个 ${code} 问题${what}${figures ? '（写入数字）' : ''}`
      : `Fix all ${fixes.length} ${code} problems in this file${what}${figures ? ' (writes figures)' : ''}`;
  return { title, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: edits } } };
}

/** Whole fixes whose edits overlap no earlier fix's, in document order. */
function nonOverlapping(document: TextDocument, fixes: Fix[]): TextEdit[] {
  const spans = fixes
    .map((fix) => {
      const offsets = fix.edits.map((e) => [document.offsetAt(e.range.start), document.offsetAt(e.range.end)]);
      return { fix, start: Math.min(...offsets.map((o) => o[0])), end: Math.max(...offsets.map((o) => o[1])) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start <= lastEnd) continue;
    out.push(...s.fix.edits);
    lastEnd = s.end;
  }
  return out;
}

function disableActions(uri: string, code: string, diagnostics: Diagnostic[], locale: Locale, workspace: boolean): CodeAction[] {
  const scopes: { scope: DisableRuleArgs['scope']; zh: string; en: string }[] = [
    {
      scope: 'file',
      zh: `在本文件中关闭规则 ${code}（写入 .govreportrc.json）`,
      en: `Turn off ${code} for this file (in .govreportrc.json)`,
    },
    {
      scope: 'workspace',
      zh: `在整个工作区关闭规则 ${code}（写入 .govreportrc.json）`,
      en: `Turn off ${code} for the workspace (in .govreportrc.json)`,
    },
  ];
  return scopes
    .filter(({ scope }) => workspace || scope === 'file')
    .map(({ scope, zh, en }) => {
      const title = locale === 'zh' ? zh : en;
      const args: DisableRuleArgs = { uri, code, scope };
      const command: Command = { title, command: DISABLE_RULE_COMMAND, arguments: [args] };
      return { title, kind: CodeActionKind.QuickFix, diagnostics, command };
    });
}

/** How the fix-all action is answered for this request. */
export type FixAllMode = 'eager' | 'deferred' | 'none';

/**
 * Eager when the client asked for fix-all by kind (on save, Source Action menu); deferred to
 * codeAction/resolve for an unfiltered request when the client can resolve edits; otherwise
 * not offered (an unfiltered request comes with every cursor move).
 */
export function fixAllMode(context: CodeActionContext, canResolveEdit: boolean): FixAllMode {
  if (!admits(context.only, FIX_ALL_KIND)) return 'none';
  if (context.only && context.only.length > 0) return 'eager';
  return canResolveEdit ? 'deferred' : 'none';
}

export function fixAllAction(uri: string, locale: Locale, edits: TextEdit[]): CodeAction[] {
  if (edits.length === 0) return [];
  return [{ title: FIX_ALL_TITLE[locale], kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } }];
}

export function deferredFixAllAction(uri: string, version: number, locale: Locale): CodeAction {
  const data: FixAllData = { fixAll: { uri, version } };
  return { title: FIX_ALL_TITLE[locale], kind: FIX_ALL_KIND, data };
}

export function isFixAllData(data: unknown): data is FixAllData {
  const f = (data as FixAllData | undefined)?.fixAll;
  return typeof f === 'object' && f !== null && typeof f.uri === 'string' && typeof f.version === 'number';
}

/** `已修复 5 个问题，另有 2 个需要人工处理`. */
export function fixAllSummary(locale: Locale, fixed: number, remaining: number): string {
  if (locale === 'zh')
    return fixed === 0 ? `没有可自动修复的问题，${remaining} 个需要人工处理` : `已修复 ${fixed} 个问题，另有 ${remaining} 个需要人工处理`;
  return fixed === 0
    ? `Nothing to fix automatically; ${remaining} problems need a person`
    : `Fixed ${fixed} problems; ${remaining} more need a person`;
}

/**
 * Diagnostics come back from the client without our Finding objects, so they are matched
 * by code and range against the snapshot of the same document version. An index keeps
 * "fix this line" on a large report with thousands of findings linear.
 */
function indexFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fixes || finding.fixes.length === 0) continue;
    const k = key(finding.code, finding.range);
    index.set(k, [...(index.get(k) ?? []), finding]);
  }
  return index;
}

function key(code: string, { start, end }: Range): string {
  return `${code}@${start.line}:${start.character}-${end.line}:${end.character}`;
}
