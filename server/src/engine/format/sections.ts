// The six mandatory sections of the national format (国办公开办函〔2021〕30号), matched
// by key words because titles vary in the wild.

import type { Localized } from '../types';
import { namesSection } from '../heuristics';

export interface SectionSpec {
  id: number;
  /** 一 … 六 */
  numeral: string;
  /** The title as the format prints it. */
  title: string;
  name: Localized;
  /** True when a heading title (numbering removed) names this section. */
  matches(title: string): boolean;
  /** Table number (1–3) that belongs in this section, if any. */
  table?: 1 | 2 | 3;
}

export const SECTIONS: SectionSpec[] = [
  {
    id: 1,
    numeral: '一',
    title: '总体情况',
    name: { zh: '总体情况', en: 'overview' },
    matches: (t) => namesSection(1, t),
  },
  {
    id: 2,
    numeral: '二',
    title: '主动公开政府信息情况',
    name: { zh: '主动公开政府信息情况', en: 'proactive disclosure' },
    matches: (t) => namesSection(2, t),
    table: 1,
  },
  {
    id: 3,
    numeral: '三',
    title: '收到和处理政府信息公开申请情况',
    name: { zh: '收到和处理政府信息公开申请情况', en: 'applications received and handled' },
    matches: (t) => namesSection(3, t),
    table: 2,
  },
  {
    id: 4,
    numeral: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    name: { zh: '政府信息公开行政复议、行政诉讼情况', en: 'administrative reconsideration and litigation' },
    matches: (t) => namesSection(4, t),
    table: 3,
  },
  {
    id: 5,
    numeral: '五',
    title: '存在的主要问题及改进情况',
    name: { zh: '存在的主要问题及改进情况', en: 'main problems and improvements' },
    matches: (t) => namesSection(5, t),
  },
  {
    id: 6,
    numeral: '六',
    title: '其他需要报告的事项',
    name: { zh: '其他需要报告的事项', en: 'other matters to report' },
    matches: (t) => namesSection(6, t),
  },
];

export function sectionSpec(id: number): SectionSpec {
  return SECTIONS[id - 1];
}
