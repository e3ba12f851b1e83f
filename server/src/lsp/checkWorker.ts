// The check worker: a worker thread that lints large documents, so that a long check
// never holds up the server's own thread (other documents' requests, a newer edit).
// It keeps the last report of each document it was given, and answers the outline,
// hover, folding, … requests for it here, where the report lives (viewRequests.ts).
// Started by checkThread.ts; bundled as dist/checkWorker.js.

import { parentPort } from 'node:worker_threads';
import { fixAllSteps, lint, toTextEdits, type LintResult } from '../engine';
import { runView } from './viewRequests';
import type { CheckReply, CheckRequest } from './checkThread';

interface Kept {
  version: number;
  key: string;
  result: LintResult;
}

/** The last lint per document: views and fix-all of the same version reuse it. */
const kept = new Map<string, Kept>();

function resultFor(request: CheckRequest): LintResult {
  const key = JSON.stringify(request.options);
  const last = kept.get(request.uri);
  if (last && last.version === request.version && last.key === key) return last.result;
  // Drop the old report before building the new one: two models of a huge document at
  // once would double the peak.
  kept.delete(request.uri);
  const result = lint(request.text, request.options);
  kept.set(request.uri, { version: request.version, key, result });
  return result;
}

function answer(request: CheckRequest): unknown {
  const task = request.task;
  if (task.kind === 'forget') {
    kept.delete(request.uri);
    return null;
  }
  const result = resultFor(request);
  if (task.kind === 'lint') return result.findings;
  if (task.kind === 'view') return runView(result.report, result.findings, task.view);
  const steps = fixAllSteps(request.text, { ...request.options, figures: task.figures, from: { report: result.report } });
  for (;;) {
    const step = steps.next();
    if (step.done) {
      const { fixed, remaining, edits } = step.value;
      return { edits: toTextEdits(request.text, edits), fixed, remaining };
    }
  }
}

parentPort?.on('message', (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    reply = { id: request.id, ok: true, value: answer(request) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id: request.id, ok: false, error: { name: e.name, message: e.message, stack: e.stack } };
  }
  parentPort?.postMessage(reply);
});
