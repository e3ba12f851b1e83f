// The engine's properties (test/fuzz/properties.ts) at a size that keeps npm test quick;
// `npm run test:fuzz` runs them on thousands of documents.

import { test } from 'node:test';
import fc from 'fast-check';
import {
  changedNumberFound,
  changedNumberSameInEveryRendering,
  neverThrowsRangesInside,
  notAReportIsQuiet,
  rowLabelTypoSameInEveryRendering,
  runs,
  sameFindingsInEveryLayout,
} from '../fuzz/properties';

test('lint never throws and its ranges lie inside the document', () => fc.assert(neverThrowsRangesInside, runs(150)));
test('a changed number in a balanced table is always found', () => fc.assert(changedNumberFound, runs(60)));
test('text that is not a report is not taken for one', () => fc.assert(notAReportIsQuiet, runs(150)));
test('the same cells changed in every layout: the same findings on the same cells', () => fc.assert(sameFindingsInEveryLayout, runs(25)));
test('a number of a real report changed: every rendering gets the findings of the original', () =>
  fc.assert(changedNumberSameInEveryRendering, runs(15)));
test('a letter of a real report’s row label mistyped: every rendering gets the findings of the original', () =>
  fc.assert(rowLabelTypoSameInEveryRendering, runs(15)));
