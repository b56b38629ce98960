import type { RunListener } from '@elan-kit/schemas';
import type { FindingText } from './finding.js';

export type { PlannedCheck, RunListener, RunPlan } from '@elan-kit/schemas';

type HookName = 'onRunStart' | 'onCheckStart' | 'onCheckEnd' | 'onRunEnd';

/** Calls one hook on every listener; failures become notes. */
export async function notifyListeners<H extends HookName>(
  listeners: readonly RunListener[],
  hook: H,
  args: Parameters<NonNullable<RunListener[H]>>,
  notes: FindingText[],
): Promise<void> {
  for (const [index, listener] of listeners.entries()) {
    const fn = listener[hook] as ((...a: unknown[]) => void | Promise<void>) | undefined;
    if (!fn) continue;
    try {
      await fn.apply(listener, args);
    } catch (error) {
      const name = listener.name ?? `listener ${index + 1}`;
      const reason = error instanceof Error ? error.message : String(error);
      notes.push({
        en: `Reporter "${name}" failed in ${hook}: ${reason}`,
        nb: `Rapportskriveren «${name}» feilet i ${hook}: ${reason}`,
      });
    }
  }
}
