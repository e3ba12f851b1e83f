// Where each rule's documentation lives: docs/rules.md (generated from the registry and
// shipped inside the extension), one anchor per rule.

export const DOCS_FILE = 'docs/rules.md';

export function docsAnchor(code: string): string {
  return code.toLowerCase();
}
