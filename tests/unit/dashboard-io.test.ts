/**
 * The dashboard's protocols with the background (entrypoints/dashboard/records-io.ts), against a
 * background stood in for: the summaries read again from the start when the store moves meanwhile
 * (three tries, then what was read), imports a chunk at a time with problems renumbered across
 * the file and the done part said when a chunk fails, records read a chunk at a time.
 */
import { describe, expect, it } from 'vitest';
import type { z } from '../../lib/zod';
import { readFileSync } from 'node:fs';
import { RECORD_CHUNK, STORAGE_FULL, SUMMARY_PAGE } from '../../lib/ext/messages';
import { PROBLEMS_SHOWN, eachChunk, exportedResult, importChunks, importError, importNotice, readSummaries, type AskFor } from '../../entrypoints/dashboard/records-io';
import { auditText } from '../../lib/pipeline/audit';
import { recordFromResult } from '../../lib/store/schema';
import { normaliseUrl } from '../../lib/store/url';

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

describe('what an import says', () => {
  const done = { added: 2, updated: 1, skipped: 0, done: 3 };
  it('counts, and at most ten problems with how many more', () => {
    const problems = Array.from({ length: 12 }, (_, i) => `第 ${i + 1} 条：坏`);
    const n = importNotice({ ...done, problems }, 3);
    expect(n.error).toBeUndefined();
    const parts = n.text.split('；');
    expect(parts[0]).toBe('导入完成：新增 2，更新 1，跳过 0');
    expect(parts.slice(1, 11)).toEqual(problems.slice(0, PROBLEMS_SHOWN));
    expect(parts[11]).toBe('另有 2 条问题未列出');
    expect(parts).toHaveLength(12);
    expect(importNotice({ ...done, problems: problems.slice(0, 10) }, 3).text.split('；')).toHaveLength(11);
  });

  it('a first chunk refused: nothing imported, a full store said in words', () => {
    expect(importNotice({ ...done, done: 0, problems: [], error: 'boom' }, 3)).toEqual({ text: '导入失败：boom', error: true });
    expect(importNotice({ ...done, done: 0, problems: [], error: STORAGE_FULL }, 3)).toEqual({ text: '存储空间已满，本次审计结果未能保存；已保存的记录不受影响。', error: true });
  });

  it('a later chunk refused: what was done, of how many, and why', () => {
    const n = importNotice({ ...done, done: 100, problems: [], error: STORAGE_FULL }, 250);
    expect(n).toEqual({ text: '导入中断：已处理 100 / 250 页（新增 2，更新 1，跳过 0），其余未导入：存储空间已满，本次审计结果未能保存；已保存的记录不受影响。', error: true });
    expect(importError('网络错误')).toBe('网络错误');
  });
});

describe('a record as exported', () => {
  const R0 = auditText(readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8'), '000').result;
  const href = 'https://www.example.gov.cn/a.html';
  const [first, second] = R0.findings;
  const rec = recordFromResult(href, normaliseUrl(href), R0, { [first!.id]: { status: 'dismissed', note: '误报', at: '2026-01-01T00:00:00Z' } }, new Date('2026-01-02T00:00:00Z'));

  it('leaves dismissed findings out, unless asked or unless the list shows the dismissed', () => {
    expect(R0.findings.length).toBeGreaterThan(1);
    const ids = (r: ReturnType<typeof exportedResult>) => r.findings.map((f) => f.id);
    expect(exportedResult(rec, {}, {}).source).toBe(href);
    expect(ids(exportedResult(rec, {}, {}))).not.toContain(first!.id);
    expect(ids(exportedResult(rec, {}, {}))).toContain(second!.id);
    expect(ids(exportedResult(rec, {}, { includeDismissed: true }))).toContain(first!.id);
    expect(ids(exportedResult(rec, { status: 'dismissed' }, {}))).toEqual([first!.id]);
  });
});
