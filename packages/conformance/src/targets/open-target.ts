import type { TargetKind } from '@elan-kit/schemas';
import { openTestTarget, openUrlTarget, type RemoteTargetOptions } from './remote-target.js';
import { openSimulatorTarget, type SimulatorTargetOptions } from './simulator-target.js';
import type { Target } from './target.js';
import { openVendorTarget, type VendorTargetOptions } from './vendor-target.js';

export type OpenTargetOptions =
  | ({ readonly kind: 'simulator' } & SimulatorTargetOptions)
  | ({ readonly kind: 'test' } & RemoteTargetOptions)
  | ({ readonly kind: 'url' } & RemoteTargetOptions)
  | ({ readonly kind: 'vendor' } & VendorTargetOptions);

/** Opens the target a run is pointed at; close it when the run is over. */
export async function openTarget(options: OpenTargetOptions): Promise<Target> {
  switch (options.kind) {
    case 'simulator':
      return openSimulatorTarget(options);
    case 'test':
      return openTestTarget(options);
    case 'url':
      return openUrlTarget(options);
    case 'vendor':
      return openVendorTarget(options);
  }
}

export const TARGET_KINDS: readonly TargetKind[] = ['simulator', 'test', 'vendor', 'url'];
