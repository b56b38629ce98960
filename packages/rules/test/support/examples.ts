import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPartyRegister } from '@elan-kit/fixtures';
import type { ModelVersion } from '@elan-kit/schemas';

const EXAMPLES = fileURLToPath(new URL('../../../schemas/contracts/examples/utleggsbegjaering/', import.meta.url));

/** A canonical example of the schemas package, parsed anew on every call (tests may mutate it). */
export function example(modelVersion: ModelVersion, name: 'minimal' | 'complex'): Record<string, unknown> {
  return JSON.parse(readFileSync(`${EXAMPLES}${modelVersion}/${name}.json`, 'utf8')) as Record<string, unknown>;
}

/** The reconstructions of Skatteetaten's published (model 0.9) examples. */
export function publishedExamples(): Array<{ name: string; document: Record<string, unknown> }> {
  return readdirSync(`${EXAMPLES}published`)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, document: JSON.parse(readFileSync(`${EXAMPLES}published/${name}`, 'utf8')) }));
}

export const register = createPartyRegister();
