// Everything the CLI itself says (the findings' messages come localized from the engine).

import type { Locale, Severity } from '../engine/types';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export interface CliMessages {
  severity: Record<Severity, string>;
  /** `✖ 12 problems (5 errors, 6 warnings, 1 info) in 3 of 5 files` */
  problemSummary(counts: Counts, filesWithProblems: number, filesChecked: number): string;
  noProblems(filesChecked: number): string;
  fixedSummary(fixes: number, files: number): string;
  noFindings: string;
  tooManyWarnings(warnings: number, max: number): string;
  notFound(path: string): string;
  unreadable(path: string, detail?: string): string;
  noReportFiles(path: string): string;
  lossyDecode(path: string): string;
  notFixedLossy(path: string): string;
  writeFailed(path: string, detail?: string): string;
  noPaths: string;
  tryHelp: string;
  badOption(detail: string): string;
  unknownOption(option: string): string;
  badFormat(value: string): string;
  badLang(value: string): string;
  badMaxWarnings(value: string): string;
  badConcurrency(value: string): string;
  badRuleFlag(value: string): string;
  badSeverity(rule: string, value: string, where: string): string;
  unknownRule(rule: string, where: string): string;
  badConfig(path: string, detail: string): string;
  badEncoding(value: string): string;
  badMaxFileSize(value: string): string;
  tooLarge(limit: number): string;
  noTextLayer(pages: number): string;
  notReportDetail(reason: string): string;
  skipReason: Record<string, string>;
  skippedHeader(count: number): string;
  notFixedFormat(path: string): string;
  notFixedStdin: string;
  notFixedOutside(path: string): string;
  fixFiguresNeedsFix: string;
  summaryHeader: string;
  summaryUnit(unit: string, years: string, reports: number): string;
  summaryMissingYears(unit: string, years: string): string;
  summaryDuplicate(unit: string, year: number, files: string): string;
  summaryNoTitle(files: string): string;
  placeLabel: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const en: CliMessages = {
  severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  problemSummary(c, withProblems, checked) {
    const total = c.errors + c.warnings + c.infos + c.hints;
    const parts = [plural(c.errors, 'error', 'errors'), plural(c.warnings, 'warning', 'warnings')];
    if (c.infos > 0) parts.push(`${c.infos} info`);
    if (c.hints > 0) parts.push(plural(c.hints, 'hint', 'hints'));
    return `✖ ${plural(total, 'problem', 'problems')} (${parts.join(', ')}) in ${withProblems} of ${plural(checked, 'file', 'files')}`;
  },
  noProblems: (checked) => `✔ ${plural(checked, 'file', 'files')} checked, no problems`,
  fixedSummary: (fixes, files) => `✔ fixed ${plural(fixes, 'problem', 'problems')} in ${plural(files, 'file', 'files')}`,
  noFindings: '✔ no problems',
  tooManyWarnings: (warnings, max) => `✖ too many warnings: ${warnings} (at most ${max} allowed by --max-warnings)`,
  notFound: (p) => `cannot read ${p}: no such file or folder`,
  unreadable: (p, detail) => `cannot read ${p}${detail ? ` (${detail})` : ''}`,
  noReportFiles: (p) => `no report files (*.txt, *.md, *.docx, *.html, *.pdf…) in folder ${p}`,
  lossyDecode: (p) => `${p}: some bytes are neither UTF-8 nor GB18030 (shown as � or changed)`,
  notFixedLossy: (p) => `${p}: not fixed, because writing it back would change the bytes that could not be decoded`,
  writeFailed: (p, detail) => `cannot write ${p}${detail ? ` (${detail})` : ''}`,
  noPaths: 'no files or folders given',
  tryHelp: 'Run gov-report-lint --help for usage.',
  badOption: (detail) => detail,
  unknownOption: (o) => `unknown option ${o}`,
  badFormat: (v) => `unknown --format '${v}': use stylish, json, sarif, csv or html`,
  badLang: (v) => `unknown --lang '${v}': use zh or en`,
  badMaxWarnings: (v) => `--max-warnings needs a whole number ≥ 0, got '${v}'`,
  badConcurrency: (v) => `--concurrency needs a whole number ≥ 1, auto or off, got '${v}'`,
  badRuleFlag: (v) => `--rule needs CODE=SEVERITY (e.g. GR105=off), got '${v}'`,
  badSeverity: (rule, v, where) => `${where}: rule ${rule}: unknown setting '${v}' (use error, warning, info, hint or off)`,
  unknownRule: (rule, where) => `${where}: unknown rule '${rule}' (see docs/rules.md)`,
  badConfig: (p, detail) => `invalid configuration file ${p}: ${detail}`,
  badEncoding: (v) => `unknown --encoding '${v}': use utf-8, utf-16le, utf-16be, gb18030 or gbk`,
  badMaxFileSize: (v) => `--max-file-size needs a size in megabytes, got '${v}'`,
  tooLarge: (limit) => `larger than ${Math.round(limit / 1024 / 1024)} MB (--max-file-size): not read`,
  noTextLayer: (pages) =>
    `no text layer (没有文字层): ${plural(pages, 'page', 'pages')} of scanned images; check it by hand or run OCR first`,
  notReportDetail: (reason) =>
    ({
      empty: 'empty',
      binary: 'binary content',
      'no-disclosure-term': 'does not mention 政府信息公开',
      'few-sections': "does not have the report's sections (二 主动公开, 三 申请, 四 复议诉讼)",
      'other-document': 'its title names another kind of document',
      'no-title-or-tables': "neither a report title nor the report's tables",
    })[reason] ?? reason,
  skipReason: {
    'not-a-report': 'not a report',
    empty: 'empty',
    binary: 'binary',
    'other-document': 'not a report',
    'no-text-layer': 'unreadable',
    'too-large': 'too large',
    'not-regular': 'not a regular file',
    unreadable: 'unreadable',
    'bad-format': 'unreadable',
    'not-found': 'broken link',
  },
  skippedHeader: (n) => `Skipped ${plural(n, 'file', 'files')}:`,
  notFixedFormat: (p) => `${p}: not fixed: Word, PDF and web pages are never modified`,
  notFixedStdin: '<stdin>: not fixed: standard input cannot be written back',
  notFixedOutside: (p) => `${p}: not fixed: it is a link to a file outside the folders given`,
  fixFiguresNeedsFix: '--fix-figures only goes with --fix or --fix-dry-run',
  summaryHeader: 'Summary by unit and year:',
  summaryUnit: (unit, years, n) => `  ${unit}: ${years} (${plural(n, 'report', 'reports')})`,
  summaryMissingYears: (unit, years) => `  ${unit}: missing ${years}`,
  summaryDuplicate: (unit, year, files) => `  ${unit} ${year}: duplicate reports: ${files}`,
  summaryNoTitle: (files) => `  without a title (unit and year unknown): ${files}`,
  placeLabel: 'where',
};

const zh: CliMessages = {
  severity: { error: '错误', warning: '警告', info: '提示', hint: '建议' },
  problemSummary(c, withProblems, checked) {
    const total = c.errors + c.warnings + c.infos + c.hints;
    const parts = [`${c.errors} 个错误`, `${c.warnings} 个警告`];
    if (c.infos > 0) parts.push(`${c.infos} 个提示`);
    if (c.hints > 0) parts.push(`${c.hints} 个建议`);
    return `✖ 共 ${total} 个问题（${parts.join('，')}），涉及 ${checked} 个文件中的 ${withProblems} 个`;
  },
  noProblems: (checked) => `✔ 已检查 ${checked} 个文件，未发现问题`,
  fixedSummary: (fixes, files) => `✔ 已修复 ${files} 个文件中的 ${fixes} 个问题`,
  noFindings: '✔ 未发现问题',
  tooManyWarnings: (warnings, max) => `✖ 警告过多：共 ${warnings} 个，--max-warnings 允许至多 ${max} 个`,
  notFound: (p) => `无法读取 ${p}：文件或文件夹不存在`,
  unreadable: (p, detail) => `无法读取 ${p}${detail ? `（${detail}）` : ''}`,
  noReportFiles: (p) => `文件夹 ${p} 中没有报告文件（*.txt、*.md、*.docx、*.html、*.pdf 等）`,
  lossyDecode: (p) => `${p}：部分字节既不是 UTF-8 也不是 GB18030（显示为 � 或有改变）`,
  notFixedLossy: (p) => `${p}：未修复，因为写回会改变无法解码的字节`,
  writeFailed: (p, detail) => `无法写入 ${p}${detail ? `（${detail}）` : ''}`,
  noPaths: '未指定要检查的文件或文件夹',
  tryHelp: '运行 gov-report-lint --help 查看用法。',
  badOption: (detail) => detail,
  unknownOption: (o) => `未知选项 ${o}`,
  badFormat: (v) => `未知的 --format「${v}」：可用 stylish、json、sarif、csv 或 html`,
  badLang: (v) => `未知的 --lang「${v}」：可用 zh 或 en`,
  badMaxWarnings: (v) => `--max-warnings 需要不小于 0 的整数，收到「${v}」`,
  badConcurrency: (v) => `--concurrency 需要不小于 1 的整数、auto 或 off，收到「${v}」`,
  badRuleFlag: (v) => `--rule 的格式为 代码=级别（如 GR105=off），收到「${v}」`,
  badSeverity: (rule, v, where) => `${where}：规则 ${rule} 的设置「${v}」无效（可用 error、warning、info、hint 或 off）`,
  unknownRule: (rule, where) => `${where}：未知规则「${rule}」（见 docs/rules.md）`,
  badConfig: (p, detail) => `配置文件 ${p} 无效：${detail}`,
  badEncoding: (v) => `未知的 --encoding「${v}」：可用 utf-8、utf-16le、utf-16be、gb18030 或 gbk`,
  badMaxFileSize: (v) => `--max-file-size 需要以 MB 为单位的大小，收到「${v}」`,
  tooLarge: (limit) => `超过 ${Math.round(limit / 1024 / 1024)} MB（--max-file-size），未读取`,
  noTextLayer: (pages) => `没有文字层：共 ${pages} 页扫描图像，请人工检查或先做文字识别（OCR）`,
  notReportDetail: (reason) =>
    ({
      empty: '内容为空',
      binary: '二进制内容',
      'no-disclosure-term': '未提到“政府信息公开”',
      'few-sections': '没有年度报告的章节（二、主动公开，三、依申请公开，四、行政复议和行政诉讼）',
      'other-document': '标题表明是其他文件',
      'no-title-or-tables': '既没有年度报告标题，也没有年度报告的表格',
    })[reason] ?? reason,
  skipReason: {
    'not-a-report': '不是年度报告',
    empty: '空文件',
    binary: '二进制文件',
    'other-document': '不是年度报告',
    'no-text-layer': '无法读取',
    'too-large': '文件过大',
    'not-regular': '不是普通文件',
    unreadable: '无法读取',
    'bad-format': '无法读取',
    'not-found': '链接失效',
  },
  skippedHeader: (n) => `跳过 ${n} 个文件：`,
  notFixedFormat: (p) => `${p}：未修复：Word、PDF 和网页文件从不修改`,
  notFixedStdin: '<stdin>：未修复：标准输入无法写回',
  notFixedOutside: (p) => `${p}：未修复：它是指向所给文件夹之外的链接`,
  fixFiguresNeedsFix: '--fix-figures 需与 --fix 或 --fix-dry-run 一起使用',
  summaryHeader: '按单位和年度汇总：',
  summaryUnit: (unit, years, n) => `  ${unit}：${years}（${n} 份报告）`,
  summaryMissingYears: (unit, years) => `  ${unit}：缺少 ${years} 年度`,
  summaryDuplicate: (unit, year, files) => `  ${unit} ${year} 年度：重复的报告：${files}`,
  summaryNoTitle: (files) => `  没有标题（单位和年度不明）：${files}`,
  placeLabel: '位置',
};

export function messagesFor(locale: Locale): CliMessages {
  return locale === 'zh' ? zh : en;
}
