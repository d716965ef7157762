import { extensionAlive, onMessage, sendToBackground, uiLanguage } from '@/lib/ext/browser';
import type { Reply } from '@/lib/ext/messages';
import { parseContext, parseToContent } from '@/lib/ext/to-content';
import { setLang } from '@/components/i18n';
import { PageSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    setLang(uiLanguage());
    const page = new PageSession(
      document,
      (msg) => sendToBackground<Reply>(msg),
      async (href) => {
        const r = await sendToBackground<Reply>({ type: 'audit:context', href });
        return parseContext(r?.ok ? r.data : null);
      },
    );
    const stop = onMessage((raw) => {
      const m = parseToContent(raw);
      return m ? page.handle(m) : undefined;
    });
    // WXT invalidates this context when it hears that a newer copy of the script started; a page can fake
    // that event. Only an extension that is really gone (updated, reloaded: no runtime id) stops us.
    ctx.onInvalidated(() => {
      if (extensionAlive()) return;
      stop();
      page.dispose();
    });
    page.start();
  },
});
