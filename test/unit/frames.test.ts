// The stdio frame guard (server/src/lsp/frames.ts) on its own: good frames pass through
// unchanged however the stream is cut into chunks, and a malformed frame between good
// ones costs only itself, with one report.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FrameGuard } from '../../server/src/lsp/frames';

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`) => Buffer.from(`${header}\r\n\r\n${body}`);

/** What the guard passes on when fed `chunks`, and what it reports. */
async function through(chunks: Buffer[]): Promise<{ out: string; problems: string[] }> {
  const problems: string[] = [];
  const guard = new FrameGuard((p) => problems.push(p));
  const parts: Buffer[] = [];
  guard.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => guard.on('end', resolve));
  for (const c of chunks) guard.write(c);
  guard.end();
  await done;
  return { out: Buffer.concat(parts).toString('utf8'), problems };
}

function cut(data: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const p of [...points, data.length]) {
    if (p > from) chunks.push(data.subarray(from, p));
    from = Math.max(from, p);
  }
  return chunks;
}

const message = fc
  .record({ id: fc.nat(), method: fc.string({ maxLength: 20 }), text: fc.string({ unit: 'grapheme', maxLength: 200 }) })
  .map((m) => JSON.stringify({ jsonrpc: '2.0', ...m }));

test('good frames pass unchanged, however the stream is cut', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 12 }), async (bodies, cuts) => {
      const data = Buffer.concat(bodies.map((b) => frame(b)));
      const { out, problems } = await through(cut(data, cuts));
      assert.equal(out, data.toString('utf8'));
      assert.deepEqual(problems, []);
    }),
    { numRuns: 300 },
  );
});

const BAD = [
  'Content-Type: x\r\n\r\n{}',
  'Content-Length: abc\r\n\r\n{}',
  'Content-Length: -5\r\n\r\n{}',
  'Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":9}',
  'Content-Length: 99999999999999\r\n\r\n{}',
  'Content-Length: 5000000\r\n\r\n{}',
  'Content-Length: 7\r\n\r\n{oops!}',
  'garbage\r\n\r\n',
];

test('a malformed frame between good ones costs only itself, reported once', async () => {
  await fc.assert(
    fc.asyncProperty(message, fc.constantFrom(...BAD), message, fc.array(fc.nat(), { maxLength: 8 }), async (before, bad, after, cuts) => {
      const data = Buffer.concat([frame(before), Buffer.from(bad), frame(after)]);
      const { out, problems } = await through(cut(data, cuts));
      assert.equal(out, Buffer.concat([frame(before), frame(after)]).toString('utf8'));
      assert.equal(problems.length, 1, problems.join(' | '));
    }),
    { numRuns: 300 },
  );
});
