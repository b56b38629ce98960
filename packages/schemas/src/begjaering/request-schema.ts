import { collectMediaTypes, followRef, pickMediaType } from '../contract/document-nodes.js';
import type { Contract } from '../contract/types.js';
import { appendPointer, isRecord } from '../primitives/json-pointer.js';

export const BEGJAERING_OPERATION = 'validerNyBegjaering';

/** The JSON request-body schema node of validerNyBegjaering in the contract's document (undefined if it has none). */
export function begjaeringSchemaNode(contract: Contract): unknown {
  const operation = contract.operation(BEGJAERING_OPERATION);
  const document = contract.document;
  const paths = document['paths'];
  if (!isRecord(paths)) return undefined;
  const pathPointer = appendPointer('/paths', operation.path);
  const pathItem = followRef(document, paths[operation.path], pathPointer);
  const method = operation.method.toLowerCase();
  const operationNode = pathItem && followRef(document, pathItem.node[method], appendPointer(pathItem.pointer, method));
  const body =
    operationNode &&
    followRef(document, operationNode.node['requestBody'], appendPointer(operationNode.pointer, 'requestBody'));
  if (!body) return undefined;
  return pickMediaType(collectMediaTypes(body), 'application/json')?.schema;
}
