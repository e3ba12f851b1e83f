// A Word or PDF report on disk as report text, by the CLI's readers (the same text the
// CLI checks, so line and character in it are the CLI's). The language server and the CLI
// load this module only when they meet such a file: bundled on its own as dist/readers.js,
// so that their start-up parses neither mammoth nor pdf.js.

import { inputKind } from '../cli/files';
import { DEFAULT_MAX_BYTES, readInput } from '../cli/read';

// The same file gives the CLI its readers (server/src/cli/read.ts): dist/cli.js loads it
// the first time it meets a web page, a Word file or a PDF.
export { htmlToText, readDocx, readPdf } from '../cli/readers/index';

/** The file's report text, or undefined when it cannot be read (a scan, a broken file). */
export async function readReportFile(file: string): Promise<string | undefined> {
  const kind = inputKind(file);
  if (!kind) return undefined;
  const read = await readInput({ absolutePath: file, displayPath: file, kind, writable: false }, { maxBytes: DEFAULT_MAX_BYTES });
  return read.ok ? read.text : undefined;
}
