import { basename } from 'node:path';
import {
  type Contract,
  type ContractDocumentInfo,
  type ContractInfo,
  contractSetHash,
  loadContract,
  type ModelVersion,
  type OfficialSpec,
} from '@elan-kit/schemas';
import type { FindingText } from '../engine/finding.js';

/**
 * The contracts a run judges against: Utleggsbegjæring for the model, Betjeningskartet, status, Maskinporten —
 * the bundled ones, or the official documents (`--spec`) mapped onto the kit's operations where given.
 */
export function loadTargetContracts(modelVersion: ModelVersion, specs: readonly OfficialSpec[] = []): Contract[] {
  const bundled = [
    loadContract('utleggsbegjaering', modelVersion),
    loadContract('betjeningskartet'),
    loadContract('status'),
    loadContract('maskinporten'),
  ];
  return bundled.map(
    (contract) =>
      specs.find((spec) => spec.contract.api === contract.api && spec.contract.version === contract.version)
        ?.contract ?? contract,
  );
}

/** `RunResult.contract`: the exact contract version tested, and per API which document it was. */
export function describeContracts(
  modelVersion: ModelVersion,
  contracts: readonly Contract[],
  specs: readonly OfficialSpec[] = [],
): ContractInfo {
  return {
    modelVersion,
    hash: contractSetHash([...contracts]),
    documents: contracts.map((contract) => describeDocument(contract, specs)),
    source: contracts.some((contract) => contract.source === 'user-supplied') ? 'user-supplied' : 'bundled',
  };
}

function describeDocument(contract: Contract, specs: readonly OfficialSpec[]): ContractDocumentInfo {
  const base = { api: contract.api, version: contract.version, hash: contract.hash, title: contract.title };
  const spec = specs.find((candidate) => candidate.contract === contract);
  if (!spec) {
    const info = contract.document['info'] as { version?: unknown } | undefined;
    return {
      ...base,
      ...(typeof info?.version === 'string' ? { documentVersion: info.version } : {}),
      origin: 'reconstruction',
    };
  }
  return {
    ...base,
    documentVersion: spec.documentVersion,
    origin: 'official',
    file: basename(spec.file),
    ...(spec.convertedFrom ? { convertedFrom: spec.convertedFrom } : {}),
    operations: spec.mapping.entries.map((entry) => ({
      operationId: entry.operationId,
      status: entry.status,
      ...(entry.official
        ? { method: entry.official.method, path: entry.official.path, officialOperationId: entry.official.operationId }
        : {}),
    })),
  };
}

/** A run note per operation an official document lacks: the kit's reconstruction judged it. */
export function fallbackNotes(specs: readonly OfficialSpec[]): FindingText[] {
  return specs.flatMap((spec) => {
    const missing = spec.mapping.entries.filter((entry) => entry.status === 'fallback').map((e) => e.operationId);
    if (missing.length === 0) return [];
    const file = basename(spec.file);
    const list = missing.join(', ');
    return [
      {
        en: `${file} (${spec.api}) has no operation that does ${list}; the kit's reconstructed contract judged those.`,
        nb: `${file} (${spec.api}) har ingen operasjon som gjør ${list}; kitets rekonstruerte kontrakt vurderte dem.`,
      },
    ];
  });
}
