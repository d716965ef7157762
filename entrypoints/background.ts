import { TabPages, backgroundHandler } from '@/lib/ext/background';
import { RecordStore } from '@/lib/store/record-store';
import { t } from '@/lib/result/messages';
import { extensionUrl, onContextMenu, onMessage, onTabRemoved, openTab, sendToTab, setBadge, storage, uiLanguage } from '@/lib/ext/browser';

export default defineBackground(() => {
  const tabs = new TabPages();
  onMessage(
    backgroundHandler({
      store: new RecordStore(storage),
      setBadge,
      sendToTab,
      tabsShowing: (url) => tabs.showing(url),
      tabShows: (tabId, href) => tabs.shows(tabId, href),
      openDashboard: () => openTab(extensionUrl('/dashboard.html')),
    }),
  );
  onTabRemoved((tabId) => tabs.shows(tabId, null));
  onContextMenu('nianbao-audit-page', t('ui_menu_audit', uiLanguage()), (tabId) => {
    void sendToTab(tabId, { type: 'page:audit', force: true }).catch(() => undefined);
  });
});
