// Debounces push diagnostics per document. Typing produces a didChange per keystroke;
// linting after each would waste work and flicker, so a run starts only once a document
// has been quiet for a moment, and a run that was overtaken (newer edit, close) drops its
// result instead of publishing stale diagnostics.

export type Run = (uri: string, isCurrent: () => boolean) => Promise<void>;

export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** A run is current while its number is the latest handed out for its document. */
  private readonly generations = new Map<string, number>();
  /** One counter for all documents, so a number is never reused after close and reopen. */
  private counter = 0;

  constructor(
    private readonly run: Run,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(uri: string, delayMs: number): void {
    const generation = this.bump(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      const isCurrent = () => this.generations.get(uri) === generation;
      this.run(uri, isCurrent).catch(this.onError);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  /** Stops a pending run and invalidates one in flight. */
  cancel(uri: string): void {
    this.bump(uri);
    this.generations.delete(uri);
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
