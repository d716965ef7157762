/**
 * The resolution a scan is read at (lib/readers/scan-dpi.ts): its images' own, from OCR_DPI to MAX_SCAN_DPI, read from
 * the file's image dictionaries — on the project's generated scans (150 and 300 dpi) and on dictionaries written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OCR_DPI } from '../../lib/readers/ocr-page';
import { MAX_SCAN_DPI, imageWidths, scanDpi } from '../../lib/readers/scan-dpi';

const bytes = (s: string) => new TextEncoder().encode(s);
const A4 = 595.3;
const scan = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url)));
const image = (w: number, order = 0) =>
  order ? `<< /Height ${Math.round(w * 1.41)} /Width ${w} /BitsPerComponent 8 /Subtype /Image /Type /XObject >>` : `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${Math.round(w * 1.41)} >>`;

describe('a scan’s resolution', () => {
  it('the project’s scans: 150 dpi read at 150, 300 dpi at the most a scan is drawn at', () => {
    expect(OCR_DPI).toBe(150);
    expect(MAX_SCAN_DPI).toBe(220);
    expect(scanDpi(scan('printed-2021-scan150.pdf'), A4)).toBe(150);
    expect(scanDpi(scan('long-2019-scan300.pdf'), A4)).toBe(220);
    expect(imageWidths(scan('printed-2021-scan150.pdf'))).toEqual([1242, 1242, 1242, 1242]);
  });

  it('a scan at 200 dpi is read at 200 (a probe: 上海市 2020’s A4 print, its 8-point figures lost drawn at 150), the page’s width in points', () => {
    expect(scanDpi(bytes(`%PDF-1.4\n${image(1656)}\n${image(1656, 1)}`), A4)).toBe(200);
    // US Letter, the same pixels: a finer scan
    expect(scanDpi(bytes(image(1700)), 612)).toBe(200);
    expect(scanDpi(bytes(image(1000)), A4)).toBe(150);
  });

  it('the median of the pages’ images; no image, no width, a width no scanner makes, or no page: OCR_DPI', () => {
    expect(scanDpi(bytes([image(1242), image(1656), image(1656)].join('\n')), A4)).toBe(200);
    expect(scanDpi(bytes('%PDF-1.4\n<< /Type /Page >>'), A4)).toBe(OCR_DPI);
    expect(scanDpi(bytes('<< /Subtype /Image /Height 10 >>'), A4)).toBe(OCR_DPI);
    expect(scanDpi(bytes(image(120)), A4)).toBe(OCR_DPI);
    expect(scanDpi(bytes(image(20000)), A4)).toBe(OCR_DPI);
    expect(scanDpi(bytes(image(1656)), 0)).toBe(OCR_DPI);
    // a /Width far from its /Image (another object's) is not taken
    expect(imageWidths(bytes(`<< /Subtype /Image ${' '.repeat(700)} /Width 1656 >>`))).toEqual([]);
    // many images with no dictionary's ends: each looked for nearby only, at most 500 taken
    const hostile = bytes(`${'x'.repeat(3_000_000)}${'/Subtype /Image /Width 1656 '.repeat(20_000)}`);
    expect(imageWidths(hostile)).toEqual([]);
    expect(imageWidths(bytes(`<< /Subtype /Image /Width 1656 >>`.repeat(1000)))).toHaveLength(500);
  });
});
