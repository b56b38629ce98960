import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_CONTRACTS } from '../src/contract/registry.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const configPath = `${packageRoot}redocly.yaml`;

describe('redocly.yaml', () => {
  it('lists every contract, with the source the bundle step uses', () => {
    const config = parse(readFileSync(configPath, 'utf8')) as { apis: Record<string, { root: string }> };
    const fromConfig = Object.entries(config.apis).map(([name, api]) => [name, api.root]);
    const fromRegistry = BUNDLED_CONTRACTS.map((entry) => [entry.name, `contracts/openapi/${entry.source}`]);
    expect(fromConfig).toEqual(fromRegistry);
  });
});

describe('redocly lint', () => {
  it.each(BUNDLED_CONTRACTS.map((entry) => entry.name))('%s is clean with the committed config', async (name) => {
    const config = await loadConfig({ configPath });
    const api = config.resolvedConfig.apis?.[name];
    expect(api).toBeDefined();
    const problems = await lint({ ref: `${packageRoot}${api!.root}`, config: config.forAlias(name) });
    const described = problems.map(
      (problem) => `${problem.ruleId} ${problem.location[0]?.pointer ?? ''}: ${problem.message}`,
    );
    expect(described).toEqual([]);
  });
});
