/**
 * A scan's words as an OCR engine gives them (boxes in pixels, confidences) laid out as a PDF's text
 * (lib/readers/ocr.ts) and audited as one (lib/pipeline/files.ts auditOcrPages). The words here are a text
 * PDF's own, moved onto a 150-dpi page image: read whole and sure, the audit equals the text PDF's; a digit read
 * wrong with low confidence sends what rests on it to needs review, with its image, out of the verdict.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile, NODE_FILES } from '../../lib/node';
import { auditFile as auditFileWith, auditOcrPages } from '../../lib/pipeline/files';
import { readPdfPages } from '../../lib/readers/pdf';
import { ocrPdfPages, slipsMended, type OcrPage } from '../../lib/readers/ocr';
import { auditSnapshot, snapshotOf, snapshotSchema } from '../../lib/pipeline/snapshot';
import { reasonOf } from '../../lib/result/wording';

const FILE = 'long-2021-chromium.pdf';
const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/documents/${FILE}`, import.meta.url)));
const DPI = 150;
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** The text PDF's items as an engine's words on a DPI page image (origin top left), each sure. */
async function asScan(): Promise<OcrPage[]> {
  const { pages } = await readPdfPages(bytes, await NODE_FILES.pdfjs());
  const k = DPI / 72;
  return pages.map((p) => ({
    width: Math.round(p.width * k),
    height: Math.round(p.height * k),
    dpi: DPI,
    words: p.items.filter((it) => it.str.trim()).map((it) => {
      const size = Math.abs(it.transform[3]!) || it.height;
      const x = it.transform[4]!;
      const y = it.transform[5]!;
      return { text: it.str, box: [x * k, (p.height - y - size) * k, (x + it.width) * k, (p.height - y) * k] as [number, number, number, number], conf: 96 };
    }),
  }));
}

const ids = (r: { findings: { id: string }[] }) => r.findings.map((f) => f.id).sort();

describe('a scan read by OCR, laid out as a PDF', () => {
  it('read whole and sure: the same organ, year, tables and findings as the text PDF, and a notice that OCR read it', async () => {
    const text = (await auditFile(bytes, FILE)).result;
    const scan = auditOcrPages({ engine: 'test', pages: await asScan() }, FILE, null, {}, 5).result;
    expect([scan.organ, scan.year, scan.template, scan.isReport]).toEqual([text.organ, text.year, text.template, true]);
    expect(scan.tables).toEqual(text.tables);
    expect(scan.figures).toEqual(text.figures);
    expect(ids(scan)).toEqual([...ids(text), 'shape:ocr:ocr'].sort());
    const notice = scan.findings.find((f) => f.rule === 'shape:ocr')!;
    expect([notice.severity, notice.message]).toEqual(['notice', '这份 PDF 共 5 页，只有图像（扫描件）：由文字识别读出后核对，0 个数字识别不确定']);
    // arithmetic between cells all read stands; the rest may be the engine's miss: needs review, saying so
    const missable = scan.findings.filter((f) => f.rule !== 'shape:ocr' && !/^(row-total|column-total|subtotal|balance|appeal-total|stock|deadline|cross-year|copied-text)\b/.test(f.rule));
    expect(missable.map((f) => f.rule)).toEqual(['section-content:no-rectification']);
    expect(scan.findings.filter((f) => f.needsReview)).toEqual(missable);
    expect(missable[0]!.reason).toBe('这份报告是扫描件，由文字识别读出：该处可能是识别漏读或错读（表格行缺数、标题或行未识别、空白），不一定是报告本身的问题，请对照原件核对。');
  });

  it('a digit read wrong and unsure: what rests on it needs review, with the word as read and its image; the verdict is the sure reading\'s', async () => {
    const pages = await asScan();
    const text = (await auditFile(bytes, FILE)).result;
    // the first number of 表三's first data row with more than one digit, read as another number with 41% confidence
    const page = pages.find((p) => p.words.some((w) => /本年新收/.test(w.text)))!;
    const label = page.words.find((w) => /本年新收/.test(w.text))!;
    const word = page.words.find((w) => /^\d{2,}$/.test(w.text) && Math.abs(w.box[1] - label.box[1]) < 12)!;
    expect(word).toBeTruthy();
    const printed = word.text;
    word.text = String(Number(printed) + 7);
    word.conf = 41;
    word.image = PNG;
    const audit = auditOcrPages({ engine: 'test', pages }, FILE, null, {}, 5);
    const scan = audit.result;
    const review = scan.findings.filter((f) => f.needsReview && f.rule.startsWith('row-total'));
    expect(review.length).toBeGreaterThan(0);
    for (const f of review) {
      expect(f.reason).toBe(`该数字由扫描图像识别，识别为「${word.text}」，把握 41%：可能读错，请对照原件（或所附图像）核对。`);
      expect(f.evidence?.image).toBe(PNG);
      // and in the reader's language, from the locale files (the panel, CSV, Markdown)
      expect([f.reasonKey, f.reasonArgs]).toEqual(['review_ocr_digit', { text: word.text, conf: 41 }]);
      expect(reasonOf(f, 'en')).toBe(`This number was read from the scanned image as "${word.text}" with 41% confidence: it may be misread; check it against the original (or the attached image).`);
      expect(reasonOf(f, 'zh')).toBe(f.reason);
    }
    // needs review is apart: the errors are the sure reading's
    expect(scan.counts.error).toBe(text.counts.error);
    expect(scan.findings.find((f) => f.rule === 'shape:ocr')!.args).toMatchObject({ doubts: 1 });

    // audited again from its stored snapshot (the history beside other reports, the viewer, the dashboard): the same
    // findings, the same ones in needs review with the same image — the doubt is kept with the reading
    const stored = snapshotSchema().parse(JSON.parse(JSON.stringify(snapshotOf(audit.input!.blocks, audit.input!.meta, scan.file))));
    const again = auditSnapshot(stored, FILE).result;
    const said = (r: typeof scan) => r.findings.map((f) => [f.id, f.severity, f.needsReview ?? false, f.evidence?.image ?? null]);
    expect(said(again)).toEqual(said(scan));
    expect(again.counts).toEqual(scan.counts);
  });

  it('OCR\'s slips inside a number put right and said as doubt (l2 → 12, O → 0); words that are not numbers left alone', () => {
    expect(['l2', '1O5', 'S0', '12', '本年', 'IO', 'l'].map(slipsMended)).toEqual(['12', '105', '50', null, null, null, null]);
    const { pages, doubts } = ocrPdfPages([{ width: 1000, height: 1000, dpi: 144, words: [
      { text: 'l2', box: [100, 100, 140, 120], conf: 93 },
      { text: '合计', box: [10, 100, 60, 120], conf: 30 },
      { text: '8', box: [200, 100, 210, 120], conf: 99 },
    ] }]);
    // 144 dpi → half a pixel a point; the page 500 points high, y from its foot
    expect(pages[0]!.items.map((i) => [i.str, i.transform[4], i.transform[5], i.width])).toEqual([['12', 50, 440, 20], ['合计', 5, 440, 25], ['8', 100, 440, 5]]);
    expect(doubts).toEqual([{ page: 1, box: [50, 440, 70, 450], text: 'l2', conf: 93 }]);
  });
});

describe('a scan where OCR cannot run', () => {
  const scan = new Uint8Array(readFileSync(new URL('../fixtures/documents/scan-2019-chromium.pdf', import.meta.url)));

  it('no engine installed: said to be a scan, as without OCR (a warning naming Tesseract), not a failure', async () => {
    const r = (await auditFileWith(scan, 's.pdf', null, {}, { ...NODE_FILES, ocr: async () => ({ error: '本机没有 Tesseract', missing: true }) })).result;
    expect([r.error, r.verdict, r.findings.map((f) => f.id)]).toEqual([null, 'warn', ['shape:no-text-layer:scan']]);
    expect(r.findings[0]!.message).toBe('这份 PDF 共 3 页，只有图像（扫描件），没有可读取的文字层，无法在此核对；装有文字识别（Tesseract）的命令行工具可读取后核对：nianbao-audit 文件.pdf');
  });

  it('the engine failing on the file: the audit says why, in words', async () => {
    const r = (await auditFileWith(scan, 's.pdf', null, {}, { ...NODE_FILES, ocr: async () => ({ error: 'tesseract: 读取超时' }) })).result;
    expect(r.error).toBe('无法审计：PDF 文件只有图像（扫描件），文字识别未能读取：tesseract: 读取超时');
  });
});
