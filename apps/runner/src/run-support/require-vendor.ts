import { basename } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { CliError } from '../errors.js';

const REQUIRED = ['name', 'orgnr', 'system', 'systemVersion'] as const;

/**
 * The vendor and test targets make a test summary about the vendor's own system, so it must say whose system it
 * is: vendor name, orgnr, system name and version. Missing ones are a setup error that names the config file.
 */
export function requireVendorDetails(config: ResolvedConfig, configFile: string): void {
  const kind = config.target.kind;
  if (kind !== 'vendor' && kind !== 'test') return;
  const missing = REQUIRED.filter((key) => !config.vendor[key]?.trim());
  if (missing.length === 0) return;
  const where = config.file ? config.file : `${configFile} (not found)`;
  const name = basename(configFile);
  throw new CliError(
    'ELAN_CONFIG_INVALID',
    `The ${kind} target writes a test summary about your system, so ${where} must say whose it is:\n${missing
      .map((key) => `  ${name}: vendor.${key}: required for --target ${kind}`)
      .join('\n')}`,
    {
      hint: 'Add them under "vendor", e.g. { "name": "Inkasso AS", "orgnr": "123456789", "system": "InkassoPro", "systemVersion": "4.2.0" } ("elan-kit init" writes a file to start from).',
    },
  );
}
