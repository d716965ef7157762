/** A stored snapshot audits again to the same result as the page it was taken from, and with the auditor's corrections. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';
import { auditSnapshot, snapshotOf, snapshotSchema } from '../../lib/pipeline/snapshot';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
const pages = readdirSync(PAGES).filter((n) => n.endsWith('.html'));

describe('snapshots', () => {
  it.each(pages)('%s: the snapshot gives the page’s own result', (name) => {
    const a = auditHtml(readFileSync(new URL(name, PAGES), 'utf8'), name, `https://example.gov.cn/${name}`);
    const snap = snapshotSchema().parse(JSON.parse(JSON.stringify(snapshotOf(a.input!.blocks, a.input!.meta))));
    const b = auditSnapshot(snap, name);
    expect(b.result).toEqual(a.result);
  });

  it('a text input keeps its line numbers', () => {
    const a = auditText(readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8'), 'seed');
    const b = auditSnapshot(snapshotOf(a.input!.blocks, a.input!.meta)!, 'seed');
    expect(b.result).toEqual(a.result);
  });

  it('audits again with the auditor’s corrections', () => {
    const html = readFileSync(new URL('report-city-bureau.html', PAGES), 'utf8').replace('2023年1月16日', '2023年3月16日');
    const a = auditHtml(html, 'x');
    expect(a.result.findings.map((f) => f.id)).toEqual(['deadline:late']);
    const b = auditSnapshot(snapshotOf(a.input!.blocks, a.input!.meta)!, 'x', { identity: { government: true } });
    expect(b.result.findings).toEqual([]);
    expect(b.result.government).toBe(true);
  });

  it('a page too large is not kept', () => {
    expect(snapshotOf([{ kind: 'text', text: 'x'.repeat(20_000), src: {} }, ...Array.from({ length: 40 }, () => ({ kind: 'text' as const, text: 'y'.repeat(20_000), src: {} }))], {})).toBeNull();
  });
});
