/**
 * The seed requests the fuzzers mutate: every published and canonical example payload, the generated fixture
 * set and the vilkår mutation catalog (each failing vector and its passing neighbour), each aimed at the
 * operation it belongs to, plus the body-less operations and an attachment upload.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fixtureSet, vilkaarVectors } from '@elan-kit/fixtures';
import type { ModelVersion } from '@elan-kit/schemas';

export const V1 = '/api/utleggsbegjaering/v1';
export const V2 = '/api/utleggsbegjaering/v2';
export const KOMMUNE_V1 = '/api/utleggstrekk-fra-kommune/v1';
export const KOMMUNE_V2 = '/api/utleggstrekk-fra-kommune/v2';

export type SeedBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'multipart'; readonly boundary: string; readonly bytes: Buffer }
  /** Maskinporten's form-encoded token request. */
  | { readonly kind: 'form'; readonly text: string }
  | { readonly kind: 'none' };

export interface SeedRequest {
  readonly label: string;
  readonly method: string;
  /** A concrete path; `{ref}` and `{uuid}` are filled in per request. */
  readonly path: string;
  readonly body: SeedBody;
}

/** References a seed path can name; the fuzzer picks one per request. */
export const PATH_SLOTS = ['{ref}', '{uuid}'] as const;

const examplesRoot = join(
  dirname(createRequire(import.meta.url).resolve('@elan-kit/schemas/package.json')),
  'contracts',
  'examples',
);

function readJson(...segments: string[]): unknown {
  return JSON.parse(readFileSync(join(examplesRoot, ...segments), 'utf8'));
}

function requestExamples(api: string): Array<{ file: string; value: unknown }> {
  const dir = join(examplesRoot, api);
  const walk = (relative: string): Array<{ file: string; value: unknown }> =>
    readdirSync(join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
      const path = join(relative, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.json') && entry.name.includes('.request')
        ? [{ file: path, value: readJson(api, path) }]
        : [];
    });
  return walk('.');
}

/** The four begjæring operations a document can be sent to, under one base path. */
function begjaeringSeeds(label: string, base: string, value: unknown): SeedRequest[] {
  const json = { kind: 'json', value } as const;
  return [
    { label: `${label} → validerNyBegjaering`, method: 'POST', path: `${base}/valider`, body: json },
    { label: `${label} → opprettBegjaering`, method: 'POST', path: base, body: json },
    { label: `${label} → validerEndretBegjaering`, method: 'PUT', path: `${base}/valider/{ref}`, body: json },
    { label: `${label} → endreBegjaering`, method: 'PUT', path: `${base}/{ref}`, body: json },
  ];
}

function multipartUpload(base: string): SeedRequest {
  const boundary = 'elan-kit-fuzz-boundary';
  const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n0\n%%EOF\n';
  const text = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="innsenderReferanse"',
    '',
    'FUZZ-REF-1',
    `--${boundary}`,
    'Content-Disposition: form-data; name="fil"; filename="faktura.pdf"',
    'Content-Type: application/pdf',
    '',
    pdf,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return {
    label: 'attachment upload → lastOppVedlegg',
    method: 'POST',
    path: `${base}/vedlegg`,
    body: { kind: 'multipart', boundary, bytes: Buffer.from(text) },
  };
}

/** Where a generated fixture is sent. */
function fixturePath(api: string, operationId: string, contractVersion: string | undefined, v2: string): string {
  if (api === 'kommune') {
    return operationId === 'oppslagSamordnetTrekk'
      ? `${KOMMUNE_V1}/oppslag-samordnet-trekk`
      : `${contractVersion === '2.0' ? KOMMUNE_V2 : KOMMUNE_V1}/beslutning`;
  }
  if (api === 'betjeningskartet') return `${v2}/betjeningskartet`;
  return `${v2}/valider`;
}

/**
 * Every seed for a simulator serving `v2Model` under `/v2` (0.9 documents go to `/v1`; documents of the other
 * models go to `/v2` as well, where they meet a schema they do not fit — also worth fuzzing).
 */
export function loadCorpus(v2Model: Exclude<ModelVersion, '0.9'>): SeedRequest[] {
  const seeds: SeedRequest[] = [];
  const baseFor = (model: string) => (model === '0.9' ? V1 : V2);

  for (const model of ['0.9', '1.0', '1.1', '2.0']) {
    for (const name of ['minimal', 'complex']) {
      seeds.push(
        ...begjaeringSeeds(
          `example ${model}/${name}`,
          baseFor(model),
          readJson('utleggsbegjaering', model, `${name}.json`),
        ),
      );
    }
  }
  for (const file of readdirSync(join(examplesRoot, 'utleggsbegjaering', 'published'))) {
    if (!file.endsWith('.json')) continue;
    seeds.push(...begjaeringSeeds(`published ${file}`, V1, readJson('utleggsbegjaering', 'published', file)));
  }
  for (const { file, value } of requestExamples('betjeningskartet')) {
    seeds.push({
      label: `betjeningskartet ${file}`,
      method: 'POST',
      path: `${V2}/betjeningskartet`,
      body: { kind: 'json', value },
    });
  }
  for (const { file, value } of requestExamples('innsyn')) {
    seeds.push({ label: `innsyn ${file}`, method: 'POST', path: `${V2}/innsyn/trekk`, body: { kind: 'json', value } });
  }
  for (const { file, value } of requestExamples('kommune')) {
    const path = file.includes('oppslagSamordnetTrekk')
      ? `${KOMMUNE_V1}/oppslag-samordnet-trekk`
      : `${file.startsWith('2.0') ? KOMMUNE_V2 : KOMMUNE_V1}/beslutning`;
    seeds.push({ label: `kommune ${file}`, method: 'POST', path, body: { kind: 'json', value } });
  }

  for (const fixture of fixtureSet(v2Model).fixtures) {
    seeds.push({
      label: `fixture ${v2Model}/${fixture.name}`,
      method: 'POST',
      path: fixturePath(fixture.api, fixture.operationId, fixture.contractVersion, V2),
      body: { kind: 'json', value: fixture.payload },
    });
  }

  for (const vector of vilkaarVectors) {
    if (!vector.modelVersions.includes(v2Model)) continue;
    const base = readJson('utleggsbegjaering', v2Model, `${vector.base}.json`) as Record<string, unknown>;
    const change = vector.context?.mode === 'endring';
    const path = change ? `${V2}/valider/{ref}` : `${V2}/valider`;
    for (const [suffix, edit] of [
      ['', vector],
      [' (neighbour)', vector.neighbour],
    ] as const) {
      seeds.push({
        label: `vilkår ${vector.kode}${suffix}`,
        method: change ? 'PUT' : 'POST',
        path,
        body: { kind: 'json', value: edit.mutate(structuredClone(base)) },
      });
    }
  }

  const none = { kind: 'none' } as const;
  for (const base of [V1, V2]) {
    seeds.push(
      multipartUpload(base),
      { label: 'hentVedlegg', method: 'GET', path: `${base}/vedlegg/{uuid}`, body: none },
      { label: 'slettVedlegg', method: 'DELETE', path: `${base}/vedlegg/{uuid}`, body: none },
      { label: 'hentBegjaering', method: 'GET', path: `${base}/{ref}`, body: none },
      { label: 'hentStatusPaaSak', method: 'GET', path: `${base}/status/{ref}`, body: none },
      {
        label: 'hentStatusendringer',
        method: 'GET',
        path: `${base}/status/endringer?fraSekvensnummer=0&maksAntall=5`,
        body: none,
      },
    );
  }
  const staleGrant = [
    Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'fuzz' })).toString('base64url'),
    Buffer.from(JSON.stringify({ iss: 'fuzz', aud: 'fuzz', iat: 0, exp: 1, jti: 'fuzz' })).toString('base64url'),
    'c2lnbmF0dXJl',
  ].join('.');
  seeds.push(
    {
      label: 'token',
      method: 'POST',
      path: '/token',
      body: {
        kind: 'form',
        text: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: staleGrant,
        }).toString(),
      },
    },
    { label: 'jwks', method: 'GET', path: '/jwk', body: none },
    { label: 'metadata', method: 'GET', path: '/.well-known/oauth-authorization-server', body: none },
  );
  return seeds;
}
