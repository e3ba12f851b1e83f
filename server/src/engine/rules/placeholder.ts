// Placeholders clerks write in a count cell instead of 0: /, —, -, 无. The format wants 0,
// so such a cell is reported like a blank one (GR103), not as an invalid number (GR104).

import type { Cell } from '../model';

const PLACEHOLDER = /^(?:[/／\\、]|[—–－‐-]+|—+|无|空|暂无|——)$/;

export function isPlaceholder(cell: Cell): boolean {
  return cell.status === 'invalid' && PLACEHOLDER.test(cell.text.replace(/\s/g, ''));
}
