// Write a fixed report back without ever losing it: the new bytes go to a temporary file
// in the same folder (same file system, so the rename is atomic), are flushed to disk,
// take the original's mode and owner, and only then replace it by rename. If anything
// fails on the way (disk full, permissions), the temporary file is removed and the
// original is untouched.
//
// A symlink is written through to its target (the caller has checked that the target
// lies inside the folders given), so the link itself stays a link.

import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';

/** File-system calls the write goes through; tests replace one to make it fail. */
export interface WriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
  chown: typeof fs.chown;
}

const realFs: WriteFs = { open: fs.open, rename: fs.rename, unlink: fs.unlink, chown: fs.chown };

export async function writeFileAtomic(file: string, bytes: Uint8Array, io: WriteFs = realFs): Promise<void> {
  const target = await fs.realpath(file);
  const stat = await fs.stat(target);
  // node:crypto required here, not at the top: only --fix writes, and a run that writes nothing
  // does not load the module (2–3 ms of every start of the CLI; start.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL: never reuse (or follow) something already at the temporary name.
  const handle = await io.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, stat.mode & 0o7777);
  let renamed = false;
  try {
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
      }
      await handle.sync();
      await handle.chmod(stat.mode & 0o7777);
    } finally {
      await handle.close();
    }
    // Keep the owner when we may (root, or the same owner already): a clerk's file must
    // not end up owned by whoever ran the check.
    await io.chown(temp, stat.uid, stat.gid).catch(() => undefined);
    await io.rename(temp, target);
    renamed = true;
    // The rename itself reaches the disk with the folder's entry.
    await syncFolder(path.dirname(target));
  } finally {
    if (!renamed) await io.unlink(temp).catch(() => undefined);
  }
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot sync a folder; the file itself was synced.
  } finally {
    await handle.close();
  }
}
