/**
 * Report files in the extension's own pages (the viewer, the offscreen reader):
 * pdf.js's browser build with its worker shipped as an extension resource, the
 * page's DOMParser for Word's HTML, and tesseract.js for a scan.
 */
import type { FileEnv } from '../pipeline/files';
import type { PdfJs } from '../readers/pdf';
import { extensionUrl } from './browser';

/** The browser's file readers; `onOcrPage` told how many pages of a scan are read, before the first and after each. */
export function browserFiles(onOcrPage?: (n: number, of: number) => void): FileEnv {
  return {
    pdfjs: BROWSER_FILES.pdfjs,
    parseHtml: BROWSER_FILES.parseHtml,
    ocr: async (bytes, pages) => {
      const [{ browserOcr }, pdfjs] = await Promise.all([import('./ocr'), BROWSER_FILES.pdfjs()]);
      return browserOcr(pdfjs as unknown as import('./ocr').PdfDraw, bytes, pages, onOcrPage);
    },
  };
}

export const BROWSER_FILES: FileEnv = {
  pdfjs: async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = extensionUrl('/pdf.worker.min.mjs');
    return pdfjs as unknown as PdfJs;
  },
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  // a scan read by tesseract.js, loaded only when one is opened (./ocr.ts)
  ocr: (bytes, pages) => browserFiles().ocr!(bytes, pages),
};
