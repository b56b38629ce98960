import { createPartyRegister, isSynthetic } from '@elan-kit/fixtures';
import type { Exchange, ModelVersion, OfficialSpec } from '@elan-kit/schemas';
import type { SimulatorDefect } from '@elan-kit/simulator';
import { ELAN_SCOPE, VENDOR_SCENARIO_TIMEOUT_SECONDS } from '../assumptions.js';
import { createSystemClock } from '../engine/clock.js';
import type { HttpClient } from '../http/http-client.js';
import { describeContracts, fallbackNotes, loadTargetContracts } from './contracts.js';
import { simulatorClock } from './simulator-clock.js';
import { simulatorControl } from './simulator-control.js';
import { startEmbeddedSimulator } from './simulator-target.js';
import type { Target } from './target.js';
import { ADAPTER_INTERFACE_VERSION, type ScenarioCard, type VendorAdapter } from './vendor/adapter-contract.js';
import {
  DEFAULT_VENDOR_SCENARIOS,
  fillText,
  scenarioParties,
  VENDOR_SCENARIOS,
  type VendorScenario,
} from './vendor/scenarios.js';
import { createRecordedObserver, createVendorObserver, type PersonPrompt } from './vendor/vendor-observer.js';

export interface VendorTargetOptions {
  readonly http: HttpClient;
  readonly modelVersion: ModelVersion;
  readonly seed?: number;
  readonly now?: string;
  readonly defects?: readonly SimulatorDefect[];
  /** Official documents (`--spec`): the simulator and the checks judge the vendor's requests by them. */
  readonly specs?: readonly OfficialSpec[];
  /** Port the simulator listens on for the vendor's system (0 = a free one). */
  readonly port?: number;
  readonly host?: string;
  /** The simulator writes `client.json` (client id, key, token endpoint) here for the vendor's system to use. */
  readonly stateDir?: string;
  readonly adapter?: VendorAdapter;
  /** Without an adapter: how a person is shown each card and says done or skip. */
  readonly person?: PersonPrompt;
  /** Only these scenario ids (default: every scenario). */
  readonly scenarios?: readonly string[];
  readonly scenarioTimeoutSeconds?: number;
  /** Recorded exchanges (from `elan-kit proxy`) to judge instead of running the simulator. */
  readonly recordings?: readonly Exchange[];
  /** The vendor's organisation: the tokens in recordings must be for it. */
  readonly consumerOrgnr?: string;
  /** Told once the simulator listens, before any scenario: where the vendor's system should point. */
  readonly onListening?: (info: { url: string; clientFile?: string; clientId: string; tokenEndpoint: string }) => void;
}

/**
 * The vendor's system is the client under test. The kit runs the simulator, presents scenario cards (or calls the
 * vendor adapter once per scenario) and judges the traffic it records. With `recordings`, it judges a proxy's
 * recordings instead.
 */
export async function openVendorTarget(options: VendorTargetOptions): Promise<Target> {
  const specs = options.specs ?? [];
  const contracts = loadTargetContracts(options.modelVersion, specs);
  const contract = describeContracts(options.modelVersion, contracts, specs);
  if (options.recordings) {
    return {
      kind: 'vendor',
      modelVersion: options.modelVersion,
      seed: options.seed ?? 1,
      info: { kind: 'vendor', baseUrls: {} },
      contract,
      contracts,
      baseUrls: { utleggsbegjaering: '', betjeningskartet: '', status: '' },
      klientid: 'elan-kit',
      expectations: { scope: ELAN_SCOPE, ...(options.consumerOrgnr ? { consumerOrgnr: options.consumerOrgnr } : {}) },
      clock: createSystemClock(),
      guards: [],
      observer: createRecordedObserver(options.recordings),
      notes: [
        ...fallbackNotes(specs),
        {
          en: `Judged ${options.recordings.length} exchange(s) recorded by elan-kit proxy.`,
          nb: `Vurderte ${options.recordings.length} utveksling(er) tatt opp av elan-kit proxy.`,
        },
      ],
      close: async () => {},
    };
  }
  const simulator = await startEmbeddedSimulator({
    modelVersion: options.modelVersion,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.defects ? { defects: options.defects } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.stateDir ? { stateDir: options.stateDir } : {}),
    ...(options.specs ? { specs: options.specs } : {}),
  });
  const client = simulator.client;
  const clientFile = options.stateDir ? `${options.stateDir.replace(/\/+$/, '')}/client.json` : undefined;
  options.onListening?.({
    url: simulator.url,
    clientId: client.clientId,
    tokenEndpoint: client.tokenEndpoint,
    ...(clientFile ? { clientFile } : {}),
  });
  const register = createPartyRegister({ seed: options.seed ?? 1 });
  const innsender = isSynthetic(client.orgnr) ? client.orgnr : register.defaultInnsender.identifier;
  const control = simulatorControl(simulator, options.http);
  const parties = scenarioParties(register, innsender);
  const timeoutSeconds = options.scenarioTimeoutSeconds ?? VENDOR_SCENARIO_TIMEOUT_SECONDS;
  const card = (scenario: VendorScenario): ScenarioCard => {
    const cardParties = parties.get(scenario.id) ?? { innsender };
    return {
      schemaVersion: ADAPTER_INTERFACE_VERSION,
      id: scenario.id,
      title: scenario.title,
      instructions: fillText(scenario.instructions, cardParties),
      parties: cardParties,
      modelVersion: options.modelVersion,
      simulator: {
        baseUrls: { ...client.baseUrls },
        tokenEndpoint: client.tokenEndpoint,
        audience: client.audience,
        clientId: client.clientId,
        scope: ELAN_SCOPE,
        ...(clientFile ? { clientFile } : {}),
      },
      judged: scenario.judged,
      expect: scenario.expect,
      timeoutSeconds,
    };
  };
  const selected = options.scenarios
    ? VENDOR_SCENARIOS.filter((scenario) => options.scenarios?.includes(scenario.id))
    : DEFAULT_VENDOR_SCENARIOS;
  return {
    kind: 'vendor',
    modelVersion: options.modelVersion,
    seed: options.seed ?? 1,
    info: { kind: 'vendor', baseUrls: { ...client.baseUrls }, tokenEndpoint: client.tokenEndpoint },
    contract,
    contracts,
    baseUrls: client.baseUrls,
    klientid: client.clientId,
    expectations: { consumerOrgnr: client.orgnr, scope: ELAN_SCOPE, issuer: client.audience },
    clock: simulatorClock(simulator),
    guards: [],
    simulator: control,
    observer: createVendorObserver({
      scenarios: selected,
      control,
      contracts,
      card,
      ...(options.adapter ? { adapter: options.adapter } : {}),
      ...(options.person ? { person: options.person } : {}),
      scenarioTimeoutMs: timeoutSeconds * 1000,
      wallClock: createSystemClock(),
    }),
    notes: fallbackNotes(specs),
    close: () => simulator.close(),
  };
}
