/**
 * Report files in the extension's own pages (the viewer, the offscreen reader):
 * pdf.js's browser build with its worker shipped as an extension resource, the
 * page's DOMParser for Word's HTML, and tesseract.js for a scan.
 */
import type { FileEnv } from '../pipeline/files';
import type { PdfJs } from '../readers/pdf';
import { extensionUrl } from './browser';

const pdfjs: FileEnv['pdfjs'] = async () => {
  const lib = await import('pdfjs-dist');
  lib.GlobalWorkerOptions.workerSrc = extensionUrl('/pdf.worker.min.mjs');
  return lib as unknown as PdfJs;
};

const parseHtml: FileEnv['parseHtml'] = (html) => new DOMParser().parseFromString(html, 'text/html');

/** The browser's file readers; `onOcrPage` told how many pages of a scan are read, before the first and after each. */
export function browserFiles(onOcrPage?: (n: number, of: number) => void): FileEnv {
  return {
    pdfjs,
    parseHtml,
    // a scan read by tesseract.js, loaded only when one is opened (./ocr.ts)
    ocr: async (bytes, pages, dpi) => {
      const [{ browserOcr }, lib] = await Promise.all([import('./ocr'), pdfjs()]);
      return browserOcr(lib as unknown as import('./ocr').PdfDraw, bytes, pages, onOcrPage, dpi);
    },
  };
}

export const BROWSER_FILES: FileEnv = browserFiles();
