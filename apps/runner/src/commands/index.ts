import type { ElanCommand } from '../command.js';

/** Every command, loaded lazily so `elan-kit --help` stays fast. */
export const commands: Readonly<Record<string, { description: string; load: () => Promise<ElanCommand> }>> = {
  fixtures: {
    description: 'Write Tenor-style synthetic payloads for a model version',
    load: async () => (await import('./fixtures.js')).default as unknown as ElanCommand,
  },
  init: {
    description: 'Write a commented elan-kit.config.json to start from',
    load: async () => (await import('./init.js')).default as unknown as ElanCommand,
  },
  interest: {
    description: 'Compute forsinkelsesrente per half-year period',
    load: async () => (await import('./interest.js')).default as unknown as ElanCommand,
  },
  pact: {
    description: 'Verify a consumer pact against the ELAN contract and the vilkår',
    load: async () => (await import('./pact.js')).default as unknown as ElanCommand,
  },
  parties: {
    description: 'Test parties from Tenor: import saved search results or search Tenor',
    load: async () => (await import('./parties.js')).default as unknown as ElanCommand,
  },
  proxy: {
    description: 'A validating, recording proxy in front of the test environment or any URL',
    load: async () => (await import('./proxy.js')).default as unknown as ElanCommand,
  },
  report: {
    description: 'Render a stored run as the test summary (html, md, junit, json, pdf)',
    load: async () => (await import('./report.js')).default as unknown as ElanCommand,
  },
  run: {
    description: 'Run the conformance checks (the vendor checklist) against a target',
    load: async () => (await import('./run.js')).default as unknown as ElanCommand,
  },
  serve: {
    description: 'Run the local ELAN test environment with its Maskinporten stand-in',
    load: async () => (await import('./serve.js')).default as unknown as ElanCommand,
  },
  spec: {
    description: 'Compare two contracts: what changed, and what a payload must change',
    load: async () => (await import('./spec.js')).default as unknown as ElanCommand,
  },
  token: {
    description: 'Fetch a Maskinporten token and show its decoded claims (checklist section 2)',
    load: async () => (await import('./token.js')).default as unknown as ElanCommand,
  },
  validate: {
    description: 'Validate begjæringer offline: schema (400) and every vilkår (422)',
    load: async () => (await import('./validate.js')).default as unknown as ElanCommand,
  },
  version: {
    description: 'Print the elan-kit version',
    load: async () => (await import('./version.js')).default as unknown as ElanCommand,
  },
};
