// A second set of SourceText cases, written separately (line breaks, positions and ranges); see also text-source-units.test.ts.
// Line bookkeeping of a text as written (text/source.ts), on small texts whose offsets can
// be counted by eye: which line ending the text mostly uses (inserted lines use it), where
// each line starts and ends, offsets ↔ positions, the trimmed range of a line; a text as
// written maps every offset to itself.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText, isBlank, trimmedSpan } from '../../server/src/engine/text/source';

test('eol: the line ending most lines use; a tie between LF and CRLF is LF', () => {
  assert.equal(new SourceText('a\r\nb\r\nc\nd').eol, '\r\n');
  assert.equal(new SourceText('a\r\nb').eol, '\r\n');
  assert.equal(new SourceText('a\r\nb\nc').eol, '\n');
  assert.equal(new SourceText('a\rb\rc\r\nd').eol, '\r');
  assert.equal(new SourceText('a\rb').eol, '\r');
  assert.equal(new SourceText('a\r\nb\rc').eol, '\r\n', 'CRLF wins a tie with CR');
  assert.equal(new SourceText('a\rb\nc').eol, '\n', 'LF wins a tie with CR');
  assert.equal(new SourceText('abc').eol, '\n');
  // A LF counts as CRLF by the CR before it, never by what follows it.
  assert.equal(new SourceText('\r\nab\n\r\n').eol, '\r\n');
});

test('lines: a lone CR ends a line, CRLF ends one line; each line’s start and end', () => {
  const src = new SourceText('ab\r\ncd\re\n\nf');
  assert.deepEqual(src.lineStarts, [0, 4, 7, 9, 10]);
  assert.equal(src.lineCount, 5);
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((l) => src.lineEnd(l)),
    [2, 6, 8, 9, 11],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((l) => src.lineText(l)),
    ['ab', 'cd', 'e', '', 'f'],
  );
  // A text ending with a line break has an empty last line.
  const ended = new SourceText('ab\n');
  assert.equal(ended.lineCount, 2);
  assert.equal(ended.lineEnd(1), 3);
  assert.equal(ended.lineText(1), '');
});

test('lineAt and positionAt: the line an offset is on, its line breaks included', () => {
  const src = new SourceText('ab\ncd\n\nef');
  // a0 b1 \n2 c3 d4 \n5 \n6 e7 f8
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((o) => src.lineAt(o)),
    [0, 0, 0, 1, 1, 1, 2, 3, 3, 3],
  );
  assert.deepEqual(src.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(src.positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(src.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(src.positionAt(6), { line: 2, character: 0 });
  assert.deepEqual(src.positionAt(8), { line: 3, character: 1 });
  assert.deepEqual(src.positionAt(9), { line: 3, character: 2 });
  const one = new SourceText('abc');
  assert.deepEqual(
    [0, 3].map((o) => one.lineAt(o)),
    [0, 0],
  );
  assert.deepEqual(one.positionAt(3), { line: 0, character: 3 });
});

test('offsetAt: a position past its line’s end stops at the end; a line past the text is the text’s end', () => {
  const src = new SourceText('ab\r\ncd');
  assert.equal(src.offsetAt({ line: 0, character: 1 }), 1);
  assert.equal(src.offsetAt({ line: 0, character: 9 }), 2, 'not into the CRLF');
  assert.equal(src.offsetAt({ line: 1, character: 2 }), 6);
  assert.equal(src.offsetAt({ line: 2, character: 0 }), 6);
  assert.equal(src.offsetAt({ line: 7, character: 3 }), 6);
});

test('ranges: a line’s range without its surrounding space (also 全角 space); lines first to last', () => {
  const src = new SourceText('  标题 \u3000\n\t正文\n');
  assert.deepEqual(src.lineRange(0), { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
  assert.deepEqual(src.lineRange(1), { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } });
  assert.deepEqual(src.linesRange(0, 1), { start: { line: 0, character: 0 }, end: { line: 1, character: 3 } });
  assert.deepEqual(src.range(2, 9), { start: { line: 0, character: 2 }, end: { line: 1, character: 2 } });
  assert.deepEqual(trimmedSpan('\ufeff a \u00a0', 0, 5), { start: 2, end: 3 });
  assert.equal(isBlank(' \u3000\t\ufeff'), true);
  assert.equal(isBlank(' x '), false);
});

test('a text as written is its own original: offsets map to themselves, an empty span is its point', () => {
  const src = new SourceText('ab\ncd');
  assert.equal(src.original, src);
  assert.equal(src.toOriginal(4), 4);
  assert.equal(src.insertionPoint(3), 3);
  assert.deepEqual(src.emptyExtent(2), { start: 2, end: 2 });
  assert.equal(src.toOriginalEnd(1, 4), 4);
});
