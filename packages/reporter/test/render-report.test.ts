import type { RunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORMATS,
  findChromium,
  parseFormats,
  REPORT_FORMATS,
  type ReporterError,
  type ReportFormat,
  renderers,
  renderReport,
  resolveChromium,
} from '../src/index.js';
import { loadSample } from './helpers.js';

async function rejection(promise: Promise<unknown>): Promise<ReporterError> {
  try {
    await promise;
  } catch (error) {
    return error as ReporterError;
  }
  throw new Error('expected a rejection');
}

function thrown(action: () => unknown): ReporterError {
  try {
    action();
  } catch (error) {
    return error as ReporterError;
  }
  throw new Error('expected an error');
}

describe('the renderer registry', () => {
  it('has one renderer per format, named like its key, with distinct file extensions', () => {
    expect(REPORT_FORMATS).toEqual(['html', 'md', 'junit', 'json', 'pdf']);
    for (const [key, renderer] of Object.entries(renderers)) expect(renderer.name).toBe(key);
    const extensions = Object.values(renderers).map((renderer) => renderer.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(DEFAULT_FORMATS).toEqual(['html', 'md', 'junit', 'json']);
  });

  it('parses comma-separated formats, ignoring case, spaces and repeats', () => {
    expect(parseFormats('HTML, md,html,,junit')).toEqual(['html', 'md', 'junit']);
    expect(parseFormats(['pdf'])).toEqual(['pdf']);
  });

  it('rejects an unknown or empty format list with the known formats in the hint', () => {
    const unknown = thrown(() => parseFormats('html,docx,xlsx'));
    expect(unknown.code).toBe('ELAN_REPORT_UNKNOWN_FORMAT');
    expect(unknown.message).toBe('Unknown report format "docx", "xlsx".');
    expect(unknown.hint).toBe('Choose from: html, md, junit, json, pdf (comma-separated, e.g. --format html,pdf).');
    expect(thrown(() => parseFormats(' , ')).message).toBe('No report format given.');
  });
});

describe('renderReport', () => {
  const sample = loadSample();

  it('renders the default formats as named files', async () => {
    const files = await renderReport(sample);
    expect(files.map((file) => [file.name, file.format, file.mediaType])).toEqual([
      ['elan-kit-report.html', 'html', 'text/html; charset=utf-8'],
      ['elan-kit-report.md', 'md', 'text/markdown; charset=utf-8'],
      ['elan-kit-report.junit.xml', 'junit', 'application/xml; charset=utf-8'],
      ['elan-kit-report.json', 'json', 'application/json; charset=utf-8'],
    ]);
    expect(files.every((file) => typeof file.contents === 'string' && file.contents.length > 1000)).toBe(true);
  });

  it('uses the base name and language asked for', async () => {
    const [file] = await renderReport(sample, { formats: ['md'], lang: 'en', baseName: 'summary-2026-11' });
    expect(file?.name).toBe('summary-2026-11.md');
    expect(String(file?.contents)).toMatch(/^# Test summary/);
  });

  it('rejects a RunResult (or an earlier one) that does not match the schema', async () => {
    const broken = { ...sample, checks: [{ ...sample.checks[0], section: '9' }] } as unknown as RunResult;
    const error = await rejection(renderReport(broken));
    expect(error.code).toBe('ELAN_REPORT_INVALID_RESULT');
    expect(error.pointer).toBe('/checks/0/section');
    const earlier = await rejection(renderReport(sample, { compareWith: broken }));
    expect(earlier.message).toMatch(/^the earlier RunResult is not a valid RunResult/);
  });

  it('without Chromium: throws the how-to error, or reports it and still returns the other formats', async () => {
    const chromium = { env: { ELAN_KIT_CHROMIUM: '/nonexistent/chromium' } };
    const error = await rejection(renderReport(sample, { formats: 'pdf', chromium }));
    expect(error.code).toBe('ELAN_CHROMIUM_NOT_FOUND');
    const failures: Array<[ReportFormat, string]> = [];
    const files = await renderReport(sample, {
      formats: 'md,pdf,json',
      chromium,
      onFormatError: (format, failure) => failures.push([format, (failure as ReporterError).code]),
    });
    expect(files.map((file) => file.format)).toEqual(['md', 'json']);
    expect(failures).toEqual([['pdf', 'ELAN_CHROMIUM_NOT_FOUND']]);
  });
});

describe('finding Chromium', () => {
  const exists = (paths: readonly string[]) => (path: string) => paths.includes(path);

  it('prefers ELAN_KIT_CHROMIUM, then CHROMIUM_PATH, then the usual install paths', () => {
    const all = ['/opt/a', '/opt/b', '/usr/bin/chromium', '/usr/bin/google-chrome'];
    expect(findChromium({ env: { ELAN_KIT_CHROMIUM: '/opt/a', CHROMIUM_PATH: '/opt/b' }, exists: exists(all) })).toBe(
      '/opt/a',
    );
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/b' }, exists: exists(all) })).toBe('/opt/b');
    expect(findChromium({ env: {}, exists: exists(all) })).toBe('/usr/bin/chromium');
    expect(findChromium({ env: {}, exists: exists(['/usr/bin/google-chrome']) })).toBe('/usr/bin/google-chrome');
    expect(findChromium({ executablePath: '/opt/b', exists: exists(all) })).toBe('/opt/b');
  });

  it('says exactly how to get one when there is none', () => {
    const error = thrown(() => resolveChromium({ env: {}, exists: () => false }));
    expect(error.code).toBe('ELAN_CHROMIUM_NOT_FOUND');
    expect(error.message).toBe(
      'PDF output needs a local Chromium, and none was found (looked at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, $ELAN_KIT_CHROMIUM, $CHROMIUM_PATH).',
    );
    expect(error.hint).toBe(
      'Install one with "apt-get install chromium" on Debian/Ubuntu, or set ELAN_KIT_CHROMIUM to the path of a Chromium or Chrome binary.',
    );
  });

  it('names a configured path that does not exist instead of silently falling back', () => {
    const error = thrown(() => resolveChromium({ env: { ELAN_KIT_CHROMIUM: '/opt/missing' }, exists: () => false }));
    expect(error.message).toContain('(ELAN_KIT_CHROMIUM=/opt/missing does not exist)');
    expect(
      findChromium({ env: { ELAN_KIT_CHROMIUM: '/opt/missing' }, exists: exists(['/usr/bin/chromium']) }),
    ).toBeUndefined();
  });
});
