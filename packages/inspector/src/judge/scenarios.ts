import {
  classifyExchanges,
  fillText,
  isScenarioComplete,
  loadTargetContracts,
  scenarioParties,
  VENDOR_SCENARIOS,
} from '@elan-kit/conformance';
import { createPartyRegister, isSynthetic } from '@elan-kit/fixtures';
import type { Exchange, LocalizedText, ModelVersion, OfficialSpec } from '@elan-kit/schemas';

export interface ScenarioState {
  readonly id: string;
  readonly title: LocalizedText;
  readonly instructions: LocalizedText;
  readonly parties: Readonly<Record<string, string>>;
  /** Faults the scenario asks for before it starts (the page can inject them in serve mode). */
  readonly faults: ReadonlyArray<{
    readonly status: number;
    readonly count?: number;
    readonly operationId?: string;
    readonly retryAfterSeconds?: number;
  }>;
  readonly done: boolean;
}

/** The vendor scenario cards of `@elan-kit/conformance`, each ticked off when the traffic shows it carried out. */
export function createScenarioJudge(options: {
  readonly modelVersion: ModelVersion;
  readonly seed: number;
  /** The organisation the simulator's test client belongs to; the register's default innsender otherwise. */
  readonly innsender?: string;
  readonly specs: readonly OfficialSpec[];
}) {
  const register = createPartyRegister({ seed: options.seed });
  const innsender =
    options.innsender !== undefined && isSynthetic(options.innsender)
      ? options.innsender
      : register.defaultInnsender.identifier;
  const parties = scenarioParties(register, innsender);
  const contracts = loadTargetContracts(options.modelVersion, options.specs);
  return (exchanges: readonly Exchange[]): ScenarioState[] => {
    const items = classifyExchanges(exchanges, contracts);
    return VENDOR_SCENARIOS.map((scenario) => {
      const own = parties.get(scenario.id) ?? {};
      return {
        id: scenario.id,
        title: scenario.title,
        instructions: fillText(scenario.instructions, own),
        parties: own,
        faults: (scenario.faults ?? []).map((fault) => ({
          status: fault.status,
          ...(fault.count === undefined ? {} : { count: fault.count }),
          ...(fault.operationId === undefined ? {} : { operationId: fault.operationId }),
          ...(fault.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: fault.retryAfterSeconds }),
        })),
        done: isScenarioComplete(scenario, items),
      };
    });
  };
}
