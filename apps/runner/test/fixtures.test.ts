import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachments, createPartyRegister } from '@elan-kit/fixtures';
import { prov } from '@elan-kit/rules';
import { type ApiName, loadContract, MODEL_VERSIONS, type ModelVersion } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

interface IndexEntry {
  name: string;
  file: string;
  api: ApiName;
  contractVersion?: string;
  operationId: string;
  method: string;
  path: string;
  expected: { status: number; kontrollutslag: string[]; regelverk?: string };
  parties: Array<{ role: string; identifier: string }>;
  attachments: Array<{ uuid: string; file: string; bytes: number; sha256: string }>;
}

interface FixtureIndex {
  generator: string;
  modelVersion: string;
  seed: number;
  today: string;
  fixtures: IndexEntry[];
  files: string[];
}

function environment(cwd: string) {
  const output = bufferedOutput();
  return {
    output,
    env: { output, cwd, env: {}, stdin: async () => Buffer.alloc(0), signal: new AbortController().signal },
  };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'elan-kit-fixtures-'));
}

async function writeSet(args: string[]): Promise<{ dir: string; index: FixtureIndex; stdout: string }> {
  const dir = tempDir();
  const { output, env } = environment(dir);
  const code = await runCli(['fixtures', '--out', 'out', ...args], env);
  expect(code, output.stderr()).toBe(ExitCode.Pass);
  const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8')) as FixtureIndex;
  return { dir: join(dir, 'out'), index, stdout: output.stdout() };
}

describe('elan-kit fixtures', () => {
  it.each(MODEL_VERSIONS)(
    'writes model %s payloads that pass the schema and every vilkår, except the vilkår a fixture expects',
    async (model: ModelVersion) => {
      const { dir, index, stdout } = await writeSet(['--model', model, '--seed', '3']);
      expect(index).toMatchObject({
        generator: 'elan-kit fixtures',
        modelVersion: model,
        seed: 3,
        today: '2026-03-02',
      });
      expect(stdout).toMatch(new RegExp(`Wrote ${index.files.length} files for model ${model.replace('.', '\\.')}`));
      const register = createPartyRegister({ seed: 3 });
      for (const entry of index.fixtures) {
        const payload = JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as Record<string, unknown>;
        const operation = loadContract(entry.api, entry.contractVersion).operation(entry.operationId);
        expect(operation.validateRequestBody(payload), entry.name).toEqual([]);
        expect([operation.method, operation.path]).toEqual([entry.method, entry.path]);
        if (entry.api === 'utleggsbegjaering') {
          const innsender = entry.parties.find((p) => p.role === 'innsender')?.identifier;
          const kontrollutslag = prov(payload, {
            modelVersion: model,
            today: index.today,
            mode: 'ny',
            authenticatedOrgnr: innsender,
            parties: register,
          });
          expect(
            kontrollutslag.map((k) => k.kode),
            entry.name,
          ).toEqual(entry.expected.kontrollutslag);
        }
        for (const attachment of entry.attachments) {
          const bytes = readFileSync(join(dir, attachment.file));
          expect(bytes.length).toBe(attachment.bytes);
          expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          expect(JSON.stringify(payload)).toContain(attachment.uuid);
        }
      }
      for (const file of index.files) expect(existsSync(join(dir, file)), file).toBe(true);
    },
  );

  it('writes the attachments an upload must fail with only when asked', async () => {
    const plain = await writeSet([]);
    expect(existsSync(join(plain.dir, 'vedlegg', 'negative'))).toBe(false);
    expect(plain.index).not.toHaveProperty('negativeAttachments');

    const { dir, index } = await writeSet(['--negative']);
    const negative = (index as unknown as { negativeAttachments: Array<Record<string, unknown>> }).negativeAttachments;
    expect(negative.map((entry) => entry['kind'])).toEqual(['notPdf', 'brokenPdf', 'eicar', 'oversize']);
    for (const entry of negative) {
      const bytes = readFileSync(join(dir, String(entry['file'])));
      expect(bytes.length).toBe(entry['bytes']);
      expect(index.files).toContain(entry['file']);
    }
    const bytesOf = (kind: string) =>
      readFileSync(join(dir, String(negative.find((e) => e['kind'] === kind)?.['file'])));
    // The library's bytes, whose outcomes the simulator's attachment tests pin down.
    expect(bytesOf('eicar').equals(Buffer.from(attachments.eicar()))).toBe(true);
    expect(bytesOf('brokenPdf').equals(Buffer.from(attachments.brokenPdf()))).toBe(true);
    expect(bytesOf('notPdf').equals(Buffer.from(attachments.notPdf()))).toBe(true);
    expect(bytesOf('oversize').length).toBeGreaterThan(25 * 1024 * 1024);
  });

  it('writes the same bytes for the same seed', async () => {
    const a = await writeSet(['--seed', '9']);
    const b = await writeSet(['--seed', '9']);
    for (const file of a.index.files) {
      expect(readFileSync(join(a.dir, file)).equals(readFileSync(join(b.dir, file))), file).toBe(true);
    }
  });

  it('refuses a non-empty directory without --force and replaces its own earlier files with it', async () => {
    const { dir, index } = await writeSet(['--model', '2.0']);
    const again = environment(dir);
    expect(await runCli(['fixtures', '--out', '.'], again.env)).toBe(ExitCode.UsageOrSetup);
    expect(again.output.stderr()).toMatch(/is not empty; not overwriting it/);
    expect(again.output.stderr()).toMatch(/--force/);

    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'vedlegg', 'complex', 'stale.pdf'), 'stale');
    const forced = environment(dir);
    expect(await runCli(['fixtures', '--out', '.', '--model', '0.9', '--force'], forced.env)).toBe(ExitCode.Pass);
    const rewritten = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as FixtureIndex;
    expect(rewritten.modelVersion).toBe('0.9');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    // Files the earlier run did not write are left alone.
    expect(readFileSync(join(dir, 'vedlegg', 'complex', 'stale.pdf'), 'utf8')).toBe('stale');
    // Files only the 2.0 run wrote (none here share a name with a 0.9 file) are gone.
    const onlyBefore = index.files.filter((f) => !rewritten.files.includes(f));
    for (const file of onlyBefore) expect(existsSync(join(dir, file)), file).toBe(false);
  });

  it('exits 2 with a clear message on bad options', async () => {
    for (const [args, pattern] of [
      [[], /--out is required/],
      [['--out', 'x', '--model', '3.0'], /--model "3\.0" is not a model version/],
      [['--out', 'x', '--seed', 'abc'], /--seed must be a whole number/],
      [['--out', 'x', '--today', '2026-13-01'], /"today" must be a date/],
      [['--out', 'x', '--today', '2026-09-01'], /No forsinkelsesrente is known for the half-year from 2026-07-01/],
    ] as const) {
      const { output, env } = environment(tempDir());
      expect(await runCli(['fixtures', ...args], env), args.join(' ')).toBe(ExitCode.UsageOrSetup);
      expect(output.stderr()).toMatch(pattern);
      expect(output.stderr()).not.toMatch(/internal error/);
    }
  });

  it('takes rates for later half-years from --rates', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rates.json'), JSON.stringify({ '2026-07-01': 11.75 }));
    const { output, env } = environment(dir);
    const code = await runCli(['fixtures', '--out', 'out', '--today', '2026-09-01', '--rates', 'rates.json'], env);
    expect(code, output.stderr()).toBe(ExitCode.Pass);
    const complex = JSON.parse(readFileSync(join(dir, 'out', 'complex.json'), 'utf8')) as {
      kravTilInnkreving: Array<{ rentekrav?: { rentePeriode: { startdato: string } } }>;
    };
    expect(complex.kravTilInnkreving.some((k) => k.rentekrav?.rentePeriode.startdato === '2026-07-01')).toBe(true);
  });

  it('has help with examples', async () => {
    const { output, env } = environment(tempDir());
    expect(await runCli(['fixtures', '--help'], env)).toBe(ExitCode.Pass);
    expect(output.stdout()).toMatch(/Examples:\n {2}elan-kit fixtures --out fixtures/);
  });
});
