// The report as a crawler stores a portal page (page.txt): a header of page metadata,
// then the whole body on one line — breadcrumb, title, paragraphs and table cells run
// together. Two variants seen in the wild: cells separated by single spaces (an empty cell
// leaves two spaces), or cells run together with no separator at all, so that the row
// 28 | 0 | 0 | 0 | 0 | 0 | 28 arrives as 280000028.

import type { Block, ReportDoc } from './report';

export type WebVariant = 'spaced' | 'run';

function cells(b: Block, variant: WebVariant): string {
  if (b.kind !== 'table') return b.text;
  const sep = variant === 'spaced' ? ' ' : '';
  return b.rows.map((row) => row.map((c) => c.text).join(sep)).join(sep);
}

export function renderWeb(doc: ReportDoc, variant: WebVariant, address: string): string {
  const body = doc.blocks
    .filter((b) => b.kind !== 'title')
    .map((b) => cells(b, variant))
    .join(variant === 'spaced' ? ' ' : '');
  const time = doc.published ?? '';
  const header = [
    `标题: ${doc.title}`,
    `发布时间: ${time}`,
    '文号: ',
    '发布机构: ',
    '栏目: 政府信息公开年报',
    `原文链接: https://www.example.gov.cn/zwgk/zfxxgknb/${address}.htm`,
    `本地目录: zwgk/zfxxgknb/${address}_${doc.title}`,
    '页面链接与图片详见 links.tsv(同目录)',
    '==================== 正文 ====================',
  ];
  const crumb = `当前位置： 首页政务公开政府信息公开政府信息公开年报 ${doc.title} 来源： 时间：${time} 文件下载 `;
  return `${header.join('\n')}\n${crumb}${body} 附件下载\n`;
}
