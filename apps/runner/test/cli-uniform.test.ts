import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_VERSIONS, type RunResult } from '@elan-kit/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { loadConfig } from '../src/config/load-config.js';
import { CONFIG_SCHEMA_ENUMS, withCodeEnums } from '../src/config/schema-enums.js';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';
import { readRecordings } from '../src/run-support/read-recordings.js';
import { resolveLang, useColour } from '../src/terminal.js';

const work = mkdtempSync(join(tmpdir(), 'elan-kit-uniform-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function environment(env: Record<string, string> = {}, cwd = process.cwd()) {
  const output = bufferedOutput();
  return {
    output,
    env: { output, cwd, env, stdin: async () => Buffer.alloc(0), signal: new AbortController().signal },
  };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(work, 'case-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('every command behaves the same way', () => {
  it.each(Object.keys(commands))('%s: its help opens with the description from the command registry', async (name) => {
    const entry = commands[name];
    const command = await entry?.load();
    expect(command?.meta.name).toBe(name);
    const { output, env } = environment();
    expect(await runCli([name, '--help'], env)).toBe(ExitCode.Pass);
    expect(output.stdout().split('\n')[0]).toBe(`elan-kit ${name} — ${entry?.description}`);
  });

  const modelCommands = [
    ['run'],
    ['fixtures', '--out', 'never-written'],
    ['validate', 'x.json'],
    ['pact', 'verify', 'x.json'],
    ['proxy'],
    ['serve'],
  ];
  it.each(modelCommands)(
    '%s: --model is read from the model versions in schemas, with one message',
    async (...argv) => {
      const { output, env } = environment();
      expect(await runCli([...argv, '--model', '9.9'], env)).toBe(ExitCode.UsageOrSetup);
      expect(output.stderr()).toContain('--model "9.9" is not a model version the kit knows.');
      expect(output.stderr()).toContain(MODEL_VERSIONS.join(', '));
      const help = environment();
      await runCli([argv[0] as string, '--help'], help.env);
      expect(help.output.stdout()).toContain(MODEL_VERSIONS.join('|'));
    },
  );
});

describe('every file the kit reads', () => {
  const latin1 = Buffer.from('{ "vendor": { "name": "S\u00f8rensen Inkasso AS" } }', 'latin1');

  it('refuses a Latin-1 config, naming the byte, instead of showing a replacement character on the report cover', async () => {
    const cwd = folder({ 'elan-kit.config.json': latin1 });
    const { output, env } = environment({}, cwd);
    expect(await runCli(['run'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toContain('elan-kit.config.json is not UTF-8: byte 0xF8 at line 1, column 25');
  });

  it('accepts comments and trailing commas in elan-kit.config.json, as in .jsonc', () => {
    const cwd = folder({
      'elan-kit.config.json':
        '{\n  // who is tested\n  "vendor": { "name": "Inkasso AS" }, /* done */\n  "lang": "en",\n}\n',
    });
    const config = loadConfig({ cwd, env: {} });
    expect(config.vendor.name).toBe('Inkasso AS');
    expect(config.lang).toBe('en');
  });

  it('names line and column of a config syntax error, never a character position', async () => {
    const cwd = folder({ 'elan-kit.config.json': '{\n  "vendor": {\n    "name" "x"\n  }\n}\n' });
    const { output, env } = environment({}, cwd);
    expect(await runCli(['run'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toContain('elan-kit.config.json is not valid JSON at line 3, column 12');
    expect(output.stderr()).not.toMatch(/position \d+/);
  });

  it.each([
    ['pact', ['pact', 'verify', 'file.json'], 'The pact file.json'],
    [
      'rates file',
      ['interest', '--grunnlag', '1', '--fra', '2024-01-01', '--til', '2024-01-02', '--rates', 'file.json'],
      'The rates file file.json',
    ],
    ['RunResult', ['report', 'file.json'], 'The RunResult '],
    ['document', ['validate', 'file.json'], 'file.json'],
  ])('a %s that is not UTF-8 is refused with the byte named', async (_what, argv, named) => {
    const cwd = folder({ 'file.json': latin1 });
    const { output, env } = environment({}, cwd);
    expect(await runCli(argv, env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toContain(named);
    expect(output.stderr()).toContain('is not UTF-8: byte 0xF8 at line 1, column 25');
  });

  it('names the line of a recording that is not JSON, and refuses a recording that is not UTF-8', async () => {
    const exchange = JSON.stringify({ id: 'a', method: 'GET', url: '/x', time: '2026-01-01T00:00:00Z' });
    const dir = folder({ 'a.jsonl': `${exchange}\n{"id": "b",\n`, 'b.jsonl': latin1 });
    await expect(readRecordings(join(dir, 'a.jsonl'))).rejects.toThrow(
      /The recording .*a\.jsonl is not valid JSON at line 2, column 12/,
    );
    await expect(readRecordings(join(dir, 'b.jsonl'))).rejects.toThrow(/is not UTF-8: byte 0xF8/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const cwd = folder({ 'file.json': Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) });
    const { output, env } = environment({}, cwd);
    expect(await runCli(['pact', 'verify', 'file.json'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toContain('The pact file.json is too large (10485761 bytes; the limit is 10 MiB)');
  });
});

describe('config.schema.json', () => {
  it('lists the model versions, languages, presets and defects the code knows (pnpm generate:config-schema)', () => {
    const file = JSON.parse(readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8')) as object;
    expect(file).toEqual(withCodeEnums(file));
    const enums = CONFIG_SCHEMA_ENUMS.map(([pointer]) => pointer);
    expect(enums).toContain('/properties/modelVersion/enum');
    expect(enums).toContain('/properties/simulator/properties/defects/items/enum');
  });
});

describe('arguments', () => {
  it.each([
    ['interest', '--grunnlag', '1', '--fra', '2024-01-01', '--til', '2024-01-02', 'extra'],
    ['init', 'extra'],
    ['version', 'extra'],
    ['pact', 'verify', 'a.json', 'b.json'],
  ])('%s: an extra positional argument is an error, not ignored', async (...argv) => {
    const { output, env } = environment({}, folder({}));
    expect(await runCli(argv, env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toMatch(/Unexpected argument "(extra|b\.json)" for "elan-kit \w+"/);
  });

  it('suggests the nearest command and option', async () => {
    const command = environment();
    expect(await runCli(['rnu'], command.env)).toBe(ExitCode.UsageOrSetup);
    expect(command.output.stderr()).toContain('Did you mean "elan-kit run"?');
    const option = environment();
    expect(await runCli(['run', '--modle', '2.0'], option.env)).toBe(ExitCode.UsageOrSetup);
    expect(option.output.stderr()).toContain('Did you mean --model?');
    const far = environment();
    expect(await runCli(['frobnicate'], far.env)).toBe(ExitCode.UsageOrSetup);
    expect(far.output.stderr()).not.toContain('Did you mean');
  });

  it('prints a command\'s help for "elan-kit help COMMAND"', async () => {
    const viaHelp = environment();
    expect(await runCli(['help', 'run'], viaHelp.env)).toBe(ExitCode.Pass);
    const viaFlag = environment();
    await runCli(['run', '--help'], viaFlag.env);
    expect(viaHelp.output.stdout()).toBe(viaFlag.output.stdout());
    const unknown = environment();
    expect(await runCli(['help', 'rnu'], unknown.env)).toBe(ExitCode.UsageOrSetup);
    expect(unknown.output.stderr()).toContain('Did you mean "elan-kit run"?');
  });
});

describe('terminal', () => {
  // Colour codes (SGR); redrawing the progress line on a terminal is not colour.
  const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`);
  const tty = () => {
    const output = { ...bufferedOutput(), interactive: true };
    return { output, env: (env: Record<string, string>) => ({ ...environment(env).env, output }) };
  };
  const quickRun = ['run', '--only', 'auth-token-obtained', '--out', 'report'];

  it('run honours NO_COLOR on a terminal, and FORCE_COLOR off one', async () => {
    const cwd = folder({});
    const plain = tty();
    await runCli(quickRun, { ...plain.env({ NO_COLOR: '1' }), cwd });
    expect(plain.output.stderr()).toContain('auth-token-obtained');
    expect(plain.output.stderr()).not.toMatch(COLOUR);
    const forced = environment({ FORCE_COLOR: '1' }, cwd);
    await runCli(quickRun, forced.env);
    expect(forced.output.stderr()).toMatch(COLOUR);
  });

  it('validate honours NO_COLOR and FORCE_COLOR the same way', async () => {
    const cwd = folder({ 'x.json': '{}' });
    const plain = tty();
    await runCli(['validate', 'x.json'], { ...plain.env({ NO_COLOR: '1' }), cwd });
    expect(plain.output.stdout()).not.toMatch(COLOUR);
    const forced = environment({ FORCE_COLOR: '1' }, cwd);
    await runCli(['validate', 'x.json'], forced.env);
    expect(forced.output.stdout()).toMatch(COLOUR);
  });

  it('decides colour in one place', () => {
    const output = bufferedOutput();
    expect(useColour(output, {})).toBe(false);
    expect(useColour({ ...output, interactive: true }, {})).toBe(true);
    expect(useColour({ ...output, interactive: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ ...output, interactive: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColour(output, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(useColour({ ...output, interactive: true }, { FORCE_COLOR: '0' })).toBe(true);
  });
});

describe('language', () => {
  it('is --lang, else the config, else the locale, else bokmål, for every command', () => {
    const none = folder({});
    expect(resolveLang([], none, {})).toBe('nb');
    expect(resolveLang([], none, { LANG: 'C.UTF-8' })).toBe('nb');
    expect(resolveLang([], none, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(resolveLang([], none, { LANG: 'nn_NO.UTF-8' })).toBe('nb');
    expect(resolveLang([], none, { LC_ALL: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nb');
    const english = folder({ 'elan-kit.config.json': '{ // comment\n "lang": "en" }' });
    expect(resolveLang([], english, { LANG: 'nb_NO.UTF-8' })).toBe('en');
    expect(resolveLang(['--lang', 'nb'], english, {})).toBe('nb');
    expect(resolveLang(['--lang=nb'], english, {})).toBe('nb');
    expect(resolveLang(['--config', 'elan-kit.config.json'], english, {})).toBe('en');
    expect(() => resolveLang(['--lang', 'de'], none, {})).toThrow(/--lang "de" is not a language/);
  });

  it("run speaks the locale's language when neither --lang nor the config chooses", async () => {
    const cwd = folder({});
    const english = environment({ LANG: 'en_US.UTF-8' }, cwd);
    await runCli(['run', '--only', 'auth-token-obtained', '--out', 'en'], english.env);
    const norwegian = environment({}, cwd);
    await runCli(['run', '--only', 'auth-token-obtained', '--out', 'nb'], norwegian.env);
    expect(english.output.stdout()).not.toBe(norwegian.output.stdout());
    expect(english.output.stdout()).toMatch(/Total|Section/);
    expect(norwegian.output.stdout()).toMatch(/Totalt|Seksjon|Del/);
  });

  it('every command accepts --lang', async () => {
    for (const name of Object.keys(commands)) {
      const { output, env } = environment();
      await runCli([name, '--lang', 'en', '--help'], env);
      expect(output.stdout()).toContain('--lang NB|EN');
    }
  });
});

describe('failures that were bugs', () => {
  it('serve --host 999.1.1.1: a clear error and exit 2, not "a bug in elan-kit"', async () => {
    const { output, env } = environment({}, folder({}));
    expect(await runCli(['serve', '--host', '999.1.1.1', '--port', '0'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toContain('Cannot listen on 999.1.1.1: it is not an address or a host name that resolves');
    expect(output.stderr()).toContain('--host 127.0.0.1');
    expect(output.stderr()).not.toContain('bug in elan-kit');
  });

  // Node's recursive mkdir never settles for /proc/x (ENOENT with an existing parent); these must end.
  it('serve --state-dir /proc/x: exit 2 naming the folder, instead of spinning', async () => {
    const { output, env } = environment({}, folder({}));
    expect(await runCli(['serve', '--state-dir', '/proc/x', '--port', '0'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toContain('Cannot create the state folder /proc/x (ENOENT).');
  });

  it('run --out /proc/x: exit 2 naming the folder', async () => {
    const { output, env } = environment({}, folder({}));
    expect(await runCli(['run', '--out', '/proc/x/report'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toContain('/proc/x');
  });
});

describe('a target whose host does not resolve', () => {
  it('stops the run at the first request with one message and exit 2, instead of one error per check', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const cwd = folder({
      'elan-kit.config.json': JSON.stringify({
        maskinporten: { tokenEndpoint: 'https://elan.invalid/token', kid: 'k1' },
      }),
      'key.pem': privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    });
    const { output, env } = environment(
      { ELAN_KIT_CLIENT_ID: 'client', ELAN_KIT_ORGNR: '310478717', ELAN_KIT_MASKINPORTEN_KEY_FILE: 'key.pem' },
      cwd,
    );
    const code = await runCli(
      ['run', '--target', 'https://elan.invalid/api/utleggsbegjaering/v2', '--out', 'report', '--json'],
      env,
    );
    expect(code).toBe(ExitCode.UsageOrSetup);
    const result = JSON.parse(output.stdout()) as { checks: Array<{ status: string; unfinished?: boolean }> };
    expect(result.checks.filter((check) => check.status === 'error')).toHaveLength(1);
    expect(result.checks.filter((check) => check.unfinished).length).toBeGreaterThan(10);
    // One progress line for the check that met it and the closing error, instead of one per check.
    expect(
      output
        .stderr()
        .split('\n')
        .filter((line) => line.includes('ENOTFOUND')).length,
    ).toBeLessThanOrEqual(2);
    expect(output.stderr().match(/could not be resolved/g)).toHaveLength(1);
    expect(output.stderr()).toContain('elan.invalid could not be resolved: this machine has no network');
  });
});

describe('forsinkelsesrente after the built-in table', () => {
  it('fixtures --today and interest --til past the table: exit 2 with the exact JSON to add and where rates are published', async () => {
    for (const argv of [
      ['fixtures', '--out', 'out', '--today', '2026-12-07'],
      ['interest', '--grunnlag', '1000', '--fra', '2026-06-01', '--til', '2026-12-07'],
    ]) {
      const { output, env } = environment({}, folder({}));
      expect(await runCli(argv, env)).toBe(ExitCode.UsageOrSetup);
      expect(output.stderr()).toContain('No forsinkelsesrente is known for the half-year from 2026-07-01.');
      expect(output.stderr()).toContain('"forsinkelsesrente": [{ "fra": "2026-07-01", "sats": <rate in percent> }]');
      expect(output.stderr()).toContain('regjeringen.no');
      expect(output.stderr()).not.toContain('withRates(');
    }
  });

  it('takes the rates from the config file, and --rates on top of them', async () => {
    const config = JSON.stringify({ forsinkelsesrente: [{ fra: '2026-07-01', sats: 12 }] });
    const cwd = folder({ 'elan-kit.config.json': config, 'later.json': '[{"fra":"2027-01-01","sats":11.5}]' });
    const interest = environment({}, cwd);
    const argv = ['interest', '--grunnlag', '1000', '--fra', '2026-06-01', '--til', '2027-02-01', '--json'];
    expect(await runCli([...argv, '--rates', 'later.json'], interest.env)).toBe(ExitCode.Pass);
    const sats = (JSON.parse(interest.output.stdout()) as { perioder: Array<{ sats: number }> }).perioder.map(
      (p) => p.sats,
    );
    expect(sats.slice(-2)).toEqual([12, 11.5]);
    const fixtures = environment({}, cwd);
    expect(await runCli(['fixtures', '--out', 'out', '--today', '2026-12-07'], fixtures.env)).toBe(ExitCode.Pass);
  });
});

describe('report --merge', () => {
  it('merges the shards of one run into one RunResult and summary, and refuses what does not belong together', async () => {
    const cwd = folder({});
    const only = 'auth-token-obtained,auth-token-claims,contract-korrelasjonsid-echoed';
    for (const shard of ['1/2', '2/2']) {
      const { env } = environment({}, cwd);
      await runCli(['run', '--only', only, '--shard', shard, '--out', `s${shard[0]}`, '--lang', 'en'], env);
    }
    const runFile = (dir: string) => join(dir, readdirSync(join(cwd, dir)).find((f) => f.startsWith('run-')) ?? '');
    const [a, b] = [runFile('s1'), runFile('s2')];

    const ignored = environment({}, cwd);
    expect(await runCli(['report', a, b], ignored.env)).toBe(ExitCode.UsageOrSetup);
    expect(ignored.output.stderr()).toContain('elan-kit report --merge');

    const merged = environment({}, cwd);
    expect(await runCli(['report', '--merge', a, b, '--out', 'merged', '--format', 'json'], merged.env)).toBe(
      ExitCode.Pass,
    );
    const result = JSON.parse(readFileSync(join(cwd, 'merged', 'elan-kit-report.json'), 'utf8')) as RunResult;
    expect(result.checks.map((check) => check.id).sort()).toEqual(only.split(',').sort());
    expect(result.run.shard).toBeUndefined();
    expect(result.summary.total).toBe(3);
    expect(merged.output.stdout()).toMatch(/Total/);

    const half = environment({}, cwd);
    expect(await runCli(['report', '--merge', a, '--out', 'x'], half.env)).toBe(ExitCode.UsageOrSetup);
    expect(half.output.stderr()).toContain('Shard 2/2 missing');
    const twice = environment({}, cwd);
    expect(await runCli(['report', '--merge', a, a, '--out', 'x'], twice.env)).toBe(ExitCode.UsageOrSetup);
    expect(twice.output.stderr()).toContain('is given twice');

    const other = JSON.parse(readFileSync(join(cwd, b), 'utf8')) as RunResult;
    writeFileSync(
      join(cwd, 'other.json'),
      JSON.stringify({ ...other, run: { ...other.run, selection: { ...other.run.selection, only: ['x'] } } }),
    );
    const foreign = environment({}, cwd);
    expect(await runCli(['report', '--merge', a, 'other.json', '--out', 'x'], foreign.env)).toBe(ExitCode.UsageOrSetup);
    expect(foreign.output.stderr()).toContain('is not a shard of the same run');
    expect(foreign.output.stderr()).toContain('the selection differs');
  });
});
