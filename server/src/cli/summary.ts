// The folder summary a reviewer needs before grading: which units sent which years, a
// unit missing a year that others sent, and the same unit and year sent twice (often the
// same report as Word and as PDF). Units and years come from the reports' titles.

import type { FileResult } from './results';

export interface UnitSummary {
  unit: string;
  years: number[];
  reports: number;
  /**
   * Years this unit has no report for: a gap between its own first and last year, or a
   * year that more than half of the units in the batch sent (the year under review).
   */
  missingYears: number[];
  duplicates: { year: number; files: string[] }[];
}

export interface FolderSummary {
  units: UnitSummary[];
  years: number[];
  /** Reports without a readable title: unit or year unknown. */
  untitled: string[];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function folderSummary(results: readonly FileResult[]): FolderSummary {
  const byUnit = new Map<string, Map<number, string[]>>();
  const untitled: string[] = [];
  const allYears = new Set<number>();
  for (const r of results) {
    const { unit, year } = r.facts;
    if (unit === undefined || year === undefined) {
      untitled.push(r.filePath);
      continue;
    }
    allYears.add(year);
    let years = byUnit.get(unit);
    if (!years) byUnit.set(unit, (years = new Map<number, string[]>()));
    // Added to in place: a copy of the list per file made 1,000 copies of a report quadratic
    // (5,000 files of five reports: 2.5 million names copied per unit and year).
    const files = years.get(year);
    if (files) files.push(r.filePath);
    else years.set(year, [r.filePath]);
  }
  const years = [...allYears].sort((a, b) => a - b);
  const unitsPerYear = new Map<number, number>();
  for (const perYear of byUnit.values()) for (const y of perYear.keys()) unitsPerYear.set(y, (unitsPerYear.get(y) ?? 0) + 1);
  const expected = (y: number) => (unitsPerYear.get(y) ?? 0) * 2 > byUnit.size;
  const units = [...byUnit.entries()]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([unit, perYear]) => {
      const own = [...perYear.keys()].sort((a, b) => a - b);
      // Every year between its own first and last, whether or not another unit sent it.
      const between = Array.from({ length: Math.max(0, own[own.length - 1] - own[0] - 1) }, (_, i) => own[0] + 1 + i);
      const missing = new Set([...years.filter(expected), ...between].filter((y) => !perYear.has(y)));
      return {
        unit,
        years: own,
        reports: [...perYear.values()].reduce((n, files) => n + files.length, 0),
        missingYears: [...missing].sort((a, b) => a - b),
        duplicates: own.filter((y) => perYear.get(y)!.length > 1).map((y) => ({ year: y, files: perYear.get(y)! })),
      };
    });
  return { units, years, untitled };
}
