// Writes a file so that readers see the old content or the new, never half of it, and a failure
// leaves nothing behind: write a temporary file beside the target, flush it to disk, then rename
// it over. A process killed mid-write (SIGKILL, power cut) cannot remove its temporary file; it is
// named `.standings-tmp-PID-RANDOM-TARGET` so the user can tell what it is, and the next write to
// the same target removes those whose process is gone.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WorkbookWriteError } from '../errors';

export const TEMP_PREFIX = '.standings-tmp-';

/** `.standings-tmp-PID-HEX-target.xlsx` → PID, when the name is a temporary file for `target`. */
export function tempFileOwner(name: string, target: string): number | null {
  const m = /^\.standings-tmp-(\d+)-[0-9a-f]+-(.*)$/s.exec(name);
  return m !== null && m[2] === target ? Number(m[1]) : null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files for `path` left by processes of this machine that no longer run. */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const dir = dirname(path);
  const target = basename(path);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = tempFileOwner(name, target);
    if (pid === null || pid === process.pid || isRunning(pid)) continue;
    try {
      await rm(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Best effort: a file we cannot remove is left for the user, named as ours.
    }
  }
  return removed;
}

export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  await removeStaleTempFiles(path);
  const temp = join(dirname(path), `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}-${basename(path)}`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new WorkbookWriteError(path, { cause: error });
  }
}
