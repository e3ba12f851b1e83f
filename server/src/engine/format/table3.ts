// Table 3 — 政府信息公开行政复议、行政诉讼情况 (section 四): one data row of fifteen
// numbers in three groups of five; in each group 总计 = the other four (GR204).

import type { ColumnSpec } from './labels';
import type { Localized } from '../types';

export interface Table3Group {
  key: string;
  label: string;
  short: Localized;
}

export const TABLE3_GROUPS: Table3Group[] = [
  { key: 'review', label: '行政复议', short: { zh: '行政复议', en: 'administrative reconsideration' } },
  {
    key: 'direct',
    label: '未经复议直接起诉',
    short: { zh: '行政诉讼（未经复议直接起诉）', en: 'litigation without prior reconsideration' },
  },
  {
    key: 'afterReview',
    label: '复议后起诉',
    short: { zh: '行政诉讼（复议后起诉）', en: 'litigation after reconsideration' },
  },
];

/** The five columns of each group; the last is the group's total. */
export const TABLE3_COLUMNS: ColumnSpec[] = [
  { key: 'upheld', label: '结果维持', short: { zh: '结果维持', en: 'upheld' } },
  { key: 'corrected', label: '结果纠正', short: { zh: '结果纠正', en: 'corrected' } },
  { key: 'other', label: '其他结果', short: { zh: '其他结果', en: 'other result' } },
  { key: 'pending', label: '尚未审结', short: { zh: '尚未审结', en: 'pending' } },
  { key: 'total', label: '总计', short: { zh: '总计', en: 'total' } },
];

export const TABLE3_VALUE_COUNT = TABLE3_GROUPS.length * TABLE3_COLUMNS.length;

/** Header cells besides the five repeated columns. */
export const TABLE3_HEADER_LABELS: ColumnSpec[] = [
  { key: 'review', label: '行政复议', short: { zh: '行政复议', en: 'reconsideration' } },
  { key: 'litigation', label: '行政诉讼', short: { zh: '行政诉讼', en: 'litigation' } },
  { key: 'direct', label: '未经复议直接起诉', short: { zh: '未经复议直接起诉', en: 'direct' } },
  { key: 'afterReview', label: '复议后起诉', short: { zh: '复议后起诉', en: 'after reconsideration' } },
  ...TABLE3_COLUMNS,
];
