// Outline (document symbols) and folding, straight from the engine's document model.

import { SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import { foldingRanges, outline, type OutlineNode, type ReportModel } from '../engine';

/**
 * Symbol kinds only pick icons in the outline view; these read naturally for a report:
 * the title is the file, sections are modules, tables are structs with fields (blocks).
 */
const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.Module,
  subheading: SymbolKind.Namespace,
  table: SymbolKind.Struct,
  block: SymbolKind.Field,
};

export function documentSymbols(report: ReportModel): DocumentSymbol[] {
  return outline(report).map(toSymbol);
}

function toSymbol(node: OutlineNode): DocumentSymbol {
  return {
    // VS Code rejects a symbol with an empty name, which would lose the whole outline.
    name: node.name.trim() || '…',
    detail: node.detail,
    kind: KIND[node.kind] ?? SymbolKind.Object,
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toSymbol),
  };
}

/**
 * The outline flattened for clients without hierarchical symbols: each symbol names its
 * parent in `containerName`, in document order.
 */
export function symbolInformation(report: ReportModel, uri: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const visit = (symbol: DocumentSymbol, container: string | undefined) => {
    out.push({
      name: symbol.name,
      kind: symbol.kind,
      location: { uri, range: symbol.range },
      ...(container && { containerName: container }),
    });
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  for (const symbol of documentSymbols(report)) visit(symbol, undefined);
  return out;
}

/** Line folds; `rangeLimit` is the client's cap on how many it wants. */
export function documentFoldingRanges(report: ReportModel, rangeLimit?: number): FoldingRange[] {
  const ranges = foldingRanges(report)
    .filter((range) => range.endLine > range.startLine)
    .map(({ startLine, endLine }) => ({ startLine, endLine }));
  return rangeLimit !== undefined ? ranges.slice(0, rangeLimit) : ranges;
}
