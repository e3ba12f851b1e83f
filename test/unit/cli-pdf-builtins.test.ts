import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKeepingBuiltIns } from '../../server/src/cli/readers/builtins';
import { loadPdfjs } from '../../server/src/cli/readers/pdf';

const native = (f: unknown) => typeof f === 'function' && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(f));

test('after pdf.js is loaded, push and JSON are still the engine’s own (core-js had replaced them process-wide)', async () => {
  const pdfjs = await loadPdfjs();
  assert.equal(typeof pdfjs.getDocument, 'function');
  assert.ok(native(Array.prototype.push), 'Array.prototype.push');
  assert.ok(native(JSON.stringify), 'JSON.stringify');
  assert.ok(native(JSON.parse), 'JSON.parse');
  // What pdf.js needs and Node 20 lacks is still there.
  assert.equal(typeof (Promise as { try?: unknown }).try, 'function');
});

test('a module that replaces a built-in gets it put back; what it adds stays; an error still restores', async () => {
  const push = Array.prototype.push;
  const key = 'govReportLintAdded';
  try {
    const answer = await loadKeepingBuiltIns(async () => {
      Array.prototype.push = function replaced(this: unknown[]) {
        return 0;
      };
      (Math as unknown as Record<string, unknown>)[key] = 1;
      return 42;
    });
    assert.equal(answer, 42);
    assert.equal(Array.prototype.push, push);
    assert.equal((Math as unknown as Record<string, unknown>)[key], 1);

    await assert.rejects(
      loadKeepingBuiltIns(async () => {
        JSON.parse = () => 'replaced';
        throw new Error('load failed');
      }),
      /load failed/,
    );
    assert.ok(native(JSON.parse));
  } finally {
    Array.prototype.push = push;
    delete (Math as unknown as Record<string, unknown>)[key];
  }
});
