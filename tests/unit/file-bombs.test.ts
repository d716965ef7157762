/**
 * Crafted report files (built here: tests/helpers/bombs.ts) are refused quickly, in Chinese,
 * before they inflate: a .docx that unpacks to hundreds of megabytes (declaring it or lying),
 * .doc piece tables that are hostile, a PDF page with a million text items or a content stream
 * inflating to hundreds of megabytes. A CLI run over a folder with a bomb beside good files
 * audits the good ones and answers the bomb in words.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import { run } from '../../lib/cli/main';
import { auditIsolated, stopFileWorker } from '../../lib/cli/isolated';
import { AuditOutput } from '../../lib/result/schema';
import { damagedDocs, docWithPieces, docxBomb, pdfFlateBomb, pdfManyItems } from '../helpers/bombs';

const REAL_DOC = new Uint8Array(readFileSync(new URL('../fixtures/documents/office/tabs-2019-libreoffice.doc', import.meta.url)));
const REAL_PDF = readFileSync(new URL('../fixtures/documents/office/wrapped-2019-libreoffice.pdf', import.meta.url));
const heap = () => process.memoryUsage().heapUsed / 1024 / 1024;

/** The audit's error, and how long and how much heap it took. */
async function refused(bytes: Uint8Array, name: string) {
  const before = heap();
  const t = performance.now();
  const r = (await auditFile(bytes, name)).result;
  return { error: r.error, ms: performance.now() - t, grew: heap() - before, findings: r.findings.length };
}

afterAll(() => stopFileWorker());

describe('a .docx that would inflate far past a report', () => {
  it('declaring 300 MB of paragraphs: refused from its directory, in milliseconds', async () => {
    const bomb = docxBomb(300);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const r = await refused(bomb, 'bomb.docx');
    expect(r.error).toBe('无法审计：Word 文件的部件 word/document.xml 展开后有 300 MB，不像一份年报，未读取');
    expect(r.ms).toBeLessThan(2_000);
  });

  it('lying that it is a kilobyte: stopped as it inflates, past 40 MB', async () => {
    const r = await refused(docxBomb(120, true), 'liar.docx');
    expect(r.error).toBe('无法审计：Word 文件的部件 word/document.xml 展开后超过 40 MB（一份年报的正文不过几 MB），未读取');
    expect(r.ms).toBeLessThan(5_000);
    expect(r.grew).toBeLessThan(100);
  });
});

describe('a .doc whose piece table is hostile', () => {
  it('a real .doc reads (the crafting keeps the file valid)', async () => {
    const r = (await auditFile(docWithPieces(REAL_DOC, { pieces: 3, length: 50 }), 'few.doc')).result;
    expect(r.error).toBeNull();
  });

  it.each([
    ['4,000 pieces repeating one text', { pieces: 4_000, length: 100 }, /^无法审计：Word 文档的文字索引让同一段文字重复了 51 次以上，未读取$/],
    ['one piece of 40 million characters', { pieces: 1, length: 40_000_000 }, /^无法审计：Word 文档声明有 40000000 个字符，远超一份年报，未读取$/],
    ['a table declaring 0xFFFFFFF0 bytes of pieces', { pieces: 2, length: 10, lcb: 0xfffffff0 }, /^无法审计：Word 文档的文字索引损坏（超出表流）$/],
    ['30,000 pieces', { pieces: 30_000, length: 1 }, /^无法审计：Word 文档的文字索引有 30000 段（一份年报不过几百段），未读取$/],
  ])('%s: refused quickly, in words', async (_, o, want) => {
    const r = await refused(docWithPieces(REAL_DOC, o), 'bad.doc');
    expect(r.error).toMatch(want);
    expect(r.ms).toBeLessThan(3_000);
    expect(r.findings).toBeLessThanOrEqual(1);
  });
});

describe('a damaged .doc container', () => {
  it.each(Object.entries(damagedDocs(REAL_DOC)))('%s: “cannot be read”, not “no report”', async (_, bytes) => {
    const r = (await auditFile(bytes, 'damaged.doc')).result;
    expect(r.error).toMatch(/^无法审计：.*(Word 文档|不是 Word|Word 97)/);
    expect(r.isReport).toBe(false);
  });
});

describe('a PDF past any report page', () => {
  it('a page with a million text items: stopped at 40,000', async () => {
    const r = await refused(pdfManyItems(1_000_000), 'items.pdf');
    expect(r.error).toBe('无法审计：PDF 第 1 页的文字对象超过 40000 个（一页年报不过几千个），不像一份年报，未读取');
    expect(r.ms).toBeLessThan(10_000);
  }, 20_000);

  it('a content stream inflating to 400 MB: read within the bounds (pdf.js inflates it in pieces), or refused in words', async () => {
    const bomb = pdfFlateBomb(400);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = await refused(bomb, 'flate.pdf');
    expect(r.ms).toBeLessThan(10_000);
    expect(r.error === null || /^无法审计：PDF/.test(r.error)).toBe(true);
  }, 20_000);
});

describe('the CLI over a folder with a bomb beside good files', () => {
  it('audits the good ones and answers the bomb in Chinese, within 10 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-bombs-'));
    writeFileSync(join(dir, 'a-good.pdf'), REAL_PDF);
    writeFileSync(join(dir, 'b-bomb.docx'), docxBomb(300, true));
    writeFileSync(join(dir, 'c-bomb.doc'), docWithPieces(REAL_DOC, { pieces: 4_000, length: 100 }));
    writeFileSync(join(dir, 'd-good.doc'), REAL_DOC);
    let out = '';
    // the reading thread started (its start is no file's time)
    await auditIsolated(new Uint8Array(REAL_PDF), 'warm.pdf', null, {});
    const t = performance.now();
    const rc = await run([dir, '--format', 'json'], { stdout: (s) => void (out += s), stderr: () => undefined });
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(rc).toBe(2);
    const reports = AuditOutput.parse(JSON.parse(out)).reports;
    expect(reports.map((r) => [r.source.split('/').pop(), r.isReport, r.error?.slice(0, 20) ?? null])).toEqual([
      ['a-good.pdf', true, null],
      ['b-bomb.docx', false, '无法审计：Word 文件的部件 word'],
      ['c-bomb.doc', false, '无法审计：Word 文档的文字索引让同一'],
      ['d-good.doc', true, null],
    ]);
  }, 30_000);
});
