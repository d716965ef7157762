/**
 * What an attack on the engine found, each with the input that broke it: many
 * lines, many paragraphs, huge tables (bounded, and said), UTF-16 files and stray
 * NULs (read), links that should not be links.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml, auditFile } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';

const fixture = (n: string) => readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8');
const SEED = fixture('000_dccf7277737237a5.txt');
const PAGE = fixture('pages/sample-report.html');
const errorsOf = (r: { findings: { id: string; severity: string }[] }) => r.findings.filter((f) => f.severity === 'error').map((f) => f.id).sort();
const SEED_ERRORS = errorsOf(auditText(SEED, 'seed').result);
const PAGE_ERRORS = errorsOf(auditHtml(PAGE, 'page').result);

describe('inputs far larger than a report', () => {
  it('a report followed by 150,000 short lines: audited, its findings found, the cut said', () => {
    const r = auditText(`${SEED}\n${Array.from({ length: 150_000 }, (_, i) => `第${i}行`).join('\n')}`, 'long.txt').result;
    expect(r.error).toBeNull();
    expect(errorsOf(r)).toEqual(SEED_ERRORS);
    expect(r.findings.find((f) => f.rule === 'shape:too-large')?.message).toBe('文本超过 50000 行，远超一篇年报：只读取了前 50000 行');
  });

  it('a page of 200,000 paragraphs after the report: audited, no stack overflow', () => {
    const r = auditHtml(PAGE.replace('</body>', `${'<p>段落</p>'.repeat(200_000)}</body>`), 'paras.html').result;
    expect(r.error).toBeNull();
    expect(errorsOf(r)).toEqual(PAGE_ERRORS);
  });

  it('a page of 400,000 elements after the report: the tree stops at its bound, the report still read, the cut said', () => {
    const r = auditHtml(PAGE.replace('</body>', `${'<div><span>填充</span></div>'.repeat(200_000)}</body>`), 'nodes.html').result;
    expect(r.error).toBeNull();
    expect(errorsOf(r)).toEqual(PAGE_ERRORS);
    expect(r.findings.filter((f) => f.rule === 'shape:too-large').map((f) => f.message)).toEqual(['页面过大，远超一篇年报：只读取了开头部分，其余未核对']);
  });

  it('a 20 MB page file: read from its first 12 MB (not decoded whole), the report found, the cut said', async () => {
    const big = PAGE.replace('</body>', `<div>${'填充文字。'.repeat(1_400_000)}</div></body>`);
    expect(Buffer.byteLength(big)).toBeGreaterThan(20_000_000);
    const r = (await auditFile(new Uint8Array(Buffer.from(big)), 'big.html')).result;
    expect(r.error).toBeNull();
    expect(errorsOf(r)).toEqual(PAGE_ERRORS);
    expect(r.findings.some((f) => f.rule === 'shape:too-large')).toBe(true);
  });

  it('a table of 300,000 rows: read up to 5,000 rows, and said', () => {
    const big = `<table>${'<tr><td>其他</td><td>1</td></tr>'.repeat(300_000)}</table>`;
    const r = auditHtml(PAGE.replace('</body>', `${big}</body>`), 'rows.html').result;
    expect(r.error).toBeNull();
    expect(errorsOf(r)).toEqual(PAGE_ERRORS);
    expect(r.findings.some((f) => f.rule === 'shape:too-large')).toBe(true);
  });

  it('pipe-separated text of 18 MB: bounded, the report still read', () => {
    const seed2 = fixture('002_d2562da69713e31b.txt');
    const r = auditText(`${seed2}\n${'0|\n'.repeat(6_000_000)}`, 'pipe.txt').result;
    expect(r.error).toBeNull();
    expect(r.isReport).toBe(true);
    expect(r.findings.some((f) => f.rule === 'shape:too-large')).toBe(true);
  });
});

describe('encodings', () => {
  const utf16 = (s: string, le: boolean, bom: boolean) => {
    const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
    let o = 0;
    if (bom) {
      out[o++] = le ? 0xff : 0xfe;
      out[o++] = le ? 0xfe : 0xff;
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[o++] = le ? c & 0xff : c >> 8;
      out[o++] = le ? c >> 8 : c & 0xff;
    }
    return out;
  };

  it.each([
    ['UTF-16 LE with its mark', true, true],
    ['UTF-16 BE with its mark', false, true],
    ['UTF-16 LE without a mark', true, false],
  ])('%s reads like UTF-8', async (_, le, bom) => {
    const r = (await auditFile(utf16(SEED, le, bom), 'seed.txt', null, {}, null, 'text')).result;
    expect(r.error).toBeNull();
    expect(errorsOf(r)).toEqual(SEED_ERRORS);
  });

  it('a few stray NUL bytes in a real report do not refuse it', async () => {
    const bytes = new TextEncoder().encode(SEED);
    const withNul = new Uint8Array(bytes.length + 3);
    withNul.set(bytes.subarray(0, 100), 0);
    withNul.set([0, 0, 0], 100);
    withNul.set(bytes.subarray(100), 103);
    const r = (await auditFile(withNul, 'nul.txt', null, {}, null, 'text')).result;
    expect(r.error).toBeNull();
    expect(errorsOf(r)).toEqual(SEED_ERRORS);
  });

  it('binary bytes are still refused, in words', async () => {
    const junk = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    expect((await auditFile(junk, 'junk.txt', null, {}, null, 'text')).result.error).toBe('无法审计：不是文本、网页或年报文件（PDF、Word）');
  });
});
