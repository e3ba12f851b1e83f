// iconv-lite as a file of its own, dist/iconv.js (scripts/build.mjs): its code pages are 40%
// of what the CLI would otherwise compile at every start, and a folder of UTF-8 reports never
// needs them. decode.ts loads it on the first file in GB18030 or UTF-16.

export { decode, encode } from 'iconv-lite';
