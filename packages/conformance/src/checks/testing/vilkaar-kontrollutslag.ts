import { type VilkaarVector, vilkaarVectors } from '@elan-kit/fixtures';
import { loadCanonicalExample, vilkaarCatalog } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, skip } from '../../engine/outcomes.js';
import type { HttpResponse } from '../../http/http-client.js';
import { describeAnswer, kontrollutslagCodes } from '../support/problem.js';
import { createVectorRealizer, type Realization, type RealizedVector } from '../support/vector-realizer.js';

interface GroupTally {
  sent: number;
  confirmed: number;
  skipped: number;
}

function send(realized: RealizedVector, note: string): Promise<HttpResponse> {
  return realized.mode === 'endring' && realized.eksternSaksreferanse
    ? realized.api.validerEndret(realized.eksternSaksreferanse, realized.document, { note })
    : realized.api.validerNy(realized.document, { note });
}

export default defineCheck({
  id: 'vilkaar-kontrollutslag',
  section: '5',
  title: { nb: 'Ett kontrollutslag per vilkår', en: 'One kontrollutslag per vilkår' },
  description: {
    nb: 'For hvert vilkår i modellversjonen sendes en begjæring som bryter nettopp det vilkåret til validering: svaret er 422 med nøyaktig den koden. En nær variant som ikke bryter vilkåret godtas. Resultatet vises per vilkårsgruppe.',
    en: 'For every vilkår of the model version, a begjæring that breaks exactly that vilkår is sent to validation: the answer is 422 with exactly that code. A close variant that does not break it is accepted. Results are shown per vilkår group.',
  },
  severity: 'required',
  reference: 'Skatteetaten, Utleggsbegjæring API, fane «Feilkoder» (vilkårene)',
  targets: ['simulator', 'test', 'url'],
  async run(context) {
    const model = context.target.modelVersion;
    const vectors = vilkaarVectors.filter((vector) => vector.modelVersions.includes(model));
    if (vectors.length === 0) {
      return skip('NO_VECTORS', {
        en: `No vilkår vectors for model ${model}.`,
        nb: `Ingen testvektorer for vilkår i modell ${model}.`,
      });
    }
    const exact = context.target.kind === 'simulator';
    const groupOf = new Map(vilkaarCatalog.map((vilkaar) => [vilkaar.kode, vilkaar.gruppe]));
    // The vectors describe themselves in English; bokmål text names the vilkår by its published title instead.
    const titleOf = new Map(vilkaarCatalog.map((vilkaar) => [vilkaar.kode, vilkaar.tittel]));
    const tally = new Map<string, GroupTally>();
    const findings: BilingualFinding[] = [];
    const exercised: string[] = [];
    const realizer = createVectorRealizer(context, model);
    // A party, once registered on the simulator, stays known: vectors that need an unknown party go first.
    const needsUnknownParty = (vector: VilkaarVector) =>
      (vector.context?.unknownParties?.length ?? 0) > 0 || vector.context?.registerDocumentParties === false;
    const cases: Array<{ vector: VilkaarVector; neighbour: boolean }> = [
      ...vectors.filter(needsUnknownParty).map((vector) => ({ vector, neighbour: false })),
      ...vectors.flatMap((vector) => [
        ...(needsUnknownParty(vector) ? [] : [{ vector, neighbour: false }]),
        { vector, neighbour: true },
      ]),
    ];
    type Case = (typeof cases)[number];
    const judgeCase = async ({ vector, neighbour }: Case, realized: Realization): Promise<void> => {
      const group = groupOf.get(vector.kode) ?? 'annet';
      const counts = tally.get(group) ?? { sent: 0, confirmed: 0, skipped: 0 };
      tally.set(group, counts);
      if (neighbour) {
        if ('skip' in realized) return;
        const accepted = await send(realized, `neighbour of vilkår vector ${vector.kode}`);
        if (accepted.status < 200 || accepted.status >= 300) {
          findings.push(
            finding(
              'NEIGHBOUR_REJECTED',
              {
                en: `${vector.kode}: the passing neighbour (${vector.neighbour.description}) answered ${describeAnswer(accepted)}, not 204.`,
                nb: `${vector.kode}: nabovarianten som oppfyller vilkåret, svarte ${describeAnswer(accepted, 'nb')}, ikke 204.`,
              },
              {
                expected: 204,
                actual: { status: accepted.status, kontrollutslag: kontrollutslagCodes(accepted.body) },
                exchangeId: accepted.exchange.id,
              },
            ),
          );
          context.evidence.add(accepted.exchange);
        }
        return;
      }
      if ('skip' in realized) {
        counts.skipped++;
        findings.push(
          finding(
            'VECTOR_NOT_SENT',
            {
              en: `${vector.kode} (${vector.description}) was not sent: it ${realized.skip.en}.`,
              nb: `${vector.kode} (${titleOf.get(vector.kode) ?? vector.description}) ble ikke sendt: testvektoren ${realized.skip.nb}.`,
            },
            { severity: 'info' },
          ),
        );
        return;
      }
      counts.sent++;
      exercised.push(vector.kode);
      const response = await send(realized, `vilkår vector ${vector.kode}`);
      const codes = kontrollutslagCodes(response.body);
      const matches = exact
        ? response.status === 422 && codes.length === 1 && codes[0] === vector.kode
        : response.status === 422 && codes.includes(vector.kode);
      if (matches) counts.confirmed++;
      else {
        findings.push(
          finding(
            'KONTROLLUTSLAG_MISMATCH',
            {
              en: `${vector.kode} (${vector.description}): expected 422 with ${exact ? 'exactly ' : ''}[${vector.kode}], got ${describeAnswer(response)}.`,
              nb: `${vector.kode} (${titleOf.get(vector.kode) ?? vector.description}): forventet 422 med ${exact ? 'nøyaktig ' : ''}[${vector.kode}], fikk ${describeAnswer(response, 'nb')}.`,
            },
            {
              expected: { status: 422, kontrollutslag: [vector.kode] },
              actual: { status: response.status, kontrollutslag: codes },
              exchangeId: response.exchange.id,
            },
          ),
        );
        context.evidence.add(response.exchange);
      }
    };
    const realize = ({ vector, neighbour }: Case, deferWait: boolean) =>
      neighbour
        ? realizer.realize(vector.neighbour, loadCanonicalExample(model, vector.base), { passing: true, deferWait })
        : realizer.realize(vector, loadCanonicalExample(model, vector.base), { deferWait });
    try {
      if (context.target.simulator) {
        // Each vector puts the simulator into its own state (date, parties, stored cases) right before it is sent.
        for (const item of cases) await judgeCase(item, await realize(item, false));
      } else {
        // A real server converts attachments in real time: upload for every vector first, wait once, then send.
        const prepared: Array<[Case, Realization]> = [];
        for (const item of cases) prepared.push([item, await realize(item, true)]);
        await realizer.settle();
        for (const [item, realized] of prepared) await judgeCase(item, realized);
      }
    } finally {
      await realizer.restore();
    }
    const groups = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
    const summary = (notSent: string) =>
      groups
        .map(
          ([group, counts]) =>
            `${group}: ${counts.confirmed}/${counts.sent}${counts.skipped ? ` (${counts.skipped} ${notSent})` : ''}`,
        )
        .join('; ');
    findings.unshift(
      finding(
        'VILKAAR_GROUPS',
        {
          en: `Kontrollutslag confirmed per vilkår group: ${summary('not sent')}.`,
          nb: `Bekreftede kontrollutslag per vilkårsgruppe: ${summary('ikke sendt')}.`,
        },
        { severity: 'info', actual: Object.fromEntries(tally) },
      ),
    );
    return judge(findings, exercised);
  },
});
