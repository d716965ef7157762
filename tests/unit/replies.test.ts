/**
 * One typed table of requests and replies (lib/ext/messages replySchema): every request the background
 * handles is answered with what the table says, so that the caller's check (components/useBackground
 * request) holds.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { auditText } from '../../lib/pipeline/audit';
import { snapshotOf } from '../../lib/pipeline/snapshot';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import { BACKUP_FORMAT, STORE_VERSION } from '../../lib/store/schema';
import { replySchema, type ToBackground } from '../../lib/ext/messages';
import { testBackground } from '../helpers/background';

const a = auditText(readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8'), 'https://www.example.gov.cn/a.html');
const URL0 = 'https://www.example.gov.cn/a.html';
const LISTING = 'https://www.example.gov.cn/list/';

beforeEach(() => fakeBrowser.reset());

describe('every request is answered as the reply table says', () => {
  it('for each type of request', async () => {
    const store = new RecordStore(storage);
    const { handle } = testBackground(store, { readFile: async (url: string) => ({ result: { ...a.result, source: url }, snapshot: null }) });
    const snapshot = snapshotOf(a.input!.blocks, a.input!.meta);
    const requests: ToBackground[] = [
      { type: 'audit:done', href: URL0, result: a.result, snapshot },
      { type: 'audit:context', href: URL0 },
      { type: 'record:get', href: URL0 },
      { type: 'record:get', href: 'https://www.example.gov.cn/none.html' },
      { type: 'history:slice', href: URL0 },
      { type: 'finding:review', href: URL0, id: a.result.findings[0]!.id, status: 'confirmed', note: '' },
      { type: 'record:identity', href: URL0, identity: { organ: '上塘街道' } },
      { type: 'records:summaries', offset: 0, limit: 10 },
      { type: 'records:export', hrefs: [URL0] },
      { type: 'records:import', backup: { format: BACKUP_FORMAT, version: STORE_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', records: [] } },
      { type: 'file:audit', url: 'https://www.example.gov.cn/a.pdf', from: URL0 },
      { type: 'file:open', url: 'https://www.example.gov.cn/a.pdf', from: URL0 },
      { type: 'audit:none', href: 'https://www.example.gov.cn/news.html' },
      { type: 'dashboard:open' },
      { type: 'settings:get' },
      { type: 'settings:set', settings: { ...DEFAULT_SETTINGS, dock: 'left' } },
      { type: 'batch:start', listing: LISTING, title: '年报', urls: [URL0] },
      { type: 'batch:result', listing: LISTING, href: URL0, result: a.result, snapshot },
      { type: 'batch:failed', listing: LISTING, href: 'https://www.example.gov.cn/b.html', error: '页面不存在（404）' },
      { type: 'batch:status', listing: LISTING, status: 'finished' },
      { type: 'batch:get', listing: LISTING },
      { type: 'batches:list' },
      { type: 'records:verdicts', hrefs: [URL0, 'https://www.example.gov.cn/none.html'] },
      { type: 'records:delete', hrefs: [URL0] },
    ];
    const seen = new Set<string>();
    for (const msg of requests) {
      const reply = (await handle(msg, { tabId: 1 })) as { ok: boolean; data?: unknown; error?: string };
      expect([msg.type, reply.ok, reply.error]).toEqual([msg.type, true, undefined]);
      const parsed = replySchema(msg.type).safeParse(reply.data);
      expect([msg.type, parsed.success ? 'ok' : parsed.error.issues[0]]).toEqual([msg.type, 'ok']);
      seen.add(msg.type);
    }
    // every type in the table was asked (tab:audit needs a tab: its reply is whatever the tab answers)
    expect([...seen].length).toBe(23);
  });
});

describe('a listing\'s verdicts', () => {
  it('are the stored records\' as audited last and reviewed, not the batch\'s first sight', async () => {
    const store = new RecordStore(storage);
    const { handle } = testBackground(store, {});
    const snapshot = snapshotOf(a.input!.blocks, a.input!.meta);
    await handle({ type: 'batch:start', listing: LISTING, title: '年报', urls: [URL0] }, { tabId: 1 });
    await handle({ type: 'batch:result', listing: LISTING, href: URL0, result: a.result, snapshot }, { tabId: 1 });
    const ask = async () => ((await handle({ type: 'records:verdicts', hrefs: [URL0, 'https://www.example.gov.cn/none.html'] }, { tabId: 1 })) as { data: unknown }).data;
    const first = { verdict: a.result.verdict, error: a.result.counts.error, warning: a.result.counts.warning };
    expect(await ask()).toEqual({ 'www.example.gov.cn/a.html': first });
    // every error dismissed: the link shows what the dashboard shows, the batch still holds its first sight
    for (const f of a.result.findings.filter((f) => f.severity === 'error')) await handle({ type: 'finding:review', href: URL0, id: f.id, status: 'dismissed', note: '' }, { tabId: 1 });
    const now = (await ask()) as Record<string, { verdict: string; error: number }>;
    expect(now['www.example.gov.cn/a.html']!.error).toBe(0);
    expect(now['www.example.gov.cn/a.html']!.verdict).not.toBe('fail');
    expect(first.verdict).toBe('fail');
    const batch = (await store.batches.get(LISTING))!;
    expect(batch.verdicts[URL0]!.verdict).toBe('fail');
  });
});
