import type { ScenarioCard } from '@elan-kit/conformance';
import { describe, expect, it } from 'vitest';
import { bufferedOutput } from '../src/index.js';
import { createPersonPrompt, type KeySource } from '../src/run-support/person-prompt.js';

const card = {
  id: 'full-flow',
  expect: { nb: 'Betjeningskartet rett før innsending', en: 'Betjeningskartet right before the submission' },
} as ScenarioCard;

function keys(): { source: KeySource; press: (key: string) => void } {
  let listener: ((key: string) => void) | undefined;
  const source: KeySource = (onKey) => {
    listener = onKey;
    return () => {
      listener = undefined;
    };
  };
  return { source, press: (key) => listener?.(key) };
}

describe('waiting for a person to act on a scenario card', () => {
  const wait = (ms: number, isComplete = async () => false) => ({
    deadline: new Date(Date.now() + ms),
    signal: new AbortController().signal,
    isComplete,
  });

  it('says what it waits for, counts down, and takes Enter as done and "s" as skip', async () => {
    const output = bufferedOutput();
    const enter = keys();
    const done = createPersonPrompt({ output, keys: enter.source, tickMs: 10 })(card, wait(60_000));
    enter.press('enter');
    expect(await done).toBe('done');
    expect(output.stderr()).toMatch(
      /waiting for: Betjeningskartet rett før innsending \/ Betjeningskartet right before/,
    );
    expect(output.stderr()).toMatch(/Enter = ferdig \/ done, s = hopp over \/ skip/);
    expect(output.stderr()).toMatch(/⏳ 1:00|⏳ 0:59/);

    const s = keys();
    const skipped = createPersonPrompt({ output: bufferedOutput(), keys: s.source, tickMs: 10 })(card, wait(60_000));
    s.press('s');
    expect(await skipped).toBe('skip');
  });

  it('ends by itself when the traffic is seen, or when the time is up', async () => {
    let seen = false;
    const prompt = createPersonPrompt({ output: bufferedOutput(), tickMs: 10 });
    const seenWait = prompt(
      card,
      wait(60_000, async () => seen),
    );
    setTimeout(() => {
      seen = true;
    }, 30);
    expect(await seenWait).toBe('done');
    expect(await prompt(card, wait(30))).toBe('timeout');
  });
});
