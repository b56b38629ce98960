import { isNorwegianValid } from '../view/identifier.js';
import type { ActorView } from '../view/parties.js';

function hasUsableIdentifier(actor: ActorView): boolean {
  return isNorwegianValid(actor.identifikator) || actor.identifikator?.kind === 'utenlandsk';
}

function isOrganisation(actor: ActorView): boolean {
  return actor.kind === 'virksomhet' || actor.kind === 'sammenslutning';
}

function hasFullPersonName(actor: ActorView): boolean {
  return actor.kind === 'person' && actor.fornavn !== undefined && actor.etternavn !== undefined;
}

/** Saksøker: orgnr + name, name + address, personal id + surname + first name, or birth date + surname + first name. */
export function identifiesSaksoeker(actor: ActorView | undefined): boolean {
  if (!actor) return false;
  const orgnrOgNavn = isOrganisation(actor) && hasUsableIdentifier(actor) && actor.navn !== undefined;
  const navnOgAdresse =
    (isOrganisation(actor) ? actor.navn !== undefined : hasFullPersonName(actor)) && actor.adresser.length > 0;
  const idOgNavn = hasFullPersonName(actor) && hasUsableIdentifier(actor);
  const foedselsdatoOgNavn = hasFullPersonName(actor) && actor.foedselsdato !== undefined;
  return orgnrOgNavn || navnOgAdresse || idOgNavn || foedselsdatoOgNavn;
}

/** Saksøkt: personal id + surname + first name, birth date + surname + first name + address, or orgnr + name. */
export function identifiesSaksoekt(actor: ActorView | undefined): boolean {
  if (!actor) return false;
  const idOgNavn = hasFullPersonName(actor) && hasUsableIdentifier(actor);
  const foedselsdatoNavnOgAdresse =
    hasFullPersonName(actor) && actor.foedselsdato !== undefined && actor.adresser.length > 0;
  const orgnrOgNavn = isOrganisation(actor) && hasUsableIdentifier(actor) && actor.navn !== undefined;
  return idOgNavn || foedselsdatoNavnOgAdresse || orgnrOgNavn;
}
