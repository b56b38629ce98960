import { randomUUID, X509Certificate } from 'node:crypto';
import {
  duplicateKey,
  type Exchange,
  isModelVersion,
  type ModelVersion,
  type PartyInfo,
  type ProvingOptions,
  SAKSSTATUSER,
  type Saksstatus,
} from '@elan-kit/schemas';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_LIFETIME_SECONDS,
  CONSUMER_AUTHORITY,
  DEFAULT_CLIENT_SCOPE,
} from '../assumptions.js';
import { describeClient, describePublicClient, type PublicKeyClient, type RegisteredClient } from '../client.js';
import { parseDuration } from '../clock.js';
import type { AttachmentOutcome } from '../elan/attachments.js';
import { statusView } from '../elan/cases.js';
import { readText } from '../elan/document-fields.js';
import { syntheticCaseDocument } from '../elan/synthetic-case.js';
import { SimulatorError } from '../errors.js';
import type { Fault, FaultSpec } from '../faults.js';
import { isUuid } from '../http/elan-headers.js';
import { signAccessToken } from '../maskinporten/access-token.js';
import { issueBusinessCertificate } from '../maskinporten/certificates.js';
import type { Delegation, SystemUser } from '../maskinporten/client-registry.js';
import { generateSigningKey, type RsaJwk, type SigningKey, signingKeyFromJwk } from '../maskinporten/keys.js';
import type { RecordingFilter, RecordingListener } from '../recording/recorder.js';
import type { Runtime, SimulatorState } from '../state.js';

export interface ClientRegistration {
  readonly clientId?: string;
  /** Default: the register's default collection agency. */
  readonly orgnr?: string;
  /** Space-separated; default `skatteetaten:utleggsbegjaering skatteetaten:utleggstrekkbeslutningkommune`. */
  readonly scope?: string;
  /** Issue a test business certificate too; the client must then authenticate with `x5c`. */
  readonly certificate?: boolean;
  /** Use this RSA private key (JWK with `kid`) instead of generating one. */
  readonly privateJwk?: RsaJwk;
}

export interface PublicKeyRegistration {
  readonly publicJwk: Readonly<Record<string, unknown>>;
  readonly clientId?: string;
  readonly orgnr?: string;
  readonly scope?: string;
}

export interface SeedCaseInput {
  /** Owner; default the default client's organisation. */
  readonly orgnr?: string;
  /** The begjæring; default a synthetic one with register parties. */
  readonly document?: unknown;
  /** Start in this state and stay there (no automatic progress). Omitted: sakOpprettet, moving on the clock. */
  readonly saksstatus?: Saksstatus;
  readonly eksternSaksreferanse?: string;
  readonly modelVersion?: ModelVersion;
  /** A submission on the case is still being processed: a change meanwhile is answered with UAVKLART_STATUS. */
  readonly unprocessedSubmission?: boolean;
}

export interface SeedAttachmentInput {
  /** Default: a new uuid. Seeding lets a payload's existing attachment references resolve. */
  readonly uuid?: string;
  /** Owner; default the default client's organisation. */
  readonly orgnr?: string;
  /** The begjæring reference the attachment is bound to. */
  readonly innsenderReferanse: string;
  readonly filnavn?: string;
  readonly type?: string;
  /** Where processing ends; default KONVERTERT (usable). */
  readonly outcome?: AttachmentOutcome;
}

export interface SimulatorSnapshot {
  readonly now: string;
  readonly modelVersions: { readonly v1: ModelVersion; readonly v2: ModelVersion };
  readonly defects: readonly string[];
  readonly listening: boolean;
  readonly baseUrl: string | undefined;
  readonly clients: ReadonlyArray<{ clientId: string; orgnr: string; scope: string; certificateAuth: boolean }>;
  readonly cases: ReadonlyArray<{
    eksternSaksreferanse: string;
    orgnr: string;
    saksstatus: Saksstatus;
    versions: number;
  }>;
  readonly attachments: ReadonlyArray<{ uuid: string; orgnr: string; filnavn: string; status: string }>;
  readonly kommuneDecisions: number;
  readonly faults: readonly Fault[];
  readonly recordings: number;
  readonly internalErrors: number;
}

/** The simulator's controls, in process; the same operations are served under `/__admin/`. */
export interface SimulatorAdmin {
  readonly clock: {
    now(): string;
    /** Advance by milliseconds or a duration (`'90s'`, `'2h'`, `'3d'`, `'PT1H'`); returns the new time. */
    advance(duration: number | string): string;
    set(iso: string): string;
  };
  registerClient(registration?: ClientRegistration): Promise<RegisteredClient>;
  registerPublicKeyClient(registration: PublicKeyRegistration): PublicKeyClient;
  registerDelegation(delegation: Delegation): Delegation;
  registerSystemUser(input: {
    clientId: string;
    customerOrgnr: string;
    systemId?: string;
    externalRef?: string;
  }): SystemUser;
  trustCertificateAuthority(pem: string): void;
  /** Signs arbitrary access-token claims with the stand-in's key (for testing how APIs treat odd tokens). */
  mintAccessToken(claims?: Readonly<Record<string, unknown>>): Promise<string>;
  readonly faults: {
    add(spec: FaultSpec): Fault;
    list(): readonly Fault[];
    remove(id: string): boolean;
    clear(): void;
  };
  readonly recordings: {
    list(filter?: RecordingFilter): Exchange[];
    clear(): void;
    /** Told after every recorded exchange (its id) and every clear; returns the unsubscribe function. */
    subscribe(listener: RecordingListener): () => void;
    /** The most exchanges the ring keeps (`limits.recordings`). */
    readonly capacity: number;
  };
  seedCase(input?: SeedCaseInput): Record<string, unknown>;
  setCaseStatus(eksternSaksreferanse: string, saksstatus: Saksstatus): Record<string, unknown>;
  readCase(eksternSaksreferanse: string): Record<string, unknown>;
  /** An attachment as if uploaded, already processed (or failing as `outcome` says). */
  seedAttachment(input: SeedAttachmentInput): { uuid: string; filnavn: string; status: string };
  registerParty(party: PartyInfo): void;
  setCoordinatedWithholding(identifier: string, value: boolean): void;
  /**
   * How prøving judges what the simulator cannot know from a request (e.g. `partyRegisterComplete`: a saksøkt the
   * register does not hold is SAKSOEKT_MANGLER_I_REGISTERET). Replaces the earlier options; `{}` restores the defaults.
   */
  setProvingOptions(options: ProvingOptions): ProvingOptions;
  state(): SimulatorSnapshot;
  /** Forgets cases, attachments, decisions, faults and recordings (clients and keys stay). */
  reset(): void;
}

function requireRuntime(state: SimulatorState): Runtime {
  if (!state.runtime) {
    throw new SimulatorError('ELAN_SIMULATOR_NOT_LISTENING', 'The simulator is not listening yet.', {
      hint: 'Call `await simulator.listen()` first.',
    });
  }
  return state.runtime;
}

function input(message: string): SimulatorError {
  return new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', message);
}

export function createAdmin(state: SimulatorState): SimulatorAdmin {
  const defaultOrgnr = () => {
    const runtime = state.runtime;
    return (
      (runtime && state.registry.get(runtime.defaultClientId)?.orgnr) ?? state.register.defaultInnsender.identifier
    );
  };
  const findCase = (reference: string) => {
    state.cases.materialise(state.clock.nowMs());
    const record = state.cases.get(reference);
    if (!record) throw new SimulatorError('ELAN_SIMULATOR_UNKNOWN_CASE', `No case "${reference}".`);
    return record;
  };

  return {
    clock: {
      now: () => state.clock.nowIso(),
      advance: (duration) => {
        const ms = parseDuration(duration);
        if (ms === undefined) throw input(`"${String(duration)}" is not a duration (try 90s, 15m, 2h, 3d or PT1H).`);
        return state.clock.advance(ms);
      },
      set: (iso) => state.clock.set(iso),
    },

    async registerClient(registration = {}) {
      const runtime = requireRuntime(state);
      const orgnr = registration.orgnr ?? state.register.defaultInnsender.identifier;
      const base = {
        ...(registration.clientId === undefined ? {} : { clientId: registration.clientId }),
        orgnr,
        scope: registration.scope ?? DEFAULT_CLIENT_SCOPE,
      };
      if (!registration.certificate) {
        let key: SigningKey;
        try {
          key = registration.privateJwk ? signingKeyFromJwk(registration.privateJwk) : await generateSigningKey();
        } catch (cause) {
          throw new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', 'privateJwk is not a usable RSA private JWK.', {
            cause,
          });
        }
        return describeClient(state, runtime, state.registry.register({ ...base, key }), key);
      }
      const authority = await state.testAuthority();
      let leafKey: SigningKey | undefined;
      try {
        leafKey = registration.privateJwk ? signingKeyFromJwk(registration.privateJwk) : undefined;
      } catch (cause) {
        throw new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', 'privateJwk is not a usable RSA private JWK.', {
          cause,
        });
      }
      const issued = await issueBusinessCertificate(authority, { orgnr, ...(leafKey ? { key: leafKey } : {}) });
      const record = state.registry.register({ ...base, certificateAuth: true });
      return describeClient(state, runtime, record, issued.key, {
        x5c: [issued.base64, authority.base64],
        pem: issued.pem,
      });
    },

    registerPublicKeyClient(registration) {
      const runtime = requireRuntime(state);
      const record = state.registry.register({
        ...(registration.clientId === undefined ? {} : { clientId: registration.clientId }),
        orgnr: registration.orgnr ?? state.register.defaultInnsender.identifier,
        scope: registration.scope ?? DEFAULT_CLIENT_SCOPE,
        publicJwk: registration.publicJwk,
      });
      return describePublicClient(state, runtime, record, String(registration.publicJwk.kid));
    },

    registerDelegation: (delegation) => state.registry.addDelegation(delegation),
    registerSystemUser: (user) => state.registry.addSystemUser(user),

    trustCertificateAuthority(pem) {
      let certificate: X509Certificate;
      try {
        certificate = new X509Certificate(pem);
      } catch (cause) {
        throw new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', 'The text is not a PEM certificate.', { cause });
      }
      state.registry.trustAuthority(certificate);
    },

    mintAccessToken(claims = {}) {
      const runtime = requireRuntime(state);
      const now = Math.floor(state.clock.nowMs() / 1000);
      const client = state.registry.get(runtime.defaultClientId);
      return signAccessToken(
        {
          iss: runtime.issuer,
          client_amr: 'private_key_jwt',
          token_type: 'Bearer',
          aud: ACCESS_TOKEN_AUDIENCE,
          scope: client ? [...client.scopes].join(' ') : DEFAULT_CLIENT_SCOPE,
          consumer: { authority: CONSUMER_AUTHORITY, ID: `0192:${client?.orgnr ?? defaultOrgnr()}` },
          exp: now + ACCESS_TOKEN_LIFETIME_SECONDS,
          iat: now,
          client_id: runtime.defaultClientId,
          jti: randomUUID(),
          ...claims,
        },
        runtime.issuerKey,
      );
    },

    faults: {
      add: (spec) => state.faults.add(spec, state.clock.nowMs()),
      list: () => state.faults.list(),
      remove: (id) => state.faults.remove(id),
      clear: () => state.faults.clear(),
    },

    recordings: {
      list: (filter) => state.recorder.list(filter),
      clear: () => state.recorder.clear(),
      subscribe: (listener) => state.recorder.subscribe(listener),
      get capacity() {
        return state.recorder.capacity;
      },
    },

    seedCase(seed = {}) {
      const nowMs = state.clock.nowMs();
      if (seed.saksstatus !== undefined && !SAKSSTATUSER.includes(seed.saksstatus)) {
        throw input(`saksstatus must be one of ${SAKSSTATUSER.join(', ')}.`);
      }
      if (seed.modelVersion !== undefined && !isModelVersion(seed.modelVersion)) throw input('Unknown modelVersion.');
      if (seed.eksternSaksreferanse !== undefined && state.cases.get(seed.eksternSaksreferanse)) {
        throw input(`A case "${seed.eksternSaksreferanse}" exists already.`);
      }
      const orgnr = seed.orgnr ?? defaultOrgnr();
      if (!/^\d{9}$/.test(orgnr)) throw input('orgnr must be 9 digits.');
      const document = seed.document ?? syntheticCaseDocument(state.register);
      const begjaeringsdato = readText(document, 'begjaeringsdato');
      const innsenderReferanse = readText(document, 'innsenderReferanse');
      const record = state.cases.create({
        orgnr,
        document,
        modelVersion: seed.modelVersion ?? state.options.clientModelVersion,
        nowMs,
        ...(seed.eksternSaksreferanse === undefined ? {} : { eksternSaksreferanse: seed.eksternSaksreferanse }),
        ...(seed.saksstatus === undefined ? {} : { saksstatus: seed.saksstatus }),
        ...(begjaeringsdato !== undefined && innsenderReferanse !== undefined
          ? { duplicateKey: duplicateKey(orgnr, begjaeringsdato, innsenderReferanse) }
          : {}),
      });
      if (seed.unprocessedSubmission === true) state.cases.markSubmissionPending(record, nowMs);
      return statusView(record);
    },

    setCaseStatus(reference, saksstatus) {
      if (!SAKSSTATUSER.includes(saksstatus)) throw input(`saksstatus must be one of ${SAKSSTATUSER.join(', ')}.`);
      const record = findCase(reference);
      if (record.orgnr === '*') throw input(`"${reference}" is a fixed test reference and cannot change.`);
      state.cases.setStatus(record, saksstatus, state.clock.nowMs());
      return statusView(record);
    },

    readCase: (reference) => statusView(findCase(reference)),

    seedAttachment(seed) {
      const outcomes: readonly AttachmentOutcome[] = [
        'KONVERTERT',
        'VIRUS_FUNNET',
        'VALIDERING_FEILET',
        'KONVERTERING_FEILET',
        'IKKE_KONVERTERBAR',
      ];
      const outcome = seed.outcome ?? 'KONVERTERT';
      if (!outcomes.includes(outcome)) throw input(`outcome must be one of ${outcomes.join(', ')}.`);
      if (typeof seed.innsenderReferanse !== 'string' || seed.innsenderReferanse === '') {
        throw input('innsenderReferanse is required.');
      }
      const uuid = seed.uuid ?? randomUUID();
      if (!isUuid(uuid)) throw input('uuid must be a UUID.');
      const existing = state.attachments.get(uuid);
      if (existing) throw input(`An attachment "${uuid}" exists already.`);
      const orgnr = seed.orgnr ?? defaultOrgnr();
      const nowMs = state.clock.nowMs();
      const record = {
        uuid,
        orgnr,
        filnavn: seed.filnavn ?? 'vedlegg.pdf',
        type: seed.type,
        innsenderReferanse: seed.innsenderReferanse,
        size: 0,
        // Seeded attachments have been through processing already.
        uploadedAtMs: nowMs - 3 * Math.max(state.options.attachmentStepMs, 1),
        outcome,
        deletedAtMs: undefined,
      };
      state.attachments.add(record);
      return { uuid, filnavn: record.filnavn, status: state.attachments.status(record, nowMs) };
    },

    registerParty(party) {
      if (typeof party?.identifier !== 'string' || !/^\d{9}$|^\d{11}$/.test(party.identifier)) {
        throw input('identifier must be an orgnr (9 digits) or a personal identifier (11 digits).');
      }
      if (party.kind !== 'person' && party.kind !== 'organisasjon') throw input('kind must be person or organisasjon.');
      if (party.regelverk !== 'nyttRegelverk' && party.regelverk !== 'tidligereRegelverk') {
        throw input('regelverk must be nyttRegelverk or tidligereRegelverk.');
      }
      state.extraParties.set(party.identifier, party);
    },

    setCoordinatedWithholding(identifier, value) {
      if (value) state.samordnetTrekk.add(identifier);
      else state.samordnetTrekk.delete(identifier);
    },

    setProvingOptions(options) {
      if (typeof options !== 'object' || options === null || Array.isArray(options)) {
        throw input('Proving options must be an object.');
      }
      const known = ['strictBegrunnelseUnnlatVarsel', 'partyRegisterComplete'];
      const result: { -readonly [K in keyof ProvingOptions]: ProvingOptions[K] } = {};
      for (const [name, value] of Object.entries(options)) {
        if (!known.includes(name)) throw input(`Unknown proving option "${name}"; known: ${known.join(', ')}.`);
        if (typeof value !== 'boolean') throw input(`Proving option "${name}" must be true or false.`);
        result[name as keyof ProvingOptions] = value;
      }
      state.provingOptions = result;
      return result;
    },

    state() {
      const nowMs = state.clock.nowMs();
      state.cases.materialise(nowMs);
      return {
        now: new Date(nowMs).toISOString(),
        modelVersions: { v1: '0.9', v2: state.options.v2ModelVersion },
        defects: [...state.options.defects],
        listening: state.runtime !== undefined,
        baseUrl: state.runtime?.baseUrl,
        clients: state.registry.list().map((c) => ({
          clientId: c.clientId,
          orgnr: c.orgnr,
          scope: [...c.scopes].join(' '),
          certificateAuth: c.certificateAuth,
        })),
        cases: state.cases
          .list()
          .filter((c) => c.orgnr !== '*')
          .map((c) => ({
            eksternSaksreferanse: c.eksternSaksreferanse,
            orgnr: c.orgnr,
            saksstatus: c.saksstatus,
            versions: c.versions,
          })),
        attachments: state.attachments.list().map((a) => ({
          uuid: a.uuid,
          orgnr: a.orgnr,
          filnavn: a.filnavn,
          status: state.attachments.status(a, nowMs),
        })),
        kommuneDecisions: state.kommuneDecisions.size,
        faults: state.faults.list(),
        recordings: state.recorder.size,
        internalErrors: state.internalErrors,
      };
    },

    reset() {
      state.cases.clear();
      state.attachments.clear();
      state.kommuneDecisions.clear();
      state.kommuneDecisionCount.clear();
      state.faults.clear();
      state.recorder.clear();
      state.samordnetTrekk.clear();
      state.extraParties.clear();
      state.provingOptions = {};
    },
  };
}
