import type { ModelVersion } from '@elan-kit/schemas';
import { ADMIN_PREFIX, type Simulator } from '@elan-kit/simulator';
import type { TrafficSource } from '../source.js';

/** The simulator's recorder as a traffic source; the simulator must be listening. */
export function simulatorSource(simulator: Simulator, options: { readonly modelVersion: ModelVersion }): TrafficSource {
  const recordings = simulator.admin.recordings;
  return {
    mode: 'serve',
    modelVersion: options.modelVersion,
    capacity: recordings.capacity,
    list: (filter = {}) =>
      recordings.list({
        ...(filter.after === undefined ? {} : { after: filter.after }),
        ...(filter.limit === undefined ? {} : { limit: filter.limit }),
      }),
    get(id) {
      const seq = /^x(\d+)$/.exec(id)?.[1];
      if (seq === undefined) return undefined;
      return recordings.list({ after: `x${Number(seq) - 1}` }).find((exchange) => exchange.id === id);
    },
    subscribe: (listener) => recordings.subscribe(listener),
    get endpoints() {
      return { ...simulator.client.baseUrls, maskinporten: simulator.client.tokenEndpoint };
    },
    admin: {
      get url() {
        return simulator.url;
      },
      path: ADMIN_PREFIX,
    },
  };
}
