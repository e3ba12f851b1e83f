// Command-line arguments → options, with node:util parseArgs (no dependency).
// Only the shape is checked here; rule names are checked against the engine in config.ts.

import { parseArgs } from 'node:util';
import type { Locale } from '../engine/types';
import { isLocale } from './locale';
import type { CliMessages } from './messages';
import { ENCODING_NAMES, type ForcedEncoding } from './decode';
import { DEFAULT_MAX_BYTES } from './read';

export const FORMATS = ['stylish', 'json', 'json-with-metadata', 'sarif', 'csv', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: FormatName;
  /** From --lang; undefined means "from the environment". */
  lang?: Locale;
  /** Raw --rule values, CODE=SEVERITY (several may be joined with commas). */
  ruleFlags: string[];
  config?: string;
  quiet: boolean;
  maxWarnings?: number;
  fix: boolean;
  fixDryRun: boolean;
  fixFigures: boolean;
  /** --no-detect: check every input as a report, even text that does not look like one. */
  detect: boolean;
  /** --encoding: decode every text input with this encoding instead of detecting it. */
  encoding?: ForcedEncoding;
  /** --max-file-size in bytes. */
  maxBytes: number;
  /** --output-file: write the report there instead of stdout. */
  outputFile?: string;
  verbose: boolean;
  /** --color / --no-color; undefined means "when stdout is a terminal". */
  color?: boolean;
  /** --concurrency: worker threads for the checks (auto: for many files, one per core; off by default: see pool.ts). */
  concurrency: number | 'auto' | 'off';
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

const optionSpec = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-figures': { type: 'boolean' },
  'no-detect': { type: 'boolean' },
  encoding: { type: 'string' },
  'max-file-size': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  concurrency: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCliArgs(argv: string[], say: CliMessages): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return { ok: false, message: say.unknownOption(option) };
    return { ok: false, message: say.badOption(message) };
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) return { ok: false, message: say.badFormat(format) };

  let encoding: ForcedEncoding | undefined;
  if (values.encoding !== undefined) {
    encoding = Object.hasOwn(ENCODING_NAMES, values.encoding.toLowerCase()) ? ENCODING_NAMES[values.encoding.toLowerCase()] : undefined;
    if (encoding === undefined) return { ok: false, message: say.badEncoding(values.encoding) };
  }

  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-file-size'] !== undefined) {
    const raw = values['max-file-size'];
    if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0) return { ok: false, message: say.badMaxFileSize(raw) };
    maxBytes = Math.floor(Number(raw) * 1024 * 1024);
  }
  if (values['fix-figures'] && !values.fix && !values['fix-dry-run']) return { ok: false, message: say.fixFiguresNeedsFix };

  if (values.lang !== undefined && !isLocale(values.lang)) return { ok: false, message: say.badLang(values.lang) };

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) return { ok: false, message: say.badMaxWarnings(raw) };
    maxWarnings = Number(raw);
  }

  const color = values['no-color'] ? false : values.color ? true : undefined;

  let concurrency: CliOptions['concurrency'] = 'off';
  if (values.concurrency !== undefined) {
    const raw = values.concurrency;
    if (raw === 'auto' || raw === 'off') concurrency = raw;
    else if (/^\d+$/.test(raw) && Number(raw) >= 1) concurrency = Number(raw);
    else return { ok: false, message: say.badConcurrency(raw) };
  }

  return {
    ok: true,
    options: {
      paths: positionals,
      format: format as FormatName,
      lang: values.lang as Locale | undefined,
      ruleFlags: values.rule ?? [],
      config: values.config,
      quiet: values.quiet ?? false,
      maxWarnings,
      fix: values.fix ?? false,
      fixDryRun: values['fix-dry-run'] ?? false,
      fixFigures: values['fix-figures'] ?? false,
      detect: !(values['no-detect'] ?? false),
      encoding,
      maxBytes,
      outputFile: values['output-file'],
      verbose: values.verbose ?? false,
      color,
      concurrency,
      help: values.help ?? false,
      version: values.version ?? false,
    },
  };
}

const HELP_EN = `Usage: gov-report-lint [options] <file, folder, glob or -> ...

Checks 政府信息公开工作年度报告 (government information disclosure annual reports)
against the national format: sections, tables, totals (勾稽关系), dates.

Inputs: files, folders (searched recursively, node_modules and dot-folders
skipped), glob patterns ('reports/**/*.docx'), and - for standard input.
  .txt .md .govreport  text in UTF-8 (with or without BOM), UTF-16 (with or
                       without BOM) or GB18030/GBK, detected; LF or CRLF
  .docx                Word: paragraphs and tables, merged cells included
  .html .htm           saved web pages: the report's body, navigation dropped
  .pdf                 PDF with a text layer (a scanned PDF is reported)
Files that are not a report (notes, other reports, READMEs) are skipped and
listed with the reason; they are never checked or fixed.

Options:
  -f, --format <name>    stylish (default), json, json-with-metadata (json with
                         the folder summary), sarif, csv or html
  -o, --output-file <f>  Write the report to a file instead of standard output
  --fix                  Apply the safe fixes to text files and write them back
                         atomically (same encoding, BOM and line endings);
                         Word, PDF and web pages are never modified
  --fix-dry-run          Print the diff --fix would apply; write nothing
  --fix-figures          Let --fix also write figures (balance corrections,
                         0 in blank cells, missing rows or tables of zeros)
  --encoding <name>      Read text as utf-8, utf-16le, utf-16be or gb18030/gbk
  --no-detect            Check every input as a report, even one that does not
                         look like one (never with --fix on a folder you have
                         not looked at)
  --max-file-size <MB>   Skip larger files (default 50)
  --lang <zh|en>         Message language (default: from LC_ALL/LC_MESSAGES/LANG)
  --rule <CODE=LEVEL>    Set a rule's severity: error, warning, info, hint or off;
                         CODE is a code (GR105) or name (label-mismatch);
                         repeatable, e.g. --rule GR105=off --rule GR103=info
  -c, --config <file>    JSON configuration, e.g. { "rules": { "GR105": "off" } }
                         (default: .govreportrc.json in the current folder, if any)
  -q, --quiet            Report errors only
  --max-warnings <n>     Fail (exit 1) when there are more than n warnings
  --verbose              Also list files without problems, with their encoding
  --color, --no-color    Force or disable colours (default: on a terminal,
                         unless NO_COLOR is set)
  --concurrency <n>      Worker threads that check files: a number, auto (one
                         per core for a large folder) or off (default); the
                         output is the same whatever the number
  -v, --version          Print the version
  -h, --help             Print this help

Exit codes: 0 no errors (warnings allowed), 1 errors found (or more warnings
than --max-warnings), 2 usage error, bad configuration, or an input that could
not be read (scanned PDF, damaged, empty or binary file, too large, no
permission), or a file named here that is not a report.

Rules, with wrong and right examples: docs/rules.md; JSON output: docs/cli-json.md`;

const HELP_ZH = `用法：gov-report-lint [选项] <文件、文件夹、通配符或 -> ...

按国家统一格式检查政府信息公开工作年度报告：章节、表格、勾稽关系、日期等。

输入：文件、文件夹（递归查找，跳过 node_modules 和以 . 开头的文件夹）、
通配符（如 'reports/**/*.docx'），以及表示标准输入的 -。
  .txt .md .govreport  文本：UTF-8（可带 BOM）、UTF-16（可带 BOM）或 GB18030/GBK，自动识别；LF 或 CRLF
  .docx                Word 文档：段落和表格，包括合并单元格
  .html .htm           保存的网页：取报告正文，去掉导航
  .pdf                 有文字层的 PDF（扫描件会单独提示）
不是年度报告的文件（会议纪要、其他报告、说明文件）会被跳过并列出原因，从不检查或修改。

选项：
  -f, --format <名称>    输出格式：stylish（默认）、json、json-with-metadata（json 加
                         文件夹汇总）、sarif、csv 或 html
  -o, --output-file <f>  把结果写入文件而不是标准输出
  --fix                  对文本文件应用安全修复并原子写回（保持原编码、BOM 和换行符）；
                         Word、PDF 和网页从不修改
  --fix-dry-run          只显示 --fix 将做的修改（diff），不写文件
  --fix-figures          允许 --fix 写入数字（勾稽关系更正、空单元格填 0、补全的行或表）
  --encoding <名称>      按 utf-8、utf-16le、utf-16be 或 gb18030/gbk 读取文本
  --no-detect            不判断是否为年度报告，所有输入都按报告检查
  --max-file-size <MB>   跳过更大的文件（默认 50）
  --lang <zh|en>         提示语言（默认取自 LC_ALL/LC_MESSAGES/LANG）
  --rule <代码=级别>     设置规则级别：error、warning、info、hint 或 off；
                         代码可写 GR105 或规则名 label-mismatch；可重复，
                         如 --rule GR105=off --rule GR103=info
  -c, --config <文件>    JSON 配置文件，如 { "rules": { "GR105": "off" } }
                         （默认：当前目录下的 .govreportrc.json，如存在）
  -q, --quiet            只报告错误
  --max-warnings <n>     警告多于 n 个时以退出码 1 结束
  --verbose              同时列出没有问题的文件及其编码
  --color, --no-color    强制启用或关闭颜色（默认：输出到终端且未设置 NO_COLOR 时启用）
  --concurrency <n>      检查文件的工作线程数：数字、auto（文件多时每个 CPU 核一个）或 off（默认）；
                         线程数不影响输出
  -v, --version          显示版本号
  -h, --help             显示本帮助

退出码：0 无错误（可有警告）；1 发现错误（或警告多于 --max-warnings）；
2 用法错误、配置错误或有输入无法读取（扫描件 PDF、文件损坏、空文件或二进制文件、
过大、无权限），或在命令行上点名的文件不是年度报告。

规则说明及正误示例：docs/rules.md；JSON 输出格式：docs/cli-json.md`;

export function helpText(locale: Locale): string {
  return locale === 'zh' ? HELP_ZH : HELP_EN;
}
