/**
 * The dashboard's protocols with the background (entrypoints/dashboard/records-io.ts), against a
 * background stood in for: the summaries read again from the start when the store moves meanwhile
 * (three tries, then what was read), imports a chunk at a time with problems renumbered across
 * the file and the done part said when a chunk fails, records read a chunk at a time.
 */
import { describe, expect, it } from 'vitest';
import type { z } from '../../lib/zod';
import { RECORD_CHUNK, SUMMARY_PAGE } from '../../lib/ext/messages';
import { eachChunk, importChunks, readSummaries, type AskFor } from '../../entrypoints/dashboard/records-io';

/** A stand-in background: answers each message through its schema, as askFor does. */
const fake = (answer: (msg: { type: string; offset?: number; limit?: number; backup?: { records: unknown[] }; hrefs?: string[] }) => unknown): { ask: AskFor; asked: unknown[] } => {
  const asked: unknown[] = [];
  const ask = (async <S extends z.ZodType>(schema: S, msg: unknown) => {
    asked.push(msg);
    return schema.parse(await answer(msg as never));
  }) as AskFor;
  return { ask, asked };
};

describe('the summaries', () => {
  it('are read a page at a time, and again from the start when the listing moved meanwhile', async () => {
    let version = 1;
    let calls = 0;
    const { ask } = fake((m) => {
      calls++;
      // the store moves once, after the first page of the first reading
      if (calls === 2) version = 2;
      return { version, total: SUMMARY_PAGE + 1, summaries: [], problems: [] };
    });
    const progress: number[][] = [];
    const r = await readSummaries(ask, (done, total) => progress.push([done, total]));
    expect(r.summaries).toEqual([]);
    // first reading: page 1 (v1), page 2 (v2: moved); second reading: pages 1 and 2 (v2)
    expect(calls).toBe(4);
  });

  it('a store that never rests: the third reading is shown as read', async () => {
    let v = 0;
    const { ask } = fake(() => ({ version: v++, total: 2 * SUMMARY_PAGE, summaries: [], problems: [] }));
    await readSummaries(ask, () => undefined);
    expect(v).toBe(6);
  });
});

describe('an import', () => {
  it('goes a chunk at a time; the background’s problem numbers become the file’s', async () => {
    const records = Array.from({ length: RECORD_CHUNK * 2 + 5 }, (_, i) => ({ i }));
    const { ask, asked } = fake((m) => ({ added: m.backup!.records.length - 1, updated: 0, skipped: 1, problems: ['第 1 条：year: 数值过大'] }));
    const done: number[] = [];
    const r = await importChunks(ask, records, (n) => done.push(n));
    expect(asked).toHaveLength(3);
    expect(done).toEqual([RECORD_CHUNK, 2 * RECORD_CHUNK, 2 * RECORD_CHUNK + 5]);
    expect(r).toMatchObject({ added: records.length - 3, skipped: 3, done: records.length });
    expect(r.problems).toEqual(['第 1 条：year: 数值过大', `第 ${RECORD_CHUNK + 1} 条：year: 数值过大`, `第 ${2 * RECORD_CHUNK + 1} 条：year: 数值过大`]);
    expect(r.error).toBeUndefined();
  });

  it('a chunk that fails: what was done so far, and why it stopped', async () => {
    let n = 0;
    const { ask } = fake(() => {
      if (++n === 2) throw new Error('storage-full');
      return { added: RECORD_CHUNK, updated: 0, skipped: 0, problems: [] };
    });
    const r = await importChunks(ask, Array.from({ length: RECORD_CHUNK * 3 }, () => ({})), () => undefined);
    expect(r).toMatchObject({ added: RECORD_CHUNK, done: RECORD_CHUNK, error: 'storage-full' });
  });
});

describe('records read for an export', () => {
  it('a chunk at a time, each handed on before the next is asked for', async () => {
    const hrefs = Array.from({ length: RECORD_CHUNK + 3 }, (_, i) => `https://x.gov.cn/${i}.html`);
    const order: string[] = [];
    const { ask } = fake((m) => (order.push(`ask ${m.hrefs!.length}`), { format: 'nianbao-audit-backup', version: 3, exportedAt: '2026-01-01T00:00:00.000Z', records: [] }));
    await eachChunk(ask, hrefs, (_, done) => void order.push(`each ${done}`));
    expect(order).toEqual([`ask ${RECORD_CHUNK}`, `each ${RECORD_CHUNK}`, 'ask 3', `each ${RECORD_CHUNK + 3}`]);
  });
});
