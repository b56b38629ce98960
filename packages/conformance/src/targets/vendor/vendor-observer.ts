import type { Contract, Exchange } from '@elan-kit/schemas';
import type { Clock } from '../../engine/clock.js';
import { VendorAdapterError } from '../../errors.js';
import { classifyExchanges } from '../../observed/classify.js';
import type { ObservedScenario, ObservedSession, SimulatorControl, TrafficObserver } from '../target.js';
import { type AdapterAnswer, parseAdapterAnswer, type ScenarioCard, type VendorAdapter } from './adapter-contract.js';
import { isScenarioComplete, type VendorScenario } from './scenarios.js';

/** A person acting on the card instead of an adapter: resolves when they say done (Enter) or skip ("s"). */
export type PersonPrompt = (
  card: ScenarioCard,
  wait: { readonly deadline: Date; readonly signal: AbortSignal; readonly isComplete: () => Promise<boolean> },
) => Promise<'done' | 'skip' | 'timeout'>;

export interface VendorObserverOptions {
  readonly scenarios: readonly VendorScenario[];
  readonly control: SimulatorControl;
  readonly contracts: readonly Contract[];
  readonly card: (scenario: VendorScenario) => ScenarioCard;
  readonly adapter?: VendorAdapter;
  /** Without an adapter: how a person is shown the card and says done or skip. */
  readonly person?: PersonPrompt;
  readonly scenarioTimeoutMs: number;
  /** Real time, for waiting on a person or a system: the vendor's traffic arrives in real time. */
  readonly wallClock: Clock;
  readonly pollIntervalMs?: number;
}

/** After the adapter returns, traffic a system sends asynchronously still counts for this long. */
const ADAPTER_GRACE_MS = 2_000;

export function formatCard(card: ScenarioCard, index: number, total: number): string {
  const parties = Object.entries(card.parties)
    .map(([role, id]) => `${role} ${id}`)
    .join(', ');
  return [
    '',
    `── Scenario ${index + 1}/${total}: ${card.title.nb} / ${card.title.en} ──`,
    `  ${card.instructions.nb}`,
    `  ${card.instructions.en}`,
    `  Parter / parties: ${parties}`,
    `  Base URL: ${card.simulator.baseUrls['utleggsbegjaering']}  Token endpoint: ${card.simulator.tokenEndpoint}`,
  ].join('\n');
}

async function callAdapter(adapter: VendorAdapter, card: ScenarioCard, signal: AbortSignal) {
  try {
    return parseAdapterAnswer(await adapter(card, signal), card);
  } catch (error) {
    if (error instanceof VendorAdapterError || signal.aborted) throw error;
    throw new VendorAdapterError(
      card.id,
      { en: 'the adapter failed.', nb: 'adapteret feilet.' },
      error instanceof Error ? error.message : String(error),
      'an answer (answer.schema.json) or nothing',
      { cause: error },
    );
  }
}

/** Presents each scenario (to an adapter or a person), waits for the traffic it asks for, and returns it all. */
export function createVendorObserver(options: VendorObserverOptions): TrafficObserver {
  return {
    async observe({ signal, log }) {
      const start = await options.control.lastRecordingId();
      const surfaced: Record<string, string[]> = {};
      const scenarios: ObservedScenario[] = [];
      for (const [index, scenario] of options.scenarios.entries()) {
        if (signal.aborted) break;
        const mark = await options.control.lastRecordingId();
        const since = async () => options.control.recordings(mark ? { afterId: mark } : {});
        for (const fault of scenario.faults ?? []) await options.control.injectFault(fault);
        const card = options.card(scenario);
        log(formatCard(card, index, options.scenarios.length));
        const isComplete = async () =>
          isScenarioComplete(scenario, classifyExchanges(await since(), options.contracts));
        let answer: AdapterAnswer | undefined;
        let message: { en: string; nb: string } | undefined;
        let completed: boolean;
        try {
          if (options.adapter) {
            answer = await callAdapter(options.adapter, card, signal);
            if (answer?.kontrollutslag) surfaced[scenario.id] = [...answer.kontrollutslag];
            completed = await waitFor(
              isComplete,
              Math.min(ADAPTER_GRACE_MS, options.scenarioTimeoutMs),
              options,
              signal,
            );
          } else {
            const deadline = new Date(options.wallClock.now().getTime() + options.scenarioTimeoutMs);
            const said = options.person
              ? await options.person(card, { deadline, signal, isComplete })
              : (await waitFor(isComplete, options.scenarioTimeoutMs, options, signal))
                ? 'done'
                : 'timeout';
            completed = await isComplete();
            if (said === 'skip') {
              message = { en: 'skipped by the person running the kit', nb: 'hoppet over av den som kjørte verktøyet' };
            }
          }
        } finally {
          await options.control.clearFaults();
        }
        if (!completed && !message) {
          message = {
            en: 'the traffic it asks for was not seen before the timeout',
            nb: 'trafikken scenarioet ber om ble ikke sett før tidsfristen',
          };
        }
        log(`  ${completed ? '✓ sett / seen' : `✗ ${message?.nb} / ${message?.en}`}`);
        scenarios.push({
          id: scenario.id,
          completed,
          ...(message ? { message: message.en, messageNb: message.nb } : {}),
          ...(answer ? { answer } : {}),
          exchangeIds: (await since()).map((exchange) => exchange.id),
        });
      }
      const exchanges: readonly Exchange[] = await options.control.recordings(start ? { afterId: start } : {});
      const session: ObservedSession = {
        client: 'vendor',
        exchanges,
        scenarios,
        ...(options.adapter ? { surfacedKontrollutslag: surfaced } : {}),
      };
      return session;
    },
  };
}

async function waitFor(
  isComplete: () => Promise<boolean>,
  waitMs: number,
  options: VendorObserverOptions,
  signal: AbortSignal,
): Promise<boolean> {
  const deadline = options.wallClock.now().getTime() + waitMs;
  let completed = await isComplete();
  while (!completed && !signal.aborted && options.wallClock.now().getTime() < deadline) {
    await options.wallClock.sleep(options.pollIntervalMs ?? 250, signal).catch(() => {});
    completed = await isComplete();
  }
  return completed;
}

/** Recordings written by `elan-kit proxy`: judged as they are, without scenarios. */
export function createRecordedObserver(exchanges: readonly Exchange[]): TrafficObserver {
  return {
    observe: async () => ({ client: 'vendor', exchanges, scenarios: [] }),
  };
}
