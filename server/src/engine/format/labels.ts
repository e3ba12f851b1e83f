// Shared shapes of the table catalogues in this folder.

import type { Localized } from '../types';

/** A row the format prescribes. */
export interface RowSpec {
  key: string;
  /** The label as the format prints it (what GR105 and inserted rows use). */
  label: string;
  /** Other spellings seen in real reports that are still reported as variants. */
  variants?: string[];
  /** Alternatives the format allows: matched and not reported. */
  accepted?: string[];
  /** Short name for messages: 三（三）1 / III(3)1. */
  short: Localized;
  /** Label of the enclosing group (三、本年度办理结果, （三）不予公开 …), if any. */
  group?: string;
}

/** A column header the format prescribes. */
export interface ColumnSpec {
  key: string;
  label: string;
  /** What its cells hold: a count (default), an amount with decimals, or a signed change. */
  kind?: 'count' | 'amount' | 'delta';
  variants?: string[];
  accepted?: string[];
  short: Localized;
}
