// Text that was decoded with the wrong encoding. A GBK file read as UTF-8 turns most
// Chinese characters into U+FFFD; a UTF-8 file read as GBK turns them into runs of rare
// characters (鏀垮簻 for 政府, 锛 for ，, 銆 for 。、); read as Latin-1 into å¹´-like pairs.

/** Characters that GBK decoding of UTF-8 punctuation and common characters produces. */
const GBK_MOJIBAKE = /[锛銆鈥鍙鏀鐨鍏嶆娴閮涓鎴紑绠璇鐢缁鍦瀵鏈鍚]/g;
/** UTF-8 lead byte + continuation byte read as Latin-1 / Windows-1252. */
const LATIN1_MOJIBAKE = /[ÃÂâäåæçèé][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ''""•–—˜™š›œžŸ]/g;

/** Share of the text's characters at which it is taken as mis-decoded. */
const MIN_SHARE = 0.02;
/** And at least this many marks: a stray � in a web copy is not a wrong encoding. */
const MIN_MARKS = 5;

export interface MisDecoding {
  kind: 'replacement' | 'gbk' | 'latin1';
  /** Offset of the first mark. */
  first: number;
  marks: number;
}

function count(text: string, re: RegExp): { n: number; first: number } {
  let n = 0;
  let first = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (first < 0) first = m.index;
    n++;
  }
  return { n, first };
}

/** How the text looks mis-decoded, or undefined when it reads as ordinary text. */
export function misDecoding(text: string): MisDecoding | undefined {
  const meaningful = text.replace(/\s/g, '').length;
  if (meaningful === 0) return undefined;
  const found = (n: number) => n >= MIN_MARKS && n / meaningful >= MIN_SHARE;
  const replacement = count(text, /\ufffd/g);
  if (found(replacement.n)) return { kind: 'replacement', first: replacement.first, marks: replacement.n };
  const latin1 = count(text, LATIN1_MOJIBAKE);
  if (found(latin1.n)) return { kind: 'latin1', first: latin1.first, marks: latin1.n };
  // Real Chinese uses these characters too (鈥 never, 锛 and 銆 almost never, the rest
  // rarely); a text is taken as mojibake only when they are a large share of it.
  const gbk = count(text, GBK_MOJIBAKE);
  if (gbk.n >= MIN_MARKS && gbk.n / meaningful >= 0.08) return { kind: 'gbk', first: gbk.first, marks: gbk.n };
  return undefined;
}
