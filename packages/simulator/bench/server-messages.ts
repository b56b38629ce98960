/** What a benchmark server tells the parent process. */
export type ServerMessage =
  | { readonly kind: 'listening'; readonly url: string }
  | { readonly kind: 'memory'; readonly maxRssKiB: number }
  | { readonly kind: 'cpu'; readonly microseconds: number };

/** Answers the parent's `memory` and `cpu` questions and stops on `stop`. */
export function answerParent(stop: () => Promise<void> | void): void {
  process.on('message', (message) => {
    if (message === 'memory') {
      process.send?.({ kind: 'memory', maxRssKiB: process.resourceUsage().maxRSS } satisfies ServerMessage);
    } else if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ kind: 'cpu', microseconds: user + system } satisfies ServerMessage);
    } else if (message === 'stop') {
      void Promise.resolve(stop()).then(() => process.exit(0));
    }
  });
}
