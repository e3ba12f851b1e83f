// Text a memo keeps, copied out of the report it was read from.
//
// V8 makes a substring of 13 or more characters a view into the string it was cut from (a
// "sliced string"), and a concatenation of such pieces holds them: a label kept as a memo's
// key kept the whole report it came from alive. In the language server that was every
// version of a document that brought a label not seen before (each edit of a table's
// cell), up to a memo's bound of 4,096 versions: 200 edits of a 1 MB report held about
// 200 MB. Memos are filled only by texts they have not seen, so the copy is rare.

/** `text` as a string of its own, sharing no storage with the text it was cut from. */
export function ownText(text: string): string {
  // Concatenating makes a new string (flat or a pair); slicing that flattens it into fresh
  // storage first, so the result holds only the copy, never the report.
  return (' ' + text).slice(1);
}
