import { emitKeypressEvents } from 'node:readline';
import type { PersonPrompt } from '@elan-kit/conformance';
import type { Output } from '../output.js';

/** Keys a person presses, one call per key; returns a function that stops listening. */
export type KeySource = (onKey: (key: string) => void) => () => void;

/** Keys from an interactive stdin, in raw mode while listening. */
export function stdinKeys(stdin: NodeJS.ReadStream = process.stdin): KeySource | undefined {
  if (!stdin.isTTY) return undefined;
  return (onKey) => {
    emitKeypressEvents(stdin);
    stdin.setRawMode(true);
    stdin.resume();
    const listener = (text: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      if (key?.ctrl && key.name === 'c') process.kill(process.pid, 'SIGINT');
      else onKey(key?.name === 'return' || key?.name === 'enter' ? 'enter' : (text ?? key?.name ?? ''));
    };
    stdin.on('keypress', listener);
    return () => {
      stdin.off('keypress', listener);
      stdin.setRawMode(false);
      stdin.pause();
    };
  };
}

function remaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * A person carries out each scenario card: the kit says what it waits for, counts down, and ends the wait when the
 * traffic is seen, the person presses Enter (done) or "s" (skip), or the time is up.
 */
export function createPersonPrompt(options: {
  output: Output;
  keys?: KeySource;
  now?: () => number;
  tickMs?: number;
}): PersonPrompt {
  const now = options.now ?? Date.now;
  return (card, wait) =>
    new Promise((resolve) => {
      const { output } = options;
      const expect = card.expect ? `${card.expect.nb} / ${card.expect.en}` : '';
      output.err(`  Venter på / waiting for: ${expect}`);
      output.err(
        options.keys
          ? '  Enter = ferdig / done, s = hopp over / skip'
          : '  (the kit ends the wait when it sees the traffic, or at the deadline)',
      );
      let lastPrinted = Number.POSITIVE_INFINITY;
      let settled = false;
      let checking = false;
      const finish = (result: 'done' | 'skip' | 'timeout') => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        stopKeys?.();
        if (output.interactive) output.err('');
        resolve(result);
      };
      const tick = async () => {
        const left = wait.deadline.getTime() - now();
        if (wait.signal.aborted || left <= 0) return finish('timeout');
        if (output.interactive) process.stderr.write(`\r  ⏳ ${remaining(left)} `);
        else if (lastPrinted - left >= 30_000) {
          lastPrinted = left;
          output.err(`  ⏳ ${remaining(left)}`);
        }
        if (checking) return;
        checking = true;
        try {
          if (await wait.isComplete()) finish('done');
        } finally {
          checking = false;
        }
      };
      const timer = setInterval(() => void tick(), options.tickMs ?? 1000);
      const stopKeys = options.keys?.((key) => {
        if (key === 'enter') finish('done');
        else if (key.toLowerCase() === 's') finish('skip');
      });
      wait.signal.addEventListener('abort', () => finish('timeout'), { once: true });
      void tick();
    });
}
