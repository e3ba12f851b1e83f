// The inputs that once froze or crashed the engine (issue 7), each built at a chosen
// size so that tests and benchmarks can compare 1× with 4×. Every case plants its
// pathological text inside a real report's table, where the parser actually reads it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LAYOUTS = join(__dirname, '..', 'fixtures', 'layouts');
const read = (name: string) => readFileSync(join(LAYOUTS, name), 'utf8');

/** The report with `extra` inserted as lines right after the first line matching `after`. */
function plant(report: string, after: RegExp, extra: string): string {
  const lines = report.split('\n');
  const at = lines.findIndex((l) => after.test(l));
  if (at < 0) throw new Error(`no line matching ${after}`);
  return [...lines.slice(0, at + 1), extra, ...lines.slice(at + 1)].join('\n');
}

export interface WorstCase {
  name: string;
  /** The document at about `n` characters of pathological text. */
  build: (n: number) => string;
}

const html = () => read('html-table-clean.txt');
const markdown = () => read('markdown-clean.txt');
const tab = () => read('tab-clean.txt');
/** Table 1's label row in each layout. */
const TABLE1_HEADER = /信息内容/;

export const WORST_CASES: WorstCase[] = [
  {
    // <td> after <td> with no </td>: a lazy match to </td> scanned to the row's end from each.
    name: 'unclosed <td> in a table row',
    build: (n) => plant(html(), TABLE1_HEADER, `<tr>${'<td>1'.repeat(Math.ceil(n / 5))}</tr>`),
  },
  {
    // Spaces between two words in a cell: the trailing-trim pattern tried every space.
    name: 'a cell of spaces between tags',
    build: (n) => plant(html(), TABLE1_HEADER, `<tr><td>规章</td><td><b>0${' '.repeat(n)}0</b></td></tr>`),
  },
  {
    name: 'a cell of unclosed < between tags',
    build: (n) => plant(html(), TABLE1_HEADER, `<tr><td>规章</td><td>0${'<'.repeat(n)}0</td></tr>`),
  },
  {
    // A separator-like line with padding then something else: \s*\|?\s* split the spaces every way.
    name: 'a Markdown rule line padded with spaces',
    build: (n) => plant(markdown(), /^\| --- /, `${' '.repeat(n)}x |\n| ---${' '.repeat(n)}x|`),
  },
  {
    name: 'a label cell full of <',
    build: (n) => plant(tab(), TABLE1_HEADER, `规章\t${'<'.repeat(n)}\t0\t0`),
  },
  {
    name: 'a label cell full of .',
    build: (n) => plant(tab(), TABLE1_HEADER, `规章\t${'.'.repeat(n)}x\t0\t0`),
  },
  {
    // push(...pending) with every blank line of the table pending: a stack overflow.
    name: 'blank lines inside a table',
    build: (n) => plant(tab(), TABLE1_HEADER, '\n'.repeat(n) + '规章\t0\t0\t0'),
  },
  {
    // dates.push(...findDates(line)) with the whole line's dates at once: a stack overflow.
    name: 'dates on one line',
    build: (n) => plant(tab(), /^一、/, '2022年1月1日'.repeat(Math.ceil(n / 9))),
  },
  {
    // The label stream (parse/tokens.ts): a flattened table section of run-together rows,
    // each split by the row total; every row is looked at a bounded number of times.
    name: 'run-together table rows on one line',
    build: (n) => plant(tab(), /^三、/, '一、本年新收政府信息公开申请数量190000019'.repeat(Math.ceil(n / 25))),
  },
  {
    // A digit run no table has: not split (bounded), not kept as a cell.
    name: 'one run of digits after a row label',
    build: (n) => plant(tab(), /^二、/, `规章${'1'.repeat(n)}`),
  },
  {
    // Labels broken by spaces (自 然 人): the label trie skips a bounded gap per label.
    name: 'spaced label characters on one line',
    build: (n) => plant(tab(), /^二、/, '信 息 内 容 '.repeat(Math.ceil(n / 8))),
  },
];
