import { allChecks, PRESET_NAMES } from '@elan-kit/conformance';
import { loadConfig } from './load-config.js';
import type { ResolvedConfig } from './types.js';

/** The config file (found or named) checked against the kit's own check ids and presets. */
export function loadKitConfig(options: {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly configPath?: string | undefined;
}): ResolvedConfig {
  return loadConfig({
    cwd: options.cwd,
    env: options.env,
    ...(options.configPath ? { configPath: options.configPath } : {}),
    knownCheckIds: allChecks.map((check) => check.id),
    presets: PRESET_NAMES,
  });
}
