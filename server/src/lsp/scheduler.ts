// Debounces push diagnostics per document. Typing produces a didChange per keystroke;
// linting after each would waste work and flicker, so a run starts only once a document
// has been quiet for a moment, and a run that was overtaken (newer edit, close) drops its
// result instead of publishing stale diagnostics.
//
// The quiet moment scales with what the last run of that document cost: a fixed 250 ms
// made every publish wait 250 ms for a 4 ms lint. Waiting DEBOUNCE_FACTOR × the last cost
// keeps the server linting at most 1 / (1 + DEBOUNCE_FACTOR) of the time while someone
// types faster than it can lint, and publishes a few milliseconds after a pause otherwise.

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
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** A run is current while its number is the latest handed out for its document. */
  private readonly generations = new Map<string, number>();
  /** Wall time of the last finished run per document, in ms. */
  private readonly costs = new Map<string, number>();
  /** One counter for all documents, so a number is never reused after close and reopen. */
  private counter = 0;

  constructor(
    private readonly run: Run,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs after `delayMs`, or after the quiet time the document's last run cost when omitted. */
  schedule(uri: string, delayMs?: number): void {
    const generation = this.bump(uri);
    const delay = delayMs ?? debounceDelay(this.costs.get(uri));
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      const isCurrent = () => this.generations.get(uri) === generation;
      const start = performance.now();
      this.run(uri, isCurrent)
        .then(() => {
          if (this.generations.has(uri)) this.costs.set(uri, performance.now() - start);
        })
        .catch(this.onError);
    }, delay);
    this.timers.set(uri, timer);
  }

  /** Stops a pending run and invalidates one in flight. */
  cancel(uri: string): void {
    this.bump(uri);
    this.generations.delete(uri);
    this.costs.delete(uri);
  }

  private bump(uri: string): number {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    const generation = ++this.counter;
    this.generations.set(uri, generation);
    return generation;
  }
}
