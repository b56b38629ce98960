import { MODEL_VERSIONS } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

function environment(env: Record<string, string> = {}) {
  const output = bufferedOutput();
  return {
    output,
    env: { output, cwd: process.cwd(), env, stdin: async () => Buffer.alloc(0), signal: new AbortController().signal },
  };
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
