/**
 * A simulator on 127.0.0.1 set up for fuzzing: a fuzzing client (the examples' innsender, with the examples'
 * attachments and a case of its own) and a second organisation whose case and attachment must come through
 * untouched. Shared by the fuzz test (a small sample) and `bench/fuzz-nightly.ts` (≥ 10 000 requests).
 */
import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import type { ModelVersion } from '@elan-kit/schemas';
import type { Limits, RegisteredClient, Simulator } from '../../../src/index.js';
import { fetchToken, loadExample, registerClient, startSimulator } from '../../helpers.js';
import { loadCorpus, type SeedRequest, V2 } from './corpus.js';
import { judgeOutcome, type LeakMarkers } from './judge.js';
import type { FuzzCase } from './mutations.js';
import { type FuzzContext, type PreparedRequest, prepareRequest } from './prepare.js';
import { type SendOutcome, send } from './send.js';

/** The organisation number every canonical example names as innsender. */
export const EXAMPLE_INNSENDER = '312345676';
const VICTIM_ORGNR = '322222225';

export interface FuzzHarness {
  readonly simulator: Simulator;
  readonly corpus: readonly SeedRequest[];
  readonly context: FuzzContext;
  readonly leaks: LeakMarkers;
  /** A fresh access token for the fuzzing client (they live 120 s). */
  refreshToken(): Promise<void>;
  /** The other organisation's case and attachment, read through its own API calls and the admin API. */
  readVictimState(): Promise<unknown>;
  close(): Promise<void>;
}

function algNone(token: string): string {
  const [, payload] = token.split('.');
  return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
}

/** Makes the examples' attachment references resolve for the fuzzing client, so valid documents get 2xx. */
function seedCorpusAttachments(simulator: Simulator, corpus: readonly SeedRequest[], orgnr: string): void {
  const seeded = new Set<string>();
  const walk = (value: unknown, reference: string) => {
    if (Array.isArray(value)) for (const item of value) walk(item, reference);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.uuid === 'string' && typeof record.filnavn === 'string' && !seeded.has(record.uuid)) {
        seeded.add(record.uuid);
        try {
          simulator.admin.seedAttachment({
            uuid: record.uuid,
            orgnr,
            innsenderReferanse: reference,
            filnavn: record.filnavn,
            ...(typeof record.type === 'string' ? { type: record.type } : {}),
          });
        } catch {
          // a quirky example uuid the simulator will not store; the document then gets a VEDLEGG_* 422
        }
      }
      for (const item of Object.values(record)) walk(item, reference);
    }
  };
  for (const seed of corpus) {
    if (seed.body.kind !== 'json') continue;
    const value = seed.body.value as { innsenderReferanse?: unknown };
    walk(value, typeof value?.innsenderReferanse === 'string' ? value.innsenderReferanse : '');
  }
}

export async function startFuzzHarness(options: {
  v2Model: Exclude<ModelVersion, '0.9'>;
  limits: Pick<Limits, 'bodyBytes' | 'attachmentBytes'>;
}): Promise<FuzzHarness> {
  const simulator = await startSimulator({
    modelVersion: options.v2Model,
    // Rate limiting has its own test; here it would only hide what the fuzzer is after.
    limits: { ...options.limits, requestsPerClientPerSecond: 1_000_000 },
  });
  const corpus = loadCorpus(options.v2Model);
  const attacker = await registerClient(simulator, { orgnr: EXAMPLE_INNSENDER });
  const victim: RegisteredClient = await registerClient(simulator, { orgnr: VICTIM_ORGNR });
  seedCorpusAttachments(simulator, corpus, attacker.orgnr);

  const own = simulator.admin.seedCase({ orgnr: attacker.orgnr, saksstatus: 'sakUnderBehandling' });
  const ownAttachment = simulator.admin.seedAttachment({ orgnr: attacker.orgnr, innsenderReferanse: 'FUZZ-OWN' });
  const secret = `VICTIM-SECRET-${randomUUID().slice(0, 8)}`;
  const victimDocument = { ...loadExample(options.v2Model, 'complex'), innsenderReferanse: secret };
  const victimCase = simulator.admin.seedCase({
    orgnr: victim.orgnr,
    document: victimDocument,
    saksstatus: 'sakUnderBehandling',
    modelVersion: options.v2Model,
  });
  const victimAttachment = simulator.admin.seedAttachment({
    orgnr: victim.orgnr,
    innsenderReferanse: secret,
    filnavn: `${secret.toLowerCase()}.pdf`,
  });
  const victimRef = String(victimCase.eksternSaksreferanse);

  let token = await fetchToken(attacker);
  const context: {
    -readonly [K in keyof FuzzContext]: FuzzContext[K];
  } = {
    token,
    truncatedToken: token.slice(0, -20),
    algNoneToken: algNone(token),
    ownRef: String(own.eksternSaksreferanse),
    ownUuid: ownAttachment.uuid,
    victimRef,
    victimUuid: victimAttachment.uuid,
    limits: { ...options.limits, tokenRequestBytes: 64 * 1024 },
  };

  return {
    simulator,
    corpus,
    context,
    leaks: { markers: [secret, secret.toLowerCase()], unlessInPath: [victimRef, victimAttachment.uuid] },
    async refreshToken() {
      token = await fetchToken(attacker);
      context.token = token;
      context.truncatedToken = token.slice(0, -20);
      context.algNoneToken = algNone(token);
    },
    async readVictimState() {
      const victimToken = await fetchToken(victim);
      const read = async (path: string) => {
        const response = await fetch(`${simulator.url}${path}`, {
          headers: {
            authorization: `Bearer ${victimToken}`,
            klientid: 'victim',
            korrelasjonsid: randomUUID(),
            meldingsid: randomUUID(),
          },
        });
        return { status: response.status, body: await response.json() };
      };
      return {
        begjaering: await read(`${V2}/${victimRef}`),
        status: await read(`${V2}/status/${victimRef}`),
        vedlegg: await read(`${V2}/vedlegg/${victimAttachment.uuid}`),
        stored: simulator.admin.readCase(victimRef),
        attachments: simulator.admin.state().attachments.filter((attachment) => attachment.orgnr === victim.orgnr),
        cases: simulator.admin.state().cases.filter((entry) => entry.orgnr === victim.orgnr),
      };
    },
    close: () => simulator.close(),
  };
}

export interface CaseResult {
  readonly prepared: PreparedRequest;
  readonly outcome: SendOutcome;
  readonly problems: string[];
}

export async function runFuzzCase(
  harness: FuzzHarness,
  fuzz: FuzzCase,
  agent: Agent,
  boundMs: number,
): Promise<CaseResult> {
  const seed = harness.corpus[fuzz.seed % harness.corpus.length]!;
  const prepared = prepareRequest(seed, fuzz, harness.context);
  const outcome = await send(new URL(harness.simulator.url), prepared, agent, boundMs);
  return { prepared, outcome, problems: judgeOutcome(prepared, outcome, harness.leaks) };
}

/** Own property names of the built-in prototypes, to see whether anything added one. */
export function snapshotPrototypes(): Record<string, string[]> {
  const names = (value: object) => Reflect.ownKeys(value).map(String).sort();
  return {
    Object: names(Object.prototype),
    Array: names(Array.prototype),
    Function: names(Function.prototype),
    String: names(String.prototype),
  };
}

/** Problems when a prototype changed or `({}).polluted` became visible. */
export function checkPrototypes(before: Record<string, string[]>): string[] {
  const problems: string[] = [];
  const after = snapshotPrototypes();
  for (const [name, keys] of Object.entries(before)) {
    const added = (after[name] ?? []).filter((key) => !keys.includes(key));
    if (added.length > 0) problems.push(`${name}.prototype gained ${added.join(', ')}`);
  }
  const probe: Record<string, unknown> = {};
  if (probe.polluted !== undefined || (probe as { isAdmin?: unknown }).isAdmin !== undefined) {
    problems.push('({}).polluted is defined: Object.prototype was polluted');
  }
  return problems;
}
