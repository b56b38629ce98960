import type { Check } from '../../engine/check.js';
import { defineCheck } from '../../engine/check.js';
import { manual } from '../../engine/outcomes.js';

/**
 * A checklist step the kit cannot observe (roles, agreements, production access, follow-up). The user attests it
 * in the config (`attestations.<id>`); without an attestation it stays an open item in the summary.
 */
export function defineManualCheck(check: Omit<Check, 'run' | 'targets'>): Check {
  return defineCheck({
    ...check,
    manual: true,
    run(context) {
      const attestation = context.attestation();
      if (attestation?.attested) {
        return manual(attestation, [
          {
            code: 'ATTESTED',
            message: `Attested${attestation.by ? ` by ${attestation.by}` : ''}${attestation.date ? ` on ${attestation.date}` : ''}.`,
            severity: 'info',
          },
        ]);
      }
      return manual(attestation ?? { attested: false }, [
        {
          code: 'OPEN_ITEM',
          message: `Not attested yet: add "attestations": { "${check.id}": { "attested": true, "by": "…", "date": "YYYY-MM-DD" } } to elan-kit.config.json once done.`,
          severity: 'warning',
        },
      ]);
    },
  });
}
