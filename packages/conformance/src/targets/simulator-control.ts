import { LOCKED_PERSONS } from '@elan-kit/fixtures';
import { DEFAULT_ATTACHMENT_STEP_MS, type FaultSpec, type Simulator } from '@elan-kit/simulator';
import { ELAN_SCOPE } from '../assumptions.js';
import type { HttpClient } from '../http/http-client.js';
import { importMaskinportenKey } from '../maskinporten/key-material.js';
import { createTokenProvider, type TokenProvider } from '../maskinporten/token-provider.js';
import { simulatorClock } from './simulator-clock.js';
import type { FaultRequest, SimulatorControl } from './target.js';

/** The admin operations checks need, over the simulator's in-process admin API. */
export function simulatorControl(simulator: Simulator, http: HttpClient): SimulatorControl {
  const { admin } = simulator;
  const clock = simulatorClock(simulator);
  const clients = new Map<string, Promise<TokenProvider>>();
  return {
    lockedParty: LOCKED_PERSONS[0] ?? '08907395937',
    attachmentStepMs: DEFAULT_ATTACHMENT_STEP_MS,
    injectFault: async (fault: FaultRequest) => {
      admin.faults.add(toFaultSpec(fault));
    },
    clearFaults: async () => admin.faults.clear(),
    recordings: async (filter = {}) => admin.recordings.list(filter.afterId ? { after: filter.afterId } : {}),
    lastRecordingId: async () => admin.recordings.list().at(-1)?.id,
    registerParty: async (party) => admin.registerParty(party),
    setProvingOptions: async (options) => {
      admin.setProvingOptions(options);
    },
    seedCase: async (input) => {
      const seeded = admin.seedCase({
        orgnr: input.orgnr,
        document: input.document,
        ...(input.saksstatus ? { saksstatus: input.saksstatus } : {}),
        ...(input.unprocessedSubmission ? { unprocessedSubmission: true } : {}),
      });
      return String(seeded['eksternSaksreferanse']);
    },
    tokensFor: (orgnr) => {
      if (orgnr === simulator.client.orgnr) {
        clients.set(orgnr, clients.get(orgnr) ?? registerTokens(simulator.client));
      }
      let provider = clients.get(orgnr);
      if (!provider) {
        provider = admin.registerClient({ orgnr }).then(registerTokens);
        clients.set(orgnr, provider);
      }
      return provider;
    },
    setToday: async (date) => {
      admin.clock.set(`${date}T10:00:00+01:00`);
    },
  };

  async function registerTokens(client: Simulator['client']): Promise<TokenProvider> {
    const key = await importMaskinportenKey({ key: JSON.stringify(client.privateJwk) });
    return createTokenProvider({
      client: {
        clientId: client.clientId,
        orgnr: client.orgnr,
        scope: ELAN_SCOPE,
        issuer: client.audience,
        tokenEndpoint: client.tokenEndpoint,
        key,
      },
      http,
      clock,
    });
  }
}

/** A fault request in the simulator's terms. */
export function toFaultSpec(fault: FaultRequest): FaultSpec {
  const common = {
    ...(fault.operationId ? { operationId: fault.operationId } : {}),
    ...(fault.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: fault.retryAfterSeconds }),
  };
  if (fault.status === 503 && fault.maintenanceSeconds !== undefined) {
    return { kind: 'maintenance', duration: fault.maintenanceSeconds * 1000, ...common };
  }
  const times = fault.count ?? 1;
  if (fault.status === 503 && fault.maintenance) return { kind: 'maintenance', times, ...common };
  if (fault.status === 401)
    return { kind: 'token-refused', tokenRefusal: fault.tokenRefusal ?? 'expired', times, ...common };
  if (fault.status === 429) return { kind: 'rate-limit', times, ...common };
  return { kind: 'error', status: fault.status, times, ...common };
}
