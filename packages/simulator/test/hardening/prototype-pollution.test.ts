/**
 * Prototype pollution has no effect anywhere in the kit: prøving (rules), contract validation (schemas) and
 * every report renderer (reporter) are run on documents in which every object carries `__proto__`,
 * `constructor` and `prototype` members (as JSON.parse makes them: own properties), and afterwards no built-in
 * prototype has a new key and `({}).polluted` is still undefined. The simulator over HTTP is covered by
 * fuzz.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { contextFromData, createPartyRegister, vilkaarVectors } from '@elan-kit/fixtures';
import {
  parseRunResult,
  redactRunResult,
  renderHtml,
  renderJson,
  renderJunit,
  renderMarkdown,
} from '@elan-kit/reporter';
import { prov } from '@elan-kit/rules';
import { detectModelVersion, type ModelVersion, validateBegjaering } from '@elan-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrototypes, snapshotPrototypes } from './support/fuzz-harness.js';

const POLLUTING_MEMBERS =
  '"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';

/** The JSON text of `value` with the polluting members at the start of every object. */
function pollutedText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pollutedText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${pollutedText(item)}`);
    return `{${[POLLUTING_MEMBERS, ...members].join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A run result's JSON text with polluting members where the run-result schema admits any value (evidence
 * bodies, a finding's expected/actual) and as string-valued names in its string maps (headers, base URLs).
 */
function pollutedRunResultText(value: unknown, key = ''): string {
  if (key === 'body' || key === 'expected' || key === 'actual') return pollutedText(value ?? {});
  if (Array.isArray(value)) return `[${value.map((item) => pollutedRunResultText(item)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).map(
      ([name, item]) => `${JSON.stringify(name)}:${pollutedRunResultText(item, name)}`,
    );
    if (key === 'headers' || key === 'baseUrls')
      members.unshift('"__proto__":"yes","constructor":"yes","prototype":"yes"');
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

const require = createRequire(import.meta.url);
const examples = join(
  dirname(require.resolve('@elan-kit/schemas/package.json')),
  'contracts',
  'examples',
  'utleggsbegjaering',
);

function exampleDocuments(): Array<{ name: string; model: ModelVersion; document: unknown }> {
  const documents: Array<{ name: string; model: ModelVersion; document: unknown }> = [];
  for (const model of ['0.9', '1.0', '1.1', '2.0'] as const) {
    for (const name of ['minimal', 'complex']) {
      documents.push({
        name: `${model}/${name}`,
        model,
        document: JSON.parse(readFileSync(join(examples, model, `${name}.json`), 'utf8')),
      });
    }
  }
  for (const file of readdirSync(join(examples, 'published')).filter((f) => f.endsWith('.json'))) {
    documents.push({
      name: `published/${file}`,
      model: '0.9',
      document: JSON.parse(readFileSync(join(examples, 'published', file), 'utf8')),
    });
  }
  for (const vector of vilkaarVectors) {
    const model = vector.modelVersions[0] ?? '1.0';
    const base = JSON.parse(readFileSync(join(examples, model, `${vector.base}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    documents.push({ name: `vilkår ${vector.kode}`, model, document: vector.mutate(base) });
  }
  return documents;
}

let before: Record<string, string[]>;
beforeAll(() => {
  before = snapshotPrototypes();
});
afterAll(() => {
  expect(checkPrototypes(before)).toEqual([]);
});

describe('prototype pollution has no effect in rules, schemas and reporter', () => {
  const register = createPartyRegister();

  it('proves and validates every example, published and vilkår document with __proto__/constructor/prototype everywhere', () => {
    const documents = exampleDocuments();
    expect(documents.length).toBeGreaterThan(80);
    for (const { name, model, document } of documents) {
      const polluted: unknown = JSON.parse(pollutedText(document));
      expect(Object.hasOwn(polluted as object, '__proto__'), name).toBe(true);
      const findings = prov(polluted, contextFromData({}, { modelVersion: model, document: polluted, register }));
      expect(Array.isArray(findings), name).toBe(true);
      for (const tolerant of [false, true]) {
        const validation = validateBegjaering(polluted, { modelVersion: model, tolerant });
        expect(Array.isArray(validation.schemaErrors), name).toBe(true);
      }
      expect(detectModelVersion(polluted).modelVersion).toBeDefined();
      expect(checkPrototypes(before), name).toEqual([]);
    }
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  }, 60_000);

  it('parses and renders, in every format, a run result with polluting members wherever its schema admits them', () => {
    const sampleFile = join(
      dirname(require.resolve('@elan-kit/reporter/package.json')),
      'test',
      'fixtures',
      'run-result.sample.json',
    );
    const text = pollutedRunResultText(JSON.parse(readFileSync(sampleFile, 'utf8')));
    expect(text).toContain('"body":{"__proto__"');
    const result = parseRunResult(text, 'polluted.json');
    const rendered = [
      renderJson(result),
      renderMarkdown(result),
      renderHtml(result),
      renderJunit(result),
      JSON.stringify(redactRunResult(result)),
    ];
    for (const output of rendered) expect(output.length).toBeGreaterThan(100);
    expect(checkPrototypes(before)).toEqual([]);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  });
});
