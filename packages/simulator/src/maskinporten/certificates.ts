import { randomBytes, sign, X509Certificate } from 'node:crypto';
import {
  bitString,
  boolean,
  explicit,
  nullValue,
  objectIdentifier,
  octetString,
  printableString,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from './der.js';
import { generateSigningKey, type SigningKey } from './keys.js';

const OID = {
  sha256WithRsa: '1.2.840.113549.1.1.11',
  countryName: '2.5.4.6',
  organizationName: '2.5.4.10',
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  organizationIdentifier: '2.5.4.97',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
} as const;

export interface CertificateSubject {
  readonly commonName: string;
  readonly organisationName?: string;
  /** Norwegian business certificates carry the orgnr as `serialNumber` and `organizationIdentifier` NTRNO-<orgnr>. */
  readonly orgnr?: string;
}

export interface IssuedCertificate {
  readonly certificate: X509Certificate;
  readonly pem: string;
  /** Base64 DER, as it goes into an `x5c` array. */
  readonly base64: string;
  readonly key: SigningKey;
}

function name(subject: CertificateSubject): Buffer {
  const rdn = (oid: string, value: Buffer) => set(sequence(objectIdentifier(oid), value));
  return sequence(
    rdn(OID.countryName, printableString('NO')),
    ...(subject.organisationName ? [rdn(OID.organizationName, utf8String(subject.organisationName))] : []),
    ...(subject.orgnr
      ? [
          rdn(OID.organizationIdentifier, utf8String(`NTRNO-${subject.orgnr}`)),
          rdn(OID.serialNumber, printableString(subject.orgnr)),
        ]
      : []),
    rdn(OID.commonName, utf8String(subject.commonName)),
  );
}

function extensions(isCa: boolean): Buffer {
  const basicConstraints = sequence(
    objectIdentifier(OID.basicConstraints),
    boolean(true),
    octetString(isCa ? sequence(boolean(true)) : sequence()),
  );
  // keyCertSign + cRLSign for a CA, digitalSignature for a leaf.
  const usage = isCa ? bitString(Buffer.from([0x06]), 1) : bitString(Buffer.from([0x80]), 7);
  const keyUsage = sequence(objectIdentifier(OID.keyUsage), boolean(true), octetString(usage));
  return explicit(3, sequence(basicConstraints, keyUsage));
}

function mint(options: {
  subject: CertificateSubject;
  issuer: CertificateSubject;
  subjectKey: SigningKey;
  issuerKey: SigningKey;
  isCa: boolean;
  notBefore: Date;
  notAfter: Date;
}): IssuedCertificate {
  const algorithm = sequence(objectIdentifier(OID.sha256WithRsa), nullValue());
  const serial = randomBytes(12);
  serial[0] = (serial[0] ?? 1) & 0x7f || 1;
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(serial),
    algorithm,
    name(options.issuer),
    sequence(time(options.notBefore), time(options.notAfter)),
    name(options.subject),
    options.subjectKey.publicKey.export({ format: 'der', type: 'spki' }),
    extensions(options.isCa),
  );
  const signature = sign('sha256', tbs, options.issuerKey.privateKey);
  const der = sequence(tbs, algorithm, bitString(signature));
  const base64 = der.toString('base64');
  const pem = `-----BEGIN CERTIFICATE-----\n${base64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  return { certificate: new X509Certificate(der), pem, base64, key: options.subjectKey };
}

export interface CertificateAuthority extends IssuedCertificate {
  readonly subject: CertificateSubject;
}

/** A self-signed test CA (never trusted anywhere but in this simulator). */
export async function createTestCertificateAuthority(
  commonName = 'elan-kit simulator test CA',
  validFrom: Date = new Date(Date.now() - 86_400_000),
): Promise<CertificateAuthority> {
  const key = await generateSigningKey();
  const subject: CertificateSubject = { commonName, organisationName: 'elan-kit' };
  const notAfter = new Date(validFrom.getTime() + 10 * 365 * 86_400_000);
  const issued = mint({
    subject,
    issuer: subject,
    subjectKey: key,
    issuerKey: key,
    isCa: true,
    notBefore: validFrom,
    notAfter,
  });
  return { ...issued, subject };
}

/** A test business certificate ("virksomhetssertifikat") for an organisation, issued by a test CA. */
export async function issueBusinessCertificate(
  authority: CertificateAuthority,
  options: { orgnr: string; organisationName?: string; validFrom?: Date; validDays?: number; key?: SigningKey },
): Promise<IssuedCertificate> {
  const key = options.key ?? (await generateSigningKey());
  const notBefore = options.validFrom ?? new Date(Date.now() - 3_600_000);
  const notAfter = new Date(notBefore.getTime() + (options.validDays ?? 365) * 86_400_000);
  const organisationName = options.organisationName ?? `TEST ORGANISASJON ${options.orgnr}`;
  return mint({
    subject: { commonName: organisationName, organisationName, orgnr: options.orgnr },
    issuer: authority.subject,
    subjectKey: key,
    issuerKey: authority.key,
    isCa: false,
    notBefore,
    notAfter,
  });
}

export type ChainProblem = 'malformed' | 'untrusted' | 'expired';

export type ChainVerification =
  | { readonly ok: true; readonly leaf: X509Certificate; readonly orgnr: string | undefined }
  | { readonly ok: false; readonly problem: ChainProblem; readonly message: string };

/** The organisation number a Norwegian business certificate names (serialNumber or organizationIdentifier). */
export function certificateOrgnr(certificate: X509Certificate): string | undefined {
  const subject = certificate.subject;
  const fromIdentifier = /(?:organizationIdentifier|2\.5\.4\.97)=NTRNO-(\d{9})/.exec(subject);
  if (fromIdentifier) return fromIdentifier[1];
  return /serialNumber=(\d{9})\b/.exec(subject)?.[1];
}

function withinValidity(certificate: X509Certificate, nowMs: number): boolean {
  return Date.parse(certificate.validFrom) <= nowMs && nowMs <= Date.parse(certificate.validTo);
}

/**
 * Checks an `x5c` chain (leaf first) against the trusted test CAs: every link issued and signed by the next,
 * every certificate within its validity, and the last one a trusted CA or issued by one.
 */
export function verifyCertificateChain(
  x5c: readonly string[],
  trusted: readonly X509Certificate[],
  nowMs: number,
): ChainVerification {
  let chain: X509Certificate[];
  try {
    chain = x5c.map((entry) => new X509Certificate(Buffer.from(entry, 'base64')));
  } catch {
    return { ok: false, problem: 'malformed', message: 'an x5c entry is not a base64 DER certificate' };
  }
  const leaf = chain[0];
  if (!leaf) return { ok: false, problem: 'malformed', message: 'x5c is empty' };
  for (const certificate of chain) {
    if (!withinValidity(certificate, nowMs)) {
      return {
        ok: false,
        problem: 'expired',
        message: `certificate "${certificate.subject.replace(/\n/g, ', ')}" is not valid now`,
      };
    }
  }
  for (let index = 0; index < chain.length - 1; index++) {
    const child = chain[index]!;
    const parent = chain[index + 1]!;
    if (!parent.ca || !child.checkIssued(parent) || !child.verify(parent.publicKey)) {
      return { ok: false, problem: 'untrusted', message: 'the x5c chain is broken' };
    }
  }
  const top = chain[chain.length - 1]!;
  const anchored = trusted.some(
    (ca) =>
      ca.fingerprint256 === top.fingerprint256 ||
      (ca.ca && withinValidity(ca, nowMs) && top.checkIssued(ca) && top.verify(ca.publicKey)),
  );
  if (!anchored)
    return { ok: false, problem: 'untrusted', message: 'the certificate is not issued by a registered test CA' };
  return { ok: true, leaf, orgnr: certificateOrgnr(leaf) };
}
