/**
 * 表三's row labels listed one after the other with no value between them, then a row's values (lib/template/read-runs.ts
 * doubtListedRow). Two texts give that: a report whose zeros were printed blank, in text that keeps no blank cells (its
 * rows keep their totals), and a PDF's text made a column at a time (pdfminer.six's boxes: the labels listed, then a
 * stretch of another column's numbers after the last, which breaks its total). The second is unread, not an error; the
 * first is read as printed, and a row broken after fewer listed labels is still said at its cell.
 */
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';
import type { ReportResult } from '../../lib/result/schema';
import { APPLICANT_COLS, resultLeafRows } from '../../lib/template/layout';
import { toTextForm } from '../helpers/flatten';
import { renderReport } from '../helpers/report-html';
import { type Filled, mulberry32, randomFilled } from '../helpers/template-data';

/**
 * A 2021 report whose 表三 rows are zeros but for 予以公开 and 4.保护第三方合法权益 (every applicant's cell filled, so text
 * that keeps no blank cells still knows their columns), and the given rows' (a value in each column, 1 to 6); the totals
 * made again, 表三's zeros printed blank.
 */
function withRows(filled: string[]): Filled {
  const f = randomFilled(mulberry32(41), '2021', '测试街道');
  const v = f.values;
  const key = (r: string, c: string) => `requests/${r}/${c}`;
  for (const r of resultLeafRows('2021')) {
    APPLICANT_COLS.forEach((c, i) => v.set(key(r, c), ['result.disclosed', 'result.withheld.4', ...filled].includes(r) ? i + 1 : 0));
  }
  for (const c of APPLICANT_COLS) {
    const total = resultLeafRows('2021').reduce((s, r) => s + v.get(key(r, c))!, 0);
    v.set(key('result.total', c), total);
    v.set(key('carried_in', c), 0);
    v.set(key('carried_out', c), 0);
    v.set(key('new', c), total);
  }
  for (const r of ['new', 'carried_in', ...resultLeafRows('2021'), 'result.total', 'carried_out']) {
    v.set(key(r, 'total'), APPLICANT_COLS.reduce((s, c) => s + v.get(key(r, c))!, 0));
  }
  f.raw = new Map([...v].filter(([k, n]) => n === 0 && k.startsWith('requests/')).map(([k]) => [k, '']));
  return f;
}

const serious = (r: ReportResult) => r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.cell?.row}/${f.cell?.col}`);
const unread = (r: ReportResult) => r.findings.filter((f) => f.rule === 'shape:unreadable-rows' && f.needsReview).map((f) => f.message);

function audits(f: Filled) {
  const html = renderReport(f, 'word', mulberry32(41));
  const text = auditText(toTextForm(html, 'fragments'), 'r.txt');
  return { page: auditHtml(html, 'r.html').result, text: text.result, cells: text.model!.mapping.tables.requests.cells };
}

describe('表三 labels listed with no value between them, then a row’s values', () => {
  it('a report whose zeros were printed blank: the row after the list read as printed, nothing said', () => {
    const { page, text, cells } = audits(withRows([]));
    expect(serious(page)).toEqual([]);
    expect(serious(text)).toEqual([]);
    expect(unread(text)).toEqual([]);
    expect(cells.get('result.withheld.4/natural')?.value).toBe(1);
    expect(cells.get('result.withheld.4/total')?.value).toBe(21);
  });

  it('values after the list that break the row’s own total: the row unread (needs review), no row-total error', () => {
    const f = withRows([]);
    f.values.set('requests/result.withheld.4/total', 99);
    const { page, text, cells } = audits(f);
    expect(serious(page)).toContain('row-total result.withheld.4/total');
    expect(serious(text).filter((s) => s.includes('withheld.4'))).toEqual([]);
    expect(unread(text).join().normalize('NFKC')).toContain('4.保护第三方合法权益「1 2 3 4 5 6 99」');
    expect(cells.has('result.withheld.4/total')).toBe(false);
  });

  it('two labels listed (1.属于国家秘密 printed with values): the broken row is said at its cell as on the page', () => {
    const f = withRows(['result.withheld.1']);
    f.values.set('requests/result.withheld.4/total', 99);
    const { page, text } = audits(f);
    expect(serious(page)).toContain('row-total result.withheld.4/total');
    expect(serious(text)).toEqual(serious(page));
  });
});
