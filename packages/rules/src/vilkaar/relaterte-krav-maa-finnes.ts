import { defineVilkaar } from '../define-vilkaar.js';

/** A related claim is in no tvangsgrunnlag together with the claim that names it. */
export default defineVilkaar({
  kode: 'RELATERTE_KRAV_MÅ_FINNES',
  run(view) {
    const grunnlagOf = view.tvangsgrunnlagByKrav;
    return view.krav.flatMap((krav) => {
      const own = krav.referanse && grunnlagOf.get(krav.referanse.value);
      if (!own) return [];
      return krav.relaterteKrav
        .filter((relatert) => {
          if (relatert.value === krav.referanse?.value) return false;
          const theirs = grunnlagOf.get(relatert.value);
          return theirs !== undefined && ![...theirs].some((index) => own.has(index));
        })
        .map((relatert) => ({ sti: relatert.sti }));
    });
  },
});
