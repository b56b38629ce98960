import { ConformanceError } from '../errors.js';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly total: number;
}

/** Parses `i/n` as given to `--shard`. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new ConformanceError('ELAN_SHARD_INVALID', `Invalid shard "${text}".`, {
      hint: 'Write --shard i/n with 1 <= i <= n, e.g. --shard 2/3.',
    });
  }
  return { index, total };
}

/**
 * Splits checks into `total` contiguous, balanced blocks in their given (preset) order and returns block `index`.
 * Every check lands in exactly one shard, and the split depends only on the list and `total`.
 */
export function selectShard<T>(items: readonly T[], shard: Shard): T[] {
  if (shard.total < 1 || shard.index < 1 || shard.index > shard.total) {
    throw new ConformanceError('ELAN_SHARD_INVALID', `Invalid shard ${shard.index}/${shard.total}.`);
  }
  const base = Math.floor(items.length / shard.total);
  const extra = items.length % shard.total;
  const start = (shard.index - 1) * base + Math.min(shard.index - 1, extra);
  const size = base + (shard.index <= extra ? 1 : 0);
  if (size === 0 && items.length > 0) {
    throw new ConformanceError(
      'ELAN_SHARD_INVALID',
      `Shard ${shard.index}/${shard.total} has no checks: the selection has only ${items.length}.`,
      { hint: `Split it into at most ${items.length} shards.` },
    );
  }
  return items.slice(start, start + size);
}
