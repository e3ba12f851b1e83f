// Command-line arguments → options, with node:util parseArgs (no dependency).
// Only the shape is checked here; rule names are checked against the engine in config.ts.

import { parseArgs } from 'node:util';
import type { Locale } from '../engine/types';
import { isLocale } from './locale';
import type { CliMessages } from './messages';

export type FormatName = 'stylish' | 'json';

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
  verbose: boolean;
  /** --color / --no-color; undefined means "when stdout is a terminal". */
  color?: boolean;
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
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
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
  if (format !== 'stylish' && format !== 'json') return { ok: false, message: say.badFormat(format) };

  if (values.lang !== undefined && !isLocale(values.lang)) return { ok: false, message: say.badLang(values.lang) };

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) return { ok: false, message: say.badMaxWarnings(raw) };
    maxWarnings = Number(raw);
  }

  const color = values['no-color'] ? false : values.color ? true : undefined;

  return {
    ok: true,
    options: {
      paths: positionals,
      format,
      lang: values.lang as Locale | undefined,
      ruleFlags: values.rule ?? [],
      config: values.config,
      quiet: values.quiet ?? false,
      maxWarnings,
      fix: values.fix ?? false,
      verbose: values.verbose ?? false,
      color,
      help: values.help ?? false,
      version: values.version ?? false,
    },
  };
}

const HELP_EN = `Usage: gov-report-lint [options] <file or folder>...

Checks 政府信息公开工作年度报告 (government information disclosure annual reports)
against the national format: sections, tables, totals (勾稽关系), dates.
Folders are searched recursively for *.txt, *.md and *.govreport files
(node_modules and dot-folders are skipped). Files may be UTF-8, GBK/GB18030
or UTF-16 (with BOM), with LF or CRLF line endings.

Options:
  --fix                  Apply the safe fixes and write the files back (same
                         encoding, BOM and line endings), then report the rest
  -f, --format <name>    Output format: stylish (default) or json
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
  -v, --version          Print the version
  -h, --help             Print this help

Exit codes: 0 no errors (warnings allowed), 1 errors found (or too many
warnings), 2 usage error or a file that cannot be read.

Rules, with wrong and right examples: docs/rules.md`;

const HELP_ZH = `用法：gov-report-lint [选项] <文件或文件夹>...

按国家统一格式检查政府信息公开工作年度报告：章节、表格、勾稽关系、日期等。
文件夹会递归查找 *.txt、*.md、*.govreport 文件（跳过 node_modules 和以 . 开头的文件夹）。
文件编码可以是 UTF-8、GBK/GB18030 或带 BOM 的 UTF-16，换行符可以是 LF 或 CRLF。

选项：
  --fix                  应用安全的自动修复并写回文件（保持原编码、BOM 和换行符），
                         然后报告其余问题
  -f, --format <名称>    输出格式：stylish（默认）或 json
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
  -v, --version          显示版本号
  -h, --help             显示本帮助

退出码：0 无错误（可有警告）；1 发现错误（或警告过多）；2 用法错误或文件无法读取。

规则说明及正误示例：docs/rules.md`;

export function helpText(locale: Locale): string {
  return locale === 'zh' ? HELP_ZH : HELP_EN;
}
