import { PRESET_NAMES } from '@elan-kit/conformance';
import { LANGS } from '@elan-kit/reporter';
import { MODEL_VERSIONS } from '@elan-kit/schemas';
import { SIMULATOR_DEFECTS } from '@elan-kit/simulator';

/** The lists config.schema.json repeats, by JSON Pointer into the schema, taken from the code that owns them. */
export const CONFIG_SCHEMA_ENUMS: ReadonlyArray<readonly [pointer: string, values: readonly string[]]> = [
  ['/properties/modelVersion/enum', MODEL_VERSIONS],
  ['/properties/lang/enum', LANGS],
  ['/properties/checks/properties/preset/enum', PRESET_NAMES],
  ['/properties/simulator/properties/defects/items/enum', SIMULATOR_DEFECTS],
];

/** A copy of the config schema with every enum above set from the code (the validator and the generator use it). */
export function withCodeEnums(schema: object): object {
  const copy = structuredClone(schema) as Record<string, unknown>;
  for (const [pointer, values] of CONFIG_SCHEMA_ENUMS) {
    const keys = pointer.split('/').slice(1);
    const last = keys.pop() as string;
    let node: Record<string, unknown> = copy;
    for (const key of keys) {
      const next = node[key];
      if (next === null || typeof next !== 'object') throw new Error(`config.schema.json has no ${pointer}`);
      node = next as Record<string, unknown>;
    }
    node[last] = [...values];
  }
  return copy;
}
