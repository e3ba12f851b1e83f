// A progress bar on standard error while many files are checked — only on a terminal,
// never in a pipe or a CI log, and cleared before the report is printed.

import { escapeControls } from './formatters/escape';

export interface Progress {
  tick(name: string): void;
  done(): void;
}

const WIDTH = 24;
/** Fewer files than this finish before a bar would help. */
export const PROGRESS_MIN_FILES = 5;

export function progressBar(total: number, write: (s: string) => void, enabled: boolean): Progress {
  if (!enabled || total < PROGRESS_MIN_FILES) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  return {
    tick(name: string) {
      count++;
      const filled = Math.round((count / total) * WIDTH);
      const label = name.length > 40 ? '…' + name.slice(-39) : name;
      write(`\r\u001b[2K[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${count}/${total} ${escapeControls(label)}`);
    },
    done() {
      write('\r\u001b[2K');
    },
  };
}
