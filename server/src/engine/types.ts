// The engine's public vocabulary. Pure data: no LSP or VS Code imports, so the same
// engine serves the language server, the CLI and the tests.
//
// Positions are zero-based lines and UTF-16 columns, exactly as in LSP, so the server
// passes them through unchanged.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** UI language of messages: Chinese or English. */
export type Locale = 'zh' | 'en';

/** A text in both message languages; picked by the caller's locale. */
export interface Localized {
  zh: string;
  en: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Short imperative title, shown as the quick-fix label. */
  title: string;
  /** Minimal, non-overlapping edits against the linted text. */
  edits: TextEdit[];
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

/** One problem found in a report. */
export interface Finding {
  code: string;
  /** Kebab-case rule name, e.g. `applications-balance`. */
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The cells or lines the finding was computed from. */
  related: RelatedLocation[];
  fix?: Fix;
}

/** How the user configured one rule: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** Rule settings keyed by code (`GR201`) or name (`applications-balance`). */
export type RuleSettings = Record<string, RuleSetting | undefined>;

export interface LintOptions {
  locale?: Locale;
  rules?: RuleSettings;
}

export type RuleCategory = 'structure' | 'tables' | 'balances' | 'dates';

/**
 * What the registry, the docs page and the config schema know of a rule. Its prose (why
 * it matters, wrong and right examples, in both languages) is Markdown, one file per
 * rule: docs/rules/<code>.md, assembled into docs/rules.md by scripts/generate.ts.
 */
export interface RuleMeta {
  code: string;
  name: string;
  severity: Severity;
  fixable: boolean;
  category: RuleCategory;
  /** One line: what the rule catches. */
  summary: Localized;
}

/** A symbol of the document outline (title, sections, sub-headings, tables, blocks). */
export interface OutlineNode {
  name: string;
  detail?: string;
  kind: 'title' | 'section' | 'subheading' | 'table' | 'block';
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
}
