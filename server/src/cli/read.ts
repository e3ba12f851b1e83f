// Read one input into report text. Text and Markdown are decoded (encoding detected or
// forced with --encoding) and may be fixed in place; Word, web pages and PDF are turned
// into text by their readers and are never written. Every input is read with a size cap,
// so a huge or endless file costs bounded memory.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, type DecodedText, type ForcedEncoding } from './decode';
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

export async function readInput(target: FileTarget, options: ReadOptions): Promise<ReadResult> {
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
