// Debounces push diagnostics per document. Typing produces a didChange per keystroke;
// linting after each would waste work and flicker, so a run starts only once a document
// has been quiet for a moment, and a run that was overtaken (newer edit, close) drops its
// result instead of publishing stale diagnostics.
//
// The quiet moment scales with what the last run of that document cost: a fixed 250 ms
// made every publish wait 250 ms for a 4 ms lint. Waiting DEBOUNCE_FACTOR × the last cost
// keeps the server linting at most 1 / (1 + DEBOUNCE_FACTOR) of the time while someone
// types faster than it can lint.
//
// An edit after a quiet moment at least that long runs at once (the leading edge, as
// lodash's debounce calls it): waiting then coalesces nothing, it only delays the answer
// (a 3 ms lint published after 6 ms more of waiting, and a timer's wake-up on a loaded
// machine). "At once" is after one turn of the event loop, so that edits already read
// from the client (a burst in one chunk) overtake it instead of being linted one by one.
// Edits closer together than the quiet time are debounced as before, so the bound above
// still holds.

import { performance } from 'node:perf_hooks';

export type Run = (uri: string, isCurrent: () => boolean) => Promise<void>;

/** Quiet time as a multiple of the document's last run time. */
export const DEBOUNCE_FACTOR = 2;
/** Bounds of the quiet time: a little to coalesce a burst (paste, multi-cursor), never more than the old fixed delay. */
export const MIN_DEBOUNCE_MS = 5;
export const MAX_DEBOUNCE_MS = 250;

/** The quiet time before a run, from the last run's cost (unknown: the minimum). */
export function debounceDelay(lastCostMs: number | undefined): number {
  if (lastCostMs === undefined || !Number.isFinite(lastCostMs)) return MIN_DEBOUNCE_MS;
  return Math.min(MAX_DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, Math.ceil(DEBOUNCE_FACTOR * lastCostMs)));
}

export class Scheduler {
  /** The pending run per document: a timer, or (leading edge) a turn of the event loop. */
  private readonly timers = new Map<string, { cancel(): void }>();
  /** A run is current while its number is the latest handed out for its document. */
  private readonly generations = new Map<string, number>();
  /** Wall time of the last finished run per document, in ms. */
  private readonly costs = new Map<string, number>();
  /** When each document was last scheduled (by `now`), for the leading edge. */
  private readonly lastScheduled = new Map<string, number>();
  /** One counter for all documents, so a number is never reused after close and reopen. */
  private counter = 0;

  /** `now` is performance.now but in tests, which set the time to make quiet and busy certain. */
  constructor(
    private readonly run: Run,
    private readonly onError: (error: unknown) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Runs after `delayMs`; when omitted, after the quiet time the document's last run cost,
   * or at once when the document had been quiet at least that long before this call.
   */
  schedule(uri: string, delayMs?: number): void {
    const generation = this.bump(uri);
    const now = this.now();
    const previous = this.lastScheduled.get(uri);
    this.lastScheduled.set(uri, now);
    let delay = delayMs;
    if (delay === undefined) {
      const quiet = debounceDelay(this.costs.get(uri));
      delay = previous === undefined || now - previous >= quiet ? undefined : quiet;
    }
    const start = () => {
      this.timers.delete(uri);
      const isCurrent = () => this.generations.get(uri) === generation;
      if (!isCurrent()) return;
      const begin = this.now();
      this.run(uri, isCurrent)
        .then(() => {
          if (this.generations.has(uri)) this.costs.set(uri, this.now() - begin);
        })
        .catch(this.onError);
    };
    this.timers.set(uri, delay === undefined ? nextTurn(start) : after(delay, start));
  }

  /** Stops a pending run and invalidates one in flight. */
  cancel(uri: string): void {
    this.bump(uri);
    this.generations.delete(uri);
    this.costs.delete(uri);
    this.lastScheduled.delete(uri);
  }

  private bump(uri: string): number {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
    const generation = ++this.counter;
    this.generations.set(uri, generation);
    return generation;
  }
}

function after(ms: number, run: () => void): { cancel(): void } {
  const timer = setTimeout(run, ms);
  return { cancel: () => clearTimeout(timer) };
}

/**
 * Runs after the event loop has turned once: immediates queued now (the client's next
 * messages already read) run first, then this. Two setImmediate hops, since one queued
 * from an immediate runs in the same check phase as those queued before it.
 */
function nextTurn(run: () => void): { cancel(): void } {
  let cancelled = false;
  setImmediate(() => setImmediate(() => cancelled || run()));
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}
