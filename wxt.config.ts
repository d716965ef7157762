import { defineConfig } from 'wxt';

export default defineConfig({
  vite: () => ({ build: { minify: process.env.NIANBAO_NO_MINIFY ? false : undefined } }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    action: { default_title: '__MSG_extName__' },
    // storage: the audit records; unlimitedStorage: an evaluator's thousands of reports;
    // contextMenus: "audit this page" for reports on unusual sites. No host permission beyond
    // the content script's own matches, no tabs permission.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'nianbao-audit@nianbao.example',
          strict_min_version: '115.0',
          // nothing leaves the browser: audits, marks and exports stay on the auditor's machine
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
