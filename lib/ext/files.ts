/**
 * Report files in the extension's own pages (the viewer, the offscreen reader):
 * pdf.js's browser build with its worker shipped as an extension resource, and
 * the page's DOMParser for Word's HTML.
 */
import type { FileEnv } from '../pipeline/files';
import type { PdfJs } from '../readers/pdf';
import { extensionUrl } from './browser';

export const BROWSER_FILES: FileEnv = {
  pdfjs: async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = extensionUrl('/pdf.worker.min.mjs');
    return pdfjs as unknown as PdfJs;
  },
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
};
