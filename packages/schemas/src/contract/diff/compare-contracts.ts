import { apiCompare, type Diff } from 'api-smart-diff';
import type { DiffSource } from './diff-source.js';
import { type ChangelogRename, changelogRenames } from './elan-renames.js';

/** `breaking`: a client that worked with OLD can fail with NEW. */
export type ChangeKind = 'breaking' | 'non-breaking' | 'deprecated' | 'unclassified';

export interface ContractChange {
  readonly kind: ChangeKind;
  readonly action: 'add' | 'remove' | 'replace' | 'rename';
  /** Where in the operation: `request body: kravTilInnkreving[].kravforfall` and the like. */
  readonly description: string;
  /** JSON pointer into the operation-keyed document (`/paths/~1validerNyBegjaering/post/…`). */
  readonly pointer: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** The changelog names this a rename: the old name and the new one. */
  readonly renamed?: { readonly from: string; readonly to: string };
}

export interface OperationChanges {
  /** The kit's operation names that share exactly these changes (one request schema used by several). */
  readonly operations: readonly string[];
  /** `added` / `removed` when the whole operation is new or gone. */
  readonly status: 'changed' | 'added' | 'removed';
  /** Method and path of each operation in OLD and NEW (absent where it does not exist). */
  readonly locations: Readonly<Record<string, { readonly before?: string; readonly after?: string }>>;
  readonly changes: readonly ContractChange[];
}

export interface ContractDiff {
  readonly old: DiffSourceSummary;
  readonly new: DiffSourceSummary;
  readonly operations: readonly OperationChanges[];
  /** Changes outside any operation (security schemes, tags). */
  readonly document: readonly ContractChange[];
  /** Renames and removals the changelogs name between the two model versions (both bundled Utleggsbegjæring). */
  readonly changelog: readonly ChangelogRename[];
  readonly counts: Readonly<Record<ChangeKind, number>>;
}

export interface DiffSourceSummary {
  readonly label: string;
  readonly api: string;
  readonly title: string;
  readonly documentVersion: string;
  readonly hash: string;
  readonly origin: 'reconstruction' | 'official';
  readonly modelVersion?: string;
}

const KINDS: readonly ChangeKind[] = ['breaking', 'non-breaking', 'deprecated', 'unclassified'];

/** Compares two contracts operation by operation with api-smart-diff, and adds what the changelogs say. */
export function compareContracts(oldSource: DiffSource, newSource: DiffSource): ContractDiff {
  const diffs = quietly(() => apiCompare(oldSource.byOperation, newSource.byOperation).diffs);
  const renames =
    oldSource.modelVersion && newSource.modelVersion
      ? changelogRenames(oldSource.modelVersion, newSource.modelVersion)
      : [];
  const byOperation = new Map<string, { status: OperationChanges['status']; changes: ContractChange[] }>();
  const documentChanges: ContractChange[] = [];
  for (const diff of diffs) {
    if (diff.type === 'annotation') continue;
    const [root, key] = diff.path;
    if (root === 'components') continue; // Every component change shows in the operations that use it.
    if (root !== 'paths' || typeof key !== 'string') {
      documentChanges.push(toChange(diff, renames));
      continue;
    }
    const operation = key.slice(1);
    const entry = byOperation.get(operation) ?? { status: 'changed' as const, changes: [] };
    if (diff.path.length <= 3 && (diff.action === 'add' || diff.action === 'remove')) {
      entry.status = diff.action === 'add' ? 'added' : 'removed';
    }
    entry.changes.push(toChange(diff, renames));
    byOperation.set(operation, entry);
  }

  const operations = groupIdentical(byOperation, oldSource, newSource);
  const all = [...operations.flatMap((group) => group.changes), ...documentChanges];
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, all.filter((c) => c.kind === kind).length])) as Record<
    ChangeKind,
    number
  >;
  return {
    old: summarize(oldSource),
    new: summarize(newSource),
    operations,
    document: documentChanges,
    changelog: renames,
    counts,
  };
}

function summarize(source: DiffSource): DiffSourceSummary {
  return {
    label: source.label,
    api: source.api,
    title: source.title,
    documentVersion: source.documentVersion,
    hash: source.hash,
    origin: source.origin,
    ...(source.modelVersion ? { modelVersion: source.modelVersion } : {}),
  };
}

/** api-smart-diff logs a line for every rule it cannot apply (e.g. `required` inside allOf); the diff stays right. */
function quietly<T>(run: () => T): T {
  // biome-ignore lint/suspicious/noConsole: the library writes to console.error itself; it is silenced for the call
  const original = console.error;
  console.error = () => {};
  try {
    return run();
  } finally {
    console.error = original;
  }
}

function toChange(diff: Diff, renames: readonly ChangelogRename[]): ContractChange {
  const pointer = `/${diff.path.map((token) => String(token).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  const rename = changelogRenameOf(diff, renames);
  const kind = classify(diff);
  return {
    kind,
    action: diff.action,
    description: describe(diff),
    pointer,
    ...(diff.before === undefined || typeof diff.before === 'object' ? {} : { before: diff.before }),
    ...(diff.after === undefined || typeof diff.after === 'object' ? {} : { after: diff.after }),
    ...(rename?.to ? { renamed: { from: rename.from, to: rename.to } } : {}),
  };
}

/**
 * The library's classes, with one ELAN rule on top: a request property that is removed is breaking, because the
 * kit's contracts close their objects (a client still sending it is refused with 400).
 */
function classify(diff: Diff): ChangeKind {
  const inRequest = diff.path.includes('requestBody');
  if (diff.action === 'remove' && inRequest && diff.path.at(-2) === 'properties') return 'breaking';
  return diff.type === 'annotation' ? 'unclassified' : diff.type;
}

/** The changelog entry a removed (old name) or added (new name) property belongs to, by name and owning class. */
function changelogRenameOf(diff: Diff, renames: readonly ChangelogRename[]): ChangelogRename | undefined {
  const property = propertyName(diff);
  if (!property) return undefined;
  const candidates = renames.filter((r) => (diff.action === 'remove' ? r.from : r.to) === property);
  if (candidates.length <= 1) return candidates[0];
  const owner = ownerName(diff)?.toLowerCase();
  return candidates.find((r) => r.classes.some((name) => name.toLowerCase() === owner));
}

const SCHEMA_TOKENS = new Set(['properties', 'items', 'allOf', 'oneOf', 'anyOf', 'additionalProperties']);

/** The property that holds the changed one (`saksoekt` for `saksoekt[].prosessfullmektig`). */
function ownerName(diff: Diff): string | undefined {
  for (let i = diff.path.length - 3; i >= 0; i--) {
    const token = diff.path[i];
    if (typeof token === 'string' && !SCHEMA_TOKENS.has(token) && diff.path[i - 1] === 'properties') return token;
  }
  return undefined;
}

function propertyName(diff: Diff): string | undefined {
  return diff.path.at(-2) === 'properties' && typeof diff.path.at(-1) === 'string'
    ? (diff.path.at(-1) as string)
    : undefined;
}

/** The library's sentence without its bracketed verb, or the location when it wrote none. */
function describe(diff: Diff): string {
  const text = (diff.description ?? '').replace(/^\[[^\]]*\]\s*/, '').trim();
  if (text !== '') return `${diff.action}: ${text}`;
  const [, , method, ...rest] = diff.path;
  return `${diff.action}: ${String(method ?? '')} ${rest.join('.')}`.trim();
}

/** Operations with exactly the same changes (one request schema used by several) are listed together. */
function groupIdentical(
  byOperation: ReadonlyMap<string, { status: OperationChanges['status']; changes: ContractChange[] }>,
  oldSource: DiffSource,
  newSource: DiffSource,
): OperationChanges[] {
  const groups = new Map<
    string,
    OperationChanges & { operations: string[]; locations: Record<string, { before?: string; after?: string }> }
  >();
  const locate = (operation: string) => {
    const before = oldSource.locations[operation];
    const after = newSource.locations[operation];
    return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
  };
  for (const [operation, { status, changes }] of byOperation) {
    const fingerprint = JSON.stringify([
      status,
      changes.map((change) => [change.kind, change.action, stripOperation(change.pointer), change.renamed]),
    ]);
    const group = groups.get(fingerprint);
    if (group) {
      group.operations.push(operation);
      group.locations[operation] = locate(operation);
      continue;
    }
    groups.set(fingerprint, {
      operations: [operation],
      status,
      locations: { [operation]: locate(operation) },
      changes,
    });
  }
  const rank = { removed: 0, changed: 1, added: 2 } as const;
  return [...groups.values()].sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      b.changes.filter((c) => c.kind === 'breaking').length - a.changes.filter((c) => c.kind === 'breaking').length,
  );
}

function stripOperation(pointer: string): string {
  return pointer.replace(/^\/paths\/[^/]+\/[^/]+/, '').replace(/\/(requestBody|responses)\//, '/$1/');
}
