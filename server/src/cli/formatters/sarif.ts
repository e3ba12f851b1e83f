// SARIF 2.1.0 for code-scanning dashboards: one run, the rule registry as the tool's
// rules (with help text and a link to their docs), one result per finding. Skipped and
// unreadable inputs are tool notifications, so a dashboard shows them too. The folder
// summary (reports per unit and year, missing years, duplicates) is the run's property
// `folderSummary`, in the shape of the json-with-metadata output's `summary`.
// Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/ (schema in test/fixtures/cli).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCS_FILE, docsAnchor, rules } from '../../engine';
import type { Locale, Severity } from '../../engine/types';
import type { FileResult, SkippedFile } from '../results';
import { describePlace } from '../places';
import type { FolderSummary } from '../summary';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  version: string;
  locale: Locale;
  cwd: string;
  summary?: FolderSummary;
}

function artifactUri(filePath: string, _cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath === '<stdin>') return { uri: 'stdin' };
  if (path.isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: filePath.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

export function toSarif(results: readonly FileResult[], skipped: readonly SkippedFile[], o: SarifOptions): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gov-report-lint',
            version: o.version,
            rules: rules.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: r.summary[o.locale] },
              // The rule's prose lives in docs/rules.md (assembled from docs/rules/<code>.md):
              // the help names it, with the wrong and right examples there.
              help: {
                text: `${r.summary[o.locale]}. ${o.locale === 'zh' ? '说明及正误示例见' : 'Why, and wrong and right examples:'} ${DOCS_FILE}#${docsAnchor(r.code)}`,
                markdown: `**${r.code} ${r.name}**: ${r.summary[o.locale]}\n\n${o.locale === 'zh' ? '说明及正误示例' : 'Why, and wrong and right examples'}: [${DOCS_FILE}#${docsAnchor(r.code)}](${DOCS_FILE}#${docsAnchor(r.code)})`,
              },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, fixable: r.fixable },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(o.cwd + path.sep).href } },
        invocations: [
          {
            executionSuccessful: !skipped.some(
              (s) => s.reason === 'unreadable' || s.reason === 'no-text-layer' || s.reason === 'bad-format' || s.reason === 'too-large',
            ),
            toolExecutionNotifications: skipped.map((s) => ({
              level: s.reason === 'not-a-report' || s.reason === 'other-document' || s.reason === 'empty' ? 'note' : 'warning',
              message: { text: `${s.reason}${s.detail ? `: ${s.detail}` : ''}` },
              locations: [{ physicalLocation: { artifactLocation: artifactUri(s.filePath, o.cwd) } }],
            })),
          },
        ],
        results: results.flatMap((r) =>
          r.findings.map((f) => {
            const where = describePlace(f.place, o.locale);
            return {
              ruleId: f.code,
              ruleIndex: ruleIndex.get(f.code) ?? -1,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactUri(r.filePath, o.cwd),
                    // Word, PDF and web pages: lines of the text read from them; the
                    // place names what the reviewer sees.
                    region: {
                      startLine: f.range.start.line + 1,
                      startColumn: f.range.start.character + 1,
                      endLine: f.range.end.line + 1,
                      endColumn: f.range.end.character + 1,
                    },
                  },
                  ...(where ? { message: { text: where } } : {}),
                },
              ],
              relatedLocations: f.related.map((rel, i) => ({
                id: i,
                message: { text: rel.message },
                physicalLocation: {
                  // Last year's report (GR403–GR405) is another artifact.
                  artifactLocation: artifactUri(rel.uri ?? r.filePath, o.cwd),
                  region: {
                    startLine: rel.range.start.line + 1,
                    startColumn: rel.range.start.character + 1,
                    endLine: rel.range.end.line + 1,
                    endColumn: rel.range.end.character + 1,
                  },
                },
              })),
              properties: { format: r.kind, place: f.place, fixable: f.fix !== undefined },
            };
          }),
        ),
        ...(o.summary ? { properties: { folderSummary: o.summary } } : {}),
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], skipped: readonly SkippedFile[], o: SarifOptions): string {
  return JSON.stringify(toSarif(results, skipped, o), null, 2) + '\n';
}
