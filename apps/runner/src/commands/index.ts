import type { ElanCommand } from '../command.js';

/** Every command, loaded lazily so `elan-kit --help` stays fast. */
export const commands: Readonly<Record<string, { description: string; load: () => Promise<ElanCommand> }>> = {
  interest: {
    description: 'Compute forsinkelsesrente per half-year period',
    load: async () => (await import('./interest.js')).default as unknown as ElanCommand,
  },
  report: {
    description: 'Render a stored run as the test summary (html, md, junit, json, pdf)',
    load: async () => (await import('./report.js')).default as unknown as ElanCommand,
  },
  version: {
    description: 'Print the elan-kit version',
    load: async () => (await import('./version.js')).default as unknown as ElanCommand,
  },
};
