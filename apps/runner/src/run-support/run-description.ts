import { subjectFor } from '@elan-kit/conformance';
import type { SubjectInfo, TargetOptionValue } from '@elan-kit/schemas';
import type { ResolvedConfig } from '../config/types.js';

/** Who is under test, from the target and how the vendor's traffic reaches the kit. */
export function subjectOf(config: ResolvedConfig): SubjectInfo {
  if (config.target.kind !== 'vendor') return subjectFor(config.target.kind);
  const { recordings, adapter } = config.vendorTarget;
  if (recordings) return subjectFor('vendor', 'proxy-recordings');
  return subjectFor('vendor', adapter ? `adapter-${adapter.kind}` : 'scenario-cards');
}

/** How the target was set up, for the RunResult: what a reader needs to repeat the run, never a secret. */
export function targetOptionsOf(config: ResolvedConfig): Record<string, TargetOptionValue> {
  const options: Record<string, TargetOptionValue | undefined> = { modelVersion: config.modelVersion };
  const simulator = () => {
    if (config.simulator.seed !== undefined) options['seed'] = config.simulator.seed;
    if (config.simulator.now) options['now'] = config.simulator.now;
    if (config.simulator.defects.length > 0) options['defects'] = [...config.simulator.defects];
  };
  switch (config.target.kind) {
    case 'simulator':
      simulator();
      break;
    case 'url':
      options['url'] = config.target.url;
      options['tokenEndpoint'] = config.maskinporten.tokenEndpoint;
      options['allowProduction'] = config.allowProduction;
      break;
    case 'test':
      options['baseUrl'] = config.test.baseUrl;
      options['allowProduction'] = config.allowProduction;
      if (config.maskinporten.systembruker) options['systembruker'] = true;
      break;
    case 'vendor': {
      const { recordings, adapter, scenarioTimeoutSeconds, port } = config.vendorTarget;
      if (recordings) options['recordings'] = recordings;
      else {
        options['adapter'] = adapter?.kind ?? 'none';
        options['port'] = port;
        if (config.vendorTarget.scenarios) options['scenarios'] = [...config.vendorTarget.scenarios];
        if (scenarioTimeoutSeconds) options['scenarioTimeoutSeconds'] = scenarioTimeoutSeconds;
        simulator();
      }
      break;
    }
  }
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Record<
    string,
    TargetOptionValue
  >;
}
