/**
 * Imports are bounded in total and per record: a 512 MB backup is refused before it is read; a
 * record whose year, reviews, findings or snapshot are past any report's is refused with the
 * reason in Chinese, and the others in the backup are still imported.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { auditText } from '../../lib/pipeline/audit';
import { snapshotOf } from '../../lib/pipeline/snapshot';
import { MAX_IMPORT_BYTES, readBackupFile } from '../../components/backup-file';

const text = readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8');
const a = auditText(text, 'seed');

beforeEach(() => fakeBrowser.reset());

async function backup(n: number) {
  const s = new RecordStore(storage);
  for (let i = 0; i < n; i++) await s.saveAudit(`https://www.shili.gov.cn/${i}.html`, a.result, snapshotOf(a.input!.blocks, a.input!.meta));
  const b = JSON.parse(JSON.stringify(await s.exportBackup(null)));
  fakeBrowser.reset();
  return b as { records: Record<string, unknown>[] };
}

describe('a backup past any evaluator’s', () => {
  it('of 512 MB is refused before it is read', async () => {
    let read = false;
    const r = await readBackupFile({ size: 512 * 1024 * 1024, text: async () => ((read = true), '') });
    expect(r).toEqual({ ok: false, problem: 'too-big' });
    expect(read).toBe(false);
    expect(MAX_IMPORT_BYTES).toBeLessThan(512 * 1024 * 1024);
  });
});

describe('records past any report', () => {
  it.each([
    ['year 99999', (r: Record<string, any>) => void (r.year = 99999), /^第 1 条：year: 数值过大/],
    ['year −1', (r: Record<string, any>) => void (r.year = -1), /^第 1 条：year: 数值过小/],
    ['100,000 reviews', (r: Record<string, any>) => void (r.reviews = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x:${i}`, { status: 'dismissed', note: '', at: '2026-01-01T00:00:00.000Z' }]))), /^第 1 条：reviews: 审阅记录超过 2000 条$/],
    ['100,000 findings', (r: Record<string, any>) => void (r.result.findings = Array.from({ length: 100_000 }, () => r.result.findings[0])), /^第 1 条：result\.findings: 数值过大|^第 1 条：result\.findings: .*(过大|过多|太大)/],
    ['a snapshot of 2 million characters', (r: Record<string, any>) => void (r.snapshot.blocks = Array.from({ length: 200 }, () => ({ k: 't', text: '政'.repeat(10_000) }))), /^第 1 条：snapshot: 快照文字超过 120 万字/],
  ])('%s: refused in Chinese, the rest imported', async (_, spoil, reason) => {
    const b = await backup(2);
    spoil(b.records[0]!);
    const s = new RecordStore(storage);
    const r = await s.importBackup(b);
    expect(r.added).toBe(1);
    expect(r.skipped).toBe(1);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(reason);
  });
});
