import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { attachmentBytes, createPartyRegister, dom, utleggsbegjaering } from '@elan-kit/fixtures';
import { createGrant } from '../../src/maskinporten/grant.js';
import { importMaskinportenKey } from '../../src/maskinporten/key-material.js';
import type { AdapterAnswer as AdapterResult, ScenarioCard } from '../../src/targets/vendor/adapter-contract.js';

interface ClientFile {
  clientId: string;
  privateJwk: Record<string, unknown>;
  tokenEndpoint: string;
  audience: string;
}

/**
 * A vendor system that does everything the checklist warns against: a token per call, no Betjeningskartet,
 * blind resends after a 422, ignores Retry-After, polls status every second, never sends the change, and does not
 * show kontrollutslag to its user.
 */
export function badVendorAdapter(): (card: ScenarioCard) => Promise<AdapterResult> {
  const register = createPartyRegister({ seed: 1 });
  return async (card) => {
    const client = JSON.parse(readFileSync(card.simulator.clientFile ?? '', 'utf8')) as ClientFile;
    const key = await importMaskinportenKey({ key: JSON.stringify(client.privateJwk) });
    const base = card.simulator.baseUrls['utleggsbegjaering'] ?? '';
    const call = async (method: string, path: string, body?: unknown, form?: FormData): Promise<Response> => {
      const assertion = await createGrant({
        clientId: client.clientId,
        audience: client.audience,
        scope: 'skatteetaten:utleggsbegjaering',
        key,
        now: new Date(),
      });
      const token = (await (
        await fetch(client.tokenEndpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
        })
      ).json()) as { access_token: string };
      return fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token.access_token}`,
          klientid: 'bad-vendor',
          korrelasjonsid: randomUUID(),
          meldingsid: randomUUID(),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(form ? { body: form } : body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    };
    const saksoekt = register.party(card.parties['saksoekt'] ?? '') ?? register.defaultSaksoekt;
    const built = utleggsbegjaering(card.modelVersion as '1.0', {
      register,
      today: new Date().toISOString().slice(0, 10),
    })
      .saksoekt(saksoekt)
      .innsenderReferanse(`BAD-${card.id}-${Date.now()}`)
      .tvangsgrunnlag(dom(), (tg) => tg.hovedkrav({ beloep: 1000, forfallsdato: '2025-06-01' }))
      .build();
    let document = JSON.stringify(built.payload);
    for (const ref of built.attachments) {
      const form = new FormData();
      form.append('innsenderReferanse', String((built.payload as { innsenderReferanse: string }).innsenderReferanse));
      form.append('type', ref.type);
      form.append('fil', new Blob([attachmentBytes(ref)], { type: 'application/pdf' }), ref.filnavn);
      const uploaded = (await (await call('POST', '/vedlegg', undefined, form)).json()) as { uuid: string };
      document = document.replaceAll(ref.uuid, uploaded.uuid);
    }
    const begjaering = JSON.parse(document) as Record<string, unknown>;
    switch (card.id) {
      case 'full-flow': {
        await call('POST', '/valider', begjaering);
        const created = (await (await call('POST', '', begjaering)).json()) as { eksternSaksreferanse: string };
        for (let i = 0; i < 3; i++) await call('GET', `/status/${created.eksternSaksreferanse}`);
        return {};
      }
      case 'kontrollutslag': {
        const empty = { ...begjaering, kravTilInnkreving: [] };
        await call('POST', '', empty);
        await call('POST', '', empty);
        return { kontrollutslag: [] };
      }
      case 'old-regime':
        await call('POST', '', begjaering);
        return {};
      default: {
        for (let i = 0; i < 3; i++) if ((await call('POST', '/valider', begjaering)).status < 300) break;
        for (let i = 0; i < 3; i++) if ((await call('POST', '', begjaering)).status < 300) break;
        return {};
      }
    }
  };
}
