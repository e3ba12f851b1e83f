// The engine's front door. Text → document model → rules → findings (with fixes).
// Pure TypeScript: no LSP or VS Code imports; the server, the CLI and the tests all
// come through here.

export * from './types';
export type { ReportModel } from './model';
export { parse } from './parse';
export { lint, type LintResult } from './lint';
export { fixAll, fixAllEdits, fixAllSteps, applyEdits, toTextEdits, type FixAllResult, type FixAllRun } from './fix';
export { outline, foldingRanges } from './outline';
export { looksLikeReport, classifyReport, type ReportVerdict, type NotReportReason } from './detect';
export { rules, resolveRuleSetting, parseRuleSetting, ruleCodeFor } from './rules';
export { DOCS_FILE, docsAnchor } from './docs';
export { reportIdentity, identityKey, previousKey, type ReportIdentity } from './previous';
export { localeFrom } from './i18n';
