/**
 * The letter an office can send (issue 24, item 8): one .docx 问题清单 per organ, its findings numbered by
 * table with the row as printed, what is needed and the reviewer's note, dismissed findings left out. Read
 * back from the .docx's own XML, and opened in LibreOffice where it is installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { auditHtml } from '../../lib/node';
import { applyReviews } from '../../lib/result/review';
import { letterPlans, lettersZip, listed, toLetters } from '../../lib/result/format/letter';
import { culpritText, findingMessage } from '../../lib/result/wording';
import type { ReportResult } from '../../lib/result/schema';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const AT = new Date(2026, 11, 3, 10);
const DISMISSED = 'row-total:requests:result.disclosed:total';
const NOTE = '已电话核实：申请人合计为 2 件，总计栏漏填一件。';
/** Seed 000 as an auditor reviewed it: 予以公开·总计 dismissed as 误报, 本年新收·总计 confirmed with a note. */
const REVIEWED_000 = () =>
  applyReviews(auditText(fixture('000_dccf7277737237a5.txt'), 'https://www.example.gov.cn/zwgk/2020/ndbg.html').result, {
    [DISMISSED]: { status: 'dismissed', note: '误报：申请人合计含另一机关的件数' },
    'row-total:requests:new:total': { status: 'confirmed', note: NOTE },
  });
const R000 = REVIEWED_000();
const R003 = applyReviews(auditText(fixture('003_c3aabf95d6dbbe44.txt'), 'seed-003').result, {});
const ORIGINAL_000 = auditText(fixture('000_dccf7277737237a5.txt'), 'x').result;

/** The text of a .docx's paragraphs, from word/document.xml (each paragraph's runs joined). */
function docxParagraphs(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain('word/document.xml');
  const xml = strFromU8(files['word/document.xml']!);
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('')).filter(Boolean);
}

describe('the letter, read from the .docx', () => {
  it('one letter for one report: title, organ, intro, findings numbered by table with the row as printed, what is needed, the note', async () => {
    const [letter, ...more] = await toLetters([R000], 'zh', AT);
    expect(more).toHaveLength(0);
    expect(letter!.organ).toBe('上塘街道');
    expect(letter!.stem).toBe('上塘街道问题清单');
    expect(letter!.items).toBe(5);
    expect(docxParagraphs(letter!.bytes)).toEqual([
      '关于上塘街道2020年政府信息公开工作年度报告问题的清单',
      '上塘街道：',
      '经审核你单位发布的《2020年上塘街道政府信息公开工作年度报告》，发现以下 5 个问题，请逐项对照原文核实。',
      '网址：https://www.example.gov.cn/zwgk/2020/ndbg.html',
      '表三 收到和处理政府信息公开申请情况',
      '1．【错误】本年新收申请：总计填报 1，各类申请人合计为 2',
      '位置：表三 · 本年新收申请 · 总计',
      '报告所列：',
      ...['项目', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      ...['一、本年新收政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '1'],
      '应为：2（报告填报 1）',
      // the joint correction no longer rests on the dismissed 予以公开·总计
      '更正建议：表三 · 本年新收申请 · 总计 可能有误：应为 2。需同时更正：表三 · 本年新收申请 · 总计 改为 2、表三 · 办理结果总计 · 总计 改为 3',
      `审核意见：${NOTE}`,
      '2．【错误】办理结果总计·总计：空白（按 0 计），应为 3（涉及行合计与勾稽关系）',
      '位置：表三 · 办理结果总计 · 总计',
      '报告所列：',
      ...['项目', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      ...['（七）总计', '3', '空白', '空白', '空白', '空白', '空白', '空白'],
      '应为：3（报告此格空白）',
      '更正建议：表三 · 办理结果总计 · 总计 可能有误：应为 3。需同时更正：表三 · 本年新收申请 · 总计 改为 2、表三 · 办理结果总计 · 总计 改为 3',
      '3．【警告】正文称收到信息公开申请 2，表三「本年新收申请·总计」为 1；正文与表格的算术一致：该格应为 2',
      '位置：表三 · 本年新收申请 · 总计',
      '原文：“本年度共接到依申请公开2，内容涉及拆迁协议，均已按时回复。”',
      '报告所列：',
      ...['项目', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      ...['一、本年新收政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '1'],
      '应为：2（报告填报 1）',
      '4．【提示】表三有 131 个单元格未填数字（空白、“—”或“无”，按 0 计）',
      '位置：表三 收到和处理政府信息公开申请情况',
      '正文',
      '5．【警告】「一、2020年政务公开工作完成情况及成效」序号一与前面的标题重复，编号重新开始',
      '原文：“一、2020年政务公开工作完成情况及成效”',
      '请核实后更正报告并重新发布，同时将更正情况反馈。',
      '2026年12月3日',
      '本清单共 5 项，依据政府信息公开工作年度报告国家模板的填报要求和表格之间的勾稽关系整理；审核人员认定为误报的问题未列入。',
    ]);
  });

  it('dismissed findings are left out, even when the export keeps them', async () => {
    const kept = applyReviews(ORIGINAL_000, { [DISMISSED]: { status: 'dismissed', note: '误报' } }, { includeDismissed: true });
    const text = docxParagraphs((await toLetters([kept], 'zh', AT))[0]!.bytes).join('\n');
    expect(text).not.toContain('予以公开：总计填报 0');
    expect(text).not.toContain('予以公开 · 总计 改为 3');
    expect(text).toContain('发现以下 5 个问题');
  });

  it('needs-review findings: left out unless the auditor confirmed them', () => {
    const doubtful = (status: 'open' | 'confirmed') => ({ ...ORIGINAL_000.findings[0]!, needsReview: true, reason: '表格行无法确定', review: { status, note: '' } });
    expect(listed(doubtful('open'))).toBe(false);
    expect(listed(doubtful('confirmed'))).toBe(true);
    const r = { ...ORIGINAL_000, findings: [doubtful('open')] };
    expect(letterPlans([r])).toEqual([]);
  });

  it('a selection of several organs: one letter each; an organ\'s years in one letter, numbered through', async () => {
    const earlier: ReportResult = { ...R000, year: 2019, title: '2019年上塘街道政府信息公开工作年度报告', source: 'seed-000-2019' };
    const letters = await toLetters([R000, R003, earlier], 'zh', AT);
    expect(letters.map((l) => [l.organ, l.items])).toEqual([
      ['上塘街道', 10],
      ['龙门街道', 4],
    ]);
    const text = docxParagraphs(letters[0]!.bytes);
    expect(text[0]).toBe('关于上塘街道2019、2020年政府信息公开工作年度报告问题的清单');
    // each report under its own heading, the earlier year first, numbers running on
    const i2019 = text.indexOf('《2019年上塘街道政府信息公开工作年度报告》');
    const i2020 = text.indexOf('《2020年上塘街道政府信息公开工作年度报告》');
    expect(i2019).toBeGreaterThan(0);
    expect(i2020).toBeGreaterThan(i2019);
    expect(text.slice(i2020)).toContain('6．【错误】本年新收申请：总计填报 1，各类申请人合计为 2');
    // 表四 is laid out as the template does: a line per group, the items as columns
    const four = docxParagraphs(letters[1]!.bytes);
    expect(four.slice(four.indexOf('报告所列：') + 1, four.indexOf('报告所列：') + 13)).toEqual(['项目', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '行政复议', '0', '0', '0', '0', '0']);
    // several letters as one download: a zip holding each organ's .docx
    expect(Object.keys(unzipSync(lettersZip(letters))).sort()).toEqual(['上塘街道问题清单.docx', '龙门街道问题清单.docx']);
  });

  it('in English from the en locale', async () => {
    const text = docxParagraphs((await toLetters([R000], 'en', AT))[0]!.bytes);
    expect(text.slice(0, 3)).toEqual([
      'Issues in the government information disclosure annual report of 上塘街道, 2020',
      'To: 上塘街道',
      'We have reviewed “2020年上塘街道政府信息公开工作年度报告” as published and found the 5 issues listed below. Please check each one against the original.',
    ]);
    expect(text).toContain('1. [error] New requests: total printed 1, the applicant columns add up to 2');
    expect(text).toContain('Needed: 2 (the report prints 1)');
    expect(text).toContain("Reviewer's note: " + NOTE);
    expect(text).toContain('2026-12-03');
    expect(text.join('\n')).not.toMatch(/\bletter_|\bx_[a-z]|\bui_/);
  });

  it('no letter of any fixture holds U+200B', async () => {
    const dir = new URL('../fixtures/', import.meta.url);
    const seeds = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => auditText(fixture(n), n).result);
    const pages = readdirSync(new URL('pages/', dir)).filter((n) => n.endsWith('.html')).map((n) => auditHtml(fixture(`pages/${n}`), `http://localhost/${n}`, `http://localhost/${n}`).result);
    for (const lang of ['zh', 'en'] as const) {
      const letters = await toLetters([...seeds, ...pages].map((r) => applyReviews(r, {})), lang, AT);
      expect(letters.length).toBeGreaterThan(8);
      for (const l of letters) expect(strFromU8(unzipSync(l.bytes)['word/document.xml']!)).not.toContain('\u200b');
    }
  });

  it('nothing to list, no letter', async () => {
    expect(await toLetters([{ ...R000, findings: [] }], 'zh', AT)).toEqual([]);
  });
});

/** LibreOffice, where installed (this machine has /usr/bin/soffice; CI has none and skips). */
const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync) ?? null;

/** The letter as LibreOffice reads it: converted to text with a profile of its own (other runs may hold the default one). */
function sofficeConvert(docx: Uint8Array, to: 'txt:Text' | 'pdf', dir: string): string {
  const file = join(dir, 'letter.docx');
  writeFileSync(file, docx);
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
  return join(dir, to === 'pdf' ? 'letter.pdf' : 'letter.txt');
}

describe.skipIf(!SOFFICE)(`the letter opened in LibreOffice${SOFFICE ? '' : ' (skipped: soffice is not installed)'}`, () => {
  it('holds the title, the organ, every undismissed finding\'s message and no dismissed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-letter-'));
    try {
      for (const lang of ['zh', 'en'] as const) {
        const [letter] = await toLetters([R000], lang, AT);
        const text = readFileSync(sofficeConvert(letter!.bytes, 'txt:Text', dir), 'utf8').replace(/^\uFEFF/, '');
        const lines = text.split(/\r?\n/);
        expect(lines[0]).toBe(lang === 'zh' ? '关于上塘街道2020年政府信息公开工作年度报告问题的清单' : 'Issues in the government information disclosure annual report of 上塘街道, 2020');
        expect(lines[1]).toBe(lang === 'zh' ? '上塘街道：' : 'To: 上塘街道');
        const open = R000.findings.filter(listed);
        expect(open).toHaveLength(5);
        for (const f of open) expect(text, f.id).toContain(findingMessage(f, lang));
        const dismissed = applyReviews(ORIGINAL_000, {}).findings.find((f) => f.id === DISMISSED)!;
        expect(text).not.toContain(findingMessage(dismissed, lang));
        expect(text).not.toContain(culpritText(dismissed, lang)!);
        expect(text).toContain(NOTE);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

if (!SOFFICE) console.warn('letter.test.ts: LibreOffice (soffice) not found; the test that opens the letter in it is skipped.');
