import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

export default defineConfig({
  vite: () => ({ build: { minify: process.env.NIANBAO_NO_MINIFY ? false : undefined } }),
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // pdf.js reads PDFs in a worker: its worker file ships as an extension resource
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), relativeDest: 'pdf.worker.min.mjs' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    action: { default_title: '__MSG_extName__' },
    // the keyboard: open the panel, step to the next finding (both can be changed in the browser's shortcuts page)
    commands: {
      'open-panel': { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_cmd_open_panel__' },
      'next-finding': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmd_next_finding__' },
    },
    // storage: the audit records; unlimitedStorage: an evaluator's thousands of reports;
    // contextMenus: "audit this page" for reports on unusual sites; offscreen (Chrome): a page
    // without a window that reads report files (PDF, Word) for the background.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // a report file on another site is read only after the auditor allows that site, when they click
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
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
