// Bytes ↔ text for report files. Reports come from Word exports and web pages: UTF-8
// (with or without BOM), GBK/GB18030 (often with CRLF), sometimes UTF-16 with a BOM.
// We remember what we found so that `--fix` writes the file back the same way.

import { isAscii, isUtf8, transcode } from 'node:buffer';
import * as path from 'node:path';

/**
 * Set by the bundler (scripts/build.mjs) in dist/cli.js and dist/cliWorker.js: iconv-lite is
 * the separate file dist/iconv.js, loaded on first use (see iconv.ts). Elsewhere (the server,
 * the tests) it is imported as usual.
 */
declare const ICONV_BUNDLE: string | undefined;

type Iconv = typeof import('./iconv');
let loaded: Iconv | undefined;

/** iconv-lite, loaded when a file is first decoded or encoded other than as UTF-8. */
function iconv(): Iconv {
  loaded ??=
    typeof ICONV_BUNDLE === 'string'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside the bundle, not bundled into it
        (require(path.join(__dirname, ICONV_BUNDLE)) as Iconv)
      : // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same module, synchronously, from the sources
        (require('./iconv') as Iconv);
  return loaded;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
/** What --encoding accepts (GBK and GB2312 are read as their superset GB18030). */
export type ForcedEncoding = Encoding;

/** --encoding values, lower-cased, to the encoding used. */
export const ENCODING_NAMES: Record<string, ForcedEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};
export type LineEnding = 'lf' | 'crlf' | 'mixed' | 'none';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file started with a byte order mark. */
  bom: boolean;
  lineEnding: LineEnding;
  /** The text does not re-encode to the same bytes (undecodable bytes): --fix must not write it. */
  lossy: boolean;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

// Stryker disable all: a switch for the tests; on or off, the texts are the same (test/unit/cli-decode.test.ts compares them)
/** The quick path's switch: off, UTF-8 is decoded by the strict TextDecoder, as before. */
export const quickDecode = { utf8: true };
// Stryker restore all

/** Strict UTF-8, undefined when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (quickDecode.utf8) {
    // Checked natively (simdutf), then made into a string by way of UTF-16: V8 builds a string
    // from UTF-8 at about 4 ns a byte, a quarter of a folder's decoding, where ICU's transcoding
    // and a copy of UTF-16 take a fifth of that (1,000 reports of 7 kB: 28 → 6 ms). ASCII
    // alone is its own Latin-1 (a one-byte string, as V8 makes it from UTF-8).
    if (!isUtf8(bytes)) return undefined;
    if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    try {
      return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // A Node without ICU has no transcode: the decoder below.
    }
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export function detectLineEnding(text: string): LineEnding {
  // Not counted: a line feed, a CRLF, and a line feed without its CR say it, each looked for
  // natively. text.match(/\n/g) made an array of a string per line of every file, and a loop
  // of indexOf per line ran in V8's interpreter for most files of a short run (the CLI).
  if (text.indexOf('\n') < 0) return 'none';
  if (text.indexOf('\r\n') < 0) return 'lf';
  return LONE_LF.test(text) ? 'mixed' : 'crlf';
}

/** A line feed without a CR before it (the text's first character, or after another). */
const LONE_LF = /(?:^|[^\r])\n/;

function decoded(text: string, encoding: Encoding, bom: boolean): DecodedText {
  return { text, encoding, bom, lineEnding: detectLineEnding(text), lossy: false };
}

/** How much of the file is looked at to recognise UTF-16 without a BOM. */
export const SNIFF_BYTES = 65_536;

/**
 * UTF-16 without a BOM: the digits, punctuation and line breaks of a report are ASCII,
 * which UTF-16 writes with a zero byte, on the same side of each pair. Text in UTF-8 or
 * GB18030 has no zero bytes at all.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  // No zero byte (UTF-8 and GB18030 text): neither side counts any, found natively, not by
  // a loop over 64 kB in each file.
  const zero = bytes.indexOf(0);
  if (zero < 0 || zero >= n) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = zero; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = n / 2;
  // Chinese characters put zero bytes on the other side too (一 is U+4E00), but far fewer.
  if (odd >= pairs * 0.05 && odd >= even * 3) return 'utf-16le';
  if (even >= pairs * 0.05 && even >= odd * 3) return 'utf-16be';
  return undefined;
}

function decodeAs(buffer: Buffer, encoding: Encoding): DecodedText {
  switch (encoding) {
    case 'utf-8': {
      const bom = startsWith(buffer, UTF8_BOM);
      return decoded(iconv().decode(bom ? buffer.subarray(3) : buffer, 'utf-8'), 'utf-8', bom);
    }
    case 'utf-16le': {
      const bom = startsWith(buffer, UTF16LE_BOM);
      return decoded(iconv().decode(bom ? buffer.subarray(2) : buffer, 'utf-16le'), 'utf-16le', bom);
    }
    case 'utf-16be': {
      const bom = startsWith(buffer, UTF16BE_BOM);
      return decoded(iconv().decode(bom ? buffer.subarray(2) : buffer, 'utf-16be'), 'utf-16be', bom);
    }
    case 'gb18030':
      return decoded(iconv().decode(buffer, 'gb18030'), 'gb18030', false);
  }
}

/**
 * Decode a report file: a BOM first, then UTF-16 recognised by its zero bytes, then strict
 * UTF-8, else GB18030 (a superset of GBK). `forced` (--encoding) skips the detection.
 */
export function decodeBytes(bytes: Uint8Array, forced?: ForcedEncoding): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: DecodedText;
  if (forced !== undefined) {
    result = decodeAs(buffer, forced);
  } else if (startsWith(buffer, UTF16LE_BOM)) {
    result = decodeAs(buffer, 'utf-16le');
  } else if (startsWith(buffer, UTF16BE_BOM)) {
    result = decodeAs(buffer, 'utf-16be');
  } else {
    const utf16 = sniffUtf16(buffer);
    if (utf16 !== undefined) {
      result = decodeAs(buffer, utf16);
    } else {
      const bom = startsWith(buffer, UTF8_BOM);
      const utf8 = decodeUtf8(bom ? buffer.subarray(3) : buffer);
      if (utf8 !== undefined) return decoded(utf8, 'utf-8', bom);
      result = decodeAs(buffer, 'gb18030');
    }
  }
  // Anything that does not re-encode to the very same bytes (undecodable bytes, an odd
  // UTF-16 length, GBK's single-byte 0x80 euro sign) must not be written back by --fix.
  result.lossy = !encodeText(result.text, result).equals(buffer);
  return result;
}

/** Encode text the way the file was: same encoding and BOM. Line endings are the text's own. */
export function encodeText(text: string, like: Pick<DecodedText, 'encoding' | 'bom'>): Buffer {
  switch (like.encoding) {
    case 'utf-8':
      return like.bom ? Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.concat([like.bom ? UTF16LE_BOM : Buffer.alloc(0), iconv().encode(text, 'utf-16le')]);
    case 'utf-16be':
      return Buffer.concat([like.bom ? UTF16BE_BOM : Buffer.alloc(0), iconv().encode(text, 'utf-16be')]);
    case 'gb18030':
      return iconv().encode(text, 'gb18030');
  }
}
