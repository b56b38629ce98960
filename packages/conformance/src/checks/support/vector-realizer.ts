import { attachments as attachmentFiles, type ContextData, contextFromData, type VectorCase } from '@elan-kit/fixtures';
import {
  type AttachmentStatus,
  innsenderOrgnr,
  type ModelVersion,
  osloDate,
  type ProvingContext,
} from '@elan-kit/schemas';
import { createElanApi, type ElanApi } from '../../client/elan-api.js';
import type { CheckContext } from '../../engine/check.js';
import type { FindingText } from '../../engine/finding.js';
import type { HttpResponse } from '../../http/http-client.js';
import { registerOf } from '../../targets/target.js';
import { replaceStrings, waitForAttachment } from './payloads.js';
import { senderOrgnr } from './sender.js';

type Document = Record<string, unknown>;

/** The request a vector becomes once the target holds its context. */
export interface RealizedVector {
  readonly api: ElanApi;
  readonly mode: 'ny' | 'endring';
  readonly document: Document;
  readonly eksternSaksreferanse?: string;
  readonly setup: readonly HttpResponse[];
}

/** `skip` completes "the vector …" in both languages: "needs …" / "krever …". */
export type Realization = RealizedVector | { readonly skip: FindingText };

/** Upload content and processing steps (on the virtual clock) that leave an attachment in each status. */
const STATUS_PLAN: Partial<Record<AttachmentStatus, { bytes: () => Uint8Array; steps: number; remove?: boolean }>> = {
  MOTTATT: { bytes: attachmentFiles.validPdf, steps: 0 },
  VIRUSSJEKKET: { bytes: attachmentFiles.validPdf, steps: 1 },
  VALIDERT: { bytes: attachmentFiles.validPdf, steps: 2 },
  KONVERTERT: { bytes: attachmentFiles.validPdf, steps: 3 },
  VIRUS_FUNNET: { bytes: attachmentFiles.eicar, steps: 3 },
  VALIDERING_FEILET: { bytes: () => new Uint8Array(0), steps: 3 },
  KONVERTERING_FEILET: { bytes: attachmentFiles.brokenPdf, steps: 3 },
  IKKE_KONVERTERBAR: { bytes: attachmentFiles.notPdf, steps: 3 },
  SLETTET: { bytes: attachmentFiles.validPdf, steps: 3, remove: true },
};

/** `{ uuid, filnavn }` of every attachment reference in a document. */
function attachmentRefs(document: unknown): Array<{ uuid: string; filnavn: string; type?: string }> {
  const found = new Map<string, { uuid: string; filnavn: string; type?: string }>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 40 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record['uuid'] === 'string' && typeof record['filnavn'] === 'string') {
      found.set(record['uuid'], {
        uuid: record['uuid'],
        filnavn: record['filnavn'],
        ...(typeof record['type'] === 'string' ? { type: record['type'] } : {}),
      });
    }
    for (const item of Object.values(record)) walk(item, depth + 1);
  };
  walk(document, 0);
  return [...found.values()];
}

/** Person and organisation numbers named anywhere in a document. */
function identifiers(document: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 40 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (
        (key === 'verdi' || key === 'taxIdentificationNumber') &&
        typeof item === 'string' &&
        /^\d{9}(\d{2})?$/.test(item)
      ) {
        found.add(item);
      } else walk(item, depth + 1);
    }
  };
  walk(document, 0);
  return [...found];
}

/** Context a remote target cannot be put into: only the simulator's admin API can. */
function needsSimulatorState(data: ContextData): FindingText | undefined {
  if (data.mode === 'endring' || data.earlier) return { en: 'a stored case to change', nb: 'en lagret sak å endre' };
  if (data.earlierSubmissions?.length) return { en: 'an earlier submission', nb: 'en tidligere innsending' };
  if (data.parties?.length || data.unknownParties?.length || data.registerDocumentParties === false)
    return { en: 'party register entries', nb: 'oppføringer i partsregisteret' };
  if (data.attachments?.length || data.unknownAttachments?.length || data.registerDocumentAttachments === false) {
    return { en: 'attachments in given states', nb: 'vedlegg med bestemte statuser' };
  }
  if (data.authenticatedOrgnr !== undefined) {
    return { en: 'another authenticated organisation', nb: 'en annen autentisert organisasjon' };
  }
  if (data.today !== undefined) return { en: 'another date', nb: 'en annen dato' };
  return undefined;
}

/**
 * Puts the target into a vector's context and returns the request to send: on the simulator, parties, earlier
 * submissions, stored cases, attachments in given states, the authenticated organisation and the date are set up
 * through the admin API; on other targets only vectors without such context are sent.
 */
export function createVectorRealizer(context: CheckContext, modelVersion: ModelVersion) {
  const control = context.target.simulator;
  const register = registerOf(context.target);
  const uploadCache = new Map<string, string>();
  const originalToday = osloDate(context.clock.now());
  let provingOptionsSet = false;

  async function apiFor(orgnr: string | undefined): Promise<ElanApi> {
    if (!control || !orgnr) return context.api;
    const tokens = await control.tokensFor(orgnr);
    return createElanApi({ target: context.target, http: context.http, signal: context.signal, tokens });
  }

  async function realizeAttachments(
    api: ElanApi,
    proving: ProvingContext,
    document: Document,
    orgnr: string,
    setup: HttpResponse[],
    deferWait: boolean,
  ): Promise<{ readonly document: Document } | { readonly needs: FindingText }> {
    const refs = attachmentRefs(document);
    const planned = refs.flatMap((ref) => {
      const info = proving.attachments?.get(ref.uuid);
      if (!info) return [];
      return [{ ref, info, plan: STATUS_PLAN[info.status] }];
    });
    const missing = planned.find((item) => !item.plan);
    if (missing) {
      return {
        needs: {
          en: `an attachment in state ${missing.info.status}`,
          nb: `et vedlegg med status ${missing.info.status}`,
        },
      };
    }
    // The target binds an attachment to the begjæring's innsenderReferanse (simulator ASSUMPTION): an attachment
    // the context binds to "this begjæring" is uploaded with that reference, any other keeps its own.
    const ownReference =
      typeof document['innsenderReferanse'] === 'string' ? document['innsenderReferanse'] : undefined;
    const boundTo = (referanse: string | undefined) =>
      referanse !== undefined && referanse === proving.begjaeringReferanse ? (ownReference ?? referanse) : referanse;
    const uuids = new Map<string, string>();
    const keyOf = (item: (typeof planned)[number]) =>
      `${orgnr}|${boundTo(item.info.begjaeringReferanse) ?? ''}|${item.info.status}|${item.ref.type ?? ''}`;
    const pending = planned.filter((item) => {
      const cached = item.plan?.steps === 3 ? uploadCache.get(keyOf(item)) : undefined;
      if (cached) uuids.set(item.ref.uuid, cached);
      return !cached;
    });
    // Upload the ones that need the most processing first, one virtual processing step apart, so that each
    // attachment has exactly its number of steps behind it when the vector is sent.
    const maxSteps = Math.max(-1, ...pending.map((item) => item.plan?.steps ?? 0));
    for (let steps = maxSteps; steps >= 0; steps--) {
      for (const item of pending) {
        const plan = item.plan;
        if (!plan || plan.steps !== steps) continue;
        const referanse = boundTo(item.info.begjaeringReferanse) ?? `ELAN-KIT-UNBOUND-${item.ref.uuid.slice(0, 8)}`;
        const upload = await api.lastOppVedlegg({
          data: plan.bytes(),
          filnavn: item.ref.filnavn,
          innsenderReferanse: referanse,
          ...(item.ref.type ? { type: item.ref.type } : {}),
        });
        setup.push(upload);
        const uuid = (upload.body as { uuid?: unknown } | undefined)?.uuid;
        if (upload.status !== 201 || typeof uuid !== 'string') {
          return {
            needs: {
              en: `an upload the target refused (${upload.status})`,
              nb: `et vedlegg som testmålet ikke tok imot (${upload.status})`,
            },
          };
        }
        if (plan.remove) setup.push(await api.slettVedlegg(uuid));
        uuids.set(item.ref.uuid, uuid);
        if (steps === 3) uploadCache.set(keyOf(item), uuid);
      }
      if (steps > 0) {
        const wait = control ? control.attachmentStepMs : 0;
        if (wait > 0) await context.clock.sleep(wait, context.signal);
      }
    }
    if (!control && pending.length > 0) {
      for (const uuid of new Set(pending.map((item) => uuids.get(item.ref.uuid)).filter((u): u is string => !!u))) {
        if (deferWait) deferred.set(uuid, api);
        else await waitForAttachment(context, uuid, api);
      }
    }
    return { document: replaceStrings(document, uuids) };
  }

  // Off the simulator, the kit cannot act as the fixtures' innsender: it sends as the organisation its token is for.
  const sender = control ? undefined : senderOrgnr(context.target);
  /** Uploads whose conversion `settle()` still has to wait for, with the client that uploaded them. */
  const deferred = new Map<string, ElanApi>();

  /**
   * `passing`: the vector is a neighbour that must be accepted. Off the simulator its innsender, whichever
   * organisation it names, becomes the sender (the only one the kit can authenticate as); a failing vector keeps
   * an innsender it changed on purpose. `deferWait`: off the simulator, leave waiting for uploaded attachments to
   * `settle()`, so that many vectors' attachments convert at the same time.
   */
  async function realize(
    vector: VectorCase,
    base: Document,
    how: { passing?: boolean; deferWait?: boolean } = {},
  ): Promise<Realization> {
    const mutated = vector.mutate(base) as Document;
    const replaced = (how.passing ? innsenderOrgnr(mutated) : undefined) ?? innsenderOrgnr(base);
    const document =
      sender && replaced && replaced !== sender ? replaceStrings(mutated, new Map([[replaced, sender]])) : mutated;
    const data = vector.context ?? {};
    // Prøving options (e.g. a register declared complete) are the target's own configuration, not request state:
    // only the simulator can be told to use them, and only for the vector that needs them.
    const options = Object.keys(data.options ?? {});
    if (options.length > 0 && !control) {
      const list = options.join(', ');
      return {
        skip: {
          en: `needs prøving options the target decides itself (${list})`,
          nb: `krever prøvingsvalg som testmålet bestemmer selv (${list})`,
        },
      };
    }
    if (control && (options.length > 0 || provingOptionsSet)) {
      await control.setProvingOptions(data.options ?? {});
      provingOptionsSet = options.length > 0;
    }
    if (!control) {
      const reason = needsSimulatorState(data);
      if (reason) {
        return {
          skip: {
            en: `needs ${reason.en}, which only the simulator can set up`,
            nb: `krever ${reason.nb}, noe bare simulatoren kan sette opp`,
          },
        };
      }
    }
    const proving = contextFromData(data, { modelVersion, document, baseDocument: base, register });
    const orgnr = proving.authenticatedOrgnr ?? innsenderOrgnr(document) ?? context.target.expectations.consumerOrgnr;
    const setup: HttpResponse[] = [];
    if (control) {
      const current = osloDate(context.clock.now());
      if (proving.today !== current) {
        await control.setToday(proving.today);
        // Uploads made "later" than the new time would look unprocessed again.
        if (proving.today < current) uploadCache.clear();
      }
      for (const identifier of identifiers(document)) {
        const party = proving.parties?.get(identifier);
        if (party) {
          const { kind, regelverk, hovedenhet, enk } = party;
          await control.registerParty({
            identifier,
            kind,
            regelverk,
            ...(hovedenhet === undefined ? {} : { hovedenhet }),
            ...(enk === undefined ? {} : { enk }),
          });
        }
      }
      for (const earlier of data.earlierSubmissions ?? []) {
        await control.seedCase({
          orgnr: earlier.innsenderOrgnr ?? orgnr ?? '',
          document: {
            ...document,
            begjaeringsdato: earlier.begjaeringsdato ?? document['begjaeringsdato'],
            innsenderReferanse: earlier.innsenderReferanse,
          },
          saksstatus: 'sakOpprettet',
        });
      }
    }
    const api = await apiFor(orgnr);
    const realized = await realizeAttachments(api, proving, document, orgnr ?? '', setup, how.deferWait ?? false);
    if ('needs' in realized) return { skip: { en: `needs ${realized.needs.en}`, nb: `krever ${realized.needs.nb}` } };
    if (proving.mode === 'endring') {
      if (!control || !proving.earlier) {
        return { skip: { en: 'needs a stored case to change', nb: 'krever en lagret sak å endre' } };
      }
      const stored = (data.earlier?.document ?? base) as Document;
      const eksternSaksreferanse = await control.seedCase({
        orgnr: orgnr ?? '',
        document: replaceStrings(stored, new Map()),
        saksstatus: proving.earlier.saksstatus,
        ...(proving.earlier.hasUnprocessedSubmission ? { unprocessedSubmission: true } : {}),
      });
      return { api, mode: 'endring', document: realized.document, eksternSaksreferanse, setup };
    }
    return { api, mode: 'ny', document: realized.document, setup };
  }

  /** Puts the clock back where the run had it, if vectors moved it into the past, and the prøving options too. */
  async function restore(): Promise<void> {
    if (control && osloDate(context.clock.now()) < originalToday) await control.setToday(originalToday);
    if (control && provingOptionsSet) {
      await control.setProvingOptions({});
      provingOptionsSet = false;
    }
  }

  /** Waits until every deferred attachment has left the processing states. */
  async function settle(): Promise<void> {
    for (const [uuid, api] of deferred) await waitForAttachment(context, uuid, api);
    deferred.clear();
  }

  return { realize, settle, restore };
}
