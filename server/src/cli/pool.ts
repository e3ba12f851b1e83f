// Worker threads for a large run (--concurrency; issue 11: the CLI over 1,000 reports). The
// main thread walks the folders, reads every file (it must anyway, to find last year's
// reports) and works out each file's lint options; the workers lint, and the results come
// back to be printed in the files' order, so the output and the exit code are the same byte
// for byte as on one thread (test/unit/cli-bundle.test.ts).
//
// Off by default: on the 2-core machines we measure on (README, Performance) they were not
// faster. One thread already keeps both cores busy (V8 compiles the engine's hot functions and
// collects garbage on threads of its own), and each worker loads and warms up an engine of
// its own: two workers cost about 40% more CPU for no shorter wall time. The main thread
// linting too beside one worker (two engines, not three; files handed out in turn) was tried
// as well: 1,000 reports took 1.84 s of CPU instead of 1.35 s and no less wall time (at load
// 10: 2.8 s best instead of 1.65 s). Each engine has its hot functions compiled by TurboFan
// on its own (about 0.4 s of CPU: `node --single-threaded` runs that on the main thread and
// its wall time becomes the CPU time), so on 2 cores a second engine costs what it saves.
// Never for --fix (the
// file is rewritten where it was read) or standard input; `auto` starts none for a few files.
// A worker that fails or dies leaves its files to the main thread.

import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Locale, LintOptions } from '../engine/types';
import type { CheckOutcome } from './check';
import type { FileTarget } from './files';
import type { ReadOptions, ReadResult } from './read';

/** Set by the bundler (scripts/build.mjs) in dist/cli.js: the worker is dist/cliWorker.js. */
declare const CLI_WORKER_BUNDLE: string | undefined;

/** What every worker is told once. */
export interface PoolSetup {
  locale: Locale;
  detect: boolean;
  quiet: boolean;
  /** The tables' figures in the facts (the CSV report). */
  figures: boolean;
  /** CheckOptions' places and lines (what the report shows). */
  places: boolean;
  lines: boolean;
  read: Omit<ReadOptions, 'stdin'>;
}

/** One file to check: the text as the run read it, the options as the run worked them out. */
export interface PoolJob {
  target: FileTarget;
  lint: LintOptions;
  read: ReadResult;
}

export type PoolReply = { id: number; outcome: CheckOutcome } | { id: number; error: string };

/** Fewest files per worker under `auto`: each worker loads and warms up an engine of its own. */
export const MIN_FILES_PER_WORKER = 40;

/** The worker script beside the bundle; undefined when running from the sources (tests, tsx). */
export function workerScript(): string | undefined {
  return typeof CLI_WORKER_BUNDLE === 'string' ? path.join(__dirname, CLI_WORKER_BUNDLE) : undefined;
}

/**
 * How many workers for `files` files: `requested` (--concurrency) when given, else one per
 * core once there are enough files for each; 0 means the main thread checks every file.
 */
export function workerCount(files: number, requested: number | 'auto' | 'off', cores = availableParallelism()): number {
  if (requested === 'off') return 0;
  if (requested !== 'auto') return requested <= 1 ? 0 : Math.min(requested, files);
  const threads = Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
  // One worker alone is one thread with a start-up more.
  return threads >= 2 ? threads : 0;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { job: PoolJob; resolve: (outcome: CheckOutcome) => void }>;
  alive: boolean;
}

export class CheckPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  /** `local` checks a file on the main thread: for the files of a worker that failed. */
  constructor(
    script: string,
    threads: number,
    setup: PoolSetup,
    private readonly local: (job: PoolJob) => Promise<CheckOutcome>,
  ) {
    // Required here, not at the top: a run without workers (the default) does not load the
    // module (1.5 ms of every start; start.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    for (let i = 0; i < threads; i++) {
      const slot: Slot = { worker: new WorkerThread(script, { workerData: setup }), pending: new Map(), alive: true };
      slot.worker.on('message', (reply: PoolReply) => this.settle(slot, reply));
      slot.worker.on('error', () => this.lose(slot));
      slot.worker.on('exit', () => this.lose(slot));
      this.slots.push(slot);
    }
  }

  /** Checks the file on the worker with the fewest files in hand. */
  check(job: PoolJob): Promise<CheckOutcome> {
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot.alive && (!best || slot.pending.size < best.pending.size)) best = slot;
    if (!best) return this.local(job);
    const slot = best;
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, { job, resolve });
      slot.worker.postMessage({ id, job });
    });
  }

  /** Ends the workers (the run is over). */
  async close(): Promise<void> {
    const slots = this.slots.filter((s) => s.alive);
    for (const slot of slots) slot.alive = false;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private settle(slot: Slot, reply: PoolReply): void {
    const entry = slot.pending.get(reply.id);
    if (!entry) return;
    slot.pending.delete(reply.id);
    if ('outcome' in reply) entry.resolve(reply.outcome);
    else void this.local(entry.job).then(entry.resolve);
  }

  /** A worker that failed or died: the main thread checks what it had in hand. */
  private lose(slot: Slot): void {
    slot.alive = false;
    const left = [...slot.pending.values()];
    slot.pending.clear();
    for (const entry of left) void this.local(entry.job).then(entry.resolve);
  }
}
