import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeDirectory } from '@elan-kit/simulator';

/** Writes a file so that readers see the old or the new contents, never half of it: temp file + rename. */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  await makeDirectory(dirname(path));
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, contents);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
