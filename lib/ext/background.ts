/** The background's message handling, separate from its wiring so that it can be tested. */
import { ToBackground, fail, ok, type Reply } from './messages';
import { RecordStore, StoreFullError } from '../store/record-store';
import { badgeFor } from './badge';
import { normaliseUrl } from '../store/url';
import { auditOptions } from '../store/settings';
import { auditSnapshot, type Snapshot } from '../pipeline/snapshot';
import type { AuditOptions } from '../model';
import type { ReportResult } from '../result/schema';

export interface BackgroundDeps {
  store: RecordStore;
  setBadge(tabId: number, text: string, color: string | null): Promise<void>;
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
}

export function backgroundHandler(d: BackgroundDeps) {
  return (raw: unknown, sender: { tabId?: number }): Promise<Reply> | undefined => {
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success) return undefined;
    return handle(parsed.data, sender).catch((e) => fail(e instanceof StoreFullError ? 'storage-full' : String((e as Error)?.message ?? e)));
  };

  async function handle(msg: ToBackground, sender: { tabId?: number }): Promise<Reply> {
    switch (msg.type) {
      case 'audit:done': {
        // the badge counts what the auditor has not dismissed: the stored record's reviewed counts
        let saved: Awaited<ReturnType<RecordStore['saveAudit']>> | null = null;
        let failure: unknown = null;
        if (msg.result.isReport) saved = await d.store.saveAudit(msg.href, msg.result, msg.snapshot).catch((e: unknown) => ((failure = e), null));
        if (sender.tabId !== undefined) {
          d.tabShows(sender.tabId, msg.href);
          const b = badgeFor(saved ? { isReport: true, counts: saved.counts } : msg.result);
          await d.setBadge(sender.tabId, b.text, b.color);
        }
        if (failure) throw failure;
        return ok(saved?.reviews ?? null);
      }
      case 'audit:none':
        if (sender.tabId !== undefined) {
          d.tabShows(sender.tabId, null);
          await d.setBadge(sender.tabId, '', null);
        }
        return ok(null);
      case 'audit:context': {
        // what an audit of the page honours: the settings, and the auditor's corrections for this page
        const [settings, record] = await Promise.all([d.store.getSettings(), d.store.get(msg.href)]);
        return ok({ settings, identity: record?.identity ?? null });
      }
      case 'record:identity': {
        const record = await d.store.setIdentity(msg.href, msg.identity);
        if (!record) return ok(null);
        // the audit runs again with the corrections: from the stored snapshot, and on every tab showing the page
        let updated = record;
        if (record.snapshot) {
          const options = { ...auditOptions(await d.store.getSettings()), identity: record.identity };
          updated = await d.store.saveAudit(record.href, auditSnapshot(record.snapshot, record.href, options).result);
        }
        for (const tabId of d.tabsShowing(record.url)) void d.sendToTab(tabId, { type: 'page:audit', force: true }).catch(() => undefined);
        return ok(updated);
      }
      case 'file:open':
        await d.openViewer(msg.url, msg.from);
        return ok(null);
      case 'file:audit': {
        // a report file audited without a window: stored under the file's address like any page
        const record = await d.store.get(msg.url);
        const options = { ...auditOptions(await d.store.getSettings()), ...(record?.identity ? { identity: record.identity } : {}) };
        const { result, snapshot } = await d.readFile(msg.url, options);
        if (result.error) return fail(result.error);
        if (result.isReport) await d.store.saveAudit(msg.url, result, snapshot);
        return ok(result);
      }
      case 'record:get':
        return ok(await d.store.get(msg.href));
      case 'records:list':
        return ok(await d.store.list());
      case 'finding:review': {
        const record = await d.store.review(msg.href, msg.id, msg.status, msg.note);
        if (record) {
          const b = badgeFor({ isReport: true, counts: record.counts });
          for (const tabId of d.tabsShowing(record.url)) {
            void d.sendToTab(tabId, { type: 'page:reviews', reviews: record.reviews }).catch(() => undefined);
            await d.setBadge(tabId, b.text, b.color);
          }
        }
        return ok(record);
      }
      case 'records:delete':
        return ok(await d.store.remove(msg.hrefs));
      case 'records:import':
        return ok(await d.store.importBackup(msg.backup));
      case 'records:export':
        return ok(await d.store.exportBackup(msg.hrefs));
      case 'tab:audit':
        return ok(await d.sendToTab(msg.tabId, { type: 'page:audit', force: true }));
      case 'dashboard:open':
        await d.openDashboard();
        return ok(null);
      case 'settings:get':
        return ok(await d.store.getSettings());
      case 'settings:set':
        return ok(await d.store.setSettings(msg.settings));
      case 'batch:start':
        return ok(await d.store.startBatch(msg.listing, msg.title, msg.urls));
      case 'batch:result':
        return ok(await d.store.batchStep(msg.listing, msg.href, { result: msg.result }));
      case 'batch:failed':
        return ok(await d.store.batchStep(msg.listing, msg.href, { error: msg.error }));
      case 'batch:status':
        return ok(await d.store.setBatchStatus(msg.listing, msg.status));
      case 'batch:get':
        return ok(await d.store.getBatch(msg.listing));
      case 'batches:list':
        return ok(await d.store.listBatches());
    }
  }
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
