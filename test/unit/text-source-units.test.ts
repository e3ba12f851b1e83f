// Line bookkeeping for one text on its own (server/src/engine/text/source.ts): the text's
// own line ending (a clerk's file is often CRLF, an old Mac export CR only), offsets to and
// from (line, column), line ends without their line breaks. Every fix keeps the text's
// line ending and every finding lands on its line through these; the fixture tests reach
// them only through whole reports.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText, isBlank, trimmedSpan } from '../../server/src/engine/text/source';

test('eol: the line ending the text mostly uses', () => {
  assert.equal(new SourceText('一\r\n二\r\n三\n四').eol, '\r\n');
  assert.equal(new SourceText('一\r\n二').eol, '\r\n');
  assert.equal(new SourceText('\n一\r\n二\r\n').eol, '\r\n', 'a LF first, then two CRLF');
  assert.equal(new SourceText('一\r二\r三\r\n四').eol, '\r', 'two lone CRs, one CRLF');
  assert.equal(new SourceText('一\r二').eol, '\r');
  assert.equal(new SourceText('一\n二\n三\r四').eol, '\n');
  assert.equal(new SourceText('一二').eol, '\n', 'no line break at all: LF');
});

test('eol: ties go to LF over the others, and to CRLF over a lone CR', () => {
  assert.equal(new SourceText('一\r\n二\n三').eol, '\n');
  assert.equal(new SourceText('一\r二\n三').eol, '\n');
  assert.equal(new SourceText('一\r\n二\r三').eol, '\r\n');
  assert.equal(new SourceText('一\r\n二\r三\r\n四\r五\n六\n').eol, '\n', 'two of each');
});

test('lineStarts: LF, CRLF and a lone CR each end a line', () => {
  const s = new SourceText('ab\r\ncd\ref\ngh');
  assert.deepEqual(s.lineStarts, [0, 4, 7, 10]);
  assert.equal(s.lineCount, 4);
  assert.deepEqual(
    [0, 1, 2, 3].map((l) => s.lineText(l)),
    ['ab', 'cd', 'ef', 'gh'],
  );
});

test('lineEnd: just past the line’s last character, before its line break; an empty line ends where it starts', () => {
  const s = new SourceText('ab\r\ncd\n\n');
  assert.deepEqual(s.lineStarts, [0, 4, 7, 8]);
  assert.deepEqual(
    [0, 1, 2, 3].map((l) => s.lineEnd(l)),
    [2, 6, 7, 8],
  );
  assert.equal(new SourceText('ab\r').lineEnd(1), 3);
  assert.equal(new SourceText('ab\r').lineEnd(0), 2);
});

test('lineAt and positionAt: the line an offset is on, a line’s start on that line', () => {
  const s = new SourceText('ab\ncd\nef');
  assert.deepEqual(
    [0, 2, 3, 5, 6, 8, 100].map((o) => s.lineAt(o)),
    [0, 0, 1, 1, 2, 2, 2],
  );
  assert.deepEqual(s.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(s.positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(s.positionAt(7), { line: 2, character: 1 });
  const many = new SourceText('1\n2\n3\n4\n5\n6\n7\n8\n9');
  assert.deepEqual(
    [0, 2, 4, 6, 8, 10, 12, 14, 16].map((o) => many.lineAt(o)),
    [0, 1, 2, 3, 4, 5, 6, 7, 8],
  );
  assert.deepEqual(many.positionAt(9), { line: 4, character: 1 });
});

test('offsetAt: a position to an offset, the column held to the line’s end, a line past the last to the end', () => {
  const s = new SourceText('ab\r\ncd\nef');
  assert.equal(s.offsetAt({ line: 1, character: 1 }), 5);
  assert.equal(s.offsetAt({ line: 0, character: 10 }), 2, 'not into the CRLF');
  assert.equal(s.offsetAt({ line: 2, character: 2 }), 9);
  assert.equal(s.offsetAt({ line: 3, character: 0 }), 9);
  assert.equal(s.offsetAt({ line: 7, character: 0 }), 9);
});

test('range, lineRange and linesRange: a line’s text without its white space (全角 too)', () => {
  const s = new SourceText('  总计  \n\u3000自然人\u3000\u00a0\n\ufeff三');
  assert.deepEqual(s.range(3, 5), { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } });
  assert.deepEqual(s.lineRange(0), { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
  assert.deepEqual(s.lineRange(1), { start: { line: 1, character: 1 }, end: { line: 1, character: 4 } });
  assert.deepEqual(s.lineRange(2), { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } });
  assert.deepEqual(s.linesRange(0, 1), { start: { line: 0, character: 0 }, end: { line: 1, character: 6 } });
});

test('a text as written is its own original: offsets, ends, insertion points and empty extents are themselves', () => {
  const s = new SourceText('总计\t\t3');
  assert.equal(s.original, s);
  assert.equal(s.toOriginal(3), 3);
  assert.equal(s.toOriginalEnd(1, 4), 4);
  assert.equal(s.insertionPoint(3), 3);
  assert.deepEqual(s.emptyExtent(3), { start: 3, end: 3 });
});

test('trimmedSpan and isBlank: white space includes 全角 spaces, NBSP and a BOM', () => {
  assert.deepEqual(trimmedSpan('\u3000 总计\u00a0\ufeff', 0, 6), { start: 2, end: 4 });
  assert.deepEqual(trimmedSpan('   ', 0, 3), { start: 3, end: 3 });
  assert.equal(isBlank('\u3000 \u00a0\ufeff\t'), true);
  assert.equal(isBlank(' 0 '), false);
});
