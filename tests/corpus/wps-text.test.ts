/**
 * The text of real WPS 文字 PDFs as pdftotext sets it (tests/fixtures/real/wps-text/README.md): read beside the PDF it
 * was made from, no error or warning the PDF lacks; with -layout and -raw every finding the PDF has and its verdict;
 * without options (表三's cells a line each, in the order WPS drew them) what cannot be read is said in review.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../../lib/result/schema';
import { auditAt, auditWholeAt, cellsOf, findingKeys as findings } from '../helpers/file-audit';

const ROOT = new URL('../fixtures/real/', import.meta.url);
const TEXTS = readdirSync(new URL('wps-text/', ROOT)).filter((f) => f.endsWith('.txt')).sort();
const counted = (r: ReportResult) => findings(r).filter((f) => !f.includes(' review') && !f.includes(' notice'));
const pdfOf = (file: string) => `jiangsu-shanghai/${file.replace(/\.(layout|plain|raw)\.txt$/, '.pdf')}`;

describe('text of real WPS PDFs', () => {
  it('holds the nine texts the README names', () => {
    expect(TEXTS).toEqual(
      ['902_huaian-hzq-2023', '903_huaian-hzq-2024', '905_huaian-szf-2024'].flatMap((n) => ['layout', 'plain', 'raw'].map((f) => `${n}.${f}.txt`)).sort(),
    );
  });

  it.each(TEXTS)('%s: no error or warning its PDF lacks', async (file) => {
    const pdf = await auditAt(ROOT, pdfOf(file));
    const text = await auditAt(ROOT, `wps-text/${file}`);
    expect([text.isReport, text.organ, text.year, text.template]).toEqual([true, pdf.organ, pdf.year, pdf.template]);
    const mine = counted(text);
    expect(mine.filter((f) => !counted(pdf).includes(f))).toEqual([]);
    if (file.endsWith('.plain.txt')) {
      // what is missed is unread, and said so
      if (mine.length < counted(pdf).length) expect(text.findings.some((f) => f.needsReview)).toBe(true);
    } else {
      expect(mine).toEqual(counted(pdf));
      expect(text.verdict).toBe(pdf.verdict);
    }
  });

  it('905 -layout: a label wrapped around its values (1、… / (blank) / 正、… 67 3 0 0 1 0 71 / 息公开申请) is its row', async () => {
    const a = await auditWholeAt(ROOT, 'wps-text/905_huaian-szf-2024.layout.txt');
    const cells = cellsOf(a, 'requests');
    expect(['natural', 'business', 'legal_service', 'total'].map((c) => cells.get(`result.other.1/${c}`))).toEqual([67, 3, 1, 71]);
    expect(a.result.findings.filter((x) => x.severity !== 'notice')).toEqual([]);
  });
});
