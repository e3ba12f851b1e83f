// A minimal LSP client for protocol tests: spawns `node dist/server.js --stdio`, speaks
// JSON-RPC, records notifications, and answers the few requests a server sends to its
// client. Every wait has a timeout, so a hung server fails a test instead of stalling it.

import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type CancellationToken } from 'vscode-jsonrpc/node';

export interface Notification {
  method: string;
  params: any;
}

export interface ServerRequest {
  method: string;
  params: any;
}

export interface LspClient {
  /** Sends a request; rejects after `timeoutMs`. Cancelling `token` sends $/cancelRequest. */
  request<R = any>(method: string, params: unknown, timeoutMs?: number, token?: CancellationToken): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  /** The first notification (already received or future) of `method` that satisfies `match`. */
  waitFor<P = any>(method: string, match?: (params: P) => boolean, timeoutMs?: number): Promise<P>;
  /** Every notification received so far, in order. */
  readonly notifications: Notification[];
  /** Every request the server sent to the client, in order. */
  readonly serverRequests: ServerRequest[];
  /** What the client answers to workspace/configuration (one value per item; may be a promise). */
  configuration: (item: { scopeUri?: string; section?: string }) => unknown;
  /** The server's process id (for measuring its memory). */
  readonly pid: number | undefined;
  /** Writes bytes to the server's stdin as they are (malformed frames); only while no message is being written. */
  writeRaw(data: string): void;
  /** Answers other server requests (workspace/applyEdit, …); undefined: acknowledge with null. */
  answer: (method: string, params: any) => unknown;
  /** shutdown + exit; resolves with the process exit code. */
  close(timeoutMs?: number): Promise<number | null>;
  /** Kills the process if still alive (for cleanup after a failure). */
  kill(): void;
  stderr(): string;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** @param env  added to the server's environment (GOVREPORT_TEST_HOOKS=1: see server.ts) */
export function startServer(serverPath: string, env: Record<string, string> = {}): LspClient {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const notifications: Notification[] = [];
  const serverRequests: ServerRequest[] = [];
  const waiters = new Set<(n: Notification) => void>();

  const client: LspClient = {
    pid: child.pid,
    writeRaw: (data) => void child.stdin.write(data),
    notifications,
    serverRequests,
    configuration: () => null,
    answer: () => undefined,
    request: (method, params, timeoutMs = DEFAULT_TIMEOUT_MS, token?: CancellationToken) =>
      withTimeout(
        // With a third argument vscode-jsonrpc sends the params by position; only pass a real token.
        token ? connection.sendRequest(method, params, token) : connection.sendRequest(method, params),
        timeoutMs,
        `response to ${method}`,
      ),
    notify: (method, params) => connection.sendNotification(method, params),
    waitFor: (method, match = () => true, timeoutMs = DEFAULT_TIMEOUT_MS) => {
      const earlier = notifications.find((n) => n.method === method && match(n.params));
      if (earlier) return Promise.resolve(earlier.params);
      let waiter: (n: Notification) => void = () => {};
      const found = new Promise<any>((resolve) => {
        waiter = (n) => {
          if (n.method === method && match(n.params)) resolve(n.params);
        };
        waiters.add(waiter);
      });
      return withTimeout(found, timeoutMs, `notification ${method}`).finally(() => waiters.delete(waiter));
    },
    close: async (timeoutMs = DEFAULT_TIMEOUT_MS) => {
      await client.request('shutdown', null, timeoutMs);
      await client.notify('exit', null);
      const code = await withTimeout(exited, timeoutMs, 'server exit');
      connection.dispose();
      return code;
    },
    kill: () => {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
    stderr: () => stderr,
  };

  connection.onNotification((method, params) => {
    const notification = { method, params };
    notifications.push(notification);
    for (const waiter of waiters) waiter(notification);
  });
  connection.onRequest((method, params: any) => {
    serverRequests.push({ method, params });
    if (method === 'workspace/configuration') return Promise.all(params.items.map((item: any) => client.configuration(item)));
    return client.answer(method, params) ?? null; // client/registerCapability, workspace/diagnostic/refresh, …: acknowledge
  });
  connection.listen();
  return client;
}

/**
 * A server started and initialized as a push client with related information (the checks
 * across years read those), `initialize`'s other parameters added (workspaceFolders…).
 */
export async function startPushClient(serverPath: string, params: Record<string, unknown> = {}): Promise<LspClient> {
  const client = startServer(serverPath);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: null,
    ...params,
    capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  await client.notify('initialized', {});
  return client;
}
