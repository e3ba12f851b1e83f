// Bytes ↔ text for the CLI: detection of UTF-8 (BOM or not), GB18030/GBK and UTF-16
// with a BOM; line endings; exact round trips, which --fix relies on.
// Run: node --import tsx --test test/unit/cli-decode.test.ts

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import fc from 'fast-check';
import { decodeBytes, detectLineEnding, encodeText, quickDecode, sniffUtf16 } from '../../server/src/cli/decode';
import { readInput, readInputSync } from '../../server/src/cli/read';

const ROOT = path.resolve(__dirname, '..', '..');
const seed = readFileSync(path.join(ROOT, 'test/fixtures/seeds/000_83736ae7aacb97e3.txt'), 'utf8');
const sample = '嘉善县科学技术局 2022 年政府信息公开工作年度报告\r\n统计期限为 2022 年 1 月 1 日至 2022 年 12 月 31 日。\r\n';

function roundTrip(bytes: Buffer): void {
  const decoded = decodeBytes(bytes);
  assert.ok(encodeText(decoded.text, decoded).equals(bytes), `${decoded.encoding} round trip`);
}

test('plain UTF-8 and UTF-8 with BOM', () => {
  const plain = decodeBytes(Buffer.from(sample, 'utf8'));
  assert.deepEqual(plain, { text: sample, encoding: 'utf-8', bom: false, lineEnding: 'crlf', lossy: false });
  const withBom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]));
  assert.equal(withBom.text, sample, 'the BOM is not part of the text');
  assert.equal(withBom.bom, true);
  roundTrip(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]));
});

test('GBK bytes are decoded as GB18030 and re-encoded byte for byte', () => {
  const gbk = iconv.encode(seed, 'gbk');
  assert.ok(!gbk.equals(Buffer.from(seed, 'utf8')));
  const decoded = decodeBytes(gbk);
  assert.equal(decoded.encoding, 'gb18030');
  assert.equal(decoded.text, seed);
  assert.equal(decoded.lossy, false);
  roundTrip(gbk);
  roundTrip(readFileSync(path.join(ROOT, 'test/fixtures/cli/gbk-crlf-000.txt')));
});

test('the committed GBK fixture is seed 000 with CRLF line endings', () => {
  const decoded = decodeBytes(readFileSync(path.join(ROOT, 'test/fixtures/cli/gbk-crlf-000.txt')));
  assert.equal(decoded.encoding, 'gb18030');
  assert.equal(decoded.lineEnding, 'crlf');
  assert.equal(decoded.text.replace(/\r\n/g, '\n'), seed);
});

test('UTF-16 LE and BE with a BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
  assert.deepEqual(decodeBytes(le), { text: sample, encoding: 'utf-16le', bom: true, lineEnding: 'crlf', lossy: false });
  roundTrip(le);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be')]);
  assert.equal(decodeBytes(be).text, sample);
  assert.equal(decodeBytes(be).encoding, 'utf-16be');
  roundTrip(be);
});

test('bytes that are neither UTF-8 nor GB18030 are flagged as lossy', () => {
  const bad = Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xff, 0x0a]);
  const decoded = decodeBytes(bad);
  assert.equal(decoded.encoding, 'gb18030');
  assert.equal(decoded.lossy, true);
  assert.ok(decoded.text.startsWith('政府'));
  // GBK's single-byte euro sign decodes, but would be written back as another byte pair.
  assert.equal(decodeBytes(Buffer.from([0xd5, 0xfe, 0x80])).lossy, true);
  // An odd number of UTF-16 bytes.
  assert.equal(decodeBytes(Buffer.from([0xff, 0xfe, 0x3f, 0x00, 0x3f])).lossy, true);
});

test('pure ASCII is UTF-8; empty input is fine', () => {
  assert.equal(decodeBytes(Buffer.from('abc\n')).encoding, 'utf-8');
  assert.deepEqual(decodeBytes(Buffer.alloc(0)), { text: '', encoding: 'utf-8', bom: false, lineEnding: 'none', lossy: false });
});

test('line endings', () => {
  assert.equal(detectLineEnding('a\nb\n'), 'lf');
  assert.equal(detectLineEnding('a\r\nb\r\n'), 'crlf');
  assert.equal(detectLineEnding('a\r\nb\n'), 'mixed');
  assert.equal(detectLineEnding('a'), 'none');
});

test('line endings and UTF-16 sniffing: the fast paths agree with the counts by regex and by loop', () => {
  // The forms before the fast paths: every match made into an array; every byte looked at.
  const slowEnding = (text: string) => {
    const lf = (text.match(/\n/g) ?? []).length;
    if (lf === 0) return 'none';
    const crlf = (text.match(/\r\n/g) ?? []).length;
    if (crlf === lf) return 'crlf';
    return crlf === 0 ? 'lf' : 'mixed';
  };
  const slowSniff = (bytes: Uint8Array) => {
    const n = Math.min(bytes.length, 65_536) & ~1;
    if (n < 4) return undefined;
    let even = 0;
    let odd = 0;
    for (let i = 0; i < n; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2 === 0) even++;
      else odd++;
    }
    if (odd >= (n / 2) * 0.05 && odd >= even * 3) return 'utf-16le';
    if (even >= (n / 2) * 0.05 && even >= odd * 3) return 'utf-16be';
    return undefined;
  };
  fc.assert(
    fc.property(fc.array(fc.constantFrom('\n', '\r', '\r\n', 'a', '年', ' '), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      assert.equal(detectLineEnding(text), slowEnding(text));
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.array(fc.constantFrom(0, 0, 0x0a, 0x41, 0xe5, 0x80), { maxLength: 80 }), (bytes) => {
      const buffer = Buffer.from(bytes);
      assert.equal(sniffUtf16(buffer), slowSniff(buffer));
    }),
    { numRuns: 2000 },
  );
  // A zero byte past the sniffed 64 kB only.
  const late = Buffer.alloc(65_540, 0x41);
  late[65_538] = 0;
  assert.equal(sniffUtf16(late), slowSniff(late));
  for (const text of [seed, sample, seed.replace(/\n/g, '\r\n')]) {
    assert.equal(detectLineEnding(text), slowEnding(text));
    for (const encoding of ['utf8', 'utf16le'] as const) {
      const bytes = Buffer.from(text, encoding);
      assert.equal(sniffUtf16(bytes), slowSniff(bytes));
    }
  }
});

test('UTF-8 checked natively and decoded by way of UTF-16: the same text and verdict as the strict TextDecoder', () => {
  const slow = (bytes: Buffer) => {
    quickDecode.utf8 = false;
    try {
      return decodeBytes(bytes);
    } finally {
      quickDecode.utf8 = true;
    }
  };
  const same = (bytes: Buffer) => assert.deepEqual(decodeBytes(bytes), slow(bytes));
  // Text of every plane (surrogate pairs, lone surrogates written as UTF-8 cannot be: CESU is not UTF-8), with a BOM or not.
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (text, bom) => {
      const bytes = Buffer.from(text, 'utf8');
      same(bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes);
    }),
    { numRuns: 2000 },
  );
  // Bytes near UTF-8: cut sequences, overlong forms, encoded surrogates, stray continuation bytes, GBK pairs, ASCII.
  const pieces = [
    0x41, 0x0a, 0x80, 0xbf, 0xc0, 0xc2, 0xe4, 0xb8, 0x80, 0xed, 0xa0, 0xf0, 0x9f, 0xf4, 0x90, 0xf5, 0xff, 0xd5, 0xfe, 0xef, 0xbb,
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (bytes) => same(Buffer.from(bytes))),
    { numRuns: 3000 },
  );
  for (const bytes of [
    Buffer.alloc(0),
    Buffer.from('abc\n'),
    Buffer.from(seed, 'utf8'),
    Buffer.from('\ufeff' + seed + '😀', 'utf8'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xe4, 0xb8]),
    readFileSync(path.join(ROOT, 'test/fixtures/cli/gbk-crlf-000.txt')),
  ]) {
    same(bytes);
  }
  assert.equal(decodeBytes(Buffer.from('abc')).text, 'abc');
  assert.equal(decodeBytes(Buffer.from('政府信息公开😀', 'utf8')).text, '政府信息公开😀');
});

test('files read one after another into the one scratch buffer keep their own texts, a file larger than it too', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-read-'));
  try {
    // UTF-8, GBK, ASCII, UTF-16, and one of 400 kB (more than the 256 kB scratch buffer).
    const files: [string, Buffer, string][] = [
      ['a.txt', Buffer.from(sample, 'utf8'), sample],
      ['b.txt', iconv.encode(seed.slice(0, 2000), 'gb18030'), seed.slice(0, 2000)],
      ['c.txt', Buffer.from('ascii only\n'), 'ascii only\n'],
      ['d.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')]), sample],
      [
        'e.txt',
        Buffer.from(seed.repeat(Math.ceil(400_000 / Buffer.byteLength(seed))), 'utf8'),
        seed.repeat(Math.ceil(400_000 / Buffer.byteLength(seed))),
      ],
      ['f.txt', Buffer.from(sample.slice(0, 20), 'utf8'), sample.slice(0, 20)],
    ];
    for (const [name, bytes] of files) writeFileSync(path.join(dir, name), bytes);
    const target = (name: string) => ({ absolutePath: path.join(dir, name), displayPath: name, kind: 'text' as const, writable: false });
    const texts = files.map(([name]) => readInputSync(target(name), { maxBytes: 1 << 20 }));
    assert.deepEqual(
      texts.map((r) => (r?.ok ? r.text : r)),
      files.map(([, , text]) => text),
    );
    // readInput reads them so too; an input of another kind is not read synchronously.
    for (const [name, , text] of files)
      assert.equal(((await readInput(target(name), { maxBytes: 1 << 20 })) as { text: string }).text, text);
    assert.equal(readInputSync({ ...target('a.txt'), kind: 'pdf' }, { maxBytes: 1 << 20 }), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
