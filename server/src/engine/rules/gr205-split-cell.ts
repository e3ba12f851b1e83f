import { defineRule, type Problem } from './rule';
import type { Cell, Table, TableRow } from '../model';
import { TABLE3_COLUMNS, TABLE3_GROUPS } from '../format/table3';

const DIGITS = /^[0-9０-９]+$/;
const value = (text: string) => Number(text.normalize('NFKC'));

/** Does a table-2 row of seven numbers add up (six applicant columns = 总计)? */
function table2Holds(values: number[]): boolean {
  if (values.length !== 7) return false;
  return values.slice(0, 6).reduce((s, v) => s + v, 0) === values[6];
}

/** Does table 3's row of fifteen add up in every group (four results = 总计)? */
function table3Holds(values: number[]): boolean {
  const width = TABLE3_COLUMNS.length;
  if (values.length !== TABLE3_GROUPS.length * width) return false;
  for (let g = 0; g < TABLE3_GROUPS.length; g++) {
    const group = values.slice(g * width, (g + 1) * width);
    if (group.slice(0, width - 1).reduce((s, v) => s + v, 0) !== group[width - 1]) return false;
  }
  return true;
}

/**
 * The one pair of neighbouring cells whose digits, joined, make the row add up; undefined
 * when there is none or more than one (then it is not for us to guess).
 */
function splitPair(row: TableRow, holds: (values: number[]) => boolean): [Cell, Cell] | undefined {
  const cells = row.values;
  if (cells.length !== row.expected + 1 || !cells.every((c) => DIGITS.test(c.text))) return undefined;
  const numbers = cells.map((c) => value(c.text));
  let found: [Cell, Cell] | undefined;
  for (let i = 0; i + 1 < cells.length; i++) {
    const joined = [...numbers.slice(0, i), value(cells[i].text + cells[i + 1].text), ...numbers.slice(i + 2)];
    if (!holds(joined)) continue;
    if (found) return undefined;
    found = [cells[i], cells[i + 1]];
  }
  return found;
}

function problemFor(table: Table, pair: [Cell, Cell]): Problem {
  const [a, b] = pair;
  const joined = `${a.text}${b.text}`;
  return {
    start: a.start,
    end: b.end,
    message: {
      zh: `这一行多出一个数；“${a.text}”和“${b.text}”可能是导出时被拆开的 ${joined}，合起来后${table.id === 2 ? '行合计' : '各组总计'}正好相符`,
      en: `This row has one number too many; "${a.text}" and "${b.text}" may be ${joined} split by the export: joined, the ${table.id === 2 ? 'row total adds' : 'group totals add'} up`,
    },
  };
}

export default defineRule({
  code: 'GR205',
  name: 'split-cell',
  severity: 'hint',
  fixable: false,
  category: 'balances',
  summary: {
    zh: '一行多出一个数，把相邻两个数字合起来后合计正好相符（导出时一个数被拆到两格）',
    en: 'A row with one number too many whose totals hold when two neighbouring digits are joined (a number split by the export)',
  },
  check({ model, report }) {
    for (const table of model.tables) {
      if (table.id === 1) continue;
      const holds = table.id === 2 ? table2Holds : table3Holds;
      for (const row of table.rows) {
        if (row.kind !== 'data' || !row.malformed) continue;
        const pair = splitPair(row, holds);
        if (pair) report(problemFor(table, pair));
      }
    }
  },
});
