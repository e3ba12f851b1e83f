// The language server's young generation (where V8 puts new objects) kept at its initial
// size. V8 doubles it, up to 2 × 16 MB, each time enough objects have survived collections
// since the last growth: over a long session of edits that always happens, and the
// server's resident memory then holds 32 MB of young generation for a live heap of about
// 12 MB (issue 11: at most 100 MB after 10,000 edits; it was 105–113 MB, now about 80).
// A lint of a typical report allocates well under a megabyte, so a small young generation
// costs it nothing measurable; a 1 MB document, checked in the worker, about a fifth more.
//
// The flag is read when the young generation would grow, so setting it at start-up takes
// effect (--max-semi-space-size, by contrast, is read only when the heap is set up: it
// would have to be on the command line, which editors other than VS Code write).

import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
