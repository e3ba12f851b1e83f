import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_DEBOUNCE_MS, MIN_DEBOUNCE_MS, Scheduler, debounceDelay } from '../../server/src/lsp/scheduler';

describe('push debounce', () => {
  it('scales with the last run cost between its bounds', () => {
    assert.equal(debounceDelay(undefined), MIN_DEBOUNCE_MS);
    assert.equal(debounceDelay(0.5), MIN_DEBOUNCE_MS);
    assert.equal(debounceDelay(4), 8);
    assert.equal(debounceDelay(15), 30);
    assert.equal(debounceDelay(1000), MAX_DEBOUNCE_MS);
    assert.equal(debounceDelay(Number.NaN), MIN_DEBOUNCE_MS);
  });

  it('runs only the latest of a burst of edits, and a cancelled run reports itself stale', async () => {
    const runs: string[] = [];
    let staleCheck: (() => boolean) | undefined;
    const scheduler = new Scheduler(
      async (uri, isCurrent) => {
        runs.push(uri);
        staleCheck = isCurrent;
      },
      (error) => assert.fail(String(error)),
    );
    scheduler.schedule('a');
    scheduler.schedule('a');
    scheduler.schedule('a', 0);
    await new Promise((resolve) => setTimeout(resolve, MIN_DEBOUNCE_MS * 4));
    assert.deepEqual(runs, ['a']);
    assert.equal(staleCheck?.(), true);
    scheduler.schedule('a', 1000);
    assert.equal(staleCheck?.(), false);
    scheduler.cancel('a');
    await new Promise((resolve) => setTimeout(resolve, MIN_DEBOUNCE_MS * 4));
    assert.deepEqual(runs, ['a']);
  });

  it('runs an edit after a quiet moment on the next turn of the event loop, and debounces one that follows closely', async () => {
    const runs: number[] = [];
    let n = 0;
    // The scheduler's clock is the test's: whether an edit comes after a quiet moment never
    // depends on how slowly a loaded machine turns the event loop (load 13 once made the
    // 110 ms between two edits outlast a 200 ms quiet time).
    let clock = 0;
    const scheduler = new Scheduler(
      async () => {
        runs.push(n);
        // The second run costs 100 ms, so the quiet time after it is 200 ms (twice its cost).
        if (n === 2) clock += 100;
      },
      (error) => assert.fail(String(error)),
      () => clock,
    );
    const turns = (count: number) =>
      new Promise<void>((resolve) => {
        const hop = (left: number) => (left === 0 ? resolve() : setImmediate(() => hop(left - 1)));
        hop(count);
      });
    n = 1;
    scheduler.schedule('a');
    await turns(3);
    assert.deepEqual(runs, [1], 'first edit: no timer to wait for');
    // Longer than any quiet time: the next edit runs at once too.
    clock += MAX_DEBOUNCE_MS + 20;
    n = 2;
    scheduler.schedule('a');
    await turns(3);
    assert.deepEqual(runs, [1, 2], 'after a pause');
    clock += 10; // 110 ms after the last edit; its run has finished, its cost known
    // Right after it: debounced (a timer of the quiet time), then run once.
    n = 3;
    scheduler.schedule('a');
    await turns(3);
    assert.deepEqual(runs, [1, 2], 'an edit right after another waits for the quiet time');
    await new Promise((resolve) => setTimeout(resolve, MAX_DEBOUNCE_MS + 20));
    assert.deepEqual(runs, [1, 2, 3]);
    clock += MAX_DEBOUNCE_MS + 20;
    // Two edits in the same turn (one chunk from the client): only the later one runs.
    await new Promise((resolve) => setTimeout(resolve, MAX_DEBOUNCE_MS + 20));
    n = 4;
    scheduler.schedule('b');
    setImmediate(() => {
      n = 5;
      scheduler.schedule('b', 0);
    });
    await new Promise((resolve) => setTimeout(resolve, MIN_DEBOUNCE_MS * 4));
    assert.deepEqual(runs, [1, 2, 3, 5], 'the overtaken leading run was dropped');
  });
});
