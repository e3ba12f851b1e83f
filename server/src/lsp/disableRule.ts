// "Turn this rule off for this file / for the workspace": an edit of the workspace's
// .govreportrc.json, never a comment in the published report. The file's shape (read by
// the server and the CLI):
//   { "rules": { "GR105": "off" }, "overrides": [ { "files": ["path/glob"], "rules": { … } } ]
// Other content of the file is kept; it is rewritten with two-space indentation.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';

export const CONFIG_FILE = '.govreportrc.json';

export interface ConfigChange {
  /** file: URI of .govreportrc.json. */
  uri: string;
  edit: WorkspaceEdit;
}

/** The workspace folder (file: URI) holding the document, deepest first; undefined if none. */
export function folderOf(documentUri: string, folders: readonly string[]): string | undefined {
  if (!documentUri.startsWith('file:')) return undefined;
  const doc = fileURLToPath(documentUri);
  return folders
    .filter((f) => f.startsWith('file:'))
    .map((f) => fileURLToPath(f))
    .filter((f) => doc === f || doc.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Where "turn this rule off" writes .govreportrc.json: the workspace folder holding the
 * document, or, for a report opened on its own (a clerk double-clicking a file: no folder
 * open), the report's own folder, where the server and the CLI look first. `inWorkspace`
 * says which: outside a workspace only "for this file" is offered.
 */
export function configFolderOf(documentUri: string, folders: readonly string[]): { folder: string; inWorkspace: boolean } | undefined {
  const folder = folderOf(documentUri, folders);
  if (folder) return { folder, inWorkspace: true };
  if (!documentUri.startsWith('file:')) return undefined;
  return { folder: path.dirname(fileURLToPath(documentUri)), inWorkspace: false };
}

/** The configuration with `code` turned off for the whole workspace or for one file (path relative to the folder, with /). */
export function withRuleOff(config: Record<string, unknown>, code: string, file?: string): Record<string, unknown> {
  const next = { ...config };
  if (file === undefined) {
    next.rules = { ...asRecord(config.rules), [code]: 'off' };
    return next;
  }
  const overrides = Array.isArray(config.overrides) ? [...(config.overrides as unknown[])] : [];
  const at = overrides.findIndex((o) => {
    const files = asRecord(o).files;
    return Array.isArray(files) && files.length === 1 && files[0] === file;
  });
  if (at >= 0) {
    const o = asRecord(overrides[at]);
    overrides[at] = { ...o, rules: { ...asRecord(o.rules), [code]: 'off' } };
  } else {
    overrides.push({ files: [file], rules: { [code]: 'off' } });
  }
  next.overrides = overrides;
  return next;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The workspace edit turning `code` off, or an error message (a configuration file that is
 * not a JSON object is left alone). `resourceCreate`: the client can create files.
 */
export function disableRuleEdit(
  folder: string,
  documentUri: string,
  code: string,
  scope: 'file' | 'workspace',
  resourceCreate: boolean,
): ConfigChange | string {
  const configPath = path.join(folder, CONFIG_FILE);
  const uri = pathToFileURL(configPath).href;
  let existing: string | undefined;
  try {
    existing = fs.readFileSync(configPath, 'utf8');
  } catch {
    existing = undefined;
  }
  let config: Record<string, unknown> = {};
  if (existing !== undefined && existing.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(existing.replace(/^\ufeff/, ''));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return `${CONFIG_FILE} is not a JSON object`;
      config = parsed as Record<string, unknown>;
    } catch (error) {
      return `${CONFIG_FILE} is not valid JSON: ${String(error)}`;
    }
  }
  const file = scope === 'file' ? path.relative(folder, fileURLToPath(documentUri)).split(path.sep).join('/') : undefined;
  const newText = `${JSON.stringify(withRuleOff(config, code, file), null, 2)}\n`;
  if (existing === undefined) {
    if (!resourceCreate) return `cannot create ${CONFIG_FILE}: the editor does not support creating files`;
    return {
      uri,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          {
            textDocument: { uri, version: null },
            edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }],
          },
        ],
      },
    };
  }
  const lines = existing.split(/\r\n|\r|\n/);
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { uri, edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText }] } } };
}
