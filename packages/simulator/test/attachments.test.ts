import { attachments } from '@elan-kit/fixtures';
import { loadContract } from '@elan-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.js';
import {
  call,
  elanHeaders,
  exampleInnsender,
  fetchToken,
  type Json,
  loadExample,
  registerClient,
  seedAttachmentsFor,
  startSimulator,
} from './helpers.js';

let simulator: Simulator;
let token: string;
let base: string;

beforeAll(async () => {
  simulator = await startSimulator({ attachmentProcessingMs: 1000 });
  token = await fetchToken(simulator.client);
  base = simulator.client.baseUrls.utleggsbegjaering;
});
afterAll(() => simulator.close());

async function upload(
  bytes: Uint8Array,
  fields: { innsenderReferanse?: string; type?: string; filnavn?: string } = {},
  useToken = token,
) {
  const form = new FormData();
  form.set('fil', new Blob([bytes], { type: 'application/pdf' }), fields.filnavn ?? 'dokument.pdf');
  if (fields.innsenderReferanse !== undefined) form.set('innsenderReferanse', fields.innsenderReferanse);
  if (fields.type !== undefined) form.set('type', fields.type);
  const response = await fetch(`${base}/vedlegg`, { method: 'POST', headers: elanHeaders(useToken), body: form });
  return { status: response.status, body: (await response.json()) as Json };
}

async function statusOf(uuid: string): Promise<string> {
  token = await fetchToken(simulator.client);
  return (await call(`${base}/vedlegg/${uuid}`, { token })).body.status;
}

describe('attachments: upload and lifecycle on the virtual clock', () => {
  it('moves a valid PDF through MOTTATT → VIRUSSJEKKET → VALIDERT → KONVERTERT, one step per second', async () => {
    const created = await upload(attachments.validPdf(), {
      innsenderReferanse: 'REF-1',
      type: 'tvangsgrunnlag',
      filnavn: 'dom.pdf',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      filnavn: 'dom.pdf',
      status: 'MOTTATT',
    });
    const validator = loadContract('utleggsbegjaering', '1.0').operation('lastOppVedlegg');
    expect(validator.validateResponse(201, created.body, 'application/json')).toEqual([]);
    const seen = [created.body.status];
    for (let step = 0; step < 3; step++) {
      simulator.admin.clock.advance(1000);
      seen.push(await statusOf(created.body.uuid));
    }
    expect(seen).toEqual(['MOTTATT', 'VIRUSSJEKKET', 'VALIDERT', 'KONVERTERT']);
    const read = await call(`${base}/vedlegg/${created.body.uuid}`, { token });
    expect(read.body).toEqual({
      uuid: created.body.uuid,
      filnavn: 'dom.pdf',
      type: 'tvangsgrunnlag',
      status: 'KONVERTERT',
    });
  });

  it.each([
    ['EICAR', () => attachments.eicar(), 'VIRUS_FUNNET'],
    ['a file that is not a PDF', () => attachments.notPdf(), 'IKKE_KONVERTERBAR'],
    ['a broken PDF', () => attachments.brokenPdf(), 'KONVERTERING_FEILET'],
    ['an empty file', () => new Uint8Array(0), 'VALIDERING_FEILET'],
  ])('ends %s in %s', async (_name, bytes, outcome) => {
    const created = await upload(bytes(), { innsenderReferanse: 'REF-2' });
    expect(created.status).toBe(201);
    simulator.admin.clock.advance('10s');
    expect(await statusOf(created.body.uuid)).toBe(outcome);
  });

  it('processes synchronously when the step delay is 0', async () => {
    const instant = await startSimulator({ attachmentProcessingMs: 0 });
    try {
      const form = new FormData();
      form.set('fil', new Blob([attachments.validPdf()]), 'a.pdf');
      form.set('innsenderReferanse', 'REF');
      const response = await fetch(`${instant.client.baseUrls.utleggsbegjaering}/vedlegg`, {
        method: 'POST',
        headers: elanHeaders(await fetchToken(instant.client)),
        body: form,
      });
      expect(((await response.json()) as { status: string }).status).toBe('KONVERTERT');
    } finally {
      await instant.close();
    }
  });

  it('refuses an upload without the file or the reference (400), and a non-multipart body (415)', async () => {
    const form = new FormData();
    form.set('innsenderReferanse', 'REF');
    const noFile = await fetch(`${base}/vedlegg`, { method: 'POST', headers: elanHeaders(token), body: form });
    expect(noFile.status).toBe(400);
    expect((await upload(attachments.validPdf(), {})).status).toBe(400);
    const json = await call(`${base}/vedlegg`, { token, body: { fil: 'x' } });
    expect(json.status).toBe(415);
  });

  it('refuses an attachment over the limit with 413', async () => {
    const small = await startSimulator({ limits: { attachmentBytes: 2048 } });
    try {
      const form = new FormData();
      form.set('fil', new Blob([attachments.oversize(4096)]), 'stor.pdf');
      form.set('innsenderReferanse', 'REF');
      const response = await fetch(`${small.client.baseUrls.utleggsbegjaering}/vedlegg`, {
        method: 'POST',
        headers: elanHeaders(await fetchToken(small.client)),
        body: form,
      });
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('deletes (204) and then answers 404; another organisation gets 403, an unknown uuid 404', async () => {
    const created = await upload(attachments.validPdf(), { innsenderReferanse: 'REF-3' });
    const stranger = await registerClient(simulator, { orgnr: '311111114' });
    const strangerToken = await fetchToken(stranger);
    expect((await call(`${base}/vedlegg/${created.body.uuid}`, { token: strangerToken })).status).toBe(403);
    expect(
      (await call(`${base}/vedlegg/${created.body.uuid}`, { token: strangerToken, method: 'DELETE' })).status,
    ).toBe(403);
    expect((await call(`${base}/vedlegg/${created.body.uuid}`, { token, method: 'DELETE' })).status).toBe(204);
    expect((await call(`${base}/vedlegg/${created.body.uuid}`, { token })).status).toBe(404);
    expect((await call(`${base}/vedlegg/00000000-0000-4000-8000-000000000000`, { token })).status).toBe(404);
  });
});

describe('attachments in prøving', () => {
  it('reports unprocessed, failed, deleted, foreign and wrongly bound attachments with the VEDLEGG_* codes', async () => {
    const example = loadExample('1.0', 'minimal');
    const orgnr = exampleInnsender(example);
    const owner = await registerClient(simulator, { orgnr });
    const ownerToken = await fetchToken(owner);
    const document = seedAttachmentsFor(simulator, example, orgnr);
    expect((await call(`${base}/valider`, { token: ownerToken, body: document })).status).toBe(204);

    const [first] = (document.vedlegg as Array<{ uuid: string }> | undefined) ?? [];
    const refs = JSON.stringify(document).match(/"uuid":"([0-9a-f-]{36})"/);
    const uuid = first?.uuid ?? refs?.[1];
    expect(uuid).toBeDefined();
    const codesFor = async (replacement: string) => {
      const changed = JSON.parse(JSON.stringify(document).replaceAll(String(uuid), replacement));
      const result = await call(`${base}/valider`, { token: ownerToken, body: changed });
      return (result.body?.kontrollutslag ?? []).map((k: { kode: string }) => k.kode);
    };
    const pending = simulator.admin.seedAttachment({ orgnr, innsenderReferanse: String(document.innsenderReferanse) });
    const pendingUpload = await (async () => {
      const form = new FormData();
      form.set('fil', new Blob([attachments.validPdf()]), 'ny.pdf');
      form.set('innsenderReferanse', String(document.innsenderReferanse));
      const response = await fetch(`${base}/vedlegg`, { method: 'POST', headers: elanHeaders(ownerToken), body: form });
      return ((await response.json()) as { uuid: string }).uuid;
    })();
    expect(pending.status).toBe('KONVERTERT');
    expect(await codesFor(pendingUpload)).toContain('VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT');
    const virus = simulator.admin.seedAttachment({
      orgnr,
      innsenderReferanse: String(document.innsenderReferanse),
      outcome: 'VIRUS_FUNNET',
    });
    expect(await codesFor(virus.uuid)).toContain('VEDLEGG_SKAL_VAERE_TILGJENGELIG');
    const failed = simulator.admin.seedAttachment({
      orgnr,
      innsenderReferanse: String(document.innsenderReferanse),
      outcome: 'KONVERTERING_FEILET',
    });
    expect(await codesFor(failed.uuid)).toContain('VEDLEGG_SKAL_IKKE_HA_FEILET');
    const otherReference = simulator.admin.seedAttachment({ orgnr, innsenderReferanse: 'EN-ANNEN-BEGJAERING' });
    expect(await codesFor(otherReference.uuid)).toContain('VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN');
    const foreign = simulator.admin.seedAttachment({
      orgnr: '311111114',
      innsenderReferanse: String(document.innsenderReferanse),
    });
    expect(await codesFor(foreign.uuid)).toContain('VEDLEGG_SKAL_VAERE_TILGJENGELIG');
  });
});
