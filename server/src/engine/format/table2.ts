// Table 2 — 收到和处理政府信息公开申请情况 (section 三): seven numeric columns and 25
// numeric rows, bound by three relations (勾稽关系), checked by GR201–GR203.

import type { ColumnSpec, RowSpec } from './labels';
import { ACCEPTED_LABELS, LABEL_VARIANTS } from '../heuristics';

export const TABLE2_COLUMNS: ColumnSpec[] = [
  { key: 'natural', label: '自然人', short: { zh: '自然人', en: 'natural persons' } },
  { key: 'business', label: '商业企业', short: { zh: '商业企业', en: 'businesses' } },
  { key: 'research', label: '科研机构', short: { zh: '科研机构', en: 'research institutions' } },
  {
    key: 'welfare',
    label: '社会公益组织',
    variants: [...LABEL_VARIANTS.socialWelfareOrganisation],
    short: { zh: '社会公益组织', en: 'public-welfare organisations' },
  },
  { key: 'legal', label: '法律服务机构', short: { zh: '法律服务机构', en: 'legal service institutions' } },
  { key: 'other', label: '其他', variants: [...LABEL_VARIANTS.other], short: { zh: '其他', en: 'others' } },
  { key: 'total', label: '总计', short: { zh: '总计', en: 'total' } },
];

/** Header cells that are not numeric columns but belong to the header. */
export const TABLE2_HEADER_EXTRAS: ColumnSpec[] = [
  { key: 'applicants', label: '申请人情况', short: { zh: '申请人情况', en: 'applicants' } },
  { key: 'legalPersons', label: '法人或其他组织', short: { zh: '法人或其他组织', en: 'legal persons' } },
];

export const TOTAL_COLUMN = TABLE2_COLUMNS.length - 1;

const RESULTS = '三、本年度办理结果';
const G3 = '（三）不予公开';
const G4 = '（四）无法提供';
const G5 = '（五）不予处理';
const G6 = '（六）其他处理';

function item(key: string, group: string, label: string, zh: string, en: string): RowSpec {
  return { key, group, label, short: { zh, en } };
}

export const TABLE2_ROWS: RowSpec[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', short: { zh: '一', en: 'I' } },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', short: { zh: '二', en: 'II' } },
  item('disclosed', RESULTS, '（一）予以公开', '三（一）', 'III(1)'),
  {
    ...item('partial', RESULTS, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '三（二）', 'III(2)'),
    accepted: [...ACCEPTED_LABELS.partialDisclosure],
  },
  item('r3_1', G3, '1.属于国家秘密', '三（三）1', 'III(3)1'),
  item('r3_2', G3, '2.其他法律行政法规禁止公开', '三（三）2', 'III(3)2'),
  item('r3_3', G3, '3.危及“三安全一稳定”', '三（三）3', 'III(3)3'),
  item('r3_4', G3, '4.保护第三方合法权益', '三（三）4', 'III(3)4'),
  item('r3_5', G3, '5.属于三类内部事务信息', '三（三）5', 'III(3)5'),
  item('r3_6', G3, '6.属于四类过程性信息', '三（三）6', 'III(3)6'),
  item('r3_7', G3, '7.属于行政执法案卷', '三（三）7', 'III(3)7'),
  item('r3_8', G3, '8.属于行政查询事项', '三（三）8', 'III(3)8'),
  item('r4_1', G4, '1.本机关不掌握相关政府信息', '三（四）1', 'III(4)1'),
  item('r4_2', G4, '2.没有现成信息需要另行制作', '三（四）2', 'III(4)2'),
  item('r4_3', G4, '3.补正后申请内容仍不明确', '三（四）3', 'III(4)3'),
  item('r5_1', G5, '1.信访举报投诉类申请', '三（五）1', 'III(5)1'),
  item('r5_2', G5, '2.重复申请', '三（五）2', 'III(5)2'),
  item('r5_3', G5, '3.要求提供公开出版物', '三（五）3', 'III(5)3'),
  item('r5_4', G5, '4.无正当理由大量反复申请', '三（五）4', 'III(5)4'),
  item('r5_5', G5, '5.要求行政机关确认或重新出具已获取信息', '三（五）5', 'III(5)5'),
  item('r6_1', G6, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '三（六）1', 'III(6)1'),
  item('r6_2', G6, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '三（六）2', 'III(6)2'),
  item('r6_3', G6, '3.其他', '三（六）3', 'III(6)3'),
  item('results', RESULTS, '（七）总计', '三（七）总计', 'III(7) total'),
  { key: 'carryOver', label: '四、结转下年度继续办理', short: { zh: '四', en: 'IV' } },
];

/** The 2019 trial format has （六）其他处理 as one row instead of three items. */
export const TABLE2_OTHER_2019: RowSpec = { key: 'r6', label: G6, short: { zh: '三（六）', en: 'III(6)' } };

/** The rows a table of the given format must have, in order. */
export function table2Rows(format: 2019 | 2021): RowSpec[] {
  if (format === 2021) return TABLE2_ROWS;
  return TABLE2_ROWS.flatMap((r) => (r.key === 'r6_1' ? [TABLE2_OTHER_2019] : /^r6_/.test(r.key) ? [] : [r]));
}

/** Rows summed into 三（七）总计 by GR202, for the given format. */
export function table2ItemKeys(format: 2019 | 2021): string[] {
  return table2Rows(format)
    .map((r) => r.key)
    .filter((k) => k !== 'new' && k !== 'carried' && k !== 'results' && k !== 'carryOver');
}

/** Labels of groups: they may share a row with their first item, and hold no numbers of their own. */
export const TABLE2_GROUPS: string[] = [RESULTS, G3, G4, G5, G6];

export const TABLE2_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
