import type { RunListener } from '@elan-kit/schemas';

export type { PlannedCheck, RunListener, RunPlan } from '@elan-kit/schemas';

type HookName = 'onRunStart' | 'onCheckStart' | 'onCheckEnd' | 'onRunEnd';

/** Calls one hook on every listener; failures become notes. */
export async function notifyListeners<H extends HookName>(
  listeners: readonly RunListener[],
  hook: H,
  args: Parameters<NonNullable<RunListener[H]>>,
  notes: string[],
): Promise<void> {
  for (const [index, listener] of listeners.entries()) {
    const fn = listener[hook] as ((...a: unknown[]) => void | Promise<void>) | undefined;
    if (!fn) continue;
    try {
      await fn.apply(listener, args);
    } catch (error) {
      const name = listener.name ?? `listener ${index + 1}`;
      notes.push(`Reporter "${name}" failed in ${hook}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
