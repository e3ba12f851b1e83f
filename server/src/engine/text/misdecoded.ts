// The characters wrong decoding leaves in a text (text/mojibake.ts counts them), in a file of
// their own: SourceText marks the lines holding any of them (LineMark.ODD), so a text without
// one is known to read as ordinary text without a second pass over it.

/** Characters that GBK decoding of UTF-8 punctuation and common characters produces. */
export const GBK_MOJIBAKE = '锛銆鈥鍙鏀鐨鍏嶆娴閮涓鎴紑绠璇鐢缁鍦瀵鏈鍚';
/** UTF-8 lead byte + continuation byte read as Latin-1 / Windows-1252: a lead … */
export const LATIN1_LEAD = 'ÃÂâäåæçèé';
/** … followed by a continuation byte: U+0080–U+00BF, or one of these (Windows-1252). */
export const LATIN1_TRAIL = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ\'"•–—˜™š›œžŸ';
/** The continuation bytes read as Latin-1: U+0080 to U+00BF. */
export const LATIN1_CONTINUATION = { first: 0x80, last: 0xbf } as const;
/** What UTF-8 decoding puts for a byte it cannot read (GBK read as UTF-8). */
export const REPLACEMENT = 0xfffd;
