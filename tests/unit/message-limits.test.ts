/** Messages past their size limits are not answered: a chunk or a page larger than the background takes is refused at the door. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { BACKUP_FORMAT, STORE_VERSION } from '../../lib/store/schema';
import { RECORD_CHUNK, SUMMARY_PAGE } from '../../lib/ext/messages';
import { testBackground } from '../helpers/background';

beforeEach(() => fakeBrowser.reset());

const hrefs = (n: number) => Array.from({ length: n }, (_, i) => `https://x.gov.cn/${i}.html`);

describe('size limits of messages', () => {
  const { handle } = testBackground(new RecordStore(storage));

  it('an export chunk: up to 500 records, not 501', async () => {
    expect(await handle({ type: 'records:export', hrefs: hrefs(500) }, {})).toMatchObject({ ok: true });
    expect(handle({ type: 'records:export', hrefs: hrefs(501) }, {})).toBeUndefined();
    expect(RECORD_CHUNK).toBeLessThanOrEqual(500);
  });

  it('a page of summaries: up to 2,000, not 2,001', async () => {
    expect(await handle({ type: 'records:summaries', offset: 0, limit: 2000 }, {})).toMatchObject({ ok: true });
    expect(handle({ type: 'records:summaries', offset: 0, limit: 2001 }, {})).toBeUndefined();
    expect(SUMMARY_PAGE).toBeLessThanOrEqual(2000);
  });

  it('an import chunk: up to 500 records, not 501', async () => {
    const chunk = (n: number) => ({ format: BACKUP_FORMAT, version: STORE_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', records: Array.from({ length: n }, () => ({})) });
    expect(await handle({ type: 'records:import', backup: chunk(500) }, {})).toMatchObject({ ok: true });
    expect(handle({ type: 'records:import', backup: chunk(501) }, {})).toBeUndefined();
  });

  it('a batch of 5,000 pages, not 5,001; an address of 4,000 characters, not 4,001', async () => {
    expect(await handle({ type: 'batch:start', listing: 'https://x.gov.cn/', title: 't', urls: hrefs(5000) }, {})).toMatchObject({ ok: true });
    expect(handle({ type: 'batch:start', listing: 'https://x.gov.cn/', title: 't', urls: hrefs(5001) }, {})).toBeUndefined();
    const long = `https://x.gov.cn/${'a'.repeat(4000 - 17)}`;
    expect(long.length).toBe(4000);
    expect(await handle({ type: 'record:get', href: long }, {})).toMatchObject({ ok: true });
    expect(handle({ type: 'record:get', href: `${long}b` }, {})).toBeUndefined();
  });
});
