/**
 * Records of a realistic size (about 60 KB of JSON each, as stored reports weigh)
 * in any number: one audited fixture report, its snapshot lengthened with its own
 * prose, cloned with varied address, organ, year and audit time.
 */
import { readFileSync } from 'node:fs';
import { auditText } from '../lib/pipeline/audit';
import { snapshotOf } from '../lib/pipeline/snapshot';
import { PageRecord, recordFromResult } from '../lib/store/schema';
import { normaliseUrl, recordKey } from '../lib/store/url';

/** Bytes of JSON a record weighs, at least. */
export const RECORD_BYTES = 60_000;

let base: PageRecord | null = null;

/** The record all the others are cloned from (about RECORD_BYTES of UTF-8 JSON). */
export function baseRecord(): PageRecord {
  if (base) return base;
  const text = readFileSync(new URL('../tests/fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8');
  const href = 'https://www.example.gov.cn/art/2021/1/28/art_1_1.html';
  const a = auditText(text, href);
  const snapshot = snapshotOf(a.input!.blocks, a.input!.meta)!;
  const prose = snapshot.blocks.flatMap((b) => (b.k === 't' ? [b.text] : [])).join('');
  const r: PageRecord = { ...recordFromResult(href, normaliseUrl(href), a.result, {}, new Date(Date.UTC(2026, 0, 1))), snapshot };
  let i = 0;
  while (Buffer.byteLength(JSON.stringify(r)) < RECORD_BYTES) snapshot.blocks.push({ k: 't', text: prose.slice((i++ * 300) % Math.max(1, prose.length - 600), (i * 300) % Math.max(1, prose.length - 600) + 600) || prose.slice(0, 600) });
  base = PageRecord.parse(JSON.parse(JSON.stringify(r)));
  return base;
}

/** The i-th clone: its own address, one of 700 organs, one of six years, audited i seconds after the first. */
export function bigRecord(i: number, origin = 'https://www.example.gov.cn'): PageRecord {
  const b = baseRecord();
  const href = `${origin}/art/${2018 + (i % 6)}/r${i}.html`;
  const organ = `第${i % 700}街道办事处`;
  return {
    ...b,
    url: normaliseUrl(href),
    href,
    organ,
    year: 2018 + (i % 6),
    auditedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    score: i % 101,
    counts: { ...b.counts, error: i % 7 },
    result: { ...b.result, organ, year: 2018 + (i % 6) },
  };
}

/** `n` records as storage items (key → record). */
export function bigRecords(n: number, origin?: string): Record<string, PageRecord> {
  const out: Record<string, PageRecord> = {};
  for (let i = 0; i < n; i++) {
    const r = bigRecord(i, origin);
    out[recordKey(r.href)] = r;
  }
  return out;
}

/** The extension API inside the service worker, reached by worker.evaluate. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/**
 * Store `n` records in the extension's storage through its service worker, 250
 * at a time (as an older version or another profile left them: the background
 * makes their summaries as they arrive). Storage is cleared first.
 */
export async function seedBigRecords(worker: { evaluate<R, A>(fn: (a: A) => R | Promise<R>, arg: A): Promise<R> }, n: number, origin?: string): Promise<void> {
  await worker.evaluate(() => chrome.storage.local.clear(), undefined);
  const BATCH = 250;
  for (let i = 0; i < n; i += BATCH) {
    const items: Record<string, PageRecord> = {};
    for (let k = i; k < Math.min(n, i + BATCH); k++) {
      const r = bigRecord(k, origin);
      items[recordKey(r.href)] = r;
    }
    await worker.evaluate((x) => chrome.storage.local.set(x), items);
  }
}
