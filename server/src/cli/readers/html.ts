// HTML → report text. Saved web pages and Word documents (through mammoth's HTML) both
// come here. The page is parsed by htmlparser2 (forgiving, linear); we drop what is never
// the report (scripts, styles, navigation, headers, footers), find the element that holds
// the report's text, and write it out the way Word's "save as text" does, which is the
// layout the engine reads best:
//
// - every paragraph, heading, list item or <br> on a line of its own;
// - a table row on one line, its cells separated by TAB; a merged cell written once, in
//   the row and column where it starts (rows it spans further leave it out; columns it
//   spans further are left empty), exactly as Word exports merged cells.
//
// Which table, row and column a finding falls in is named later from the engine's own
// model of this text (locations.ts), so the reader keeps no map.

import { parseDocument } from 'htmlparser2';

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

/** Never part of a report's text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas', 'select', 'button', 'head']);
/** Page furniture around an article (HTML5 elements). */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'form']);
/** Class or id words that mark navigation and page furniture on government sites. */
const FURNITURE_NAME =
  /(^|[-_\s])(nav|navbar|menu|breadcrumb|crumbs?|footer|header|sidebar|share|toolbar|pagination|pager|position|location|weizhi|dqwz|banner|skip|login|search)([-_\s]|$)/i;
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'body',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'center',
  'address',
  'figure',
  'figcaption',
  'hr',
  'caption',
]);

function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isFurniture(node: DomNode): boolean {
  if (!isElement(node) || !node.name) return false;
  if (DROPPED.has(node.name) || FURNITURE.has(node.name)) return true;
  const attribs = node.attribs ?? {};
  if (attribs.role === 'navigation' || attribs.role === 'banner' || attribs.role === 'contentinfo') return true;
  if (attribs.hidden !== undefined || /display\s*:\s*none/i.test(attribs.style ?? '')) return true;
  return FURNITURE_NAME.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
}

/** Characters of text outside links, under a node (navigation is mostly links). */
function measure(node: DomNode, sizes: Map<DomNode, number>): number {
  if (node.type === 'text') return (node.data ?? '').replace(/\s+/g, '').length;
  if (!node.children || isFurniture(node)) return 0;
  let size = 0;
  for (const child of node.children) size += measure(child, sizes);
  if (node.name === 'a') size = Math.floor(size / 4);
  sizes.set(node, size);
  return size;
}

/** Share of the page's text that one child must hold for us to narrow down into it. */
const CONTENT_SHARE = 0.8;

/** The element holding the report: descend while one child holds most of the text. */
function contentRoot(root: DomNode): DomNode {
  const sizes = new Map<DomNode, number>();
  measure(root, sizes);
  let node = root;
  for (;;) {
    const total = sizes.get(node) ?? 0;
    const next = (node.children ?? []).find((child) => (sizes.get(child) ?? 0) >= total * CONTENT_SHARE && child.name !== 'table');
    if (!next || total === 0) return node;
    node = next;
  }
}

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (!node.children || isFurniture(node)) return '';
  return node.children.map(textOf).join('');
}

function byName(node: DomNode, names: ReadonlySet<string>, found: DomNode[] = []): DomNode[] {
  if (node.name && names.has(node.name)) found.push(node);
  if (node.children && !(node.name && DROPPED.has(node.name))) for (const child of node.children) byName(child, names, found);
  return found;
}

/** Spaces as HTML collapses them; no-break and ideographic spaces kept as spaces. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

/** A cell's text on one line: its paragraphs joined (labels wrap inside cells). */
function cellText(cell: DomNode): string {
  const out = new Lines();
  for (const child of cell.children ?? []) writeNode(child, out);
  return out
    .lines()
    .map((line) => line.trim())
    .join('')
    .replace(/\t/g, ' ');
}

function span(cell: DomNode, name: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(cell.attribs?.[name] ?? '1', 10);
  // Browsers clamp spans (colspan ≤ 1000, rowspan ≤ 65534); we clamp harder, a report
  // table has a few dozen rows and columns.
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : 1;
}

function directRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  const visit = (node: DomNode) => {
    for (const child of node.children ?? []) {
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A table as text lines: TAB between cells; merged cells once, where they start. */
function tableLines(table: DomNode): string[] {
  const lines: string[] = [];
  // Columns still covered by a cell from a row above: column → rows left.
  const covered: number[] = [];
  for (const row of directRows(table)) {
    const cells = (row.children ?? []).filter((c) => c.name === 'td' || c.name === 'th');
    const out: string[] = [];
    let column = 0;
    const skipCovered = () => {
      while ((covered[column] ?? 0) > 0) {
        covered[column]--;
        column++;
      }
    };
    for (const cell of cells) {
      skipCovered();
      const cols = span(cell, 'colspan');
      const rows = span(cell, 'rowspan');
      out.push(cellText(cell), ...Array<string>(cols - 1).fill(''));
      for (let c = column; c < column + cols; c++) covered[c] = rows - 1;
      column += cols;
    }
    skipCovered();
    for (let c = column; c < covered.length; c++) if ((covered[c] ?? 0) > 0) covered[c]--;
    while (out.length > 0 && out[out.length - 1] === '' && out.length > 1) out.pop();
    if (out.some((cell) => cell !== '')) lines.push(out.join('\t'));
  }
  return lines;
}

/** Output lines under construction: inline text joins the current line. */
class Lines {
  private done: string[] = [];
  private current = '';
  text(s: string): void {
    this.current += s;
  }
  break(): void {
    const line = trimSpaces(this.current);
    if (line !== '') this.done.push(line);
    this.current = '';
  }
  raw(line: string): void {
    this.break();
    this.done.push(line);
  }
  lines(): string[] {
    this.break();
    return this.done;
  }
}

function writeNode(node: DomNode, out: Lines): void {
  if (node.type === 'text') {
    out.text(collapse(node.data ?? ''));
    return;
  }
  if (node.type === 'root') {
    for (const child of node.children ?? []) writeNode(child, out);
    return;
  }
  if (!isElement(node) || isFurniture(node)) return;
  const name = node.name ?? '';
  if (name === 'br') {
    out.break();
    return;
  }
  if (name === 'table') {
    out.break();
    for (const line of tableLines(node)) out.raw(line);
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.break();
  for (const child of node.children ?? []) writeNode(child, out);
  if (block) out.break();
}

const TITLE_WORDS = /年度报告|年报/;

/** The page's title, when the report's own title sits outside the content element. */
function pageTitle(root: DomNode, content: DomNode): string | undefined {
  const candidates = [
    ...byName(root, new Set(['h1', 'h2'])),
    ...byName(root, new Set(['div', 'p', 'span', 'td'])).filter((n) => /title|bt/i.test(n.attribs?.class ?? '')),
    ...byName(root, new Set(['title'])),
  ];
  for (const candidate of candidates) {
    const text = collapse(textOf(candidate)).trim();
    if (text.length > 0 && text.length <= 80 && TITLE_WORDS.test(text) && !isInside(candidate, content)) {
      // <title> is often "Report title - Site name".
      return text.split(/\s[-_|–—]\s/)[0].trim();
    }
  }
  return undefined;
}

function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let n: DomNode | null | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

export interface HtmlOptions {
  /** Look for the report inside a web page (navigation around it); false for Word's HTML. */
  findBody: boolean;
}

/** The report's text from an HTML document. */
export function htmlToText(html: string, options: HtmlOptions = { findBody: true }): string {
  const document = parseDocument(html, { decodeEntities: true }) as unknown as DomNode;
  const body = byName(document, new Set(['body']))[0] ?? document;
  const content = options.findBody ? contentRoot(body) : body;
  const out = new Lines();
  writeNode(content, out);
  const lines = out.lines();
  if (options.findBody) {
    const hasTitle = lines.slice(0, 5).some((line) => line.trim().length <= 80 && /(年度报告|年报)\s*$/.test(line.trim()));
    const title = hasTitle ? undefined : pageTitle(document, content);
    if (title !== undefined) lines.unshift(title);
  }
  return lines.map((line) => line.replace(/\u00a0/g, ' ')).join('\n') + '\n';
}

/** The line without leading and trailing ASCII spaces, in linear time. */
function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) === 32) start++;
  while (end > start && s.charCodeAt(end - 1) === 32) end--;
  return s.slice(start, end);
}
