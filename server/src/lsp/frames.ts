// Guards the stdio transport against malformed frames. vscode-jsonrpc trusts each
// `Content-Length` header: one missing, not a number, negative, too short or huge leaves
// its reader waiting forever, and the server alive but deaf. This stream sits between
// stdin and the reader and passes on only well-formed frames: a bad header or a body that
// is not JSON is reported (once per frame) and skipped up to the next `Content-Length:`
// line, so the next good message is answered.

import { Transform, type TransformCallback } from 'node:stream';

/** Larger bodies are refused: the biggest report a client sends is some tens of MB. */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;
/** A header block (a few lines) longer than this is garbage. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
/** Enough of the previous chunk to hold a header line cut at a chunk boundary. */
const HEADER_OVERLAP = 64;

/**
 * A header line: its raw CR LF cannot occur inside a JSON body (strings escape it, and
 * outside strings the words are not JSON), so finding one inside a body means the body
 * was declared too long, and after garbage it is where the next frame starts.
 */
const HEADER_LINE = /content-length:[ \t]*\d+\r\n/gi;

/** The offset of the next header line at or after `from`, or -1. */
function nextHeader(buffer: Buffer, from: number): number {
  HEADER_LINE.lastIndex = from;
  const m = HEADER_LINE.exec(buffer.toString('latin1'));
  return m ? m.index : -1;
}

/** The body length a header block declares, or why it declares none. */
function contentLength(header: string): number | string {
  let length: number | string = 'no Content-Length header';
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d+$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 40))} is not a length`;
    const n = Number(value);
    if (n > MAX_BODY_BYTES) return `Content-Length ${value} is above ${MAX_BODY_BYTES}`;
    length = n;
  }
  return length;
}

export class FrameGuard extends Transform {
  /** Bytes not yet passed on: a partial header, or a body still arriving. */
  private chunks: Buffer[] = [];
  private size = 0;
  /** The current frame's header and body length, once its header is read. */
  private pending: { header: Buffer; length: number } | undefined;
  /** Between a malformed frame and the next good one. */
  private skipping = false;

  constructor(private readonly report: (problem: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    try {
      if (this.pending && this.size < this.pending.length) {
        // A body still arriving must not hold the next message hostage: a declared length
        // that is too long shows as a header line inside it, where JSON cannot have one.
        // Only the new chunk is searched, so a large body costs one pass.
        // With the previous chunk's last bytes, for a header line cut in two.
        const overlap = this.tail(this.chunks.length - 1);
        const at = nextHeader(overlap.length > 0 ? Buffer.concat([overlap, chunk]) : chunk, 0);
        if (at < 0) return done();
        const offset = this.size - chunk.length - overlap.length + at;
        this.resync(this.joined(), offset, `frame body shorter than its Content-Length ${this.pending.length}`);
      }
      this.drain();
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  /** The last HEADER_OVERLAP bytes of the chunks before index `end`, however small they are. */
  private tail(end: number): Buffer {
    const parts: Buffer[] = [];
    let length = 0;
    for (let i = end - 1; i >= 0 && length < HEADER_OVERLAP; i--) {
      const c = this.chunks[i];
      const part = c.subarray(Math.max(0, c.length - (HEADER_OVERLAP - length)));
      parts.unshift(part);
      length += part.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
  }

  private joined(): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
    this.chunks = [all];
    return all;
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
  }

  /**
   * Drops what was read up to the next header line, or keeps the last bytes that may be
   * the start of one. Reported once per bad stretch: the garbage glued to the next good
   * header is part of the same problem.
   */
  private resync(buffer: Buffer, from: number, problem: string): void {
    if (!this.skipping) this.report(problem);
    this.skipping = true;
    this.pending = undefined;
    const next = nextHeader(buffer, from);
    if (next >= 0) return this.keep(buffer.subarray(next));
    const tail = Math.max(from, buffer.length - 24);
    this.keep(buffer.subarray(Math.max(tail, buffer.lastIndexOf(0x0a) + 1)));
  }

  private drain(): void {
    for (;;) {
      if (this.pending) {
        const { header, length } = this.pending;
        if (this.size < length) return;
        const buffer = this.joined();
        const body = buffer.subarray(0, length);
        try {
          JSON.parse(body.toString('utf8'));
        } catch {
          this.resync(buffer, 0, `frame body of ${length} bytes is not JSON`);
          continue;
        }
        this.push(Buffer.concat([header, body]));
        this.pending = undefined;
        this.skipping = false;
        this.keep(buffer.subarray(length));
        continue;
      }
      if (this.size === 0) return;
      const buffer = this.joined();
      const end = buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (buffer.length > MAX_HEADER_BYTES) this.resync(buffer, 1, 'frame header without an end');
        return;
      }
      const header = buffer.subarray(0, end + HEADER_END.length);
      const length = contentLength(header.toString('latin1'));
      if (typeof length === 'string') {
        this.resync(buffer, 1, length);
        continue;
      }
      this.pending = { header, length };
      const rest = buffer.subarray(header.length);
      this.keep(rest);
      if (this.size < length) {
        const at = nextHeader(rest, 0);
        if (at >= 0) this.resync(rest, at, `frame body shorter than its Content-Length ${length}`);
        else return;
      }
    }
  }
}
