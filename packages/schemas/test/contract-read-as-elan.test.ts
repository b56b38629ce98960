import { describe, expect, it } from 'vitest';
import { loadContract, loadContractFromFile, validateBegjaering } from '../src/index.js';
import { contractsPath } from '../src/paths.js';
import { example, published, publishedFiles } from './begjaering-support.js';

/** A begjæring with the quirks of Skatteetaten's published 0.9 examples: `"vedlegg": null` and a member no model has. */
function quirky(version: '0.9' | '1.0'): Record<string, unknown> {
  const doc = example(version, 'minimal') as Record<string, unknown>;
  doc['vedlegg'] = null;
  doc['kildesystemVersjon'] = '4.2';
  return doc;
}

describe('reading a request body as ELAN does', () => {
  it('takes an explicit null as absent and ignores unknown members of the bundled (kit-closed) schema', () => {
    const operation = loadContract('utleggsbegjaering', '1.0').operation('validerNyBegjaering');
    const doc = quirky('1.0');
    expect(operation.validateRequestBody(doc, 'application/json').length).toBeGreaterThan(0);
    const reading = operation.readRequestBody(doc, 'application/json');
    expect(reading.errors).toEqual([]);
    expect(reading.ignored).toEqual([
      { pointer: '/vedlegg', kind: 'null' },
      { pointer: '/kildesystemVersjon', kind: 'unknown' },
    ]);
    expect(doc['vedlegg']).toBeNull();
  });

  it('keeps a null on a required member an error: absent is what ELAN sees', () => {
    const operation = loadContract('utleggsbegjaering', '1.0').operation('validerNyBegjaering');
    const doc = example('1.0', 'minimal') as Record<string, unknown>;
    doc['begjaeringsdato'] = null;
    const errors = operation.readRequestBody(doc, 'application/json').errors;
    expect(errors.map((error) => [error.keyword, error.params['missingProperty']])).toEqual([
      ['required', 'begjaeringsdato'],
    ]);
  });

  it('lets an official document that closes its objects refuse the unknown member', () => {
    const { contract } = loadContractFromFile(contractsPath('bundled', 'utleggsbegjaering-1.0.json'), {
      api: 'utleggsbegjaering',
      version: '1.0',
    });
    const reading = contract.operation('validerNyBegjaering').readRequestBody(quirky('1.0'), 'application/json');
    expect(reading.errors.map((error) => error.params['additionalProperty'])).toEqual(['kildesystemVersjon']);
    expect(reading.ignored).toEqual([{ pointer: '/vedlegg', kind: 'null' }]);
  });

  it('validateBegjaering with asElan warns with the pointer instead of failing', () => {
    const result = validateBegjaering(quirky('0.9'), { modelVersion: '0.9', asElan: true });
    expect(result.schemaErrors).toEqual([]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'ELAN_UNKNOWN_FIELD',
        pointer: '/kildesystemVersjon',
        message: expect.stringMatching(/ELAN ignores it/),
      }),
    );
    expect(validateBegjaering(quirky('0.9'), { modelVersion: '0.9' }).schemaErrors.length).toBeGreaterThan(0);
  });

  it.each(publishedFiles)('accepts the published example %s with a null vedlegg and an extra member', (file) => {
    const doc = published(file) as Record<string, unknown>;
    doc['vedlegg'] = null;
    doc['ekstra'] = true;
    expect(validateBegjaering(doc, { modelVersion: '0.9', asElan: true }).schemaErrors).toEqual([]);
  });
});
