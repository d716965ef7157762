/** Addresses shown to people: decoded where they spell text, never with controls or reordering marks. */
import { describe, expect, it } from 'vitest';
import { fileNameOf, readableAddress } from '../../lib/text/address';

describe('readableAddress', () => {
  it('decodes the escapes that spell text, and keeps the reserved ones', () => {
    expect(readableAddress('https://www.gov.cn/2021%E5%B9%B4%E6%8A%A5%E5%91%8A.html?q=a%26b')).toBe('https://www.gov.cn/2021年报告.html?q=a%26b');
  });
  it('leaves an address that does not decode as it is', () => {
    expect(readableAddress('https://x.gov.cn/%E5%B9.html')).toBe('https://x.gov.cn/%E5%B9.html');
  });
  it('never shows a control or a mark that reorders text', () => {
    for (const esc of ['%E2%80%AE', '%E2%81%A6', '%00', '%0A', '%E2%80%8B', '%EF%BB%BF']) {
      const href = `https://x.gov.cn/a${esc}b.html`;
      expect(readableAddress(href)).toBe(href);
    }
  });
});

describe('fileNameOf', () => {
  it('is the last path segment, decoded, without query or fragment', () => {
    expect(fileNameOf('https://x.gov.cn/files/2021%E5%B9%B4%E6%8A%A5%E5%91%8A.pdf?v=2#p1')).toBe('2021年报告.pdf');
    expect(fileNameOf('C:\\reports\\a.docx')).toBe('a.docx');
  });
  it('keeps what does not decode, or would show a reordering mark', () => {
    expect(fileNameOf('https://x.gov.cn/%E5.pdf')).toBe('%E5.pdf');
    expect(fileNameOf('https://x.gov.cn/fdp.%E2%80%AEexe')).toBe('fdp.%E2%80%AEexe');
  });
});

describe('a report file whose address has an escape that does not decode', () => {
  it('is audited all the same, its name kept as written', async () => {
    const { auditFile } = await import('../../lib/node');
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/documents/office/tabs-2021-libreoffice.docx', import.meta.url)));
    const r = (await auditFile(bytes, 'https://x.gov.cn/files/%E5年报.docx')).result;
    expect(r.error).toBeNull();
    expect(r.isReport).toBe(true);
  });
});
