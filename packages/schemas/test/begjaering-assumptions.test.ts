import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { begjaeringAssumptions } from '../src/index.js';
import { examplesDir, sourceDir, sourceFiles } from './begjaering-support.js';

const ids = begjaeringAssumptions.map((assumption) => assumption.id);
const referenced = (text: string) => new Set(text.match(/\bA-[A-Z0-9][A-Z0-9.-]*[A-Z0-9]\b/g) ?? []);

describe('Utleggsbegjæring assumptions', () => {
  it('have unique ids and say where, what and why', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const assumption of begjaeringAssumptions) {
      expect(assumption.id).toMatch(/^A-[A-Z0-9][A-Z0-9.-]*[A-Z0-9]$/);
      expect(
        assumption.where.length * assumption.assumed.length * assumption.source.length,
        assumption.id,
      ).toBeGreaterThan(0);
    }
  });

  it('include every assumption the OpenAPI sources and the examples refer to', () => {
    const texts = [
      ...sourceFiles.map((file) => readFileSync(`${sourceDir}${file}`, 'utf8')),
      readFileSync(`${examplesDir}README.md`, 'utf8'),
    ];
    const used = new Set(texts.flatMap((text) => [...referenced(text)]));
    expect([...used].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('are all referred to from a document or example, so none is stale', () => {
    const texts = [
      ...sourceFiles.map((file) => readFileSync(`${sourceDir}${file}`, 'utf8')),
      readFileSync(`${examplesDir}README.md`, 'utf8'),
    ];
    const used = new Set(texts.flatMap((text) => [...referenced(text)]));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });
});
