// The answers the server computes from a document's report model (outline, folding,
// hover, code lens, the client's preview and status), named as data so that one
// function computes them wherever the model lives: on the server's thread for an
// ordinary report, or in the check worker for a large document (see lintPipeline.ts),
// whose model never crosses threads (copying it costs more than building it).

import type { ClientCapabilities, Position, Range } from 'vscode-languageserver';
import type { Finding, Locale, ReportModel } from '../engine';
import { documentFoldingRanges, documentSymbols, symbolInformation } from './symbols';
import { balanceLenses, hoverAt, inlayHints, preview, summary } from './views';

export type ViewRequest =
  | { kind: 'symbols'; uri: string; hierarchical: boolean }
  | { kind: 'folding'; rangeLimit?: number }
  | { kind: 'hover'; position: Position; locale: Locale; capabilities: ClientCapabilities }
  | { kind: 'lenses'; uri: string; locale: Locale }
  | { kind: 'inlayHints'; range: Range; locale: Locale }
  | { kind: 'summary' }
  | { kind: 'preview'; version: number; locale: Locale };

/** What the outline, folding, hover, … handlers answer for a document's report. */
export function runView(report: ReportModel, findings: readonly Finding[], request: ViewRequest): unknown {
  switch (request.kind) {
    case 'symbols':
      return request.hierarchical ? documentSymbols(report) : symbolInformation(report, request.uri);
    case 'folding':
      return documentFoldingRanges(report, request.rangeLimit);
    case 'hover':
      return hoverAt(report, request.position, request.locale, request.capabilities);
    case 'lenses':
      return balanceLenses(report, request.uri, request.locale);
    case 'inlayHints':
      return inlayHints(report, request.range, request.locale);
    case 'summary':
      return summary(report);
    case 'preview':
      return preview(report, findings, request.version, request.locale);
  }
}

/** The name an engine failure in a view is logged under. */
export function viewName(request: ViewRequest): string {
  const names: Record<ViewRequest['kind'], string> = {
    symbols: 'outline',
    folding: 'folding',
    hover: 'hover',
    lenses: 'code lens',
    inlayHints: 'inlay hints',
    summary: 'summary',
    preview: 'preview',
  };
  return names[request.kind];
}
