import type { Contract, Exchange } from '@elan-kit/schemas';
import { classifyExchanges } from '../../checks/support/traffic.js';
import type { Clock } from '../../engine/clock.js';
import type { ObservedSession, SimulatorControl, TrafficObserver } from '../target.js';
import type { AdapterResult, ScenarioCard, VendorAdapter, VendorScenario } from './scenarios.js';

export interface VendorObserverOptions {
  readonly scenarios: readonly VendorScenario[];
  readonly control: SimulatorControl;
  readonly contracts: readonly Contract[];
  readonly card: (scenario: VendorScenario) => ScenarioCard;
  readonly adapter?: VendorAdapter;
  readonly scenarioTimeoutMs: number;
  /** Real time, for waiting on a person or a system: the vendor's traffic arrives in real time. */
  readonly wallClock: Clock;
  readonly pollIntervalMs?: number;
}

const ADAPTER_GRACE_MS = 2_000;

function formatCard(card: ScenarioCard, index: number, total: number): string {
  const parties = Object.entries(card.parties)
    .map(([role, id]) => `${role} ${id}`)
    .join(', ');
  return [
    '',
    `── Scenario ${index + 1}/${total}: ${card.title.nb} / ${card.title.en} ──`,
    `  ${card.instructions.nb}`,
    `  ${card.instructions.en}`,
    `  Parties: ${parties}`,
    `  Base URL: ${card.simulator.baseUrls['utleggsbegjaering']}  Token endpoint: ${card.simulator.tokenEndpoint}`,
  ].join('\n');
}

/** Presents each scenario (card or adapter), waits for the traffic it asks for, and returns what was recorded. */
export function createVendorObserver(options: VendorObserverOptions): TrafficObserver {
  return {
    async observe({ signal, log }) {
      const start = await options.control.lastRecordingId();
      const surfaced: Record<string, string[]> = {};
      const scenarios: Array<{ id: string; completed: boolean; message?: string }> = [];
      for (const [index, scenario] of options.scenarios.entries()) {
        if (signal.aborted) break;
        const mark = await options.control.lastRecordingId();
        for (const fault of scenario.faults ?? []) await options.control.injectFault(fault);
        const card = options.card(scenario);
        log(formatCard(card, index, options.scenarios.length));
        let adapterResult: AdapterResult | undefined;
        let message: string | undefined;
        const done = async () =>
          scenario.done(
            classifyExchanges(await options.control.recordings(mark ? { afterId: mark } : {}), options.contracts),
          );
        if (options.adapter) {
          try {
            adapterResult = await options.adapter(card, signal);
          } catch (error) {
            message = `The vendor adapter failed: ${error instanceof Error ? error.message : String(error)}`;
            log(`  ${message}`);
          }
          if (adapterResult?.kontrollutslag) surfaced[scenario.id] = [...adapterResult.kontrollutslag];
          if (adapterResult?.note) message = adapterResult.note;
        }
        // With an adapter the traffic is done when it returns; a short grace catches systems that answer async.
        const wait = options.adapter
          ? Math.min(ADAPTER_GRACE_MS, options.scenarioTimeoutMs)
          : options.scenarioTimeoutMs;
        const deadline = options.wallClock.now().getTime() + wait;
        let completed = await done();
        while (!completed && !signal.aborted && options.wallClock.now().getTime() < deadline) {
          await options.wallClock.sleep(options.pollIntervalMs ?? 500, signal).catch(() => {});
          completed = await done();
        }
        if (!completed && !message) message = 'The traffic this scenario asks for was not seen before the timeout.';
        log(`  ${completed ? '✓ seen' : `✗ ${message}`}`);
        scenarios.push({ id: scenario.id, completed, ...(message ? { message } : {}) });
        await options.control.clearFaults();
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

/** Recordings written by `elan-kit proxy`: judged as they are, without scenarios. */
export function createRecordedObserver(exchanges: readonly Exchange[]): TrafficObserver {
  return {
    observe: async () => ({ client: 'vendor', exchanges, scenarios: [] }),
  };
}
