import { stripVTControlCharacters } from 'node:util';
import type {
  ChangeKind,
  ContractChange,
  ContractDiff,
  DiffSourceSummary,
  OperationChanges,
  PayloadChanges,
} from '@elan-kit/schemas';

const KIND_LABEL: Readonly<Record<ChangeKind, string>> = {
  breaking: 'brytende / breaking',
  'non-breaking': 'ikke brytende / non-breaking',
  deprecated: 'utfaset / deprecated',
  unclassified: 'uklassifisert / unclassified',
};
const KIND_ORDER: readonly ChangeKind[] = ['breaking', 'deprecated', 'non-breaking', 'unclassified'];
const STATUS_LABEL: Readonly<Record<OperationChanges['status'], string>> = {
  changed: 'endret / changed',
  added: 'ny / added',
  removed: 'fjernet / removed',
};
const RENAME_LABEL = { renamed: 'omdøpt / renamed', replaced: 'erstattet / replaced', removed: 'fjernet / removed' };

/** Text from documents passes here before it reaches a terminal or a Markdown file. */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters from a document are what is removed
  return stripVTControlCharacters(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function sourceLine(side: string, source: DiffSourceSummary): string {
  const origin =
    source.origin === 'official'
      ? 'offisielt dokument / official document'
      : "kitets rekonstruksjon / the kit's reconstruction";
  return `${side}: ${clean(source.label)} — ${clean(source.title)} ${clean(source.documentVersion)} (${origin}, ${source.hash})`;
}

function where(group: OperationChanges, operation: string): string {
  const { before, after } = group.locations[operation] ?? {};
  return before === after ? (before ?? '–') : `${before ?? '–'} → ${after ?? '–'}`;
}

function sortedChanges(changes: readonly ContractChange[]): ContractChange[] {
  return [...changes].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

function changeText(change: ContractChange): string {
  const renamed = change.renamed ? ` (endringslogg / changelog: ${change.renamed.from} → ${change.renamed.to})` : '';
  return `${clean(change.description)}${renamed}`;
}

function totals(diff: ContractDiff): string {
  return KIND_ORDER.map((kind) => `${diff.counts[kind]} ${KIND_LABEL[kind]}`).join(', ');
}

export function renderDiffText(diff: ContractDiff): string {
  const lines = [sourceLine('Gammel / old', diff.old), sourceLine('Ny / new', diff.new), '', totals(diff)];
  if (diff.operations.length === 0 && diff.document.length === 0) {
    lines.push('', 'Ingen endringer / no changes.');
  }
  for (const group of diff.operations) {
    lines.push('', `${group.operations.join(', ')} — ${STATUS_LABEL[group.status]}`);
    for (const operation of group.operations) lines.push(`  ${operation}: ${clean(where(group, operation))}`);
    for (const change of sortedChanges(group.changes)) lines.push(`  [${change.kind}] ${changeText(change)}`);
  }
  if (diff.document.length > 0) {
    lines.push('', 'Dokumentet / the document');
    for (const change of sortedChanges(diff.document)) lines.push(`  [${change.kind}] ${changeText(change)}`);
  }
  if (diff.changelog.length > 0) {
    lines.push('', 'Endringsloggen / the changelog:');
    for (const entry of diff.changelog) {
      lines.push(
        `  ${RENAME_LABEL[entry.kind]}: ${entry.classes.join('/')}.${entry.from}${entry.to ? ` → ${entry.to}` : ''}${entry.note ? ` (${entry.note})` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return clean(text).replace(/\|/g, '\\|').replace(/`/g, "'");
}

export function renderDiffMarkdown(diff: ContractDiff): string {
  const lines = [
    `# Kontraktsendringer / contract changes: ${cell(diff.old.label)} → ${cell(diff.new.label)}`,
    '',
    `- ${cell(sourceLine('Gammel / old', diff.old))}`,
    `- ${cell(sourceLine('Ny / new', diff.new))}`,
    `- ${totals(diff)}`,
  ];
  for (const group of diff.operations) {
    lines.push(
      '',
      `## ${group.operations.map((op) => `\`${op}\``).join(', ')} — ${STATUS_LABEL[group.status]}`,
      '',
      ...group.operations.map((operation) => `- \`${operation}\`: ${cell(where(group, operation))}`),
      '',
      '| Type | Endring / change |',
      '| --- | --- |',
      ...sortedChanges(group.changes).map((change) => `| ${change.kind} | ${cell(changeText(change))} |`),
    );
  }
  if (diff.document.length > 0) {
    lines.push('', '## Dokumentet / the document', '', '| Type | Endring / change |', '| --- | --- |');
    for (const change of sortedChanges(diff.document)) lines.push(`| ${change.kind} | ${cell(changeText(change))} |`);
  }
  if (diff.changelog.length > 0) {
    lines.push('', '## Endringsloggen / the changelog', '', '| | Felt / field | Ny / new |', '| --- | --- | --- |');
    for (const entry of diff.changelog) {
      lines.push(
        `| ${RENAME_LABEL[entry.kind]} | ${cell(`${entry.classes.join('/')}.${entry.from}`)} | ${cell(entry.to ?? '–')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderPayloadText(file: string, result: PayloadChanges, diff: ContractDiff): string {
  const head = `${clean(file)}: ${result.validBefore ? 'godtatt av / accepted by' : 'avvist av / refused by'} ${clean(diff.old.label)}`;
  if (result.changes.length === 0) {
    return `${head}; ${clean(diff.new.label)} godtar den som den er / accepts it as it is.`;
  }
  return [
    `${head}; for ${clean(diff.new.label)} må dette endres / this must change (${result.changes.length}):`,
    ...result.changes.map(
      (change) => `  ${change.action.padEnd(6)} ${change.pointer || '/'}  ${clean(change.message)}`,
    ),
  ].join('\n');
}

export function renderPayloadMarkdown(file: string, result: PayloadChanges, diff: ContractDiff): string {
  if (result.changes.length === 0) return `\n## ${cell(file)}\n\n${cell(diff.new.label)} godtar den / accepts it.\n`;
  return [
    '',
    `## ${cell(file)}: må endres / must change`,
    '',
    '| | Peker / pointer | |',
    '| --- | --- | --- |',
    ...result.changes.map(
      (change) => `| ${change.action} | \`${cell(change.pointer || '/')}\` | ${cell(change.message)} |`,
    ),
    '',
  ].join('\n');
}
