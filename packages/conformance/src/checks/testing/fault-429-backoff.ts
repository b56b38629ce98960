import { defineCheck } from '../../engine/check.js';
import { runFaultScenario } from '../support/faults.js';

export default defineCheck({
  id: 'fault-429-backoff',
  section: '5',
  title: {
    nb: 'For mange forespørsler (429): vent og prøv igjen',
    en: 'Too many requests (429): back off and retry',
  },
  description: {
    nb: 'Simulatoren svarer 429 én gang. Feilsvaret er en ProblemDetail med korrelasjonsid og Retry-After, og klienten venter minst Retry-After før nytt forsøk som så lykkes.',
    en: 'The simulator answers 429 once. The error answer is a ProblemDetail with korrelasjonsid and Retry-After, and the client waits at least Retry-After before a retry that then succeeds.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4–5 (robust feilhåndtering, test feilhåndtering); generelle feilkoder (KB-00x)',
  targets: ['simulator', 'vendor'],
  run: (context) => runFaultScenario(context, 429),
});
