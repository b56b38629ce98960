export { vilkaarCatalog } from './catalog.js';
export type { AvvikstekstDel, AvvikstekstVerdi } from './format.js';
export { avvikstekstPlaceholders, formatAvvikstekst, parseAvvikstekst } from './format.js';
export { generalErrorCodes } from './general-error-codes.js';
export { findVilkaar, vilkaarFor } from './select.js';
export type { GeneralErrorCode, Tekstkilde, Vilkaar, VilkaarGruppe, VilkaarKontekst } from './types.js';
