// The engine's memos (normalised labels, label catalogues, the label trie, last year's
// model) as one list that can be emptied. Only mutation testing empties it: StrykerJS
// runs every mutant in the same process, and a memo filled before the mutant was switched
// on answers in its place, so the mutant seems to survive. Its mocha shim
// (test/mutation/node-test-on-mocha.cjs) empties the memos before each test.

const clears: (() => void)[] = [];

/** Registers how to empty one memo. */
export function memo(clear: () => void): void {
  clears.push(clear);
}

/** Empties every memo: each next call computes afresh, with the same results. */
export function clearMemos(): void {
  // Stryker disable next-line all: emptying memos changes no result, only what is computed again
  for (const clear of clears) clear();
}
