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
});
