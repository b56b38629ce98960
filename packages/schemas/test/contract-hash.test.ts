import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractSetHash, listContracts, loadContract, loadContractFromFile } from '../src/index.js';
import { contractsPath } from '../src/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'elan-hash-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const all = () => listContracts().map(({ api, version }) => loadContract(api, version || undefined));

describe('contract hashes', () => {
  it('are sha256 over the document and stable across loads', () => {
    const status = loadContract('status');
    expect(status.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = loadContractFromFile(contractsPath('bundled', 'status.json')).contract;
    expect(again.hash).toBe(status.hash);
  });

  it('differ between documents', () => {
    const hashes = all().map((contract) => contract.hash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('ignore key order but change when the content changes', () => {
    const document = JSON.parse(readFileSync(contractsPath('bundled', 'innsyn.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const reordered = Object.fromEntries(Object.entries(document).reverse());
    const reorderedPath = join(scratch, 'reordered.json');
    writeFileSync(reorderedPath, JSON.stringify(reordered));
    expect(loadContractFromFile(reorderedPath).contract.hash).toBe(loadContract('innsyn').hash);

    const changedPath = join(scratch, 'changed.json');
    writeFileSync(
      changedPath,
      JSON.stringify({ ...document, info: { ...(document['info'] as object), version: '1.0.1' } }),
    );
    expect(loadContractFromFile(changedPath).contract.hash).not.toBe(loadContract('innsyn').hash);
  });
});

describe('contractSetHash', () => {
  it('is independent of order and changes with any member', () => {
    const contracts = all();
    const hash = contractSetHash(contracts);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contractSetHash([...contracts].reverse())).toBe(hash);
    expect(contractSetHash(contracts.slice(1))).not.toBe(hash);
    const [first, ...rest] = contracts;
    expect(contractSetHash([{ ...first!, hash: `sha256:${'0'.repeat(64)}` }, ...rest])).not.toBe(hash);
  });

  it('tells the same document apart when it stands for another API version', () => {
    const status = loadContract('status');
    expect(contractSetHash([status])).not.toBe(contractSetHash([{ api: status.api, version: '2', hash: status.hash }]));
  });
});
