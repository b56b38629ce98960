import { KEY_EXPIRY_WARNING_DAYS } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, toolError } from '../../engine/outcomes.js';

const DAY_MS = 86_400_000;
const MIN_RSA_BITS = 2048;

export default defineCheck({
  id: 'auth-key-valid',
  section: '2',
  title: { nb: 'Nøkkel/sertifikat er gyldig', en: 'The key or certificate is valid' },
  description: {
    nb: `Virksomhetssertifikatet (x5c) eller den registrerte nøkkelen (kid) er gyldig, hører sammen med den private nøkkelen og utløper ikke innen ${KEY_EXPIRY_WARNING_DAYS} dager.`,
    en: `The business certificate (x5c) or the registered key (kid) is valid, matches the private key and does not expire within ${KEY_EXPIRY_WARNING_DAYS} days.`,
  },
  severity: 'required',
  reference: 'Sjekkliste 2 (virksomhetssertifikat, Maskinporten-registrering); Maskinporten MP-120/MP-121',
  targets: ['simulator', 'test', 'url'],
  run(context) {
    const key = context.target.tokens?.client.key;
    if (!key) {
      return toolError('NO_MASKINPORTEN_KEY', {
        en: 'No Maskinporten key is configured.',
        nb: 'Ingen Maskinporten-nøkkel er satt opp.',
      });
    }
    const findings: BilingualFinding[] = [];
    if (key.modulusBits !== undefined && key.modulusBits < MIN_RSA_BITS) {
      findings.push(
        finding(
          'KEY_TOO_SHORT',
          {
            en: `The RSA key has ${key.modulusBits} bits; use at least ${MIN_RSA_BITS}.`,
            nb: `RSA-nøkkelen har ${key.modulusBits} biter; bruk minst ${MIN_RSA_BITS}.`,
          },
          { expected: MIN_RSA_BITS, actual: key.modulusBits },
        ),
      );
    }
    const certificate = key.certificate;
    if (!certificate) {
      findings.push(
        finding(
          'REGISTERED_KEY',
          {
            en: `The grant uses a key registered on the client (kid "${key.kid}"). Registered keys live one year (MP-121 when expired); their expiry is visible in Samarbeidsportalen, not to the kit.`,
            nb: `Tildelingen bruker en nøkkel registrert på klienten (kid "${key.kid}"). Registrerte nøkler varer i ett år (MP-121 når de er utløpt); utløpsdatoen ser du i Samarbeidsportalen, verktøyet kan ikke se den.`,
          },
          { severity: 'info' },
        ),
      );
      return judge(findings);
    }
    const now = context.clock.now().getTime();
    const validTo = Date.parse(certificate.validTo);
    const validFrom = Date.parse(certificate.validFrom);
    const details = {
      subject: certificate.subject,
      issuer: certificate.issuer,
      validFrom: certificate.validFrom,
      validTo: certificate.validTo,
    };
    findings.push(
      finding(
        'CERTIFICATE',
        {
          en: `Business certificate ${certificate.subject}.`,
          nb: `Virksomhetssertifikat ${certificate.subject}.`,
        },
        { severity: 'info', actual: details },
      ),
    );
    if (!certificate.matchesPrivateKey) {
      findings.push(
        finding('CERTIFICATE_KEY_MISMATCH', {
          en: 'The certificate does not belong to the private key.',
          nb: 'Sertifikatet hører ikke til den private nøkkelen.',
        }),
      );
    }
    if (now < validFrom) {
      findings.push(
        finding('CERTIFICATE_NOT_YET_VALID', {
          en: `The certificate is valid only from ${certificate.validFrom}.`,
          nb: `Sertifikatet er først gyldig fra ${certificate.validFrom}.`,
        }),
      );
    } else if (now >= validTo) {
      findings.push(
        finding(
          'CERTIFICATE_EXPIRED',
          {
            en: `The certificate expired on ${certificate.validTo}.`,
            nb: `Sertifikatet gikk ut ${certificate.validTo}.`,
          },
          { actual: certificate.validTo },
        ),
      );
    } else if (validTo - now < KEY_EXPIRY_WARNING_DAYS * DAY_MS) {
      const days = Math.floor((validTo - now) / DAY_MS);
      findings.push(
        finding(
          'CERTIFICATE_EXPIRES_SOON',
          {
            en: `The certificate expires in ${days} day(s), on ${certificate.validTo}: renew it.`,
            nb: `Sertifikatet går ut om ${days} dag(er), ${certificate.validTo}: forny det.`,
          },
          { severity: 'warning', actual: certificate.validTo },
        ),
      );
    }
    return judge(findings);
  },
});
