import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContract, MODEL_VERSIONS } from '../src/index.js';
import { type ExampleTarget, examplesRoot, exampleTargetFor, listExampleFiles } from './support/example-targets.js';

const files = listExampleFiles();

function readExample(file: string): unknown {
  return JSON.parse(readFileSync(`${examplesRoot}${file}`, 'utf8'));
}

/** Examples are validated with the operation's own (first documented) media type. */
function validateAgainstOperation(target: Extract<ExampleTarget, { kind: 'operation' }>, body: unknown) {
  const operation = loadContract(target.api, target.version || undefined).operation(target.operationId);
  return target.part === 'request'
    ? operation.validateRequestBody(body)
    : operation.validateResponse(target.part.status, body);
}

describe('contract examples', () => {
  it('finds the examples of every API', () => {
    const apis = new Set(files.map((file) => file.split('/')[0]));
    for (const api of ['betjeningskartet', 'status', 'innsyn', 'kommune', 'maskinporten']) expect(apis).toContain(api);
  });

  it.each(files)('%s names what it exemplifies', (file) => {
    expect(exampleTargetFor(file)).toBeDefined();
  });

  it.each(files.filter((file) => exampleTargetFor(file)?.kind === 'operation'))(
    '%s validates against its operation',
    (file) => {
      const target = exampleTargetFor(file) as Extract<ExampleTarget, { kind: 'operation' }>;
      expect(validateAgainstOperation(target, readExample(file))).toEqual([]);
    },
  );

  it.each(files.filter((file) => exampleTargetFor(file)?.kind === 'begjaering'))(
    '%s validates against opprettBegjaering of its model',
    (file) => {
      const target = exampleTargetFor(file) as Extract<ExampleTarget, { kind: 'begjaering' }>;
      const operation = loadContract('utleggsbegjaering', target.version).operation('opprettBegjaering');
      expect(operation.validateRequestBody(readExample(file), 'application/json')).toEqual([]);
    },
  );

  it.each(files.filter((file) => exampleTargetFor(file)?.kind === 'published-begjaering'))(
    '%s (a published begjæring) validates against opprettBegjaering of some model version',
    (file) => {
      const body = readExample(file);
      const accepting = MODEL_VERSIONS.filter(
        (version) =>
          loadContract('utleggsbegjaering', version).operation('opprettBegjaering').validateRequestBody(body).length ===
          0,
      );
      expect(accepting.length).toBeGreaterThan(0);
    },
  );
});

describe('the published municipality examples', () => {
  const older = readExample('kommune/1.0/sendBeslutningOmTrekk.request.published-ce31a04.json') as Record<
    string,
    unknown
  >;
  const newer = readExample('kommune/1.0/sendBeslutningOmTrekk.request.published-8ed9725.json') as Record<
    string,
    unknown
  >;

  it('keep the quirks that tell the two revisions apart', () => {
    expect(Array.isArray(older['saksoekt'])).toBe(true);
    expect(Array.isArray(newer['saksoekt'])).toBe(false);
    expect(JSON.stringify(older)).toContain('"virksomhetstype":"kommune"');
    expect(JSON.stringify(older)).toContain('"kravreferanse"');
    expect(JSON.stringify(newer)).toContain('"innsendersKravreferanse"');
    expect(JSON.stringify(newer)).toContain('"innsendersProsessfullmektig"');
    expect(JSON.stringify(older)).toContain('"annenOffisiellIdentifikator":null');
  });

  it('are rejected by the schema when a quirk is pushed past what the model allows', () => {
    const operation = loadContract('kommune', '1.0').operation('sendBeslutningOmTrekk');
    const broken = { ...newer, saksoekt: [] };
    const errors = operation.validateRequestBody(broken, 'application/json');
    expect(errors.some((error) => error.instancePath === '/saksoekt')).toBe(true);
  });
});
