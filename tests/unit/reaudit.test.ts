/**
 * A setting the checks read (the township deadline, the copy threshold) has every stored report
 * audited again in the background, with its progress; pacing alone re-checks nothing.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { auditHtml } from '../../lib/node';
import { snapshotOf } from '../../lib/pipeline/snapshot';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import { changesFindings } from '../../lib/ext/reaudit';
import { testBackground } from '../helpers/background';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const LATE = 'https://www.example.gov.cn/late.html';
const OTHER = 'https://www.example.gov.cn/sample.html';

beforeEach(() => fakeBrowser.reset());

async function finished(handle: ReturnType<typeof testBackground>['handle']) {
  for (let i = 0; i < 200; i++) {
    const r = (await handle({ type: 'records:reaudit' }, {})) as { data: { state: string; done: number; total: number; changed: number } };
    if (r.data.state === 'finished') return r.data;
    await new Promise((res) => setTimeout(res, 5));
  }
  throw new Error('never finished');
}

describe('stored reports audited again after a setting', () => {
  it('a later township deadline: the late report is late no more, before its page is opened again', async () => {
    const store = new RecordStore(storage);
    const { handle } = testBackground(store);
    for (const [href, name] of [[LATE, 'report-late.html'], [OTHER, 'sample-report.html']] as const) {
      const a = auditHtml(page(name), href, href);
      await handle({ type: 'audit:done', href, result: a.result, snapshot: snapshotOf(a.input!.blocks, a.input!.meta) }, {});
    }
    const deadline = async () => (await store.get(LATE))!.result.findings.filter((f) => f.rule.startsWith('deadline')).map((f) => f.rule);
    expect(await deadline()).toEqual(['deadline:late']);
    expect(((await handle({ type: 'records:reaudit' }, {})) as { data: unknown }).data).toEqual({ state: 'idle', done: 0, total: 0, changed: 0 });
    await handle({ type: 'settings:set', settings: { ...DEFAULT_SETTINGS, townshipDeadline: '03-31' } }, {});
    expect(await finished(handle)).toEqual({ state: 'finished', done: 2, total: 2, changed: 1 });
    expect(await deadline()).toEqual([]);
    // the summary the dashboard lists moved with it
    const sum = (await store.summaries()).list.find((s) => s.href === LATE)!;
    expect(sum.families['deadline']).toBeUndefined();
  });

  it('only the settings the checks read start it', () => {
    expect(changesFindings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, batchDelayMs: 100, batchConcurrency: 1, dock: 'left' })).toBe(false);
    expect(changesFindings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, copyThreshold: 60 })).toBe(true);
    expect(changesFindings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, townshipDeadline: '02-28' })).toBe(true);
  });
});
