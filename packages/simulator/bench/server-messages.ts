/** What a benchmark server tells the parent process. */
export type ServerMessage =
  | { readonly kind: 'listening'; readonly url: string }
  | { readonly kind: 'memory'; readonly maxRssKiB: number };

export function reportMaxRss(): void {
  process.send?.({ kind: 'memory', maxRssKiB: process.resourceUsage().maxRSS } satisfies ServerMessage);
}
