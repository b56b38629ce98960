import type { ModelVersion } from '@elan-kit/schemas';
import { KOMMUNE_PREFIX, KOMMUNE_SCOPES, SCOPE_UTLEGGSBEGJAERING, UTLEGGSBEGJAERING_PREFIX } from '../assumptions.js';
import type { Route, RouteRequest } from '../pipeline/route.js';
import type { SimulatorState } from '../state.js';
import * as begjaering from './handlers/begjaering.js';
import { lookUpRegime } from './handlers/betjeningskartet.js';
import { readInnsyn } from './handlers/innsyn.js';
import { lookUpCoordinatedWithholding, receiveDecision } from './handlers/kommune.js';
import { readChanges, readStatus } from './handlers/status.js';
import * as vedlegg from './handlers/vedlegg.js';

const ELAN_SCOPES: readonly string[] = [SCOPE_UTLEGGSBEGJAERING];

/**
 * The route table (interfaces.md; information-model.md §13.4): the Utleggsbegjæring family under `/v1`
 * (model 0.9) and `/v2` (the configured model), and the municipality API.
 */
export function elanRoutes(state: SimulatorState): Route[] {
  const family = (pathVersion: 'v1' | 'v2', model: ModelVersion): Route[] => {
    const base = `${UTLEGGSBEGJAERING_PREFIX}/${pathVersion}`;
    const common = { family: 'elan' as const, scopes: ELAN_SCOPES, modelVersion: model };
    const begjaeringContract = (operationId: string) => ({
      api: 'utleggsbegjaering' as const,
      version: model,
      operationId,
    });
    const route = (
      method: string,
      path: string,
      operationId: string,
      body: Route['body'],
      contract: Route['contract'],
      handle: (request: RouteRequest) => ReturnType<Route['handle']>,
    ): Route => ({
      ...common,
      method,
      template: `${base}${path}`,
      operationId,
      body,
      ...(contract ? { contract } : {}),
      handle,
    });
    return [
      route('POST', '/vedlegg', 'lastOppVedlegg', 'multipart', begjaeringContract('lastOppVedlegg'), (r) =>
        vedlegg.upload(state, r),
      ),
      route('GET', '/vedlegg/{uuid}', 'hentVedlegg', 'none', begjaeringContract('hentVedlegg'), (r) =>
        vedlegg.read(state, r),
      ),
      route('DELETE', '/vedlegg/{uuid}', 'slettVedlegg', 'none', begjaeringContract('slettVedlegg'), (r) =>
        vedlegg.remove(state, r),
      ),
      route('POST', '/valider', 'validerNyBegjaering', 'json', begjaeringContract('validerNyBegjaering'), (r) =>
        begjaering.validateNew(state, model, r),
      ),
      route('POST', '', 'opprettBegjaering', 'json', begjaeringContract('opprettBegjaering'), (r) =>
        begjaering.submit(state, model, r),
      ),
      route(
        'PUT',
        '/valider/{eksternSaksreferanse}',
        'validerEndretBegjaering',
        'json',
        begjaeringContract('validerEndretBegjaering'),
        (r) => begjaering.validateChange(state, model, r),
      ),
      route('PUT', '/{eksternSaksreferanse}', 'endreBegjaering', 'json', begjaeringContract('endreBegjaering'), (r) =>
        begjaering.change(state, model, r),
      ),
      route('GET', '/{eksternSaksreferanse}', 'hentBegjaering', 'none', begjaeringContract('hentBegjaering'), (r) =>
        begjaering.read(state, r),
      ),
      route(
        'GET',
        '/status/endringer',
        'hentStatusendringer',
        'none',
        { api: 'status', operationId: 'hentStatusendringer' },
        (r) => readChanges(state, r),
      ),
      route(
        'GET',
        '/status/{eksternSaksreferanse}',
        'hentStatusPaaSak',
        'none',
        { api: 'status', operationId: 'hentStatusPaaSak' },
        (r) => readStatus(state, r),
      ),
      route(
        'POST',
        '/betjeningskartet',
        'slaaOppRegelverk',
        'json',
        { api: 'betjeningskartet', operationId: 'slaaOppRegelverk' },
        (r) => lookUpRegime(state, r),
      ),
      route(
        'POST',
        '/innsyn/trekk',
        'hentInnsynITrekk',
        'json',
        { api: 'innsyn', operationId: 'hentInnsynITrekk' },
        (r) => readInnsyn(state, r),
      ),
    ];
  };

  const kommune = (pathVersion: 'v1' | 'v2', model: '1.0' | '2.0'): Route[] => {
    const base = `${KOMMUNE_PREFIX}/${pathVersion}`;
    const common = { family: 'elan' as const, scopes: KOMMUNE_SCOPES };
    const beslutning: Route = {
      ...common,
      method: 'POST',
      template: `${base}/beslutning`,
      operationId: 'sendBeslutningOmTrekk',
      body: 'json',
      contract: { api: 'kommune', version: model, operationId: 'sendBeslutningOmTrekk' },
      handle: (r) => receiveDecision(state, model, r),
    };
    if (pathVersion === 'v2') return [beslutning];
    // Oppslag samordnet trekk exists in version 1.0 only (both kommune documents place it under /v1).
    return [
      beslutning,
      {
        ...common,
        method: 'POST',
        template: `${base}/oppslag-samordnet-trekk`,
        operationId: 'oppslagSamordnetTrekk',
        body: 'json',
        contract: { api: 'kommune', version: model, operationId: 'oppslagSamordnetTrekk' },
        handle: (r) => lookUpCoordinatedWithholding(state, r),
      },
    ];
  };

  return [
    ...family('v1', '0.9'),
    ...family('v2', state.options.v2ModelVersion),
    ...kommune('v1', '1.0'),
    ...kommune('v2', '2.0'),
  ];
}
