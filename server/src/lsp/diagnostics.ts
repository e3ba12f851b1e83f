// Finding (engine) → Diagnostic (LSP). Positions are already LSP-shaped (0-based lines,
// UTF-16 columns), so this is a field-by-field copy plus the docs link.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { DOCS_FILE, docsAnchor, type Finding, type Severity } from '../engine';

/** Our diagnostics carry this source; code actions only answer for these. */
export const SOURCE = 'gov-report-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What we keep in `Diagnostic.data`: lets other tools (and us) see the rule name. */
export interface DiagnosticData {
  rule: string;
}

/**
 * The rules page ships inside the extension (and the npm package) next to dist/, so the
 * link works offline and matches the installed version. The bundle lives in dist/, the
 * page at the package root: hence `..`.
 */
export function docsBaseUrl(bundleDir: string): string {
  return pathToFileURL(path.join(bundleDir, '..', DOCS_FILE)).href;
}

/** How many related cells a message names when the client cannot show them apart. */
const RELATED_IN_MESSAGE = 8;

/**
 * @param relatedInformation  whether the client shows `relatedInformation`; when it does
 *   not, the related cells are named in the message (line:column, 1-based), so the clerk
 *   still learns which numbers the check was computed from.
 */
export function toDiagnostic(finding: Finding, uri: string, docsBase: string, relatedInformation = true): Diagnostic {
  const data: DiagnosticData = { rule: finding.rule };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.code,
    codeDescription: { href: `${docsBase}#${docsAnchor(finding.code)}` },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related.length > 0 && relatedInformation) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: related.uri ?? uri, range: related.range },
      message: related.message,
    }));
  } else if (finding.related.length > 0) {
    const named = finding.related
      .slice(0, RELATED_IN_MESSAGE)
      .map(({ range, message }) => `${range.start.line + 1}:${range.start.character + 1} ${message}`);
    if (finding.related.length > RELATED_IN_MESSAGE) named.push('…');
    diagnostic.message = `${finding.message}\n${named.join('\n')}`;
  }
  return diagnostic;
}
