import type { SelectionInfo } from '@elan-kit/schemas';
import type { Check } from './engine/check.js';
import { ConformanceError } from './errors.js';

/**
 * Which checks a run uses, as plain data (ids in run order). `full` is the checklist; `provider` only what tests
 * the API; `client` only what judges a client's traffic; `quick` a smoke test of the main path.
 */
export const PRESETS = {
  full: [
    'auth-key-valid',
    'auth-token-obtained',
    'auth-token-claims',
    'env-test-reachable',
    'auth-401-without-token',
    'auth-401-bad-token',
    'contract-korrelasjonsid-echoed',
    'flow-full',
    'flow-old-regime-rejected',
    'flow-duplicate-rejected',
    'vilkaar-kontrollutslag',
    'valider-submit-agree',
    'fault-503-backoff',
    'fault-429-backoff',
    'fault-500-error-body',
    'auth-token-reused',
    'client-no-blind-retry',
    'client-backoff',
    'client-kontrollutslag-surfaced',
    'client-betjeningskartet-usage',
    'client-polling-interval',
    'contract-conformance',
    'data-synthetic-identifiers',
    'roles-and-responsibilities',
    'documentation-read',
    'test-access-requested',
    'test-summary-sent',
    'production-scope-requested',
    'production-access-verified',
    'support-routines-ready',
    'updates-subscribed',
  ],
  provider: [
    'auth-key-valid',
    'auth-token-obtained',
    'auth-token-claims',
    'env-test-reachable',
    'auth-401-without-token',
    'auth-401-bad-token',
    'contract-korrelasjonsid-echoed',
    'flow-full',
    'flow-old-regime-rejected',
    'flow-duplicate-rejected',
    'vilkaar-kontrollutslag',
    'valider-submit-agree',
    'fault-503-backoff',
    'fault-429-backoff',
    'fault-500-error-body',
    'contract-conformance',
    'data-synthetic-identifiers',
  ],
  client: [
    'auth-token-obtained',
    'auth-token-reused',
    'client-no-blind-retry',
    'client-backoff',
    'client-kontrollutslag-surfaced',
    'client-betjeningskartet-usage',
    'client-polling-interval',
    'flow-full',
    'flow-old-regime-rejected',
    'contract-conformance',
    'data-synthetic-identifiers',
  ],
  quick: ['auth-token-obtained', 'auth-token-claims', 'flow-full', 'contract-conformance'],
} as const satisfies Record<string, readonly string[]>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export interface CheckSelection {
  readonly preset?: string;
  /** Only these ids (in preset order); overrides the preset's list but not its order. */
  readonly only?: readonly string[];
  readonly skip?: readonly string[];
}

/** The checks of a run: the preset's ids, narrowed by `only`, minus `skip`, in the preset's order. */
export function selectChecks(all: readonly Check[], selection: CheckSelection = {}): Check[] {
  const byId = new Map(all.map((check) => [check.id, check]));
  const unknown = [...(selection.only ?? []), ...(selection.skip ?? [])].filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new ConformanceError('ELAN_CHECK_DEFINITION', `Unknown check id(s): ${unknown.join(', ')}.`, {
      hint: `Known ids: ${[...byId.keys()].join(', ')}.`,
    });
  }
  const presetName = (selection.preset ?? 'full') as PresetName;
  const preset: readonly string[] | undefined = PRESETS[presetName];
  if (!preset) {
    throw new ConformanceError('ELAN_CHECK_DEFINITION', `Unknown preset "${selection.preset}".`, {
      hint: `Presets: ${PRESET_NAMES.join(', ')}.`,
    });
  }
  const only = selection.only && selection.only.length > 0 ? new Set(selection.only) : undefined;
  const skip = new Set(selection.skip ?? []);
  const order = only
    ? [...preset.filter((id) => only.has(id)), ...[...only].filter((id) => !preset.includes(id))]
    : preset;
  const selected = order.filter((id) => !skip.has(id));
  if (selected.length === 0) {
    const asked = only ? `only ${[...only].join(', ')}` : `preset ${presetName}`;
    throw new ConformanceError(
      'ELAN_SELECTION_EMPTY',
      `No check is selected: ${asked}, minus skip ${[...skip].join(', ')}, leaves nothing to run.`,
      { hint: 'Take the id out of skip, or name other ids with only (elan-kit run --help lists the presets).' },
    );
  }
  return selected.map((id) => byId.get(id)!);
}

/**
 * What a run selected, for the RunResult: partial unless it is the whole `full` checklist, unsharded. Judged on
 * the ids that actually run, so a preset, `only` or `skip` that happens to select everything is not partial.
 */
export function describeSelection(
  selection: CheckSelection,
  selectedIds: readonly string[],
  sharded: boolean,
): SelectionInfo {
  const full: readonly string[] = PRESETS.full;
  const chosen = new Set(selectedIds);
  const everything = full.every((id) => chosen.has(id));
  return {
    preset: selection.preset ?? 'full',
    only: [...(selection.only ?? [])],
    skip: [...(selection.skip ?? [])],
    selected: selectedIds.length,
    available: full.length,
    partial: sharded || !everything,
  };
}
