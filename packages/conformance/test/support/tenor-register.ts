import {
  createPartyRegister,
  importTenorPages,
  type PartyRegister,
  registerFromDocument,
  tenorDocuments,
} from '@elan-kit/fixtures';

/** A register imported from Tenor-shaped pages: the seeded register's parties, as a Tenor search would give them. */
export function tenorRegister(seed = 1): PartyRegister {
  const source = createPartyRegister({ seed });
  const { document } = importTenorPages(
    [
      { file: 'freg.json', value: { dokumentListe: tenorDocuments(source, 'freg') } },
      { file: 'brreg-er-fr.json', value: { dokumentListe: tenorDocuments(source, 'brreg-er-fr') } },
    ],
    { today: '2026-12-07' },
  );
  return registerFromDocument(document);
}
