// Read one input into report text. Text and Markdown are decoded (encoding detected or
// forced with --encoding) and may be fixed in place; Word, web pages and PDF are turned
// into text by their readers and are never written. Every input is read with a size cap,
// so a huge or endless file costs bounded memory.

import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, SNIFF_BYTES, sniffUtf16, type DecodedText, type Encoding, type ForcedEncoding } from './decode';
import type { FileTarget, InputKind } from './files';
import type { UnsureTable } from './unsure';

/**
 * Set by the bundler (scripts/build.mjs) in dist/cli.js: the readers are the separate file
 * dist/readers.js. Loading and compiling them (pdf.js alone is 3.6 MB) was most of the CLI's
 * start-up, for every run, text only or not.
 */
declare const READERS_BUNDLE: string | undefined;

type Readers = typeof import('./readers/index');
let readers: Promise<Readers> | undefined;

/** The readers of web pages, Word and PDF, loaded on first use. */
function formatReaders(): Promise<Readers> {
  readers ??=
    typeof READERS_BUNDLE === 'string'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside the bundle, not bundled into it
        Promise.resolve(require(path.join(__dirname, READERS_BUNDLE)) as Readers)
      : import('./readers/index.js');
  return readers;
}

/** Reports are 10–200 kB as text, a few MB as PDF or Word with images. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type ReadResult =
  | {
      ok: true;
      text: string;
      kind: InputKind;
      /** Text inputs: how the bytes were decoded (for writing back and for the report). */
      decoded?: DecodedText;
      /** PDF, and Word when it recorded its pages: the first line of each page in `text`. */
      pageStarts?: number[];
      /** PDF: tables without borders the reader could not read by their columns (see unsure.ts). */
      unsureTables?: UnsureTable[];
    }
  | { ok: false; problem: ReadProblem };

export type ReadProblem =
  | { reason: 'too-large'; limit: number }
  | { reason: 'unreadable'; detail?: string }
  | { reason: 'no-text-layer'; pages: number }
  | { reason: 'bad-format'; detail: string };

export interface ReadOptions {
  maxBytes: number;
  encoding?: ForcedEncoding;
  /** Standard input, when the target is `-`. */
  stdin?: () => AsyncIterable<Buffer | string>;
}

async function readCapped(file: string, maxBytes: number): Promise<Buffer | 'too-large'> {
  const handle = await fs.open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // Sized by the file (one byte over, to see the end): a zeroed 1 MB buffer per read
    // made a folder of small reports spend its time allocating and collecting.
    const { size } = await handle.stat();
    for (;;) {
      const want = total === 0 && size > 0 ? size + 1 : 1 << 16;
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return 'too-large';
      // The whole file as stat gave it, with room to spare: that was the end.
      if (bytesRead < chunk.length && total === size) break;
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

/**
 * What readCappedSync reads a file into when it fits: one buffer for every file of a run, not
 * a buffer per file (1,000 reports of 7 kB were 1,000 allocations of memory outside V8's heap,
 * each freed by a garbage collection). The bytes are decoded into a string at once (readInputSync)
 * and never held: the next read overwrites them. With readInputSync (no promise per file), the
 * index's reading of 1,000 reports: 36 → 32 ms (medians of 20 runs side by side; best 32 → 27).
 */
const SCRATCH_BYTES = 1 << 18;
let scratch: Buffer | undefined;

/**
 * readCapped without the thread pool, for text and Markdown: a report is a few kB to a few
 * hundred, and a folder of them read through the pool had the main thread wait on each
 * file in turn (15% of a folder of 1,000 text reports spent idle). ESLint reads its files
 * the same way. The same cap and the same bytes as readCapped; a file that fits in the
 * scratch buffer is read into it, and its bytes are good only until the next call.
 */
function readCappedSync(file: string, maxBytes: number): Buffer | 'too-large' {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const { size } = fstatSync(fd);
    for (;;) {
      const want = total === 0 && size > 0 ? size + 1 : 1 << 16;
      const length = Math.min(want, maxBytes + 1 - total);
      const chunk = total === 0 && length <= SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : Buffer.allocUnsafe(length);
      const bytesRead = readSync(fd, chunk, 0, length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return 'too-large';
      if (bytesRead < length && total === size) break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

async function readStdin(source: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) return 'too-large';
  }
  return Buffer.concat(chunks);
}

function message(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
}

/**
 * readInput of a text or Markdown file (not standard input), read and decoded synchronously;
 * undefined for every other input. A run reads a folder of 1,000 text reports this way without
 * a promise per file (run.ts).
 */
export function readInputSync(target: FileTarget, options: ReadOptions): ReadResult | undefined {
  if (target.stdin || (target.kind !== 'text' && target.kind !== 'markdown')) return undefined;
  let bytes: Buffer | 'too-large';
  try {
    bytes = readCappedSync(target.absolutePath, options.maxBytes);
  } catch (error) {
    return { ok: false, problem: { reason: 'unreadable', detail: message(error) } };
  }
  if (bytes === 'too-large') return { ok: false, problem: { reason: 'too-large', limit: options.maxBytes } };
  try {
    // Decoded at once: the bytes may be the scratch buffer's, which the next read overwrites.
    const decoded = decodeBytes(bytes, options.encoding);
    return { ok: true, text: decoded.text, kind: target.kind, decoded };
  } catch (error) {
    return { ok: false, problem: { reason: 'bad-format', detail: (error as Error).message ?? String(error) } };
  }
}

export async function readInput(target: FileTarget, options: ReadOptions): Promise<ReadResult> {
  const now = readInputSync(target, options);
  if (now) return now;
  let bytes: Buffer | 'too-large';
  try {
    bytes = target.stdin
      ? await readStdin(options.stdin?.() ?? process.stdin, options.maxBytes)
      : await readCapped(target.absolutePath, options.maxBytes);
  } catch (error) {
    return { ok: false, problem: { reason: 'unreadable', detail: message(error) } };
  }
  if (bytes === 'too-large') return { ok: false, problem: { reason: 'too-large', limit: options.maxBytes } };

  try {
    // Standard input has no name to tell its kind: a PDF or Word file piped in says it in its first bytes.
    const kind = target.stdin ? (sniffKind(bytes) ?? target.kind) : target.kind;
    switch (kind) {
      case 'text':
      case 'markdown': {
        const decoded = decodeBytes(bytes, options.encoding);
        return { ok: true, text: decoded.text, kind, decoded };
      }
      case 'html': {
        // Saved pages declare their charset; GBK pages are common on older portals.
        const decoded = decodeBytes(bytes, options.encoding ?? charsetOf(bytes));
        const { htmlToText } = await formatReaders();
        return { ok: true, text: htmlToText(decoded.text), kind: 'html' };
      }
      case 'docx': {
        const { readDocx } = await formatReaders();
        const docx = await readDocx(bytes);
        return { ok: true, text: docx.text, kind: 'docx', pageStarts: docx.pageStarts };
      }
      case 'pdf': {
        const { readPdf } = await formatReaders();
        const pdf = await readPdf(bytes);
        if (pdf.noTextLayer) return { ok: false, problem: { reason: 'no-text-layer', pages: pdf.pages } };
        return { ok: true, text: pdf.text, kind: 'pdf', pageStarts: pdf.pageStarts, unsureTables: pdf.unsureTables };
      }
    }
  } catch (error) {
    return { ok: false, problem: { reason: 'bad-format', detail: (error as Error).message ?? String(error) } };
  }
}

/**
 * A file's first `lines` lines at least, read without reading the whole (last year's lookup
 * wants the title of every report beside a file named alone): each text the file's start may
 * decode to, one of which is the start of what readInput gives. Undefined when there is no
 * cheaper way than the whole (Word, web pages, a text file whose first 64 kB hold fewer
 * lines); empty when the file cannot be read at all.
 */
export async function readHead(target: FileTarget, options: ReadOptions, lines: number): Promise<string[] | undefined> {
  try {
    switch (target.kind) {
      case 'text':
      case 'markdown':
        return textHead(target.absolutePath, options, lines);
      case 'pdf': {
        const { size } = await fs.stat(target.absolutePath);
        if (size > options.maxBytes) return [];
        const bytes = await readCapped(target.absolutePath, options.maxBytes);
        if (bytes === 'too-large') return [];
        const { readPdf } = await formatReaders();
        return [(await readPdf(bytes, { firstLines: lines })).text];
      }
      default:
        return undefined;
    }
  } catch {
    // Read whole, it fails or succeeds as it does when checked.
    return undefined;
  }
}

/** Line breaks in `text` as SourceText counts them (LF, CRLF, a lone CR). */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * The first 64 kB (the bytes decodeBytes looks at for UTF-16), cut after their last line
 * feed, decoded each way the whole file may be: its BOM's or UTF-16's when they say, else
 * UTF-8 (valid up to here, the whole may still not be) and GB18030. A line feed is never
 * part of a multi-byte character in these encodings, so the head decodes as the whole does.
 */
function textHead(file: string, options: ReadOptions, lines: number): string[] | undefined {
  const fd = openSync(file, 'r');
  let bytes: Buffer;
  try {
    if (fstatSync(fd).size > options.maxBytes) return [];
    const chunk = Buffer.allocUnsafe(SNIFF_BYTES);
    let got = 0;
    for (let n; got < chunk.length && (n = readSync(fd, chunk, got, chunk.length - got, null)) > 0;) got += n;
    bytes = chunk.subarray(0, got);
  } finally {
    closeSync(fd);
  }
  // The whole file: read as it is checked.
  if (bytes.length < SNIFF_BYTES) return [decodeBytes(bytes, options.encoding).text];
  const utf16 = sniffUtf16(bytes);
  const encodings: Encoding[] = options.encoding
    ? [options.encoding]
    : bytes[0] === 0xff && bytes[1] === 0xfe
      ? ['utf-16le']
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? ['utf-16be']
        : utf16
          ? [utf16]
          : ['utf-8', 'gb18030'];
  const heads: string[] = [];
  for (const encoding of encodings) {
    let cut = -1;
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      const [lo, hi] = encoding === 'utf-16le' ? [0x0a, 0x00] : [0x00, 0x0a];
      for (let i = (bytes.length & ~1) - 2; i >= 0 && cut < 0; i -= 2) if (bytes[i] === lo && bytes[i + 1] === hi) cut = i + 2;
    } else {
      cut = bytes.lastIndexOf(0x0a) + 1;
    }
    if (cut <= 0) return undefined;
    const text = decodeBytes(bytes.subarray(0, cut), encoding).text;
    if (lineBreaks(text) < lines) return undefined;
    heads.push(text);
  }
  return heads;
}

/** The kind of a file by its first bytes, for standard input: %PDF-, a zip holding word/document.xml, an HTML page. */
export function sniffKind(bytes: Buffer): InputKind | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  // A .docx is a zip whose entries name word/…; other zips are left to the text reading (binary).
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && bytes.subarray(0, 65536).includes('word/')) return 'docx';
  const head = bytes
    .subarray(0, 1024)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  // A saved page, or the part of one a reviewer copied (it starts with an element, not with text).
  if (/^<(?:!doctype html|html|head|body|meta|div|section|article|table|p|h[1-6])[\s>]/.test(head)) return 'html';
  return undefined;
}

/** The charset a saved page declares in its first kilobytes, when it is one we decode. */
function charsetOf(bytes: Buffer): ForcedEncoding | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  // Each <meta …> tag on its own: one regex over the whole head would backtrack.
  let charset: string | undefined;
  for (let at = head.search(/<meta/i); at >= 0 && charset === undefined;) {
    const end = head.indexOf('>', at);
    const tag = head.slice(at, end < 0 ? undefined : end);
    charset = /charset\s*=\s*["']?([\w-]+)/i.exec(tag)?.[1]?.toLowerCase();
    const next = head.slice(at + 5).search(/<meta/i);
    at = next < 0 ? -1 : at + 5 + next;
  }
  if (charset === undefined) return undefined;
  if (/^(gb2312|gbk|gb18030|x-gbk)$/.test(charset)) return 'gb18030';
  if (charset === 'utf-8' || charset === 'utf8') return 'utf-8';
  return undefined;
}
