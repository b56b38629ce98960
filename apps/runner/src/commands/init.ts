import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { allChecks } from '@elan-kit/conformance';
import { defineElanCommand } from '../command.js';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import { configTemplate } from '../config/template.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';

export default defineElanCommand({
  meta: { name: 'init' },
  args: {
    config: {
      type: 'string',
      description: 'Where to write the config file',
      valueHint: 'file',
      default: 'elan-kit.config.json',
    },
  },
  help: [
    'Examples:',
    '  elan-kit init                         # writes ./elan-kit.config.json',
    '  elan-kit init --config ci/elan-kit.config.json',
    '',
    'Never overwrites an existing config file. The file is plain JSON with "$comment" fields and a "$schema"',
    'reference, so editors complete and check it. Secrets stay out of it: the Maskinporten key comes from',
    'ELAN_KIT_MASKINPORTEN_KEY or ELAN_KIT_MASKINPORTEN_KEY_FILE.',
  ].join('\n'),
  async run({ args, cwd, output }) {
    const path = isAbsolute(args.config) ? args.config : resolve(cwd, args.config);
    const folder = dirname(path);
    const existing = [path, ...CONFIG_FILE_NAMES.map((name) => resolve(folder, name))].find((file) => existsSync(file));
    if (existing) {
      throw new CliError('ELAN_USAGE', `${basename(existing)} already exists in ${folder}; refusing to overwrite it.`, {
        hint: 'Edit the existing file, or remove it first if you want a fresh start.',
      });
    }
    const text = `${JSON.stringify(configTemplate(allChecks), null, 2)}\n`;
    try {
      await writeFile(path, text, { flag: 'wx' });
    } catch (cause) {
      throw new CliError('ELAN_SETUP', `Could not write ${path}.`, {
        cause,
        hint: 'Check that the folder exists and is writable.',
      });
    }
    output.out(`Wrote ${path}.`);
    output.out('Next: fill in "vendor", then run "elan-kit run" (embedded simulator) or "elan-kit run --target test".');
    return ExitCode.Pass;
  },
});
