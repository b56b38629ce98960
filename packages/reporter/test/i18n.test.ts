import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { nb } from '../src/i18n/nb.js';
import { createFormatter } from '../src/index.js';

type Catalogue = Readonly<Record<string, unknown>>;

/** Every key path with the kind of value it holds: `statuses.pass:string`, `baseUrl:function/1`. */
function shape(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [`${path}:function/${value.length}`];
    if (Array.isArray(value)) return [`${path}:array/${value.length}`];
    if (value !== null && typeof value === 'object') return shape(value as Catalogue, `${path}.`);
    return [`${path}:${typeof value}`];
  });
}

function leaves(catalogue: Catalogue): unknown[] {
  return Object.values(catalogue).flatMap((value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? leaves(value as Catalogue) : [value],
  );
}

describe('message catalogues', () => {
  it('nb and en have exactly the same keys, nested keys and kinds of value', () => {
    expect(shape(en).sort()).toEqual(shape(nb).sort());
    expect(shape(nb).length).toBeGreaterThan(150);
  });

  it('have no empty texts (except the deliberately empty state warning for completed runs)', () => {
    for (const catalogue of [nb, en]) {
      const empty = leaves(catalogue).filter((value) => value === '');
      expect(empty).toEqual(['']);
      expect(catalogue.runStateWarnings.completed).toBe('');
    }
  });

  it('are different languages (only shared words are identical)', () => {
    const same = shape(nb)
      .map((entry) => entry.split(':')[0] ?? '')
      .filter((path) => {
        const read = (catalogue: Catalogue) =>
          path.split('.').reduce<unknown>((value, key) => (value as Catalogue | undefined)?.[key], catalogue);
        const a = read(nb);
        return typeof a === 'string' && a.length > 3 && a === read(en);
      });
    // Words that are the same in both languages, and the header names Skatteetaten uses.
    expect(same.sort()).toEqual(['korrelasjonsid', 'meldingsid', 'status', 'system']);
  });
});

describe('Norwegian and English formats', () => {
  const nbFormat = createFormatter('nb');
  const enFormat = createFormatter('en');

  it('formats date-times in Norwegian time as "26.11.2026 kl. 21:30"', () => {
    expect(nbFormat.dateTime('2026-11-26T20:30:05Z')).toBe('26.11.2026 kl. 21:30');
    expect(nbFormat.dateTime('2026-07-01T08:05:00Z')).toBe('01.07.2026 kl. 10:05');
    expect(enFormat.dateTime('2026-11-26T20:30:05Z')).toBe('26 Nov 2026, 21:30');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(nbFormat.date('2026-11-20')).toBe('20.11.2026');
    expect(enFormat.date('2026-11-20')).toBe('20 Nov 2026');
    expect(nbFormat.date('soon')).toBe('soon');
  });

  it('formats amounts as "1 234,56" with a non-breaking space', () => {
    expect(nbFormat.number(1234.56)).toBe('1\u00a0234,56');
    expect(nbFormat.number(1_000_000)).toBe('1\u00a0000\u00a0000');
    expect(enFormat.number(1234.56)).toBe('1,234.56');
  });

  it('formats durations', () => {
    expect(nbFormat.duration(412)).toBe('412 ms');
    expect(nbFormat.duration(12_345)).toBe('12,3 s');
    expect(enFormat.duration(12_345)).toBe('12.3 s');
    expect(nbFormat.duration(102_785)).toBe('1 min 43 s');
    expect(nbFormat.duration(3_723_000)).toBe('1 t 2 min');
    expect(enFormat.duration(3_723_000)).toBe('1 h 2 min');
    expect(nbFormat.duration(undefined)).toBe('');
  });

  it('leaves an unparseable time as it is, and honours another time zone', () => {
    expect(nbFormat.dateTime('not a time')).toBe('not a time');
    expect(createFormatter('nb', 'UTC').dateTime('2026-11-26T20:30:05Z')).toBe('26.11.2026 kl. 20:30');
  });
});
