import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'elan-kit-pack-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarballs', () => {
  it('install into an empty folder and run from there, as they will from the registry', () => {
    const packed = join(work, 'packed');
    execFileSync('pnpm', ['build'], { cwd: root, stdio: 'pipe' });
    execFileSync(
      'pnpm',
      ['-r', '--filter', './packages/*', '--filter', './apps/*', 'exec', 'pnpm', 'pack', '--pack-destination', packed],
      { cwd: root, stdio: 'pipe' },
    );
    const tarballs = readdirSync(packed).filter((name) => name.endsWith('.tgz'));
    expect(tarballs.sort()).toEqual([
      'elan-kit-0.1.0.tgz',
      'elan-kit-conformance-0.1.0.tgz',
      'elan-kit-fixtures-0.1.0.tgz',
      'elan-kit-inspector-0.1.0.tgz',
      'elan-kit-reporter-0.1.0.tgz',
      'elan-kit-rules-0.1.0.tgz',
      'elan-kit-schemas-0.1.0.tgz',
      'elan-kit-simulator-0.1.0.tgz',
    ]);

    const project = join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'vendor-project', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', ...tarballs.map((t) => join(packed, t))], {
      cwd: project,
      stdio: 'pipe',
    });

    const help = execFileSync('npx', ['--no-install', 'elan-kit', '--help'], { cwd: project, encoding: 'utf8' });
    expect(help).toMatch(/Usage: elan-kit <command>/);

    const validate = execFileSync(
      'npx',
      [
        '--no-install',
        'elan-kit',
        'interest',
        '--grunnlag',
        '10000',
        '--fra',
        '2024-06-15',
        '--til',
        '2024-06-27',
        '--json',
      ],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(validate)).toMatchObject({ beloep: 40.98 });

    const run = execFileSync('npx', ['--no-install', 'elan-kit', 'run', '--json', '--out', join(project, 'report')], {
      cwd: project,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(JSON.parse(run)).toMatchObject({ schemaVersion: '1.1', summary: { verdict: 'pass-unattested' } });
  }, 240_000);
});
