import {
  type AttachmentRef,
  attachmentBytes,
  type BuiltPayload,
  dom,
  isSynthetic,
  type PartyRegister,
  type RegisterOrganisation,
  utleggsbegjaering,
} from '@elan-kit/fixtures';
import { osloDate } from '@elan-kit/schemas';
import { ATTACHMENT_WAIT } from '../../assumptions.js';
import type { ElanApi } from '../../client/elan-api.js';
import type { CheckContext } from '../../engine/check.js';
import type { Clock } from '../../engine/clock.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import type { HttpResponse } from '../../http/http-client.js';
import { registerOf, type Target } from '../../targets/target.js';
import { senderOrgnr } from './sender.js';

/** The fixed case references the test environment (and the simulator) answer with fixed states (§14). */
export const STATUS_TEST_REFERENCE = 'TEST_SAK_OPPRETTET';
export const UNKNOWN_TEST_REFERENCE = 'TEST_UGYLDIG';

type Document = Record<string, unknown>;

/** Synthetic payloads for one run, built from the party register the target knows. */
export interface Payloads {
  readonly register: PartyRegister;
  readonly innsender: RegisterOrganisation;
  /** `YYYY-MM-DD` on the target's clock: the begjæringsdato of built payloads. */
  readonly today: string;
  /** A new-regime synthetic debtor. */
  debtor(): string;
  /** A different new-regime debtor on every call (so submissions do not collide). */
  freshDebtor(): string;
  /** A debtor Betjeningskartet locks to the old regime. */
  lockedDebtor(): string;
  /** A valid begjæring with its attachments still to upload; a unique innsenderReferanse on every call. */
  build(options?: { saksoekt?: string }): BuiltPayload;
  /** A schema-valid document for calls that must be refused before prøving (no token, bad token). */
  valid(): Document;
  /** A document prøving rejects (no claims ⇒ MANGLER_KRAV). */
  invalid(): Document;
  statusReference(): string;
  unknownReference(): string;
  /** Every payload the kit builds for this run, for the synthetic-data scan. */
  corpus(): Array<[string, unknown]>;
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Synthetic payloads built from the party register a target knows, dated by the target's clock. */
export function buildPayloads(target: Target, tag: string): Payloads {
  const register = registerOf(target);
  const orgnr = senderOrgnr(target);
  const known = orgnr && isSynthetic(orgnr) ? register.party(orgnr) : undefined;
  // An organisation the register does not know (the vendor's own, on the test environment or a URL) is still the
  // innsender: the register's default innsender with that orgnr.
  const innsender: RegisterOrganisation =
    known?.kind === 'organisasjon'
      ? known
      : orgnr
        ? { ...register.defaultInnsender, identifier: orgnr, underenheter: [] }
        : register.defaultInnsender;
  const today = osloDate(target.clock.now());
  const debtors = register
    .findPersons({ regelverk: 'nyttRegelverk' })
    .slice(0, 40)
    .map((p) => p.identifier);
  let next = 0;
  let counter = 0;
  const built: Array<[string, unknown]> = [];
  const build = (options: { saksoekt?: string } = {}): BuiltPayload => {
    counter++;
    const saksoekt = options.saksoekt ? register.party(options.saksoekt) : undefined;
    const result = utleggsbegjaering(target.modelVersion, { seed: target.seed, register, today })
      .innsender(innsender)
      .saksoekt(saksoekt ?? register.defaultSaksoekt)
      .innsenderReferanse(`ELAN-KIT-${tag}-${counter}`)
      .tvangsgrunnlag(dom({ betegnelse: `Dom ${counter}` }), (tg) =>
        tg.hovedkrav({ beloep: 12500, forfallsdato: addMonths(today, -4), beskrivelse: 'Ubetalt faktura' }),
      )
      .build();
    built.push([`begjæring ${tag}-${counter}`, result.payload]);
    return result;
  };
  const template = build();
  return {
    register,
    innsender,
    today,
    debtor: () => register.defaultSaksoekt.identifier,
    freshDebtor: () => debtors[next++ % Math.max(1, debtors.length)] ?? register.defaultSaksoekt.identifier,
    lockedDebtor: () => register.lockedPerson.identifier,
    build,
    valid: () => structuredClone(template.payload) as Document,
    invalid: () => ({ ...(structuredClone(template.payload) as Document), kravTilInnkreving: [] }),
    statusReference: () => STATUS_TEST_REFERENCE,
    unknownReference: () => UNKNOWN_TEST_REFERENCE,
    corpus: () => [...built],
  };
}

/** The run's payloads, shared by every check (one register, one innsender, unique references). */
export function createPayloads(context: CheckContext): Promise<Payloads> {
  return context.memo('payloads', async () =>
    buildPayloads(context.target, context.clock.now().getTime().toString(36).toUpperCase()),
  );
}

/** Replaces every occurrence of the strings in `map` (uuids) anywhere in a document. */
export function replaceStrings<T>(value: T, map: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') return (map.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, map)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, map)])) as T;
  }
  return value;
}

export interface PreparedSubmission {
  readonly document: Document;
  readonly uploads: readonly HttpResponse[];
  /** Problems on the way (upload refused, conversion never finished), as findings. */
  readonly problems: readonly BilingualFinding[];
}

function innsenderReferanse(document: Document): string {
  return typeof document['innsenderReferanse'] === 'string' ? document['innsenderReferanse'] : 'ELAN-KIT';
}

/** Uploads one attachment and returns the server's uuid. */
export async function uploadAttachment(
  api: ElanApi,
  ref: AttachmentRef,
  referanse: string,
  bytes: Uint8Array = attachmentBytes(ref),
): Promise<{ response: HttpResponse; uuid?: string }> {
  const response = await api.lastOppVedlegg({
    data: bytes,
    filnavn: ref.filnavn,
    innsenderReferanse: referanse,
    type: ref.type,
  });
  const uuid = (response.body as { uuid?: unknown } | undefined)?.uuid;
  return { response, ...(typeof uuid === 'string' ? { uuid } : {}) };
}

/** What uploading and waiting need: a client, the target's clock, and a stop signal. */
export interface SubmissionSession {
  readonly api: ElanApi;
  readonly clock: Clock;
  readonly signal: AbortSignal;
}

/** Polls an attachment on the target's clock until it leaves the processing states. */
export async function waitForAttachment(
  context: SubmissionSession,
  uuid: string,
  api: ElanApi = context.api,
): Promise<{ status: string | undefined; response: HttpResponse | undefined }> {
  const deadline = context.clock.now().getTime() + ATTACHMENT_WAIT.timeoutSeconds * 1000;
  let response: HttpResponse | undefined;
  let status: string | undefined;
  do {
    response = await api.hentVedlegg(uuid);
    status = (response.body as { status?: unknown } | undefined)?.status as string | undefined;
    if (response.status !== 200 || !['MOTTATT', 'VIRUSSJEKKET', 'VALIDERT'].includes(status ?? '')) break;
    await context.clock.sleep(ATTACHMENT_WAIT.intervalSeconds * 1000, context.signal);
  } while (context.clock.now().getTime() < deadline);
  return { status, response };
}

/**
 * Uploads a built payload's attachments (bound to its innsenderReferanse), waits until each is converted, and
 * returns the document with the server's uuids in place of the builder's.
 */
export async function prepareSubmission(
  context: SubmissionSession,
  built: BuiltPayload,
  api: ElanApi = context.api,
): Promise<PreparedSubmission> {
  const document = built.payload as Document;
  const referanse = innsenderReferanse(document);
  const uuids = new Map<string, string>();
  const uploads: HttpResponse[] = [];
  const problems: BilingualFinding[] = [];
  for (const ref of built.attachments) {
    const { response, uuid } = await uploadAttachment(api, ref, referanse);
    uploads.push(response);
    if (response.status !== 201 || !uuid) {
      problems.push(
        finding(
          'UPLOAD_REFUSED',
          {
            en: `Uploading ${ref.filnavn} answered ${response.status}, not 201 with a uuid.`,
            nb: `Opplasting av vedlegget ${ref.filnavn} svarte ${response.status}, ikke 201 med en uuid.`,
          },
          { expected: 201, actual: response.status, exchangeId: response.exchange.id },
        ),
      );
      continue;
    }
    uuids.set(ref.uuid, uuid);
  }
  for (const [, uuid] of uuids) {
    const { status, response } = await waitForAttachment(context, uuid, api);
    if (status !== 'KONVERTERT') {
      const ended = status ?? `HTTP ${response?.status}`;
      problems.push(
        finding(
          'ATTACHMENT_NOT_CONVERTED',
          {
            en: `Attachment ${uuid} ended as ${ended}, not KONVERTERT.`,
            nb: `Vedlegget ${uuid} endte som ${ended}, ikke KONVERTERT.`,
          },
          { expected: 'KONVERTERT', actual: status, ...(response ? { exchangeId: response.exchange.id } : {}) },
        ),
      );
    }
  }
  return { document: replaceStrings(document, uuids), uploads, problems };
}
