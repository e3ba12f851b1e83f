// Digits run together (a web page that dropped its cell borders: 190000019 for the row
// 19 | 0 | 0 | 0 | 0 | 0 | 19) split into cells — only when exactly one split gives every
// cell a proper number (no leading zeros) and satisfies the table's own relation (a row
// total, table 3's group totals). The work is bounded per row, so reading stays linear.

/** A table relation over one row's values. */
export type Relation = (values: number[]) => boolean;

export interface Run {
  /** Offset of the first digit. */
  start: number;
  digits: string;
  /**
   * A placeholder written in a cell (无, —): one cell as it stands, none for the relation
   * (the clerk's "nothing"), between runs it does not split.
   */
  word?: boolean;
}

/** Cells a run can fill at most: a placeholder fills exactly one. */
const width = (r: Run) => (r.word ? 1 : r.digits.length);

export interface Piece {
  start: number;
  end: number;
}

/** Beyond this many steps a row counts as not splittable with confidence. */
const MAX_STEPS = 50_000;
const MAX_DIGITS = 64;

/**
 * The ways to cut `runs` into `expected` cells (each run into one or more cells) that
 * `relation` accepts; at most `limit` are returned (two already mean "ambiguous" for a
 * row on its own; the column balances look at a few more).
 */
export function splitRuns(runs: Run[], expected: number, relation?: Relation, limit = 2): Piece[][] {
  const total = runs.reduce((n, r) => n + width(r), 0);
  if (total > MAX_DIGITS || runs.length > expected || total < expected) return [];
  const found: Piece[][] = [];
  const pieces: Piece[] = [];
  const values: number[] = [];
  let steps = 0;
  let gaveUp = false;
  // Digits left in runs after run r: no run may be left with more cells to fill than digits.
  const digitsAfter = runs.map((_, r) => runs.slice(r + 1).reduce((n, x) => n + width(x), 0));
  const walk = (r: number, at: number) => {
    if (found.length >= limit || gaveUp) return;
    if (++steps > MAX_STEPS) {
      gaveUp = true;
      return;
    }
    if (r === runs.length) {
      if (pieces.length === expected && (!relation || relation(values))) found.push(pieces.slice());
      return;
    }
    const run = runs[r];
    if (run.word) {
      if (expected - pieces.length <= runs.length - r - 1) return;
      pieces.push({ start: run.start, end: run.start + run.digits.length });
      values.push(0);
      walk(r + 1, 0);
      pieces.pop();
      values.pop();
      return;
    }
    const left = run.digits.length - at;
    const cellsLeft = expected - pieces.length;
    const runsLeft = runs.length - r - 1;
    if (cellsLeft <= runsLeft) return; // this run needs a cell of its own, and so does every later one
    const atomic = /[.．]/.test(run.digits);
    for (let len = 1; len <= left; len++) {
      if (atomic && len !== left) continue;
      const piece = run.digits.slice(at, at + len);
      if (piece.length > 1 && /^[0０]/.test(piece)) break; // 0 only ever stands alone
      const rest = left - len;
      if (rest === 0) {
        // The run ends here; later runs must still be able to fill the remaining cells.
        if (cellsLeft - 1 > digitsAfter[r] || cellsLeft - 1 < runsLeft) continue;
      } else if (cellsLeft - 1 < 1 + runsLeft) continue;
      pieces.push({ start: run.start + at, end: run.start + at + len });
      values.push(Number(piece.normalize('NFKC')));
      walk(rest === 0 ? r + 1 : r, rest === 0 ? 0 : at + len);
      pieces.pop();
      values.pop();
    }
  };
  walk(0, 0);
  if (gaveUp) return [];
  return found;
}
