import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import { LOADER, LOADER_SOURCE, loadEngineAsResource, type ManifestPart } from './scripts/content-loader';

const require = createRequire(import.meta.url);

export default defineConfig({
  vite: () => ({ build: { minify: process.env.NIANBAO_NO_MINIFY ? false : undefined } }),
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Chromium: a one-line content script imports the audit as an extension resource, whose compiled code
    // Chromium keeps between pages (scripts/content-loader.ts); Firefox runs the audit as it is
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') loadEngineAsResource(manifest as ManifestPart);
    },
    // pdf.js reads PDFs in a worker: its worker file ships as an extension resource
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') files.push({ contents: LOADER_SOURCE, relativeDest: LOADER });
      files.push({ absoluteSrc: require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), relativeDest: 'pdf.worker.min.mjs' });
      // a scan is read by tesseract.js (lib/ext/ocr.ts): its worker, its core (SIMD, LSTM only, the WebAssembly
      // inside the script) and the simplified-Chinese model (tessdata_best, integer), loaded only when a scan is opened
      const tesseract = dirname(require.resolve('tesseract.js/package.json'));
      const core = dirname(require.resolve('tesseract.js-core/package.json', { paths: [tesseract] }));
      const chiSim = dirname(require.resolve('@tesseract.js-data/chi_sim/package.json'));
      files.push(
        { absoluteSrc: join(tesseract, 'dist/worker.min.js'), relativeDest: 'ocr/worker.min.js' },
        { absoluteSrc: join(core, 'tesseract-core-simd-lstm.wasm.js'), relativeDest: 'ocr/tesseract-core-simd-lstm.wasm.js' },
        { absoluteSrc: join(chiSim, '4.0.0_best_int/chi_sim.traineddata.gz'), relativeDest: 'ocr/chi_sim.traineddata.gz' },
      );
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
    // WebAssembly for the OCR of scans (tesseract.js), nothing else beyond the default
    content_security_policy:
      browser === 'firefox' ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
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
