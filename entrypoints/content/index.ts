import { onMessage, sendToBackground, uiLanguage } from '@/lib/ext/browser';
import { ToContent, type Reply } from '@/lib/ext/messages';
import { setLang } from '@/components/i18n';
import { auditOptions, type Settings } from '@/lib/store/settings';
import { PageController } from './controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    setLang(uiLanguage());
    const page = new PageController(
      document,
      (msg) => sendToBackground<Reply>(msg),
      async () => {
        const r = await sendToBackground<Reply<Settings>>({ type: 'settings:get' });
        return r?.ok ? auditOptions(r.data) : {};
      },
    );
    const stop = onMessage((raw) => {
      const m = ToContent.safeParse(raw);
      return m.success ? page.handle(m.data) : undefined;
    });
    ctx.onInvalidated(() => {
      stop();
      page.dispose();
    });
    page.start();
  },
});
