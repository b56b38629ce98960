import type { ModelLabel } from './types.js';

/** "model 0.9", "models 1.0, 1.1 and 2.0", "the 2024 model (V0-24)". */
export function describeModels(labels: readonly ModelLabel[]): string {
  const names = labels.map((label) => (label === 'V0-24' ? 'the 2024 model (V0-24)' : label));
  const versions = names.filter((name) => !name.startsWith('the '));
  const others = names.filter((name) => name.startsWith('the '));
  const parts: string[] = [];
  if (versions.length === 1) parts.push(`model ${versions[0]}`);
  if (versions.length > 1) parts.push(`models ${versions.slice(0, -1).join(', ')} and ${versions.at(-1)}`);
  parts.push(...others);
  return parts.join(' and ');
}
