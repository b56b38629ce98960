import { sanitizeTerminalText as inert } from '@elan-kit/schemas';
import type { FileResult } from './validate-document.js';

export interface Palette {
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOURS: Palette = {
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const same = (text: string) => text;
export const PLAIN: Palette = { red: same, green: same, yellow: same, dim: same, bold: same };

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function describeAnswer(expected: NonNullable<FileResult['expected']>): string {
  return expected.kontrollutslag.length > 0
    ? `${expected.status} ${inert(expected.kontrollutslag.join(', '))}`
    : String(expected.status);
}

function statusOf(result: FileResult, c: Palette): string {
  const { expected } = result;
  if (!expected) return result.valid ? c.green('✓ valid') : c.red('✗ invalid');
  if (expected.met) return c.green(result.valid ? '✓ valid' : `✓ refused as expected (${describeAnswer(expected)})`);
  return c.red(result.valid ? `✗ valid, but ELAN is expected to answer ${describeAnswer(expected)}` : '✗ invalid');
}

function describeSubject(result: FileResult): string {
  if (result.operation) {
    const { api, operationId, contractVersion, from } = result.operation;
    return `${api} ${operationId}${contractVersion ? ` ${contractVersion}` : ''} (${from === 'detected' ? 'detected' : 'from the fixtures index'})`;
  }
  const how = result.expected
    ? 'from the fixtures index'
    : result.warnings.some((w) => w.code === 'ELAN_MODEL_DETECTED')
      ? 'detected'
      : 'from --model';
  return `model ${result.modelVersion} (${how})`;
}

/** One file's block: status line, schema errors, kontrollutslag, warnings. */
export function renderFile(result: FileResult, c: Palette): string {
  const name = result.file === '-' ? '<stdin>' : inert(result.file);
  const lines = [`${c.bold(name)}  ${statusOf(result, c)}  ${c.dim(describeSubject(result))}`];
  if (result.expected && !result.expected.met && !result.valid) {
    lines.push(`  ${c.dim(`The fixtures index expects ${describeAnswer(result.expected)}.`)}`);
  }
  if (result.schemaErrors.length > 0) {
    lines.push(`  ${c.bold(`Schema errors (${result.schemaErrors.length}) — ELAN answers 400:`)}`);
    for (const error of result.schemaErrors) {
      lines.push(`    ${c.red(inert(error.pointer || '/'))}  ${inert(error.message)}`);
    }
  }
  if (result.kontrollutslag.length > 0) {
    lines.push(`  ${c.bold(`Kontrollutslag (${result.kontrollutslag.length}) — ELAN answers 422:`)}`);
    for (const utslag of result.kontrollutslag) {
      lines.push(`    ${c.red(inert(utslag.kode))}  ${c.dim(inert(utslag.sti || '/'))}`);
      lines.push(indent(inert(utslag.melding, { multiline: true }), '      '));
    }
  }
  if (result.warnings.length > 0) {
    lines.push(`  ${c.bold(`Notes (${result.warnings.length}):`)}`);
    for (const warning of result.warnings) {
      const where = warning.pointer ? ` ${c.dim(inert(warning.pointer))}` : '';
      lines.push(`    ${c.yellow('!')} ${inert(warning.message)}${where}`);
    }
  }
  return lines.join('\n');
}

export function renderSummary(results: readonly FileResult[], c: Palette): string {
  const refusedAsExpected = results.filter((r) => !r.valid && r.expected?.met).length;
  const wrong = results.filter((r) => (r.expected ? !r.expected.met : !r.valid));
  const invalid = results.filter((r) => !r.valid && !r.expected?.met).length;
  const schemaErrors = wrong.reduce((sum, r) => sum + r.schemaErrors.length, 0);
  const utslag = wrong.reduce((sum, r) => sum + r.kontrollutslag.length, 0);
  const valid = results.filter((r) => r.valid).length;
  const counts =
    `${results.length} file${results.length === 1 ? '' : 's'}: ${valid} valid, ` +
    (refusedAsExpected > 0 ? `${refusedAsExpected} refused as expected, ` : '') +
    `${invalid} invalid`;
  const unexpectedlyValid = wrong.length - invalid;
  const detail =
    wrong.length > 0
      ? ` (${schemaErrors} schema error${schemaErrors === 1 ? '' : 's'}, ${utslag} kontrollutslag` +
        (unexpectedlyValid > 0 ? `, ${unexpectedlyValid} accepted that should be refused` : '') +
        ')'
      : '';
  return wrong.length > 0 ? c.red(counts + detail) : c.green(counts);
}
