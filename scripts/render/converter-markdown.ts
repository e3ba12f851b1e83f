// Converter and OCR Markdown: what PDF/OCR-to-Markdown converters make of a
// report's tables, derived from the turndown rendering (family markdown) so that every
// table cell is the same text. Two families:
//   markdown-ocr   one table per table, under a header row of placeholders (数据1 … 数据N)
//                  with its separator row written twice; the report's own header rows come
//                  as body rows, their words split across cells where a line broke them
//                  (商业企|业); cells a merge left empty filled with `-`.
//   markdown-rows  one sub-table per row: each row under its own placeholder header.

type Row = string[];

const SEPARATOR = /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

function cellsOf(line: string, goesOn = false): Row {
  // A line broken inside a cell (goesOn) ends in that cell's start, not in a closing pipe.
  const inner = line.trim().replace(/^\|/, '');
  return (goesOn ? inner : inner.replace(/\|$/, '')).split('|').map((c) => c.trim());
}

const line = (cells: Row) => `| ${cells.join(' | ')} |`;
const placeholders = (n: number) => Array.from({ length: n }, (_, i) => `数据${i + 1}`);
const rule = (n: number) => `|${' --- |'.repeat(n)}`;

/** Tables of the Markdown: runs of lines starting with a pipe (with their line numbers). */
function tables(lines: string[]): { first: number; last: number; rows: Row[] }[] {
  const out: { first: number; last: number; rows: Row[] }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].startsWith('|')) {
      i++;
      continue;
    }
    const first = i;
    const rows: Row[] = [];
    // A row broken by a hard line break goes on on a line not starting with a pipe.
    while (i < lines.length && (lines[i].startsWith('|') || (lines[i].trim() !== '' && / {2}$/.test(lines[i - 1] ?? '')))) {
      if (lines[i].startsWith('|')) {
        const goesOn = / {2}$/.test(lines[i]) && i + 1 < lines.length && !lines[i + 1].startsWith('|') && lines[i + 1].trim() !== '';
        if (!SEPARATOR.test(lines[i])) rows.push(cellsOf(lines[i], goesOn));
      } else {
        // Join the continuation onto the previous row's last cell.
        const more = cellsOf(lines[i].trim().startsWith('|') ? `|${lines[i]}` : `| ${lines[i]}`);
        const prev = rows[rows.length - 1];
        prev[prev.length - 1] = `${prev[prev.length - 1]} ${more[0]}`.trim();
        prev.push(...more.slice(1));
      }
      i++;
    }
    out.push({ first, last: i - 1, rows });
  }
  return out;
}

/** Header words a line break split (商业 企业 → 商业企 | 业): cells of the report's header rows. */
function splitWords(row: Row): Row {
  const hasNumber = row.some((c) => /^[\\-]?\d/.test(c));
  if (hasNumber) return row;
  return row.flatMap((c) => {
    const m = /^(\S{2,})\s+(\S{2,})$/.exec(c);
    if (!m) return [c];
    const whole = m[1] + m[2];
    return [whole.slice(0, -1), whole.slice(-1)];
  });
}

/** A short row filled to the table's width with `-`: before an item a merged group label left empty, after the rest. */
function fill(row: Row, width: number): Row {
  if (row.length >= width) return row;
  const missing = width - row.length;
  if (missing === 1 && /^(?:\d\\?\.|[（(][二三四五六七][）)])/.test(row[0])) return ['-', ...row];
  return [...row, ...Array<string>(missing).fill('-')];
}

export function converterMarkdown(markdown: string, style: 'ocr' | 'rows'): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let at = 0;
  for (const t of tables(lines)) {
    out.push(...lines.slice(at, t.first));
    at = t.last + 1;
    const rows = t.rows.map(splitWords);
    const width = Math.max(...rows.map((r) => r.length));
    if (style === 'ocr') {
      out.push(line(placeholders(width)), rule(width), rule(width));
      for (const r of rows) out.push(line(fill(r, width)));
    } else {
      rows.forEach((r, i) => {
        if (i > 0) out.push('');
        out.push(line(placeholders(r.length)), rule(r.length), line(r));
      });
    }
  }
  out.push(...lines.slice(at));
  return out.join('\n');
}
