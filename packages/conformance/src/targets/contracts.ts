import { type Contract, type ContractInfo, contractSetHash, loadContract, type ModelVersion } from '@elan-kit/schemas';

/** The bundled contracts a run judges against: Utleggsbegjæring for the model, Betjeningskartet, status, Maskinporten. */
export function loadTargetContracts(modelVersion: ModelVersion): Contract[] {
  return [
    loadContract('utleggsbegjaering', modelVersion),
    loadContract('betjeningskartet'),
    loadContract('status'),
    loadContract('maskinporten'),
  ];
}

/** `RunResult.contract`: the exact contract version tested. */
export function describeContracts(modelVersion: ModelVersion, contracts: readonly Contract[]): ContractInfo {
  return {
    modelVersion,
    hash: contractSetHash([...contracts]),
    documents: contracts.map((contract) => ({ api: contract.api, version: contract.version, hash: contract.hash })),
    source: contracts.some((contract) => contract.source === 'user-supplied') ? 'user-supplied' : 'bundled',
  };
}
