import type { Check } from '../../engine/check.js';
import { defineCheck } from '../../engine/check.js';
import { finding } from '../../engine/finding.js';
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
        const by = attestation.by;
        const date = attestation.date;
        return manual(attestation, [
          finding(
            'ATTESTED',
            {
              en: `Attested${by ? ` by ${by}` : ''}${date ? ` on ${date}` : ''}.`,
              nb: `Attestert${by ? ` av ${by}` : ''}${date ? ` ${date}` : ''}.`,
            },
            { severity: 'info' },
          ),
        ]);
      }
      const snippet = `"attestations": { "${check.id}": { "attested": true, "by": "…", "date": "YYYY-MM-DD" } }`;
      return manual(attestation ?? { attested: false }, [
        finding(
          'OPEN_ITEM',
          {
            en: `Not attested yet: add ${snippet} to elan-kit.config.json once done.`,
            nb: `Ikke attestert ennå: legg til ${snippet} i elan-kit.config.json når punktet er gjennomført.`,
          },
          { severity: 'warning' },
        ),
      ]);
    },
  });
}
