import { describe, expect, it } from 'vitest';
import { startSimulator } from '../helpers.js';

const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('admin API input depth', () => {
  it('refuses a deeply nested case or token claims with 400 instead of storing it or failing with 500', async () => {
    const simulator = await startSimulator();
    try {
      const post = (path: string, body: string) =>
        fetch(`${simulator.url}/__admin${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
      const cases = simulator.admin.state().cases;
      const seeded = await post('/cases', `{"saksnummer":"DEEP-1","extra":${deep(300_000)}}`);
      expect(seeded.status).toBe(400);
      expect(((await seeded.json()) as { message: string }).message).toMatch(/nested deeper than 64 levels/);
      expect(simulator.admin.state().cases).toEqual(cases);
      const tokens = await post('/tokens', `{"claims":${deep(10_000)}}`);
      expect(tokens.status).toBe(400);
    } finally {
      await simulator.close();
    }
  }, 60_000);
});
