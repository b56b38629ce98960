import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulator } from '../src/index.js';
import { createFileInside, removeFileInside, writeFileInside } from '../src/safe-fs/index.js';
import { testKey } from './helpers.js';

function scene(): { folder: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'elan-safe-fs-'));
  const folder = join(base, 'folder');
  const outside = join(base, 'outside');
  mkdirSync(folder);
  mkdirSync(outside);
  writeFileSync(join(outside, 'victim.txt'), 'precious');
  return { folder, outside };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writes and deletes stay inside the folder the user named', () => {
  it('writes atomically, creating subfolders, with the mode asked for', async () => {
    const { folder } = scene();
    const path = await writeFileInside(folder, 'a/b/c.json', '{}', { mode: 0o600 });
    expect(path).toBe(join(folder, 'a', 'b', 'c.json'));
    expect(readFileSync(path, 'utf8')).toBe('{}');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await writeFileInside(folder, 'a/b/c.json', '{"v":2}');
    expect(readFileSync(path, 'utf8')).toBe('{"v":2}');
  });

  it('refuses a path that leaves the folder with ..', async () => {
    const { folder, outside } = scene();
    await expect(writeFileInside(folder, '../outside/victim.txt', 'x')).rejects.toMatchObject({
      code: 'ELAN_PATH_OUTSIDE_FOLDER',
    });
    await expect(removeFileInside(folder, '../outside/victim.txt')).rejects.toMatchObject({
      code: 'ELAN_PATH_OUTSIDE_FOLDER',
    });
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious');
  });

  it('does not write through a planted link to a file or a folder', async () => {
    const { folder, outside } = scene();
    symlinkSync(join(outside, 'victim.txt'), join(folder, 'report.html'));
    symlinkSync(outside, join(folder, 'sub'));
    await expect(writeFileInside(folder, 'report.html', 'overwritten')).rejects.toMatchObject({
      code: 'ELAN_PATH_OUTSIDE_FOLDER',
    });
    await expect(writeFileInside(folder, 'sub/victim.txt', 'overwritten')).rejects.toMatchObject({
      code: 'ELAN_PATH_OUTSIDE_FOLDER',
    });
    await expect(createFileInside(folder, 'sub/new.jsonl')).rejects.toMatchObject({
      code: 'ELAN_PATH_OUTSIDE_FOLDER',
    });
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious');
    expect(existsSync(join(outside, 'new.jsonl'))).toBe(false);
  });

  it('deletes a planted link as a link and never deletes through one', async () => {
    const { folder, outside } = scene();
    symlinkSync(join(outside, 'victim.txt'), join(folder, 'old.json'));
    symlinkSync(outside, join(folder, 'sub'));
    await expect(removeFileInside(folder, 'sub/victim.txt')).rejects.toMatchObject({
      code: 'ELAN_PATH_OUTSIDE_FOLDER',
    });
    expect(await removeFileInside(folder, 'old.json')).toBe(true);
    expect(lstatSync(join(folder, 'sub')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(folder, 'old.json'))).toBe(false);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious');
    expect(await removeFileInside(folder, 'missing.json')).toBe(false);
  });

  it('creates a new file only: an existing one (or a link in its place) is refused', async () => {
    const { folder, outside } = scene();
    writeFileSync(join(folder, 'taken.jsonl'), 'old');
    await expect(createFileInside(folder, 'taken.jsonl')).rejects.toMatchObject({ code: 'EEXIST' });
    symlinkSync(join(outside, 'victim.txt'), join(folder, 'linked.jsonl'));
    await expect(createFileInside(folder, 'linked.jsonl')).rejects.toBeDefined();
    const created = await createFileInside(folder, 'new.jsonl', { mode: 0o600 });
    await created.handle.appendFile('line\n');
    await created.handle.close();
    expect(readFileSync(created.path, 'utf8')).toBe('line\n');
    expect(statSync(created.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious');
  });
});

describe('the state folder', () => {
  it('writes the key files 0600 and ignores a link planted at the temporary name a predictable writer would use', async () => {
    const { folder: stateDir, outside } = scene();
    const frozen = 1_700_000_000_000;
    vi.spyOn(Date, 'now').mockReturnValue(frozen);
    for (const name of ['client.json', 'maskinporten-key.json']) {
      symlinkSync(join(outside, `stolen-${name}`), join(stateDir, `${name}.${process.pid}.${frozen}.tmp`));
    }
    const simulator = createSimulator({ stateDir, keys: { client: testKey() } });
    await simulator.listen();
    await simulator.close();
    vi.restoreAllMocks();
    expect(existsSync(join(outside, 'stolen-client.json'))).toBe(false);
    expect(existsSync(join(outside, 'stolen-maskinporten-key.json'))).toBe(false);
    for (const name of ['client.json', 'maskinporten-key.json']) {
      expect(statSync(join(stateDir, name)).mode & 0o777, name).toBe(0o600);
    }
  });

  it('refuses a client.json planted as a link to a file outside', async () => {
    const { folder: stateDir, outside } = scene();
    writeFileSync(join(outside, 'victim.json'), '{}');
    symlinkSync(join(outside, 'victim.json'), join(stateDir, 'client.json'));
    const simulator = createSimulator({ stateDir });
    await expect(simulator.listen()).rejects.toMatchObject({ code: 'ELAN_PATH_OUTSIDE_FOLDER' });
    await simulator.close().catch(() => undefined);
    expect(readFileSync(join(outside, 'victim.json'), 'utf8')).toBe('{}');
  });
});
