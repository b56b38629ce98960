import { describe, expect, it } from 'vitest';
import { innsenderOrgnr } from '../src/index.js';

describe("the innsender's orgnr (A-PRIM-INNSENDER)", () => {
  it('reads the role-wrapped actor of model 0.9 and later, in variant A and B', () => {
    expect(
      innsenderOrgnr({ innsender: { innsender: { virksomhet: { identifikator: { verdi: '312345676' } } } } }),
    ).toBe('312345676');
    expect(
      innsenderOrgnr({
        innsender: { innsender: { virksomhet: { identifikator: { taxIdentificationNumber: ' 312 345 676 ' } } } },
      }),
    ).toBe('312345676');
  });

  it('reads the bare actor of the 2023 drafts', () => {
    expect(innsenderOrgnr({ innsender: { virksomhet: { identifikator: { verdi: '312345676' } } } })).toBe('312345676');
  });

  it('names no orgnr for a person, a missing innsender, or anything that is not a document', () => {
    expect(innsenderOrgnr({ innsender: { innsender: { person: { identifikator: { verdi: '17912099997' } } } } })).toBe(
      undefined,
    );
    expect(innsenderOrgnr({ innsender: null })).toBeUndefined();
    expect(innsenderOrgnr({})).toBeUndefined();
    expect(innsenderOrgnr('text')).toBeUndefined();
    expect(innsenderOrgnr({ innsender: { innsender: { virksomhet: { identifikator: { verdi: 312345676 } } } } })).toBe(
      undefined,
    );
  });
});
