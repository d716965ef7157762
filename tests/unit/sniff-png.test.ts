/**
 * Two small readers asked directly: what a file is by its first bytes (names and content types lie), and the grey
 * raster written as a PNG (the OCR's page images): signature, header, each chunk's CRC, rows behind their filter.
 */
import { describe, expect, it } from 'vitest';
import { reportFileKind, sniffFile } from '../../lib/readers/sniff';
import { crc32, pngDataUrl } from '../../lib/readers/png';
import { gbk } from '../helpers/gbk';
import { readPng } from '../helpers/png';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffFile', () => {
  it('knows a PDF, a zip (Office Open XML) and an OLE file by their first four bytes', () => {
    expect(sniffFile(utf8('%PDF-1.7\n'), 'text/html')).toBe('pdf');
    expect(sniffFile(bytes(0x50, 0x4b, 0x03, 0x04, 0), 'text/html')).toBe('docx');
    expect(sniffFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), 'text/plain')).toBe('doc');
  });

  it('wants all four bytes of each', () => {
    expect(sniffFile(utf8('%PDX'))).toBe('text');
    expect(sniffFile(utf8('%PD'))).toBe('text');
    expect(sniffFile(utf8('xPDF'))).toBe('text');
    expect(sniffFile(utf8('PK\u0003\u0005'))).toBe('text');
    expect(sniffFile(utf8('QK\u0003\u0004'))).toBe('text');
    expect(sniffFile(bytes(0xd0, 0xcf, 0x11, 0xe1))).toBe('text');
    expect(sniffFile(bytes(0xd1, 0xcf, 0x11, 0xe0))).toBe('text');
    // each of the four bytes of each signature, one changed at a time
    for (const sig of [[0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]]) {
      for (let i = 0; i < 4; i++) expect(sniffFile(bytes(...sig.map((b, j) => (j === i ? b ^ 1 : b))), 'text/plain'), `${sig} at ${i}`).toBe('text');
    }
    expect(sniffFile(new Uint8Array(0))).toBe('text');
  });

  it('reportFileKind (the CLI sends a report file to its worker by it): the same three, nothing else', () => {
    expect(reportFileKind(utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(reportFileKind(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe('docx');
    expect(reportFileKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1))).toBe('doc');
    for (const sig of [[0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]]) {
      for (let i = 0; i < 4; i++) expect(reportFileKind(bytes(...sig.map((b, j) => (j === i ? b ^ 1 : b))))).toBeNull();
    }
    for (const page of [utf8('<!doctype html><html></html>'), utf8('政府信息公开工作年度报告'), new Uint8Array(0)]) expect(reportFileKind(page)).toBeNull();
  });

  it('tells a page from text by its head or its content type, in the charset it declares', () => {
    expect(sniffFile(utf8('<!DOCTYPE html><html><body>报告</body></html>'))).toBe('html');
    expect(sniffFile(utf8('政府信息公开工作年度报告'))).toBe('text');
    expect(sniffFile(utf8('政府信息公开工作年度报告'), 'text/html; charset=utf-8')).toBe('html');
    expect(sniffFile(gbk('<html><body>报告</body></html>'), 'text/html; charset=gbk')).toBe('html');
  });

  it('looks at the first 8 KB only', () => {
    expect(sniffFile(utf8('甲'.repeat(1000) + '<table>'))).toBe('html');
    expect(sniffFile(utf8('a'.repeat(8192) + '<table>'))).toBe('text');
  });
});

describe('crc32', () => {
  it('is ISO 3309’s', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(utf8('IEND'))).toBe(0xae426082);
  });
});

describe('pngDataUrl', () => {
  it('writes a grey PNG whose rows are the raster’s behind filter byte 0, each chunk’s CRC right', async () => {
    const px = new Uint8Array([0, 50, 100, 150, 200, 250]);
    const url = await pngDataUrl({ width: 3, height: 2, px });
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const png = readPng(url);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const c of png.chunks) expect(c.crc, c.type).toBe(crc32(c.body));
    expect([...png.chunks[0]!.data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 0, 0, 0, 0]);
    expect([...png.raw]).toEqual([0, 0, 50, 100, 0, 150, 200, 250]);
    expect(png.chunks[2]!.data.length).toBe(0);
  });

  it('writes a large raster whole (its base64 made in slices)', async () => {
    const width = 300;
    const height = 400;
    const px = new Uint8Array(width * height).map((_, i) => (i * 7) % 251);
    const { raw } = readPng(await pngDataUrl({ width, height, px }));
    expect(raw.length).toBe((width + 1) * height);
    expect(raw[0]).toBe(0);
    expect([...raw.subarray(1, 1 + width)]).toEqual([...px.subarray(0, width)]);
    expect(raw[(width + 1) * (height - 1)]).toBe(0);
    expect([...raw.subarray((width + 1) * (height - 1) + 1)]).toEqual([...px.subarray(width * (height - 1))]);
  });
});
