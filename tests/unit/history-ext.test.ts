/** Every stored record is history: the background hands a page the history it needs and audits again what a new record changes. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditBlocks, auditText } from '../../lib/pipeline/audit';
import { keep } from '../../lib/pipeline/across';
import { blocksOf } from '../../lib/pipeline/snapshot';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { historyOf, readAuditDone } from '../../lib/ext/history-slice';
import { APPLICANT_COLS } from '../../lib/template/layout';
import { testBackground } from '../helpers/background';
import { organYears, reportOf, shiftCarriedIn } from '../helpers/history-corpus';
import { copyPairs, organTimelines } from '../../lib/store/organs';

const url = (y: number) => `https://www.example.gov.cn/dh/${y}.html`;

function setup() {
  const store = new RecordStore(storage);
  const { sent, handle } = testBackground(store);
  return { store, sent, handle };
}

/** 东湖街道 2020 and 2021, the 2021 carry-over broken in one column. */
function years() {
  const [, y2020, y2021] = organYears('东湖街道', 1);
  const col = APPLICANT_COLS.find((c) => y2021!.filled.values.get(`requests/new/${c}`)! >= 2)!;
  shiftCarriedIn(y2021!.filled, col, 2);
  const audit = (r: typeof y2020, y: number) => keep(auditText(reportOf(r!), url(y)));
  return { a2020: audit(y2020, 2020), a2021: audit(y2021, 2021), col };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

beforeEach(() => fakeBrowser.reset());

describe('history in the background', () => {
  it('a page whose organ has a stored previous year gets the history with its reply, and its audit again finds the carry-over', async () => {
    const { handle } = setup();
    const { a2020, a2021, col } = years();
    const first = readAuditDone(((await handle({ type: 'audit:done', href: url(2020), result: a2020.result, snapshot: a2020.snapshot }, { tabId: 1 })) as { data: unknown }).data);
    expect(first.history).toBeNull();
    const second = readAuditDone(((await handle({ type: 'audit:done', href: url(2021), result: a2021.result, snapshot: a2021.snapshot }, { tabId: 2 })) as { data: unknown }).data);
    expect(second.history?.entries.map((e) => e.source)).toEqual([url(2020)]);
    // what the page does with it: its audit, alone clean, finds the carry-over beside the history
    expect(a2021.result.findings).toEqual([]);
    const { blocks, meta } = blocksOf(a2021.snapshot!);
    const withHistory = auditBlocks(blocks, meta, url(2021), { history: historyOf(second.history!) });
    expect(withHistory.result.findings.map((f) => f.id)).toEqual([`cross-year:requests:carried_in:${col}`]);
  });

  it('a batch’s record is audited with its history in the background, and an earlier year arriving later audits the later one again', async () => {
    const { store, sent, handle } = setup();
    const { a2020, a2021, col } = years();
    await handle({ type: 'batch:start', listing: 'https://www.example.gov.cn/list.html', title: '年报', urls: [url(2020), url(2021)] }, {});
    // 2021 first: nothing to compare with yet
    await handle({ type: 'audit:done', href: url(2021), result: a2021.result, snapshot: a2021.snapshot }, { tabId: 5 });
    expect((await store.get(url(2021)))!.result.findings).toEqual([]);
    // then 2020 from the batch: 2021 is audited again, and its tab told
    await handle({ type: 'batch:result', listing: 'https://www.example.gov.cn/list.html', href: url(2020), result: a2020.result, snapshot: a2020.snapshot }, {});
    await settle();
    expect((await store.get(url(2021)))!.result.findings.map((f) => f.id)).toEqual([`cross-year:requests:carried_in:${col}`]);
    expect(sent).toContainEqual([5, { type: 'page:audit', force: false }]);
    // the 2020 record has nothing to say of a later year
    expect((await store.get(url(2020)))!.result.findings).toEqual([]);
  });

  it('audits that change nothing tell no tab: the pages come to rest', async () => {
    const { sent, handle } = setup();
    const { a2020, a2021 } = years();
    await handle({ type: 'audit:done', href: url(2020), result: a2020.result, snapshot: a2020.snapshot }, { tabId: 1 });
    await handle({ type: 'audit:done', href: url(2021), result: a2021.result, snapshot: a2021.snapshot }, { tabId: 2 });
    await settle();
    const before = sent.length;
    await handle({ type: 'audit:done', href: url(2020), result: a2020.result, snapshot: a2020.snapshot }, { tabId: 1 });
    await settle();
    expect(sent.slice(before).filter(([, m]) => (m as { type: string }).type === 'page:audit')).toEqual([]);
  });
});

describe('the dashboard’s history', () => {
  it('an organ’s years side by side with their key figures, and each copied pair once, its sentences side by side', async () => {
    const { store, handle } = setup();
    const { a2020, a2021 } = years();
    const bt = organYears('北塘街道', 4)[2]!;
    const zt = { ...organYears('中塘街道', 5)[2]!, prose: bt.prose.map((x) => x.split('北塘街道').join('中塘街道')) };
    for (const [href, a] of [[url(2020), a2020], [url(2021), a2021], ['https://b.gov.cn/bt.html', keep(auditText(reportOf(bt), 'https://b.gov.cn/bt.html'))], ['https://z.gov.cn/zt.html', keep(auditText(reportOf(zt), 'https://z.gov.cn/zt.html'))]] as const) {
      await handle({ type: 'audit:done', href, result: a.result, snapshot: a.snapshot }, {});
    }
    await settle();
    const { records } = await store.list();
    const t = organTimelines(records);
    expect(t.map((x) => [x.organ, x.years.map((y) => y.year)])).toEqual([['东湖街道', [2020, 2021]]]);
    expect(t[0]!.years.map((y) => y.crossYear)).toEqual([0, 1]);
    expect(t[0]!.years[1]!.figures.new).toBe(a2021.result.figures!['requests/new/total']);
    const pairs = copyPairs(records);
    expect(pairs.map((p) => [p.kind, p.a.href, p.b.href])).toEqual([['other-organ', 'https://b.gov.cn/bt.html', 'https://z.gov.cn/zt.html']]);
    expect(pairs[0]!.shared[0]!.ours).toContain('北塘街道');
    expect(pairs[0]!.shared[0]!.theirs).toContain('中塘街道');
  });
});
