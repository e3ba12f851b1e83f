// What the table readers' unit tests (parse-table1/2/3-units) share: TAB lines written by hand
// read as grid rows, and an empty table of the format for a reader to fill.

import { gridRows } from '../../server/src/engine/parse/grid';
import { SourceText } from '../../server/src/engine/text/source';
import type { GridRow, Table } from '../../server/src/engine/model';

/** The lines, one row each, cells between TABs. */
export function tabRows(...lines: string[]): GridRow[] {
  return gridRows(
    new SourceText(lines.join('\n')),
    lines.map((_, i) => i),
    'tab',
  );
}

/** Table `id` of the 2021 format over `lineCount` lines, nothing read yet. */
export function emptyTable(id: Table['id'], lineCount: number): Table {
  return {
    id,
    format: 2021,
    layout: 'tab',
    firstLine: 0,
    lastLine: lineCount - 1,
    rows: [],
    labels: [],
    blockHeadings: new Map(),
    blockHeaders: new Map(),
    data: new Map(),
  };
}
