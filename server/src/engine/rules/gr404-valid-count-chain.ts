import { defineRule } from './rule';
import { figure } from '../narrative';

/** Table 1's block (一) rows that carry 现行有效件数 from year to year (2021 format). */
const ROWS = ['rules', 'normative'];

export default defineRule({
  code: 'GR404',
  name: 'valid-count-chain',
  severity: 'warning',
  fixable: false,
  category: 'consistency',
  summary: {
    zh: '现行有效件数 ≠ 上年现行有效件数 + 本年制发 − 本年废止',
    en: 'Currently valid ≠ last year’s currently valid + issued this year − repealed this year',
  },
  check({ model, previous, report }) {
    if (!previous) return;
    const table = model.tables.find((t) => t.id === 1);
    const last = previous.tables.find((t) => t.id === 1);
    // The trial format counts other things (对外公开总数量); no chain across formats.
    if (!table || !last || table.format !== 2021 || last.format !== 2021) return;
    for (const row of ROWS) {
      const valid = figure(model, 1, row, 'valid');
      const issued = figure(model, 1, row, 'issued');
      const repealed = figure(model, 1, row, 'repealed');
      const before = figure(previous, 1, row, 'valid');
      if (!valid || !issued || !repealed || !before) continue;
      const expected = before.value! + issued.value! - repealed.value!;
      if (valid.value === expected) continue;
      report({
        start: valid.start,
        end: valid.end,
        message: {
          zh: `表一 ${valid.rowName.zh} 现行有效件数为 ${valid.value}，但上年 ${before.value} + 本年制发 ${issued.value} − 本年废止 ${repealed.value} = ${expected}`,
          en: `Table 1 ${valid.rowName.en}: currently valid is ${valid.value}, but last year's ${before.value} + issued ${issued.value} − repealed ${repealed.value} = ${expected}`,
        },
        related: [
          {
            start: before.start,
            end: before.end,
            previous: true,
            message: { zh: `上年报告 ${before.rowName.zh} 现行有效件数`, en: `Last year's ${before.rowName.en}, currently valid` },
          },
          { start: issued.start, end: issued.end, message: { zh: '本年制发件数', en: 'Issued this year' } },
          { start: repealed.start, end: repealed.end, message: { zh: '本年废止件数', en: 'Repealed this year' } },
        ],
      });
    }
  },
});
