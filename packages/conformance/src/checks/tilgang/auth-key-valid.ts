import type { Finding } from '@elan-kit/schemas';
import { KEY_EXPIRY_WARNING_DAYS } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
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
    if (!key) return toolError('NO_MASKINPORTEN_KEY', 'No Maskinporten key is configured.');
    const findings: Finding[] = [];
    if (key.modulusBits !== undefined && key.modulusBits < MIN_RSA_BITS) {
      findings.push({
        code: 'KEY_TOO_SHORT',
        message: `The RSA key has ${key.modulusBits} bits; use at least ${MIN_RSA_BITS}.`,
        expected: MIN_RSA_BITS,
        actual: key.modulusBits,
      });
    }
    const certificate = key.certificate;
    if (!certificate) {
      findings.push({
        code: 'REGISTERED_KEY',
        severity: 'info',
        message: `The grant uses a key registered on the client (kid "${key.kid}"). Registered keys live one year (MP-121 when expired); their expiry is visible in Samarbeidsportalen, not to the kit.`,
      });
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
    findings.push({
      code: 'CERTIFICATE',
      severity: 'info',
      message: `Business certificate ${certificate.subject}.`,
      actual: details,
    });
    if (!certificate.matchesPrivateKey) {
      findings.push({
        code: 'CERTIFICATE_KEY_MISMATCH',
        message: 'The certificate does not belong to the private key.',
      });
    }
    if (now < validFrom) {
      findings.push({
        code: 'CERTIFICATE_NOT_YET_VALID',
        message: `The certificate is valid only from ${certificate.validFrom}.`,
      });
    } else if (now >= validTo) {
      findings.push({
        code: 'CERTIFICATE_EXPIRED',
        message: `The certificate expired on ${certificate.validTo}.`,
        actual: certificate.validTo,
      });
    } else if (validTo - now < KEY_EXPIRY_WARNING_DAYS * DAY_MS) {
      findings.push({
        code: 'CERTIFICATE_EXPIRES_SOON',
        severity: 'warning',
        message: `The certificate expires in ${Math.floor((validTo - now) / DAY_MS)} day(s), on ${certificate.validTo}: renew it.`,
        actual: certificate.validTo,
      });
    }
    return judge(findings);
  },
});
