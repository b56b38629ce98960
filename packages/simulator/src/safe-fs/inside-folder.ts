import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, lstat, mkdir, open, realpath, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SimulatorError } from '../errors.js';
import { makeDirectory } from './make-directory.js';

/*
 * Every file elan-kit writes or deletes lives under a folder the user named (--out, --state-dir, the proxy's
 * recordings). Nothing here follows a symbolic link below that folder or lets `..` leave it: a link planted in
 * an output folder is refused, never written through or deleted through. The folder itself may be a link; the
 * user chose it.
 */

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NEW_FILE = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | NO_FOLLOW;

export interface WriteInsideOptions {
  /** Permission bits of a new file (before the umask); 0o600 for keys and recordings. Default 0o644. */
  readonly mode?: number;
}

function outside(root: string, path: string, why: string): SimulatorError {
  return new SimulatorError('ELAN_PATH_OUTSIDE_FOLDER', `Refused to touch ${path}: ${why}, outside ${root}.`, {
    hint: 'Remove the symbolic link (or the "..") from the folder, or choose another folder.',
  });
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

interface Placement {
  readonly root: string;
  readonly parent: string;
  readonly path: string;
}

/**
 * Resolves `relativePath` under the real path of `root`, creating the folders in between one by one and refusing
 * any of them that is a symbolic link (or not a folder).
 */
async function place(root: string, relativePath: string, create: boolean): Promise<Placement> {
  if (create) await makeDirectory(root);
  const realRoot = await realpath(root);
  const path = resolve(realRoot, relativePath);
  if (!isWithin(realRoot, path)) throw outside(realRoot, path, 'the path leads');
  let parent = realRoot;
  for (const part of relative(realRoot, dirname(path)).split(sep).filter(Boolean)) {
    parent = join(parent, part);
    if (create) {
      try {
        await mkdir(parent);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    const stat = await lstat(parent).catch(() => undefined);
    if (stat?.isSymbolicLink()) throw outside(realRoot, parent, 'it is a symbolic link that may lead');
    if (stat && !stat.isDirectory()) throw outside(realRoot, parent, 'it is not a folder, so the path may lead');
    if (!stat) return { root: realRoot, parent, path };
  }
  return { root: realRoot, parent, path };
}

async function refuseLink(placement: Placement): Promise<void> {
  const stat = await lstat(placement.path).catch(() => undefined);
  if (stat?.isSymbolicLink()) throw outside(placement.root, placement.path, 'it is a symbolic link that may lead');
}

/** The parent's real path right before the final step: a folder swapped for a link in the meantime is caught. */
async function confirmParent(placement: Placement): Promise<void> {
  if ((await realpath(placement.parent)) !== placement.parent) {
    throw outside(placement.root, placement.parent, 'it changed into a link that may lead');
  }
}

/**
 * Writes `relativePath` under `root` so that readers see the old or the new contents, never half: a new file with
 * an unpredictable name opened with O_EXCL (and O_NOFOLLOW), then a rename over the target. Returns the path written,
 * spelled from `root` as the user gave it.
 */
export async function writeFileInside(
  root: string,
  relativePath: string,
  contents: string | Uint8Array,
  options: WriteInsideOptions = {},
): Promise<string> {
  const placement = await place(root, relativePath, true);
  await refuseLink(placement);
  const temporary = join(placement.parent, `.${basename(placement.path)}.${randomBytes(12).toString('hex')}.tmp`);
  const handle = await open(temporary, NEW_FILE, options.mode ?? 0o644);
  try {
    try {
      await handle.writeFile(contents);
    } finally {
      await handle.close();
    }
    await confirmParent(placement);
    await rename(temporary, placement.path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return resolve(root, relativePath);
}

/**
 * Creates a new file under `root` (never an existing one, never through a link) and returns its open handle, for
 * files written bit by bit such as a recording.
 */
export async function createFileInside(
  root: string,
  relativePath: string,
  options: WriteInsideOptions = {},
): Promise<{ readonly path: string; readonly handle: FileHandle }> {
  const placement = await place(root, relativePath, true);
  await confirmParent(placement);
  const handle = await open(placement.path, NEW_FILE | constants.O_APPEND, options.mode ?? 0o644);
  return { path: resolve(root, relativePath), handle };
}

/**
 * Deletes the file `relativePath` under `root` if it is there. A symbolic link is removed as a link, never followed;
 * a path through a link or out of the folder is refused. Returns whether something was deleted.
 */
export async function removeFileInside(root: string, relativePath: string): Promise<boolean> {
  const placement = await place(root, relativePath, false);
  const stat = await lstat(placement.path).catch(() => undefined);
  if (!stat || stat.isDirectory()) return false;
  await confirmParent(placement);
  await unlink(placement.path);
  return true;
}
