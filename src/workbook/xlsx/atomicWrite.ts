// Writes a file so that readers see the old content or the new, never half of it, and a failure
// leaves nothing behind: write a temporary file beside the target, then rename it over.
import { randomBytes } from 'node:crypto';
import { rm, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WorkbookWriteError } from '../errors';

export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new WorkbookWriteError(path, { cause: error });
  }
}
