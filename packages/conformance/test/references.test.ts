import { CONTRACT_ASSUMPTIONS } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { CHECK_ASSUMPTIONS } from '../src/assumptions.js';
import { allChecks } from '../src/checks/index.js';

const known = new Set([...CHECK_ASSUMPTIONS, ...CONTRACT_ASSUMPTIONS].map((assumption) => assumption.id));

describe('what a check cites reaches a report reader', () => {
  it.each(allChecks.map((check) => [check.id, check] as const))(
    '%s cites no document outside the package',
    (_, check) => {
      expect(check.reference).not.toMatch(/[\w-]+\.md\b|docs\/|shared\/|ASSUMPTION/);
      for (const id of check.assumptions ?? []) expect(known, id).toContain(id);
    },
  );

  it('every conformance assumption is named by a check, with text in both languages', () => {
    const named = new Set(allChecks.flatMap((check) => check.assumptions ?? []));
    for (const assumption of CHECK_ASSUMPTIONS) {
      expect(named, assumption.id).toContain(assumption.id);
      expect(assumption.nb.trim()).not.toBe('');
      expect(assumption.en.trim()).not.toBe('');
    }
  });
});
