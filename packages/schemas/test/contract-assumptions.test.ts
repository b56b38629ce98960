import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTRACTS } from '../src/contract/registry.js';
import { CONTRACT_ASSUMPTIONS, loadContract, OPPSLAG_SAMORDNET_TREKK_FLAG } from '../src/index.js';
import { resolvePointer } from '../src/primitives/json-pointer.js';

describe('contract assumptions', () => {
  it('have unique ids', () => {
    const ids = CONTRACT_ASSUMPTIONS.map((assumption) => assumption.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(
    CONTRACT_ASSUMPTIONS.flatMap((assumption) => assumption.where.map((where) => ({ id: assumption.id, ...where }))),
  )('$id still shapes $contract $pointer', ({ contract, pointer }) => {
    const entry = BUNDLED_CONTRACTS.find((candidate) => candidate.name === contract);
    expect(entry).toBeDefined();
    const document = loadContract(entry!.api, entry!.version || undefined).document;
    expect(resolvePointer(document, pointer)).toBeDefined();
  });

  it('name the Oppslag samordnet trekk flag that the schema requires', () => {
    const operation = loadContract('kommune', '1.0').operation('oppslagSamordnetTrekk');
    const skyldner = { taxIdentificationNumber: '311247115', landkodeIdentifikator: 'NO' };
    expect(operation.validateResponse(200, { skyldner, [OPPSLAG_SAMORDNET_TREKK_FLAG]: false })).toEqual([]);
    expect(operation.validateResponse(200, { skyldner })).toEqual([
      expect.objectContaining({ params: { missingProperty: OPPSLAG_SAMORDNET_TREKK_FLAG } }),
    ]);
  });
});
