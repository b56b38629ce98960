/** Every check the kit has, one module per check, grouped by checklist section (folder). */

import type { Check } from '../engine/check.js';
import documentationRead from './forberedelser/documentation-read.js';
import rolesAndResponsibilities from './forberedelser/roles-and-responsibilities.js';
import auth401BadToken from './implementasjon/auth-401-bad-token.js';
import auth401WithoutToken from './implementasjon/auth-401-without-token.js';
import clientBackoff from './implementasjon/client-backoff.js';
import clientBetjeningskartetUsage from './implementasjon/client-betjeningskartet-usage.js';
import clientKontrollutslagSurfaced from './implementasjon/client-kontrollutslag-surfaced.js';
import clientMessageIds from './implementasjon/client-message-ids.js';
import clientNoBlindRetry from './implementasjon/client-no-blind-retry.js';
import clientNoStatusLoop from './implementasjon/client-no-status-loop.js';
import clientPollingInterval from './implementasjon/client-polling-interval.js';
import contractConformance from './implementasjon/contract-conformance.js';
import contractKorrelasjonsidEchoed from './implementasjon/contract-korrelasjonsid-echoed.js';
import updatesSubscribed from './oppfoelging/updates-subscribed.js';
import productionAccessVerified from './produksjon/production-access-verified.js';
import productionScopeRequested from './produksjon/production-scope-requested.js';
import supportRoutinesReady from './produksjon/support-routines-ready.js';
import dataSyntheticIdentifiers from './testdata/data-synthetic-identifiers.js';
import envTestReachable from './testdata/env-test-reachable.js';
import fault429Backoff from './testing/fault-429-backoff.js';
import fault500ErrorBody from './testing/fault-500-error-body.js';
import fault503Backoff from './testing/fault-503-backoff.js';
import flowDuplicateRejected from './testing/flow-duplicate-rejected.js';
import flowFull from './testing/flow-full.js';
import flowOldRegimeRejected from './testing/flow-old-regime-rejected.js';
import testSummarySent from './testing/test-summary-sent.js';
import validerSubmitAgree from './testing/valider-submit-agree.js';
import vilkaarKontrollutslag from './testing/vilkaar-kontrollutslag.js';
import authKeyValid from './tilgang/auth-key-valid.js';
import authTokenClaims from './tilgang/auth-token-claims.js';
import authTokenObtained from './tilgang/auth-token-obtained.js';
import authTokenRefresh from './tilgang/auth-token-refresh.js';
import authTokenReused from './tilgang/auth-token-reused.js';
import testAccessRequested from './tilgang/test-access-requested.js';

export const allChecks: readonly Check[] = [
  documentationRead,
  rolesAndResponsibilities,
  authKeyValid,
  authTokenClaims,
  authTokenObtained,
  authTokenReused,
  authTokenRefresh,
  testAccessRequested,
  dataSyntheticIdentifiers,
  envTestReachable,
  auth401BadToken,
  auth401WithoutToken,
  clientBackoff,
  clientBetjeningskartetUsage,
  clientKontrollutslagSurfaced,
  clientMessageIds,
  clientNoBlindRetry,
  clientNoStatusLoop,
  clientPollingInterval,
  contractConformance,
  contractKorrelasjonsidEchoed,
  fault429Backoff,
  fault500ErrorBody,
  fault503Backoff,
  flowDuplicateRejected,
  flowFull,
  flowOldRegimeRejected,
  testSummarySent,
  validerSubmitAgree,
  vilkaarKontrollutslag,
  productionAccessVerified,
  productionScopeRequested,
  supportRoutinesReady,
  updatesSubscribed,
];
