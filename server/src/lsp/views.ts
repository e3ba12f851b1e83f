// What the editor shows besides diagnostics: the hover on a table number, the code lens
// with each table's relations, and the requests behind the client's preview, status item
// and commands. Thin: the engine computes, this file converts to LSP.

import { InlayHintKind, MarkupKind, type CodeLens, type Hover, type InlayHint, type Position, type Range } from 'vscode-languageserver';
import type { ClientCapabilities } from 'vscode-languageserver';
import { balanceSummary, columnHints, explainCell, tableBalances } from '../engine/explain';
import { renderTablesHtml } from '../engine/preview';
import { newReport } from '../engine/template';
import { rules, type Finding, type Locale, type ReportModel } from '../engine';

/** The client command a code lens runs to show a problem: `(uri, range)`. */
export const REVEAL_COMMAND = 'govreport.reveal';

export function hoverAt(report: ReportModel, position: Position, locale: Locale, capabilities: ClientCapabilities): Hover | null {
  const offset = report.source.offsetAt(position);
  const text = explainCell(report, offset, locale);
  if (text === undefined) return null;
  const formats = capabilities.textDocument?.hover?.contentFormat;
  const markdown = formats === undefined || formats.includes(MarkupKind.Markdown);
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: markdown ? text : text.replace(/\*\*/g, '') } };
}

/**
 * Each number's column, written before it in the editor (`自然人 0  商业企业 0 …`), for the
 * part of the document in view. The VS Code client shows them unless
 * `govreport.inlayHints.columns` is off; other editors have their own inlay-hint switch.
 */
export function inlayHints(report: ReportModel, range: Range, locale: Locale): InlayHint[] {
  const src = report.source;
  // The model may read a view of the text (an HTML page): search the view's offsets that
  // correspond to the range, and place each hint where its cell is in the text as written.
  const from = src.offsetAt(range.start);
  const to = src.offsetAt(range.end);
  return columnHints(report, from, to, locale).map(({ cell, label }) => ({
    position: src.range(cell.start, cell.end).start,
    label,
    kind: InlayHintKind.Parameter,
    paddingRight: true,
  }));
}

export function balanceLenses(report: ReportModel, uri: string, locale: Locale): CodeLens[] {
  return tableBalances(report).map((balance) => {
    const line = balance.table.firstLine;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const first = balance.failing[0]?.target;
    const command = first
      ? { title: balanceSummary(balance, locale), command: REVEAL_COMMAND, arguments: [uri, report.source.range(first.start, first.end)] }
      : { title: balanceSummary(balance, locale), command: '' };
    return { range, command };
  });
}

// ── Custom requests (the VS Code client's preview, status item and commands) ──────────

export const PREVIEW_REQUEST = 'govreport/preview';
export const SUMMARY_REQUEST = 'govreport/summary';
export const NEW_REPORT_REQUEST = 'govreport/newReport';
export const RULES_REQUEST = 'govreport/rules';

export interface PreviewResult {
  version: number;
  html: string;
}

export function preview(report: ReportModel, findings: readonly Finding[], version: number, locale: Locale): PreviewResult {
  return { version, html: renderTablesHtml(report, findings, locale) };
}

export interface SummaryResult {
  year?: number;
  /** The reporting unit: the title before its year. */
  unit?: string;
}

export function summary(report: ReportModel): SummaryResult {
  const title = report.title;
  if (!title) return {};
  const year = title.year?.value;
  const before = title.year ? report.source.text.slice(title.start, title.year.start) : title.text;
  const unit = before.replace(/\s+/g, '').replace(/[（(]?$/, '') || undefined;
  return { year, unit };
}

export function newReportText(params: unknown): string {
  const p = (typeof params === 'object' && params !== null ? params : {}) as { unit?: unknown; year?: unknown; eol?: unknown };
  const unit = typeof p.unit === 'string' && p.unit.trim() !== '' ? p.unit : 'XX';
  const year =
    typeof p.year === 'number' && Number.isInteger(p.year) && p.year >= 2019 && p.year <= 2100 ? p.year : new Date().getFullYear() - 1;
  return newReport({ unit, year, eol: p.eol === '\r\n' ? '\r\n' : '\n' });
}

export function ruleList(locale: Locale): { code: string; name: string; summary: string; fixable: boolean }[] {
  return rules.map((r) => ({ code: r.code, name: r.name, summary: locale === 'zh' ? r.summary.zh : r.summary.en, fixable: r.fixable }));
}
