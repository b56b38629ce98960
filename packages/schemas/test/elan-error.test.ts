import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ElanError, SchemaPackageError } from '../src/index.js';

const repo = join(import.meta.dirname, '..', '..', '..');
const codeFile = join(import.meta.dirname, '..', 'src', 'errors', 'elan-error.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'test') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('ElanError', () => {
  it('is the base of the package errors, keeps code, hint and cause, and names the subclass', () => {
    const cause = new Error('disk');
    const error = new SchemaPackageError('ELAN_CONTRACT_UNREADABLE', 'cannot read', {
      hint: 'check the path',
      cause,
      file: 'a.yaml',
    });
    expect(error).toBeInstanceOf(ElanError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SchemaPackageError');
    expect(error.code).toBe('ELAN_CONTRACT_UNREADABLE');
    expect(error.hint).toBe('check the path');
    expect(error.cause).toBe(cause);
    expect(error.file).toBe('a.yaml');
  });

  it('lists only codes that some package throws (a code that is never thrown is dead)', () => {
    const codes = [...readFileSync(codeFile, 'utf8').matchAll(/\| '(ELAN_[A-Z0-9_]+)'/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(40);
    const sources = ['packages', 'apps']
      .flatMap((dir) =>
        readdirSync(join(repo, dir)).flatMap((name) =>
          statSync(join(repo, dir, name, 'src'), { throwIfNoEntry: false })
            ? sourceFiles(join(repo, dir, name, 'src'))
            : [],
        ),
      )
      .filter((file) => file !== codeFile)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const dead = codes.filter((code) => !sources.includes(`'${code}'`));
    expect(dead).toEqual([]);
  });
});
