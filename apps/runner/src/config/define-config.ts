import type { WrittenConfig } from './types.js';

/** Typing help for a config written in code; the file form is `elan-kit.config.json` (see config.schema.json). */
export function defineConfig(config: WrittenConfig): WrittenConfig {
  return config;
}
