// A new, empty report in the national format (国办公开办函〔2021〕30号): the title for the
// unit and year, the statistical period, the six sections with the standard sub-headings
// of 总体情况, and the three tables with every row and label, their number cells left
// blank for the clerk. It is meant to lint clean apart from what is still to be written
// (the blank cells).

import { SECTIONS } from './format/sections';
import { emptyTable } from './render/templates';
import { tableLines } from './render/layout';

/** The five aspects 总体情况 is expected to cover, as the format lists them. */
const OVERVIEW_ASPECTS = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障'];

/** Cells that hold a figure in the format's empty tables; everything else is a label. */
const FIGURE = /^0$/;

export interface NewReportOptions {
  unit: string;
  year: number;
  eol?: '\n' | '\r\n';
}

export function newReport({ unit, year, eol = '\n' }: NewReportOptions): string {
  const name = unit.trim();
  const lines: string[] = [
    `${name}${year}年政府信息公开工作年度报告`,
    '',
    `本报告由${name}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告所列数据统计期限为${year}年1月1日至${year}年12月31日。`,
    '',
  ];
  for (const section of SECTIONS) {
    lines.push(`${section.numeral}、${section.title}`);
    if (section.id === 1) lines.push(...OVERVIEW_ASPECTS.flatMap((a) => [a, '']));
    if (section.table) {
      const rows = emptyTable(section.table).map((row) => row.map((cell) => (FIGURE.test(cell) ? '' : cell)));
      lines.push(...tableLines(rows, 'tab'));
    }
    lines.push('');
  }
  lines.push(name, `${year + 1}年1月  日`, '');
  return lines.join(eol);
}
