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

/** One file's block: status line, schema errors, kontrollutslag, warnings. */
export function renderFile(result: FileResult, c: Palette): string {
  const name = result.file === '-' ? '<stdin>' : result.file;
  const status = result.valid ? c.green('✓ valid') : c.red('✗ invalid');
  const how = result.warnings.some((w) => w.code === 'ELAN_MODEL_DETECTED') ? 'detected' : 'from --model';
  const lines = [`${c.bold(name)}  ${status}  ${c.dim(`model ${result.modelVersion} (${how})`)}`];
  if (result.schemaErrors.length > 0) {
    lines.push(`  ${c.bold(`Schema errors (${result.schemaErrors.length}) — ELAN answers 400:`)}`);
    for (const error of result.schemaErrors) {
      lines.push(`    ${c.red(error.pointer || '/')}  ${error.message}`);
    }
  }
  if (result.kontrollutslag.length > 0) {
    lines.push(`  ${c.bold(`Kontrollutslag (${result.kontrollutslag.length}) — ELAN answers 422:`)}`);
    for (const utslag of result.kontrollutslag) {
      lines.push(`    ${c.red(utslag.kode)}  ${c.dim(utslag.sti || '/')}`);
      lines.push(indent(utslag.melding, '      '));
    }
  }
  if (result.warnings.length > 0) {
    lines.push(`  ${c.bold(`Notes (${result.warnings.length}):`)}`);
    for (const warning of result.warnings) {
      const where = warning.pointer ? ` ${c.dim(warning.pointer)}` : '';
      lines.push(`    ${c.yellow('!')} ${warning.message}${where}`);
    }
  }
  return lines.join('\n');
}

export function renderSummary(results: readonly FileResult[], c: Palette): string {
  const invalid = results.filter((r) => !r.valid).length;
  const schemaErrors = results.reduce((sum, r) => sum + r.schemaErrors.length, 0);
  const utslag = results.reduce((sum, r) => sum + r.kontrollutslag.length, 0);
  const counts = `${results.length} file${results.length === 1 ? '' : 's'}: ${results.length - invalid} valid, ${invalid} invalid`;
  const detail =
    invalid > 0 ? ` (${schemaErrors} schema error${schemaErrors === 1 ? '' : 's'}, ${utslag} kontrollutslag)` : '';
  return invalid > 0 ? c.red(counts + detail) : c.green(counts);
}
