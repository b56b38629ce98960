import type { Check } from '@elan-kit/conformance';
import { DEFAULT_OUT_DIR } from './load-config.js';

/**
 * The commented starting point `elan-kit init` writes. Plain JSON, valid against config.schema.json:
 * the comments are `$comment` fields, so editors with JSON Schema support keep working.
 */
export function configTemplate(checks: readonly Check[]): Record<string, unknown> {
  const manual = checks.filter((check) => check.manual);
  const attestations: Record<string, unknown> = {
    $comment:
      'Checklist steps the kit cannot observe (sections 1, 6, 7 and a few in 2 and 5). Set "attested": true with who and when once done; until then they are open items in the summary.',
  };
  for (const check of manual) {
    attestations[`$comment-${check.id}`] = `${check.section}. ${check.title.en}: ${check.description.en}`;
    attestations[check.id] = { attested: false };
  }
  return {
    $schema: './node_modules/elan-kit/config.schema.json',
    $comment:
      'elan-kit configuration. Never put secrets here: the Maskinporten key comes from ELAN_KIT_MASKINPORTEN_KEY or ELAN_KIT_MASKINPORTEN_KEY_FILE (or maskinporten.keyFile, a path). Run "elan-kit run" to use it.',
    '$comment-vendor':
      'Who is tested, for the test summary Skatteetaten asks for: name, orgnr (your real 9-digit organisation number), system (its name), systemVersion, contact { name, email, phone }. name, orgnr, system and systemVersion are required for --target vendor and --target test.',
    vendor: {},
    '$comment-target':
      'simulator (default, embedded, fast), test (Skatteetaten test environment with real Maskinporten), vendor (your system calls the simulator; the kit judges the traffic), or an https:// base URL.',
    target: 'simulator',
    modelVersion: '1.0',
    lang: 'nb',
    out: DEFAULT_OUT_DIR,
    checks: {
      $comment: 'preset: full | provider | client | quick. only/skip: lists of check ids.',
      preset: 'full',
      only: [],
      skip: [],
    },
    maskinporten: {
      $comment:
        'For --target test or a URL: clientId (or ELAN_KIT_CLIENT_ID), orgnr (or ELAN_KIT_ORGNR), kid of the registered key, or certificateFile for x5c. Optional: consumerOrg, systembruker { customerOrgnr }.',
      scope: 'skatteetaten:utleggsbegjaering',
    },
    vendorTarget: {
      $comment:
        'For --target vendor: the port the simulator listens on, and optionally an adapter (module or command) called once per scenario for unattended CI runs.',
      port: 0,
    },
    attestations,
  };
}
