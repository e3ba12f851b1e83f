// Bytes ↔ text for report files. Reports come from Word exports and web pages: UTF-8
// (with or without BOM), GBK/GB18030 (often with CRLF), sometimes UTF-16 with a BOM.
// We remember what we found so that `--fix` writes the file back the same way.

import * as iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type LineEnding = 'lf' | 'crlf' | 'mixed' | 'none';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file started with a byte order mark (always true for UTF-16). */
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

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export function detectLineEnding(text: string): LineEnding {
  const lf = (text.match(/\n/g) ?? []).length;
  if (lf === 0) return 'none';
  const crlf = (text.match(/\r\n/g) ?? []).length;
  if (crlf === lf) return 'crlf';
  return crlf === 0 ? 'lf' : 'mixed';
}

function decoded(text: string, encoding: Encoding, bom: boolean): DecodedText {
  return { text, encoding, bom, lineEnding: detectLineEnding(text), lossy: false };
}

/** Decode a report file: BOM first, then strict UTF-8, else GB18030 (a superset of GBK). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = startsWith(buffer, UTF8_BOM);
  const body = bom ? buffer.subarray(3) : buffer;
  const utf8 = startsWith(buffer, UTF16LE_BOM) || startsWith(buffer, UTF16BE_BOM) ? undefined : decodeUtf8(body);
  if (utf8 !== undefined) return decoded(utf8, 'utf-8', bom);

  let result: DecodedText;
  if (startsWith(buffer, UTF16LE_BOM)) result = decoded(iconv.decode(buffer.subarray(2), 'utf-16le'), 'utf-16le', true);
  else if (startsWith(buffer, UTF16BE_BOM)) result = decoded(iconv.decode(buffer.subarray(2), 'utf-16be'), 'utf-16be', true);
  else result = decoded(iconv.decode(body, 'gb18030'), 'gb18030', false);
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
      return Buffer.concat([UTF16LE_BOM, iconv.encode(text, 'utf-16le')]);
    case 'utf-16be':
      return Buffer.concat([UTF16BE_BOM, iconv.encode(text, 'utf-16be')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}
