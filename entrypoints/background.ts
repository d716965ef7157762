import { TabPages, backgroundHandler } from '@/lib/ext/background';
import { Histories } from '@/lib/ext/history';
import { RecordStore } from '@/lib/store/record-store';
import { t } from '@/lib/result/wording';
import { emptyResult } from '@/lib/result/empty';
import { ReportResult } from '@/lib/result/schema';
import { snapshotSchema } from '@/lib/pipeline/snapshot';
import type { ReaderRequest } from '@/lib/ext/messages';
import {
  closeReaderPage, ensureReaderPage, extensionUrl, onCommand, onContextMenu, onMessage, onTabRemoved, openTab, sendToBackground, sendToTab, setBadge, storage, uiLanguage, viewerUrl,
} from '@/lib/ext/browser';
import { errorMessage } from '@/lib/errors';

const READER = '/offscreen.html';

/** A file's reading, watched: past this the reader page is closed (ending the reading) and the file answered in words. */
const READ_WATCHDOG_MS = 90_000;

/** Ask the reader page to audit a file; it may need a moment to start listening. */
async function readFile(url: string, options: ReaderRequest['options']) {
  await ensureReaderPage(READER);
  const msg: ReaderRequest = { type: 'reader:audit', url, options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), READ_WATCHDOG_MS)));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await Promise.race([sendToBackground(msg) as Promise<{ result?: unknown; snapshot?: unknown } | undefined>, late]);
        if (reply === 'late') {
          // the reading ran away: its page goes, and with it the work; the next file opens a new one
          await closeReaderPage(READER);
          return { result: emptyResult(url, `附件读取超过 ${READ_WATCHDOG_MS / 1000} 秒，已中止（文件可能过大或经过刻意构造）`), snapshot: null };
        }
        if (reply?.result) {
          const snapshot = snapshotSchema().safeParse(reply.snapshot);
          return { result: ReportResult.parse(reply.result), snapshot: snapshot.success ? snapshot.data : null };
        }
      } catch (e) {
        if (attempt >= 20) {
          await closeReaderPage(READER);
          return { result: emptyResult(url, `附件读取失败：读取附件的页面没有应答（${errorMessage(e)}）`), snapshot: null };
        }
      }
      if (attempt >= 20) return { result: emptyResult(url, '附件读取失败：读取附件的页面没有应答'), snapshot: null };
      await new Promise((r) => setTimeout(r, 150));
    }
  } finally {
    clearTimeout(timer);
  }
}

export default defineBackground(() => {
  const tabs = new TabPages();
  const store = new RecordStore(storage);
  onMessage(
    backgroundHandler({
      store,
      histories: new Histories(store),
      setBadge,
      lang: uiLanguage,
      sendToTab,
      tabsShowing: (url) => tabs.showing(url),
      tabShows: (tabId, href) => tabs.shows(tabId, href),
      openDashboard: () => openTab(extensionUrl('/dashboard.html')),
      openViewer: (url, from) => openTab(viewerUrl(url, from)),
      readFile: (url, options) => readFile(url, options as ReaderRequest['options']),
    }),
  );
  onTabRemoved((tabId) => tabs.shows(tabId, null));
  onCommand((command, tabId) => {
    if (command === 'open-panel' || command === 'next-finding') void sendToTab(tabId, { type: 'page:command', command }).catch(() => undefined);
  });
  onContextMenu('nianbao-audit-page', t('ui_menu_audit', uiLanguage()), (tabId) => {
    void sendToTab(tabId, { type: 'page:audit', force: true }).catch(() => undefined);
  });
});
