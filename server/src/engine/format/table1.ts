// Table 1 — 主动公开政府信息情况 (section 二): four blocks, each a heading row, a
// column-header row (信息内容 …) and data rows. No sums inside the table.
// Reports for 2019 and 2020 used the trial format (国办公开办函〔2019〕60号): five blocks
// with other columns, kept here so such tables are read as what they are.

import type { ColumnSpec, RowSpec } from './labels';
import { ACCEPTED_LABELS } from '../heuristics';

export interface Table1Block {
  key: string;
  heading: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
}

/** Which national format a table follows. */
export type FormatVersion = 2019 | 2021;

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
      // 规范性文件 (the trial format's word) is still what many 2021-format tables say.
      { key: 'normative', label: '行政规范性文件', accepted: ['规范性文件'], short: { zh: '行政规范性文件', en: 'normative documents' } },
    ],
  },
  {
    key: 'item5',
    heading: '第二十条第（五）项',
    columns: [CONTENT, DECISIONS],
    rows: [{ key: 'licensing', label: '行政许可', short: { zh: '行政许可', en: 'administrative licensing' } }],
  },
  {
    key: 'item6',
    heading: '第二十条第（六）项',
    columns: [CONTENT, DECISIONS],
    rows: [
      { key: 'penalty', label: '行政处罚', short: { zh: '行政处罚', en: 'administrative penalties' } },
      { key: 'enforcement', label: '行政强制', short: { zh: '行政强制', en: 'administrative enforcement' } },
    ],
  },
  {
    key: 'item8',
    heading: '第二十条第（八）项',
    columns: [
      CONTENT,
      {
        key: 'fees',
        label: '本年收费金额（单位：万元）',
        kind: 'amount',
        accepted: [...ACCEPTED_LABELS.feesHeader],
        short: { zh: '本年收费金额', en: 'fees collected (10k yuan)' },
      },
    ],
    rows: [{ key: 'fees', label: '行政事业性收费', short: { zh: '行政事业性收费', en: 'administrative fees' } }],
  },
];

const col = (key: string, label: string, en: string, kind?: ColumnSpec['kind']): ColumnSpec => ({
  key,
  label,
  kind,
  short: { zh: label, en },
});
const PREVIOUS = col('previous', '上一年项目数量', 'items last year');
const CHANGE = col('change', '本年增/减', 'change this year', 'delta');
/** Blocks (五) and (六) of the trial format count items and decisions alike. */
const YEARLY_ITEMS = [CONTENT, PREVIOUS, CHANGE, col('decisions', '处理决定数量', 'decisions')];

export const TABLE1_BLOCKS_2019: Table1Block[] = [
  {
    key: 'item1',
    heading: '第二十条第（一）项',
    columns: [
      CONTENT,
      col('made', '本年新制作数量', 'made this year'),
      col('published', '本年新公开数量', 'published this year'),
      col('total', '对外公开总数量', 'published in all'),
    ],
    rows: [
      { key: 'rules', label: '规章', short: { zh: '规章', en: 'regulations' } },
      { key: 'normative2019', label: '规范性文件', short: { zh: '规范性文件', en: 'normative documents' } },
    ],
  },
  {
    key: 'item5',
    heading: '第二十条第（五）项',
    columns: YEARLY_ITEMS,
    rows: [
      { key: 'licensing', label: '行政许可', short: { zh: '行政许可', en: 'administrative licensing' } },
      { key: 'otherServices', label: '其他对外管理服务事项', short: { zh: '其他对外管理服务事项', en: 'other public services' } },
    ],
  },
  {
    key: 'item6',
    heading: '第二十条第（六）项',
    columns: YEARLY_ITEMS,
    rows: [
      { key: 'penalty', label: '行政处罚', short: { zh: '行政处罚', en: 'administrative penalties' } },
      { key: 'enforcement', label: '行政强制', short: { zh: '行政强制', en: 'administrative enforcement' } },
    ],
  },
  {
    key: 'item8',
    heading: '第二十条第（八）项',
    columns: [CONTENT, PREVIOUS, CHANGE],
    rows: [{ key: 'fees', label: '行政事业性收费', short: { zh: '行政事业性收费', en: 'administrative fees' } }],
  },
  {
    key: 'item9',
    heading: '第二十条第（九）项',
    columns: [
      CONTENT,
      col('procurements', '采购项目数量', 'procurement projects'),
      col('procurementAmount', '采购总金额', 'procurement amount', 'amount'),
    ],
    rows: [{ key: 'procurement', label: '政府集中采购', short: { zh: '政府集中采购', en: 'central government procurement' } }],
  },
];

export function table1Blocks(format: FormatVersion): Table1Block[] {
  return format === 2019 ? TABLE1_BLOCKS_2019 : TABLE1_BLOCKS;
}
