import { onMessage, sendToBackground, uiLanguage } from '@/lib/ext/browser';
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
    ctx.onInvalidated(() => {
      stop();
      page.dispose();
    });
    page.start();
  },
});
