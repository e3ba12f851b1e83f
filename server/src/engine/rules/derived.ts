// What the rules derive from one parsed report, kept with it while it lives: the prose
// lines, the narrative's statements, the balance analysis, the irregular cells, the
// mis-decoding verdict and the lint's problems. One WeakMap entry per report, not one per
// memo: a WeakMap's set costs some 0.3 µs, and more again in the garbage collector's pass
// over weak entries; a lint made six of them.

import type { Cell, ReportModel } from '../model';
import type { LintOptions } from '../types';
import type { ProseOf } from './prose';
import type { Statement } from '../narrative/statements';
import type { BalanceIssue } from '../balance/analysis';
import type { TableKey } from './names';
import type { MisDecoding } from '../text/mojibake';
import type { RawFinding } from '../lint';

/** One report's derived values, each filled when a rule first asks (undefined until then). */
export class Derived {
  prose: ProseOf | undefined = undefined;
  statements: Statement[] | undefined = undefined;
  balance: BalanceIssue[] | undefined = undefined;
  valueCells: { table: TableKey; cell: Cell }[] | undefined = undefined;
  irregularCells: { table: TableKey; cell: Cell }[] | undefined = undefined;
  /** The mis-decoding verdict of the report's text; null: it reads as ordinary text. */
  verdict: MisDecoding | null | undefined = undefined;
  /** The problems the last lint of this report found, with its options (lint.ts problemsOf). */
  problems: { options: LintOptions; problems: RawFinding[] } | undefined = undefined;
}

const derived = new WeakMap<ReportModel, Derived>();

/**
 * The model last asked about and its record, in front of the WeakMap: a lint asks some 27
 * times for the same model's record (each prose section, the narrative, the cells), and a
 * WeakMap's get costs far more than a comparison. Holds that one model until another is
 * asked about (the record itself lives as long as its model, in the WeakMap).
 */
let lastModel: ReportModel | undefined;
let lastDerived: Derived | undefined;

/** The report's derived values (an empty record the first time). */
export function derivedOf(model: ReportModel): Derived {
  if (model === lastModel) return lastDerived!;
  let d = derived.get(model);
  if (!d) {
    d = new Derived();
    derived.set(model, d);
  }
  lastModel = model;
  lastDerived = d;
  return d;
}

/** The report's derived values when something was derived from it, without making a record. */
export function derivedIfAny(model: ReportModel): Derived | undefined {
  return model === lastModel ? lastDerived : derived.get(model);
}
