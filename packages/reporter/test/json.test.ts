import type { RunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { parseRunResult, type ReporterError, renderJson } from '../src/index.js';
import { loadSample } from './helpers.js';

function errorOf(action: () => unknown): ReporterError {
  try {
    action();
  } catch (error) {
    return error as ReporterError;
  }
  throw new Error('expected an error');
}

describe('JSON report', () => {
  const sample = loadSample();

  it('is the RunResult itself, pretty-printed with a final newline', () => {
    const text = renderJson(sample);
    expect(JSON.parse(text)).toEqual(sample);
    expect(text).toBe(`${JSON.stringify(sample, null, 2)}\n`);
  });

  it('validates against the schema before writing anything', () => {
    const broken = { ...sample, summary: { ...sample.summary, verdict: 'maybe' } } as unknown as RunResult;
    const error = errorOf(() => renderJson(broken));
    expect(error.code).toBe('ELAN_REPORT_INVALID_RESULT');
    expect(error.pointer).toBe('/summary/verdict');
    expect(error.message).toContain('/summary/verdict must be one of "pass", "fail", "error"');
  });
});

describe('parseRunResult', () => {
  it('names the file, line and column when the text is not JSON', () => {
    const error = errorOf(() => parseRunResult('{\n  "schemaVersion": "1.0",\n  oops\n}', 'runs/run.json'));
    expect(error.code).toBe('ELAN_REPORT_INVALID_JSON');
    expect(error.message).toMatch(/^runs\/run\.json is not valid JSON \(line 3, column 3\): /);
  });

  it('explains a schemaVersion from a newer kit', () => {
    const error = errorOf(() => parseRunResult(JSON.stringify({ ...loadSample(), schemaVersion: '2.0' }), 'new.json'));
    expect(error.code).toBe('ELAN_REPORT_SCHEMA_VERSION');
    expect(error.pointer).toBe('/schemaVersion');
    expect(error.message).toBe(
      'new.json has /schemaVersion "2.0", but this elan-kit reads RunResult schemaVersion 1.0 or 1.1.',
    );
    expect(error.hint).toMatch(/newer elan-kit: update elan-kit/);
  });

  it('explains a schemaVersion from an older kit, and a missing one', () => {
    expect(errorOf(() => parseRunResult('{"schemaVersion":"0.9"}', 'old.json')).hint).toMatch(/older elan-kit/);
    const missing = errorOf(() => parseRunResult('{"checks":[]}', 'other.json'));
    expect(missing.code).toBe('ELAN_REPORT_SCHEMA_VERSION');
    expect(missing.message).toMatch(/^other\.json has no \/schemaVersion/);
  });

  it('names the JSON pointer of every schema violation (up to five)', () => {
    const sample = loadSample() as unknown as { checks: Array<Record<string, unknown>> };
    delete sample.checks[2]?.['status'];
    const error = errorOf(() => parseRunResult(JSON.stringify(sample), 'run.json'));
    expect(error.code).toBe('ELAN_REPORT_INVALID_RESULT');
    expect(error.pointer).toBe('/checks/2/status');
    expect(error.message).toBe('run.json is not a valid RunResult: /checks/2/status is missing.');
  });

  it('rejects JSON that is not an object', () => {
    const error = errorOf(() => parseRunResult('[1, 2]', 'list.json'));
    expect(error.code).toBe('ELAN_REPORT_INVALID_RESULT');
    expect(error.message).toBe('list.json is not a RunResult: / must be a JSON object.');
  });

  it('accepts a byte order mark', () => {
    expect(parseRunResult(`\uFEFF${JSON.stringify(loadSample())}`, 'bom.json').run.id).toBe('run-20261126-203005-7f3a');
  });
});
