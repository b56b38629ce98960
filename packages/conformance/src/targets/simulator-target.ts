import type { ModelVersion, OfficialSpec } from '@elan-kit/schemas';
import { DEFAULT_MODEL_VERSION } from '@elan-kit/schemas';
import { createContractValidation, createSimulator, type Simulator, type SimulatorDefect } from '@elan-kit/simulator';
import { DEFAULT_SIMULATOR_START, ELAN_SCOPE } from '../assumptions.js';
import { createReferenceObserver } from '../client/reference-session.js';
import type { HttpClient } from '../http/http-client.js';
import { importMaskinportenKey } from '../maskinporten/key-material.js';
import { createTokenProvider } from '../maskinporten/token-provider.js';
import { describeContracts, fallbackNotes, loadTargetContracts } from './contracts.js';
import { simulatorClock } from './simulator-clock.js';
import { simulatorControl } from './simulator-control.js';
import type { Target } from './target.js';

export interface SimulatorTargetOptions {
  readonly http: HttpClient;
  readonly modelVersion?: ModelVersion;
  readonly seed?: number;
  /** Start of the virtual clock (ISO 8601). */
  readonly now?: string;
  readonly defects?: readonly SimulatorDefect[];
  /** Official documents (`--spec`): the simulator judges requests and its answers by them, and so do the checks. */
  readonly specs?: readonly OfficialSpec[];
}

/** Starts an embedded simulator and returns it with the Maskinporten client it registered for the kit. */
export async function startEmbeddedSimulator(options: {
  modelVersion: ModelVersion;
  seed?: number;
  now?: string;
  defects?: readonly SimulatorDefect[];
  port?: number;
  host?: string;
  stateDir?: string;
  specs?: readonly OfficialSpec[];
}): Promise<Simulator> {
  const specs = options.specs ?? [];
  const simulator = createSimulator({
    ...(specs.length > 0
      ? { validation: createContractValidation({ contracts: specs.map((spec) => spec.contract) }) }
      : {}),
    modelVersion: options.modelVersion,
    seed: options.seed ?? 1,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.defects ? { defects: [...options.defects] } : {}),
    ...(options.stateDir ? { stateDir: options.stateDir } : {}),
  });
  await simulator.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return simulator;
}

/**
 * The default target: an embedded simulator, started and stopped by the run, its virtual clock advanced instead
 * of waiting, its default client used for tokens. Observed-traffic checks judge the kit's reference client here.
 */
export async function openSimulatorTarget(options: SimulatorTargetOptions): Promise<Target> {
  const modelVersion = options.modelVersion ?? DEFAULT_MODEL_VERSION;
  const simulator = await startEmbeddedSimulator({
    modelVersion,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    now: options.now ?? DEFAULT_SIMULATOR_START,
    ...(options.defects ? { defects: options.defects } : {}),
    ...(options.specs ? { specs: options.specs } : {}),
  });
  try {
    const client = simulator.client;
    const clock = simulatorClock(simulator);
    const key = await importMaskinportenKey({ key: JSON.stringify(client.privateJwk) });
    const tokens = createTokenProvider({
      client: {
        clientId: client.clientId,
        orgnr: client.orgnr,
        scope: ELAN_SCOPE,
        issuer: client.audience,
        tokenEndpoint: client.tokenEndpoint,
        key,
      },
      http: options.http,
      clock,
    });
    const specs = options.specs ?? [];
    const contracts = loadTargetContracts(modelVersion, specs);
    const control = simulatorControl(simulator, options.http);
    const target: Target = {
      kind: 'simulator',
      modelVersion,
      seed: options.seed ?? 1,
      info: { kind: 'simulator', baseUrls: { ...client.baseUrls }, tokenEndpoint: client.tokenEndpoint },
      contract: describeContracts(modelVersion, contracts, specs),
      contracts,
      baseUrls: client.baseUrls,
      klientid: client.clientId,
      tokens,
      expectations: { consumerOrgnr: client.orgnr, scope: ELAN_SCOPE, issuer: client.audience },
      clock,
      guards: [],
      simulator: control,
      notes: fallbackNotes(specs),
      close: () => simulator.close(),
      get observer() {
        return createReferenceObserver(target, options.http);
      },
    };
    return target;
  } catch (error) {
    await simulator.close();
    throw error;
  }
}
