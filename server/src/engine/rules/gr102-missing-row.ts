import { defineRule, type OffsetEdit } from './rule';
import type { ReportModel, Table, TableRow } from '../model';
import type { Localized } from '../types';
import { table1Slots, table2RowCells } from '../render/templates';
import { table2Rows } from '../format/table2';
import { table1Blocks } from '../format/table1';
import { TABLE3_VALUE_COUNT } from '../format/table3';
import { APPEALS_ROW } from '../parse/table3';
import { rowLines } from '../render/layout';
import { insertLinesAfter, insertLinesBefore } from './edits';
import { TABLE_NAMES } from '../i18n';
import { memo } from '../memo';

/** A row the format requires, where it is (if present), and what to insert if not. */
interface Slot {
  row?: TableRow;
  cells: string[];
  what: Localized;
}

/**
 * A slot as the format gives it, without the table's row: where the row is looked up (a
 * block's heading or header, a data row by key), its cells and its name. The same for
 * every table of one id and format, so built once per format, not per lint: the cells and
 * names were some dozens of arrays, spreads and strings each time a table missed a row,
 * mostly run unoptimised in the CLI.
 */
interface SlotSpec {
  kind: 'heading' | 'header' | 'data';
  /** The block (table 1's heading and header rows) or the data row's key. */
  key: string;
  /** Shared by every lint: not to be changed. */
  cells: string[];
  what: Localized;
}

function slotSpecs(id: Table['id'], format: Table['format']): SlotSpec[] {
  if (id === 1) {
    const slots = table1Slots(format);
    return slots.map((s) => {
      const heading = s.cells[0];
      if (s.kind === 'heading')
        return { kind: s.kind, key: s.block, cells: s.cells, what: { zh: `“${heading}”标题行`, en: `heading row "${heading}"` } };
      if (s.kind === 'header') {
        const block = slots.find((h) => h.kind === 'heading' && h.block === s.block)!.cells[0];
        return {
          kind: s.kind,
          key: s.block,
          cells: s.cells,
          what: { zh: `${block}的“信息内容”表头行`, en: `column-header row (信息内容) of ${block}` },
        };
      }
      return { kind: s.kind, key: s.spec!.key, cells: s.cells, what: { zh: `“${s.spec!.label}”行`, en: `row "${s.spec!.label}"` } };
    });
  }
  if (id === 2) {
    return table2Rows(format).map((spec) => ({
      kind: 'data' as const,
      key: spec.key,
      cells: table2RowCells(spec),
      what: { zh: `“${spec.label}”行`, en: `row "${spec.label}"` },
    }));
  }
  return [
    {
      kind: 'data',
      key: APPEALS_ROW,
      cells: Array(TABLE3_VALUE_COUNT).fill('0'),
      what: { zh: '数据行（15 个数）', en: 'data row (15 numbers)' },
    },
  ];
}

/** slotSpecs by table id and format. */
let specsByTable = new Map<string, SlotSpec[]>();
// Stryker disable next-line all: emptying a memo changes no result (memo.ts)
memo(() => (specsByTable = new Map()));

function slotsOf(table: Table): Slot[] {
  const id = `${table.id}/${table.format}`;
  let specs = specsByTable.get(id);
  if (!specs) {
    specs = slotSpecs(table.id, table.format);
    specsByTable.set(id, specs);
  }
  const slots: Slot[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const row =
      spec.kind === 'heading'
        ? table.blockHeadings.get(spec.key)
        : spec.kind === 'header'
          ? table.blockHeaders.get(spec.key)
          : table.data.get(spec.key);
    slots.push({ row, cells: spec.cells, what: spec.what });
  }
  return slots;
}

/** Whether the table has every row slotsOf lists (a cheaper test than building them). */
function complete(table: Table): boolean {
  // Index loops, no closures: once per table and lint, mostly run unoptimised.
  if (table.id === 1) {
    const blocks = table1Blocks(table.format);
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      if (!table.blockHeadings.has(block.key) || !table.blockHeaders.has(block.key)) return false;
      const rows = block.rows;
      for (let r = 0; r < rows.length; r++) if (!table.data.has(rows[r].key)) return false;
    }
    return true;
  }
  if (table.id === 2) {
    const specs = table2Rows(table.format);
    for (let i = 0; i < specs.length; i++) if (!table.data.has(specs[i].key)) return false;
    return true;
  }
  return table.data.has(APPEALS_ROW);
}

/** Insert the row after the nearest present row before it, in that row's shape. */
function insertion(model: ReportModel, table: Table, slots: Slot[], index: number): { edit: OffsetEdit; line: number; anchor: TableRow } {
  const cells = slots[index].cells;
  const before = slots
    .slice(0, index)
    .reverse()
    .find((s) => s.row)?.row;
  const after = slots.slice(index + 1).find((s) => s.row)?.row;
  const anchor = before ?? after ?? table.rows[table.rows.length - 1]; // no row of the format present: below the header
  const shaped = anchor.kind === 'data' && slots[index].cells.length > 1 ? shapedLike(anchor, cells) : cells;
  const lines = rowLines(shaped, table.layout, Math.max(shaped.length, anchor.grid.cells.length));
  if (before || !after) {
    const block = table.layout === 'cellPerLine' ? ['', ...lines] : lines;
    return { edit: insertLinesAfter(model, anchor.grid.lastLine, block), line: anchor.grid.lastLine, anchor };
  }
  const block = table.layout === 'cellPerLine' ? [...lines, ''] : lines;
  return { edit: insertLinesBefore(model, after.grid.firstLine, block), line: after.grid.firstLine, anchor: after };
}

/**
 * The line the finding is shown on: the neighbour row's label, beside which the row goes.
 * Not the neighbour's last line: where a row's cells run over several lines (one cell a
 * line, a web page's numbers after their label) that line holds only numbers, and a finding
 * about a missing row would sit on one of them as if it were about that number.
 */
function shownLine(model: ReportModel, anchor: TableRow, line: number): number {
  const { label } = labelPlace(anchor);
  return label < 0 ? line : model.source.lineAt(anchor.grid.cells[label].start);
}

/**
 * Where a row's label and first number stand among its grid cells: the last non-empty cell
 * before the first number is the label (-1 when there is none). A row without numbers (a
 * heading) counts from its end.
 */
function labelPlace(row: TableRow): { label: number; firstValue: number } {
  const grid = row.grid.cells;
  const firstValue = grid.findIndex((c) => c.start === row.values[0]?.start);
  let label = (firstValue < 0 ? grid.length : firstValue) - 1;
  while (label >= 0 && grid[label].text === '') label--;
  return { label, firstValue };
}

/**
 * The new row's cells laid out like its neighbour's: as many empty cells before the
 * label and between label and numbers (merged-cell gaps of the export).
 */
function shapedLike(anchor: TableRow, cells: string[]): string[] {
  const { label, firstValue } = labelPlace(anchor);
  if (firstValue < 0 || label < 0) return cells;
  const [name, ...numbers] = cells;
  return [...Array<string>(label).fill(''), name, ...Array<string>(firstValue - label - 1).fill(''), ...numbers];
}

/** Block headings and column-header rows are labels; data rows carry zeros. */
function writesFigures(cells: string[]): boolean {
  return cells.some((c) => /^\s*[0-9０-９]/.test(c));
}

export default defineRule({
  code: 'GR102',
  name: 'missing-row',
  severity: 'error',
  fixable: true,
  category: 'tables',
  summary: {
    zh: '表格缺少必备的行（块标题、表头行或数据行）',
    en: 'A required table row (block heading, label row or data row) is missing',
  },
  check({ model, report }) {
    const tables = model.tables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      // Most tables have every row: the slots (cells, messages) are built only for one that misses some.
      if (complete(table)) continue;
      const slots = slotsOf(table);
      slots.forEach((slot, index) => {
        if (slot.row) return;
        const { edit, line: at, anchor } = insertion(model, table, slots, index);
        const line = shownLine(model, anchor, at);
        const name = TABLE_NAMES[table.id];
        report({
          start: model.source.lineStarts[line],
          end: model.source.lineEnd(line),
          message: { zh: `${name.zh}缺少${slot.what.zh}`, en: `${name.en} is missing the ${slot.what.en}` },
          fix: writesFigures(slot.cells)
            ? { title: { zh: `插入${slot.what.zh}（填 0）`, en: `Insert the ${slot.what.en} (zeros)` }, edits: [edit], kind: 'figure' }
            : { title: { zh: `插入${slot.what.zh}`, en: `Insert the ${slot.what.en}` }, edits: [edit], kind: 'text', preferred: true },
        });
      });
    }
  },
});
