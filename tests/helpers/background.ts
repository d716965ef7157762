/**
 * The background's message handler over a store, with the browser's side recorded
 * rather than performed: badges set, messages sent to tabs, the pages tabs show.
 * A test gives what it needs different (a history that does nothing, a file reader).
 */
import { backgroundHandler, TabPages, type BackgroundDeps } from '../../lib/ext/background';
import { Histories } from '../../lib/ext/history';
import type { RecordStore } from '../../lib/store/record-store';

export function testBackground(store: RecordStore, own: Partial<BackgroundDeps> = {}) {
  const badges: Record<number, [string, string | null]> = {};
  const sent: [number, unknown][] = [];
  const tabs = new TabPages();
  const handle = backgroundHandler({
    store,
    histories: new Histories(store),
    setBadge: async (id, text, color) => void (badges[id] = [text, color]),
    sendToTab: async (id, msg) => void sent.push([id, msg]),
    tabsShowing: (u) => tabs.showing(u),
    tabShows: (id, h) => tabs.shows(id, h),
    openDashboard: async () => undefined,
    openViewer: async () => undefined,
    readFile: async () => {
      throw new Error('no files here');
    },
    ...own,
  });
  return { handle, badges, sent };
}
