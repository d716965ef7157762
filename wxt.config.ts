import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '年报审计 Nianbao Audit',
    default_locale: 'zh_CN',
  },
});
