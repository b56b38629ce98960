import type { RunResult } from '@elan-kit/schemas';
import { validateRunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderJunit, renderMarkdown, summaryTable } from '../src/index.js';
import { cloneSample } from './helpers.js';

const OFFICIAL_HASH = `sha256:${'ab'.repeat(32)}`;

function withOfficialDocument(): RunResult {
  const result = cloneSample();
  result.contract = {
    ...result.contract,
    source: 'user-supplied',
    documents: [
      {
        api: 'utleggsbegjaering',
        version: '2.0',
        hash: OFFICIAL_HASH,
        title: 'Utleggsbegjæring API',
        documentVersion: '0.0.1',
        origin: 'official',
        file: 'utleggsbegjaering-2023.json',
        convertedFrom: 'swagger-2.0',
        operations: [
          {
            operationId: 'validerNyBegjaering',
            status: 'matched',
            method: 'POST',
            path: '/api/v0/utleggsbegjaering/valider',
            officialOperationId: 'valider',
          },
          { operationId: 'endreBegjaering', status: 'fallback' },
        ],
      },
      {
        api: 'status',
        version: '',
        hash: `sha256:${'cd'.repeat(32)}`,
        title: 'ELAN Status på sak',
        documentVersion: '1.0',
        origin: 'reconstruction',
      },
    ],
  };
  return result;
}

describe('contract documents in every summary', () => {
  const result = withOfficialDocument();

  it('is a valid RunResult (the fields are additive)', () => {
    expect(validateRunResult(result).valid).toBe(true);
  });

  it('names title, version, sha-256 and origin in Markdown, bokmål and English', () => {
    const nb = renderMarkdown(result);
    expect(nb).toContain('Utleggsbegjæring API 0.0.1');
    expect(nb).toContain(OFFICIAL_HASH);
    expect(nb).toContain('offisielt dokument (utleggsbegjaering-2023.json, konvertert fra Swagger 2.0)');
    expect(nb).toContain('vurdert etter kitets rekonstruksjon: endreBegjaering');
    expect(nb).toContain('kitets rekonstruksjon fra offentlige sider');
    const en = renderMarkdown(result, { lang: 'en' });
    expect(en).toContain('official document (utleggsbegjaering-2023.json, converted from Swagger 2.0)');
    expect(en).toContain("judged by the kit's reconstruction: endreBegjaering");
  });

  it('names them in HTML, JUnit properties and the terminal summary', () => {
    const html = renderHtml(result, { lang: 'en' });
    expect(html).toContain('Utleggsbegjæring API 0.0.1');
    expect(html).toContain('official document');
    const junit = renderJunit(result);
    expect(junit).toContain(`name="elan.contract.utleggsbegjaering.hash" value="${OFFICIAL_HASH}"`);
    expect(junit).toContain('name="elan.contract.utleggsbegjaering.origin" value="official"');
    expect(junit).toContain('name="elan.contract.status.origin" value="reconstruction"');
    const table = summaryTable(result, 'nb');
    expect(table).toContain('utleggsbegjaering: Utleggsbegjæring API 0.0.1 – offisielt dokument');
    expect(table).toContain('status: ELAN Status på sak 1.0 – kitets rekonstruksjon');
  });

  it('still renders a result written before documents carried their origin', () => {
    const old = cloneSample();
    old.contract = { ...old.contract, documents: [{ api: 'status', version: '', hash: OFFICIAL_HASH }] };
    expect(renderMarkdown(old)).toContain(OFFICIAL_HASH);
    expect(summaryTable(old, 'en')).toContain('status: status (');
  });
});
