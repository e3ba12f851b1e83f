// Table text → rows of cells, whatever the export's layout:
//   tab          one row per line, cells split by TAB (merged cells leave empty cells)
//   cellPerLine  one cell per line, each starting with TAB, rows separated by blank lines
//   pipe         cells split by ` | ` (web copies)
//   markdown     | a | b | rows with a |---| separator
//   html         <tr><td>…</td></tr> rows of a web page's <table>, on one line or several
// Every cell keeps its offsets; an empty cell is a zero-width span where a number would go.

import type { GridRow, Layout, Span } from '../model';
import type { SourceText } from '../text/source';
import { isBlank, trimmedSpan } from '../text/source';
import { isTableLine } from './sections';

const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function detectLayout(src: SourceText, lines: number[]): Layout {
  const texts = lines.map((l) => src.lineText(l)).filter((t) => !isBlank(t));
  if (texts.length === 0) return 'tab';
  if (texts.filter((t) => /<(?:tr|td|th)\b/i.test(t)).length >= texts.length * 0.3) return 'html';
  const onePerLine = texts.filter((t) => /^\t[^\t]*$/.test(t)).length;
  if (onePerLine >= texts.length * 0.8) return 'cellPerLine';
  const piped = texts.filter((t) => t.includes('|')).length;
  if (piped >= texts.length * 0.5) {
    const leading = texts.filter((t) => /^\s*\|/.test(t)).length;
    return leading >= piped * 0.8 ? 'markdown' : 'pipe';
  }
  return 'tab';
}

function span(src: SourceText, start: number, end: number): Span {
  const t = trimmedSpan(src.text, start, end);
  return { text: src.text.slice(t.start, t.end), start: t.start, end: t.end };
}

/** Split one line into cells at every occurrence of `sep`. */
function splitLine(src: SourceText, line: number, sep: string): Span[] {
  const base = src.lineStarts[line];
  const text = src.lineText(line);
  const cells: Span[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(sep, from);
    const end = at < 0 ? text.length : at;
    cells.push(span(src, base + from, base + end));
    if (at < 0) break;
    from = at + sep.length;
  }
  return cells;
}

function pipeCells(src: SourceText, line: number): Span[] {
  const cells = splitLine(src, line, '|');
  // `| a | b |` and `a | b |`: nothing lies outside the outer pipes.
  if (cells.length > 1 && cells[0].text === '' && /^\s*\|/.test(src.lineText(line))) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].text === '' && /\|\s*$/.test(src.lineText(line))) cells.pop();
  return cells;
}

const HTML_CELL = /<(td|th)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
/** Tags and &nbsp; around a cell's text, which the cell's span leaves out. */
const HTML_EDGE_START = /^(?:\s|&nbsp;|<[^>]*>)*/i;
const HTML_EDGE_END = /(?:\s|&nbsp;|<[^>]*>)*$/i;

/** HTML rows: from a line with <tr to the line with its </tr>; cells are <td>/<th>. */
function htmlRows(src: SourceText, lines: number[]): GridRow[] {
  const rows: GridRow[] = [];
  let first: number | undefined;
  for (const line of lines) {
    const text = src.lineText(line);
    if (first === undefined && /<tr\b/i.test(text)) first = line;
    if (first === undefined || !/<\/tr\s*>/i.test(text)) continue;
    const base = src.lineStarts[first];
    const chunk = src.text.slice(base, src.lineEnd(line));
    const cells: Span[] = [];
    HTML_CELL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HTML_CELL.exec(chunk))) {
      const innerStart = m.index + m[0].indexOf('>') + 1;
      const inner = m[2];
      const lead = HTML_EDGE_START.exec(inner)![0].length;
      const trail = inner.length > lead ? HTML_EDGE_END.exec(inner.slice(lead))![0].length : 0;
      const start = base + innerStart + lead;
      const end = base + innerStart + inner.length - trail;
      cells.push({ text: src.text.slice(start, Math.max(start, end)), start, end: Math.max(start, end) });
    }
    rows.push({ cells, firstLine: first, lastLine: line });
    first = undefined;
  }
  return rows;
}

export function gridRows(src: SourceText, lines: number[], layout: Layout): GridRow[] {
  if (layout === 'html') return htmlRows(src, lines);
  const rows: GridRow[] = [];
  if (layout === 'cellPerLine') {
    let current: GridRow | undefined;
    for (const line of lines) {
      const text = src.lineText(line);
      if (isBlank(text)) {
        current = undefined;
        continue;
      }
      const base = src.lineStarts[line];
      const cell = span(src, base + (text.startsWith('\t') ? 1 : 0), base + text.length);
      if (!current) {
        current = { cells: [], firstLine: line, lastLine: line };
        rows.push(current);
      }
      current.cells.push(cell);
      current.lastLine = line;
    }
    return rows;
  }
  for (const line of lines) {
    const text = src.lineText(line);
    if (isBlank(text)) continue;
    if (layout === 'markdown' && MARKDOWN_RULE.test(text)) continue;
    const cells = layout === 'tab' ? splitLine(src, line, '\t') : pipeCells(src, line);
    rows.push({ cells, firstLine: line, lastLine: line });
  }
  return rows;
}

/**
 * The lines of a section body that hold tables: from the first table line to the last,
 * blank lines and single-cell lines (第二十条第（一）项 without tabs) in between included.
 * Runs separated by ordinary prose lines are separate candidate tables.
 */
export function tableLineRuns(src: SourceText, first: number, last: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let pending: number[] = [];
  let prose = 0;
  for (let line = first; line <= last; line++) {
    const text = src.lineText(line);
    if (isTableLine(text)) {
      run.push(...pending, line);
      pending = [];
      prose = 0;
    } else if (run.length === 0 && /第二十条/.test(text) && text.trim().length <= 40) {
      // Table 1 may start with a block heading exported without tabs.
      pending.push(line);
    } else if (isBlank(text) || text.trim().length <= 40) {
      // Blank lines and short label lines may sit inside a table; keep them pending
      // until the next table line shows the table goes on.
      if (run.length > 0) pending.push(line);
      if (!isBlank(text)) prose++;
    } else {
      prose = 99;
    }
    if (prose > 3 && run.length > 0) {
      runs.push(run);
      run = [];
      pending = [];
      prose = 0;
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
