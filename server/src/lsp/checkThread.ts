// The server's side of the check worker (checkWorker.ts): one worker thread, one job at
// a time, started when a large document first needs checking and stopped when no
// document it holds is open any more.
//
// A job can be stopped while it runs: an edit makes the running check of the older
// version worthless, and the only way to stop synchronous engine code is to end its
// thread. So `supersede` terminates the worker (losing the reports it kept; they are
// rebuilt on demand) and the next job starts a fresh one.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LintOptions } from '../engine';
import type { ViewRequest } from './viewRequests';

export type CheckTask = { kind: 'lint' } | { kind: 'view'; view: ViewRequest } | { kind: 'fixAll'; figures: boolean } | { kind: 'forget' };

export interface CheckRequest {
  id: number;
  uri: string;
  version: number;
  text: string;
  options: LintOptions;
  task: CheckTask;
}

export type CheckReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string; stack?: string } };

/** A job that was stopped because a newer version of its document made it worthless. */
export class Superseded extends Error {
  constructor(uri: string, version: number) {
    super(`check of ${uri} version ${version} superseded`);
    this.name = 'Superseded';
  }
}

interface Job {
  request: CheckRequest;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The worker's heap limit. A check that needs more fails alone (one "check failed"
 * diagnostic) instead of taking the whole server down with an out-of-memory abort.
 */
export const WORKER_HEAP_MB = 4096;

export class CheckThread {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  /** Documents whose report the worker may hold. */
  private readonly held = new Set<string>();
  private nextId = 1;

  /** @param script  the worker's file (dist/checkWorker.js) */
  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Whether the worker can run here (the bundle has its file; tests from source may not). */
  get available(): boolean {
    return existsSync(this.script);
  }

  run(uri: string, version: number, text: string, options: LintOptions, task: CheckTask): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.held.add(uri);
      this.queue.push({ request: { id: this.nextId++, uri, version, text, options, task }, resolve, reject });
      this.pump();
    });
  }

  /**
   * A document changed to `version`: jobs for older versions are dropped, and a running
   * one is stopped by ending the worker.
   */
  supersede(uri: string, version: number): void {
    const stale = (job: Job) => job.request.uri === uri && job.request.version < version;
    this.dropQueued(stale, (job) => new Superseded(uri, job.request.version));
    if (this.running && stale(this.running)) this.stop(new Superseded(uri, this.running.request.version));
  }

  /** A document closed: its jobs are dropped and the worker forgets its report. */
  forget(uri: string): void {
    if (!this.held.delete(uri)) return;
    const ofUri = (job: Job) => job.request.uri === uri;
    this.dropQueued(ofUri, (job) => new Superseded(uri, job.request.version));
    if (this.running && ofUri(this.running)) this.stop(new Superseded(uri, this.running.request.version));
    if (this.held.size === 0 && !this.running && this.queue.length === 0) {
      // Nothing large open any more: give the worker's memory back.
      void this.worker?.terminate();
      this.worker = undefined;
    } else if (this.worker) {
      this.queue.push({
        request: { id: this.nextId++, uri, version: 0, text: '', options: {}, task: { kind: 'forget' } },
        resolve: () => {},
        reject: () => {},
      });
      this.pump();
    }
  }

  /** Ends the worker (server shutdown). */
  dispose(): void {
    this.dropQueued(
      () => true,
      (job) => new Superseded(job.request.uri, job.request.version),
    );
    if (this.running) this.stop(new Superseded(this.running.request.uri, this.running.request.version));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private dropQueued(match: (job: Job) => boolean, error: (job: Job) => Error): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i];
      if (!match(job)) continue;
      this.queue.splice(i, 1);
      job.reject(error(job));
    }
  }

  /** Ends the running job with `error` and the worker with it; the next job gets a new worker. */
  private stop(error: Error): void {
    const job = this.running;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    worker?.removeAllListeners();
    void worker?.terminate();
    job?.reject(error);
    this.pump();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    const worker = this.spawned();
    // Held while a job runs (someone awaits it), let go when idle (no reason to keep the process up).
    worker.ref();
    worker.postMessage(job.request);
  }

  private spawned(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      const job = this.running;
      if (!job || job.request.id !== reply.id) return;
      this.running = undefined;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(Object.assign(new Error(reply.error.message), reply.error));
      this.pump();
      if (!this.running) worker.unref();
    });
    const died = (error: Error) => {
      if (this.worker !== worker) return;
      this.log(`check worker stopped: ${error.message}`);
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      job?.reject(error);
      this.pump();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the check worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
