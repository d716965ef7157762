/**
 * Files that are no report file, or a report in a form not read, answered in words of what they are and what to do:
 * zips that are no Word file (OpenDocument, OFD, Excel, PowerPoint, a plain archive), old Excel and PowerPoint files
 * (the same container as an old Word file), RTF — never a library's English, never read as a text that is no report.
 */
import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import { notWord } from '../../lib/readers/zip';
import { isRtf, RTF_ANSWER } from '../../lib/readers/sniff';
import { zip } from '../helpers/bombs';

const enc = (s: string) => new TextEncoder().encode(s);
/** The error an audit gives (after the pipeline's 无法审计：). */
const errorOf = async (bytes: Uint8Array, name: string) => (await auditFile(bytes, name)).result.error?.replace(/^无法审计：/, '');
const zipOf = (...names: string[]) => zip(names.map((name) => ({ name, chunk: enc('<?xml version="1.0"?><x/>') })));

describe('a zip that is no Word file', () => {
  it('each kind said as what it is', async () => {
    expect(await errorOf(zipOf('mimetype', 'content.xml', 'styles.xml', 'META-INF/manifest.xml'), 'a.odt')).toBe(
      '这是 OpenDocument 文档（.odt 等），不是 Word 文件，暂不能读取：请另存为 Word（.docx）或 PDF 后再审计',
    );
    expect(await errorOf(zipOf('OFD.xml', 'Doc_0/Document.xml', 'Doc_0/Pages/Page_0/Content.xml'), 'a.ofd')).toBe('这是 OFD 版式文件，暂不能读取：请用 OFD 阅读器另存为 PDF 后再审计');
    expect(await errorOf(zipOf('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'), 'a.xlsx')).toBe(
      '这是 Excel 表格（.xlsx），不是年报文件，未读取：请审计年报本身（网页、PDF 或 Word 文件）',
    );
    expect(await errorOf(zipOf('[Content_Types].xml', '_rels/.rels', 'ppt/presentation.xml'), 'a.pptx')).toBe('这是 PowerPoint 演示文稿（.pptx），不是年报文件，未读取');
    expect(await errorOf(zipOf('报告.docx', 'readme.txt'), 'a.zip')).toBe('这是一个压缩包（zip），不是 Word 文件，未读取：请解压后审计其中的年报文件');
  });

  it('a Word file, or a package that may be one, is not named otherwise', () => {
    expect(notWord(['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])).toBeNull();
    // word/ decides before anything else a package holds; case does not matter
    expect(notWord(['mimetype', 'Word/Document.xml'])).toBeNull();
    expect(notWord(['[Content_Types].xml', '_rels/.rels', 'main/document.xml'])).toBeNull();
    expect(notWord(['[CONTENT_TYPES].XML', 'XL/workbook.xml'])).toBe('这是 Excel 表格（.xlsx），不是年报文件，未读取：请审计年报本身（网页、PDF 或 Word 文件）');
  });

  it('a real .docx still reads', async () => {
    const docx = new Uint8Array(readFileSync(new URL('../fixtures/real/office/311_putian-cgj-2023.docx', import.meta.url)));
    const a = await auditFile(docx, '311.docx');
    expect([a.result.error, a.result.isReport, a.result.file?.kind]).toEqual([null, true, 'docx']);
  });
});

describe('an old Excel or PowerPoint file (the container of an old Word file)', () => {
  const ole = (stream: string) => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, `/${stream}`, new Uint8Array(1024).fill(1));
    return Uint8Array.from(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
  };
  it('said as what it is; any other such file is no Word 97–2003 document', async () => {
    expect(await errorOf(ole('Workbook'), 'a.xls')).toBe('这是 Excel 97–2003 表格（.xls），不是年报文件，未读取：请审计年报本身（网页、PDF 或 Word 文件）');
    expect(await errorOf(ole('Book'), 'a.xls')).toBe('这是 Excel 97–2003 表格（.xls），不是年报文件，未读取：请审计年报本身（网页、PDF 或 Word 文件）');
    expect(await errorOf(ole('PowerPoint Document'), 'a.ppt')).toBe('这是 PowerPoint 97–2003 演示文稿（.ppt），不是年报文件，未读取');
    expect(await errorOf(ole('Contents'), 'a.doc')).toBe('不是 Word 97–2003 文档（缺少 WordDocument）');
  });
});

describe('RTF', () => {
  it('isRtf: {\\rtf at the start, after a byte-order mark or spaces', () => {
    expect(isRtf(enc('{\\rtf1\\ansi\\ansicpg936 …'))).toBe(true);
    expect(isRtf(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('{\\rtf1')]))).toBe(true);
    expect(isRtf(enc(' \r\n\t{\\rtf1'))).toBe(true);
    expect(isRtf(enc('x{\\rtf1'))).toBe(false);
    expect(isRtf(enc('{\\rt'))).toBe(false);
    expect(isRtf(enc('{\\rtx1'))).toBe(false);
    expect(isRtf(enc(`${' '.repeat(65)}{\\rtf1`))).toBe(false);
    expect(isRtf(enc(`${' '.repeat(64)}{\\rtf1`))).toBe(true);
  });

  it('an RTF report is answered as not read, not audited as a text that is no report', async () => {
    const rtf = enc('{\\rtf1\\ansi\\ansicpg936{\\fonttbl}\\pard 2023\\u24180?\\par 一、总体情况\\par}');
    const a = await auditFile(rtf, '年报.rtf');
    expect(a.result.error).toBe(`无法审计：${RTF_ANSWER}`);
    expect(a.result.isReport).toBe(false);
    // the bytes decide, not the name nor a hint (names and content types lie)
    expect((await auditFile(rtf, '年报.html', null, {}, null, 'html')).result.error).toBe(`无法审计：${RTF_ANSWER}`);
    // a text that only mentions {\rtf later is a text
    expect((await auditFile(enc('年报正文 {\\rtf1} 示例'), 'a.txt')).result.error).toBeNull();
  });
});
