import { defineCheck } from '../../engine/check.js';
import { runFaultScenario } from '../support/faults.js';

export default defineCheck({
  id: 'fault-503-backoff',
  section: '5',
  title: {
    nb: 'Tjenesten utilgjengelig (503): vent og prøv igjen',
    en: 'Service unavailable (503): back off and retry',
  },
  description: {
    nb: 'Simulatoren svarer 503 én gang. Feilsvaret er en ProblemDetail med korrelasjonsid og Retry-After, og klienten venter minst Retry-After før nytt forsøk som så lykkes.',
    en: 'The simulator answers 503 once. The error answer is a ProblemDetail with korrelasjonsid and Retry-After, and the client waits at least Retry-After before a retry that then succeeds.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4–5 (robust feilhåndtering, test feilhåndtering); generelle feilkoder (KB-00x)',
  targets: ['simulator', 'vendor'],
  run: (context) => runFaultScenario(context, 503),
});
