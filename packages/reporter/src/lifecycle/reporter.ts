import type { RunListener } from '@elan-kit/schemas';

export type { PlannedCheck, RunPlan } from '@elan-kit/schemas';

/** Live-run hooks; the reporter's name for the shared `RunListener` (a throwing reporter is recorded by the multiplexer). */
export type Reporter = RunListener;

export type ReporterHook = 'onRunStart' | 'onCheckStart' | 'onCheckEnd' | 'onRunEnd';
