// Table 1 — 主动公开政府信息情况 (section 二): four blocks, each a heading row, a
// column-header row (信息内容 …) and data rows. No sums inside the table.

import type { ColumnSpec, RowSpec } from './labels';

export interface Table1Block {
  key: string;
  heading: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  /** The fee block holds an amount in 万元, so decimals are allowed. */
  decimals: boolean;
}

const CONTENT: ColumnSpec = { key: 'content', label: '信息内容', short: { zh: '信息内容', en: 'item' } };
const DECISIONS: ColumnSpec = {
  key: 'decisions',
  label: '本年处理决定数量',
  short: { zh: '本年处理决定数量', en: 'decisions this year' },
};

export const TABLE1_BLOCKS: Table1Block[] = [
  {
    key: 'item1',
    heading: '第二十条第（一）项',
    columns: [
      CONTENT,
      { key: 'issued', label: '本年制发件数', short: { zh: '本年制发件数', en: 'issued this year' } },
      { key: 'repealed', label: '本年废止件数', short: { zh: '本年废止件数', en: 'repealed this year' } },
      { key: 'valid', label: '现行有效件数', short: { zh: '现行有效件数', en: 'currently valid' } },
    ],
    rows: [
      { key: 'rules', label: '规章', short: { zh: '规章', en: 'regulations' } },
      { key: 'normative', label: '行政规范性文件', short: { zh: '行政规范性文件', en: 'normative documents' } },
    ],
    decimals: false,
  },
  {
    key: 'item5',
    heading: '第二十条第（五）项',
    columns: [CONTENT, DECISIONS],
    rows: [{ key: 'licensing', label: '行政许可', short: { zh: '行政许可', en: 'administrative licensing' } }],
    decimals: false,
  },
  {
    key: 'item6',
    heading: '第二十条第（六）项',
    columns: [CONTENT, DECISIONS],
    rows: [
      { key: 'penalty', label: '行政处罚', short: { zh: '行政处罚', en: 'administrative penalties' } },
      { key: 'enforcement', label: '行政强制', short: { zh: '行政强制', en: 'administrative enforcement' } },
    ],
    decimals: false,
  },
  {
    key: 'item8',
    heading: '第二十条第（八）项',
    columns: [
      CONTENT,
      {
        key: 'fees',
        label: '本年收费金额（单位：万元）',
        accepted: ['本年收费金额（单位：万元，保留4位小数）', '本年收费金额（万元）'],
        short: { zh: '本年收费金额', en: 'fees collected (10k yuan)' },
      },
    ],
    rows: [{ key: 'fees', label: '行政事业性收费', short: { zh: '行政事业性收费', en: 'administrative fees' } }],
    decimals: true,
  },
];
