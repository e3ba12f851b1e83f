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

/**
 * What a fix writes. `text`: wording, labels, numbering, dates, headings, debris — safe for
 * fix-all and fix on save. `figure`: a number in a table (a corrected total, a 0 in a blank
 * cell, a row or table of zeros) — a fact only the clerk knows, so only a quick fix the
 * clerk picks, unless fix-all is explicitly given `figures: true`.
 */
export type FixKind = 'text' | 'figure';

export interface Fix {
  /** Short imperative title naming exactly what it writes, shown as the quick-fix label. */
  title: string;
  /** Minimal, non-overlapping edits against the linted text. */
  edits: TextEdit[];
  kind: FixKind;
  /** The one obvious correction (LSP `isPreferred`: applied by "auto fix"). */
  isPreferred?: boolean;
  /** False: offered as a quick fix only, never applied by fix-all (it would assert a fact). */
  auto?: false;
}

export interface RelatedLocation {
  range: Range;
  message: string;
  /** Set when the location is in another file (last year's report); else this file. */
  uri?: string;
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
  /** The fix fix-all applies (`fixes[0]`), when there is one. */
  fix?: Fix;
  /** Every correction offered as a quick fix, most likely first (balance findings offer several). */
  fixes?: Fix[];
}

/** How the user configured one rule: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** Rule settings keyed by code (`GR201`) or name (`applications-balance`). */
export type RuleSettings = Record<string, RuleSetting | undefined>;

export interface LintOptions {
  locale?: Locale;
  rules?: RuleSettings;
  /**
   * The format the report must follow: `auto` (default: the 2019 trial format for reporting
   * years 2019 and 2020, the 2021 national format after), or one of them by name.
   */
  profile?: FormatProfileName;
  /** A local variant's extra sections, declared in configuration. */
  localSections?: LocalSection[];
  /** National sections (1–6) a local variant leaves out. */
  omitSections?: number[];
  /**
   * Publication deadline as month-day of the year after the report year (`01-31`), when
   * the configuration overrides the format's (31 Jan; 31 Mar for 本级政府).
   */
  deadline?: string;
  /** Last year's report of the same unit, for the checks across years (GR403–GR405). */
  previous?: PreviousReport;
}

export type FormatProfileName = 'auto' | 'national-2021' | 'trial-2019';

/** A section a local variant adds to the national six (五、信息处理费收取情况). */
export interface LocalSection {
  /** The heading's title as the variant writes it. */
  title: string;
  /** The national section it comes before (5 = before 存在的主要问题及改进情况). */
  before: number;
}

/** Last year's report: its text (any layout) and where it lives, for related information. */
export interface PreviousReport {
  text: string;
  /** URI (language server) or path (CLI) of last year's file. */
  uri: string;
}

export interface FixAllOptions extends LintOptions {
  /** Also apply fixes that write figures (balance corrections, zeros). Off by default. */
  figures?: boolean;
}

export type RuleCategory = 'structure' | 'tables' | 'balances' | 'dates' | 'consistency' | 'text';

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
