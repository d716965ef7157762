/** The background's message handling, separate from its wiring so that it can be tested. */
import { STORAGE_FULL, ToBackground, fail, ok, type Reply, type ReplyTo } from './messages';
import { RecordStore } from '../store/record-store';
import { StoreFullError } from '../store/area';
import { badgeFor } from './badge';
import { normaliseUrl } from '../store/url';
import { sameOrigin } from './browser';
import { auditOptions } from '../store/settings';
import { auditSnapshot, type Snapshot } from '../pipeline/snapshot';
import type { AuditOptions, Lang } from '../model';
import type { ReportResult } from '../result/schema';
import type { PageRecord } from '../store/schema';
import type { Histories } from './history';
import { Reauditor, changesFindings } from './reaudit';
import { errorMessage } from '../errors';

export interface BackgroundDeps {
  store: RecordStore;
  /** The toolbar button of a tab: its badge, colour and title. */
  setBadge(tabId: number, text: string, color: string | null, title?: string): Promise<void>;
  /** The browser's language, for the toolbar title. */
  lang?: () => Lang;
  sendToTab(tabId: number, msg: unknown): Promise<unknown>;
  /** Tabs open on a page, to tell them about reviews made elsewhere. */
  tabsShowing(url: string): number[];
  /** Remember which page a tab shows (from its audits). */
  tabShows(tabId: number, href: string | null): void;
  openDashboard(): Promise<unknown>;
  /** Open the viewer of a report file. */
  openViewer(url: string, from: string | null): Promise<unknown>;
  /** Read and audit a report file in the reader page: its result and a snapshot of what it said. */
  readFile(url: string, options: AuditOptions): Promise<{ result: ReportResult; snapshot: Snapshot | null }>;
  /** Every stored report as history (./history.ts). */
  histories: Histories;
}

type Sender = { tabId?: number };

/** One handler per request type, each answering what the reply table says (lib/ext/messages replySchema). */
type Handlers = { [T in ToBackground['type']]: (msg: Extract<ToBackground, { type: T }>, sender: Sender) => Promise<Reply<ReplyTo<T>>> };

export function backgroundHandler(d: BackgroundDeps) {
  /** The stored reports audited again after a setting that changes findings. */
  const reaudit = new Reauditor(d.store, d.histories);

  /** A record saved without a page to audit it again (a batch's, a file's): audited here with its history. */
  async function withHistory(record: PageRecord): Promise<PageRecord> {
    const { changed } = await d.histories.put(record);
    const updated = (await d.histories.sliceFor(record)) ? await d.histories.reaudit(record) : record;
    if (changed) void refreshOthers(updated);
    return updated;
  }

  /** The records a new one changes, audited again; the tabs showing them audit again too. */
  async function refreshOthers(record: PageRecord) {
    const changed = await d.histories.others(record).catch(() => []);
    for (const href of changed) {
      const rec = await d.store.get(href);
      for (const tabId of d.tabsShowing(rec?.url ?? href)) void d.sendToTab(tabId, { type: 'page:audit', force: false }).catch(() => undefined);
    }
  }

  /** A page that holds nothing but its report file points at the file's record; the tabs showing it show the file's counts. */
  async function linkPage(pageHref: string, file: PageRecord) {
    const linked = await d.store.link(pageHref, file.href).catch(() => null);
    if (!linked) return;
    const b = badgeFor({ isReport: true, counts: file.counts }, d.lang?.());
    for (const tabId of d.tabsShowing(linked.page.url)) await d.setBadge(tabId, b.text, b.color, b.title);
  }

  const handlers: Handlers = {
    'audit:done': async (msg, sender) => {
      let saved: Awaited<ReturnType<RecordStore['saveAudit']>> | null = null;
      let failure: unknown = null;
      let history: Awaited<ReturnType<Histories['sliceFor']>> = null;
      let changed = false;
      if (msg.result.isReport) saved = await d.store.saveAudit(msg.href, msg.result, msg.snapshot).catch((e: unknown) => ((failure = e), null));
      // the page audits again with the part of the history it needs (for its marks), and the record is stored so at once
      if (saved) {
        changed = (await d.histories.put(saved)).changed;
        history = await d.histories.sliceFor(saved);
      }
      if (saved && history) saved = await d.histories.reaudit(saved);
      // the badge counts what the auditor has not dismissed: the stored record's reviewed counts;
      // a page that holds only its report file shows the file's (one report, one record)
      if (sender.tabId !== undefined) {
        d.tabShows(sender.tabId, msg.href);
        const file = saved?.file ? await d.store.get(saved.file) : null;
        const shown = file ?? saved;
        const b = badgeFor(shown ? { isReport: true, counts: shown.counts } : msg.result, d.lang?.());
        await d.setBadge(sender.tabId, b.text, b.color, b.title);
      }
      if (failure) throw failure;
      // the records it changes are audited again here (none when the report is as it was)
      if (saved && changed) void refreshOthers(saved);
      return ok({ reviews: saved?.reviews ?? null, history });
    },
    'audit:none': async (msg, sender) => {
      if (sender.tabId !== undefined) {
        d.tabShows(sender.tabId, null);
        await d.setBadge(sender.tabId, '', null, badgeFor(null, d.lang?.()).title);
      }
      return ok(null);
    },
    'audit:context': async (msg) => {
      // what an audit of the page honours: the settings, and the auditor's corrections for this page
      const [settings, record] = await Promise.all([d.store.getSettings(), d.store.get(msg.href)]);
      return ok({ settings, identity: record?.identity ?? null });
    },
    'record:identity': async (msg) => {
      const record = await d.store.setIdentity(msg.href, msg.identity);
      if (!record) return ok(null);
      // the audit runs again with the corrections: from the stored snapshot, and on every tab showing the page
      // a new organ or year is new history: its entry moves, and the records around it change
      const updated = await d.histories.reaudit(record);
      if ((await d.histories.put(updated)).changed) void refreshOthers(updated);
      for (const tabId of d.tabsShowing(record.url)) void d.sendToTab(tabId, { type: 'page:audit', force: true }).catch(() => undefined);
      return ok(updated);
    },
    'file:open': async (msg) => {
      await d.openViewer(msg.url, msg.from);
      return ok(null);
    },
    'file:audit': async (msg) => {
      // a file on another site than the page that links it is fetched only at the auditor's click
      if (msg.from && !msg.clicked && !sameOrigin(msg.url, msg.from)) return fail('附件在另一网站，须由审计人员点击后读取');
      // a report file audited without a window: stored under the file's address like any page
      const record = await d.store.get(msg.url);
      const options = { ...auditOptions(await d.store.getSettings()), ...(record?.identity ? { identity: record.identity } : {}) };
      const { result, snapshot } = await d.readFile(msg.url, options);
      if (result.error) return fail(result.error);
      if (!result.isReport) return ok(result);
      const saved = await withHistory(await d.store.saveAudit(msg.url, result, snapshot));
      // the page that holds nothing but this file: one report, one record — its badge is the file's
      if (msg.from) await linkPage(msg.from, saved);
      return ok(saved.result);
    },
    'history:slice': async (msg) => {
      const record = await d.store.get(msg.href);
      return ok(record ? await d.histories.sliceFor(record) : null);
    },
    'record:get': async (msg) => {
      return ok(await d.store.get(msg.href));
    },
    'records:summaries': async (msg) => {
      return ok(await d.store.summaryPage(msg.offset, msg.limit));
    },
    'records:verdicts': async (msg) => {
      return ok(await d.store.verdicts(msg.hrefs));
    },
    'finding:review': async (msg) => {
      const record = await d.store.review(msg.href, msg.id, msg.status, msg.note);
      if (record) {
        const b = badgeFor({ isReport: true, counts: record.counts }, d.lang?.());
        // a report file's page shows the file's counts too
        if (record.page) for (const tabId of d.tabsShowing(normaliseUrl(record.page))) await d.setBadge(tabId, b.text, b.color, b.title);
        for (const tabId of d.tabsShowing(record.url)) {
          void d.sendToTab(tabId, { type: 'page:reviews', reviews: record.reviews }).catch(() => undefined);
          await d.setBadge(tabId, b.text, b.color, b.title);
        }
      }
      return ok(record);
    },
    'records:delete': async (msg) => {
      const removed = await d.store.remove(msg.hrefs);
      await d.histories.removeMany(msg.hrefs);
      return ok(removed);
    },
    'records:import': async (msg) => {
      d.histories.reset();
      return ok(await d.store.importBackup(msg.backup));
    },
    'records:export': async (msg) => {
      return ok(await d.store.exportBackup(msg.hrefs));
    },
    'tab:audit': async (msg) => {
      return ok(await d.sendToTab(msg.tabId, { type: 'page:audit', force: true }));
    },
    'dashboard:open': async () => {
      await d.openDashboard();
      return ok(null);
    },
    'settings:get': async () => {
      return ok(await d.store.getSettings());
    },
    'settings:set': async (msg) => {
      // moving the panel changes nothing of the history; only the copy threshold moves its threshold
      const before = await d.store.getSettings();
      const saved = await d.store.setSettings(msg.settings);
      await d.histories.setThreshold(saved.copyThreshold);
      // a setting the checks read: every stored report is audited again, in the background
      if (changesFindings(before, saved)) void reaudit.start().catch(() => undefined);
      return ok(saved);
    },
    'records:reaudit': async () => {
      return ok(reaudit.get());
    },
    'batch:start': async (msg) => {
      return ok(await d.store.batches.start(msg.listing, msg.title, msg.urls));
    },
    'batch:result': async (msg) => {
      const batch = await d.store.batches.step(msg.listing, msg.href, { result: msg.result, snapshot: msg.snapshot ?? null });
      const record = msg.result.isReport ? await d.store.get(msg.href) : null;
      if (record) await withHistory(record);
      return ok(batch);
    },
    'batch:failed': async (msg) => {
      return ok(await d.store.batches.step(msg.listing, msg.href, { error: msg.error }));
    },
    'batch:status': async (msg) => {
      return ok(await d.store.batches.setStatus(msg.listing, msg.status));
    },
    'batch:get': async (msg) => {
      return ok(await d.store.batches.get(msg.listing));
    },
    'batches:list': async () => {
      return ok(await d.store.batches.list());
    },
  };

  /** A request to its handler (the table is keyed by the request's type: the cast only joins the two). */
  function handle(msg: ToBackground, sender: Sender): Promise<Reply> {
    return (handlers[msg.type] as (m: ToBackground, s: Sender) => Promise<Reply>)(msg, sender);
  }

  // what arrives is validated first: anything that is not one of our requests is not answered
  return (raw: unknown, sender: Sender): Promise<Reply> | undefined => {
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success) return undefined;
    return handle(parsed.data, sender).catch((e) => fail(e instanceof StoreFullError ? STORAGE_FULL : errorMessage(e)));
  };
}

/** Which tab shows which page, as their audits tell (kept in memory by the background). */
export class TabPages {
  private pages = new Map<number, string>();
  shows(tabId: number, href: string | null) {
    if (href) this.pages.set(tabId, normaliseUrl(href));
    else this.pages.delete(tabId);
  }
  showing(url: string): number[] {
    const n = normaliseUrl(url);
    return [...this.pages].filter(([, u]) => u === n).map(([id]) => id);
  }
}
