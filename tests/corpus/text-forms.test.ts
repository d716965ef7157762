/**
 * Tables that survive only as text, in the forms real sites and copies produce:
 * rows pasted from Word into paragraphs with tabs between the cells (empty cells
 * between tabs), and a copy of a web page with one cell per line and a blank line
 * between cells. Both read as the tables they were, blanks in their columns.
 * And a report whose cells ran together when the page became text
 * (行政规范性文件8855698): its cells told apart where the column count and the
 * template's arithmetic decide, and said to be undecidable where they do not.
 */
import { describe, expect, it } from 'vitest';
import { auditHtml, parseFullHtml } from '../../lib/node';
import { readFileSync } from 'node:fs';
import { auditText } from '../../lib/pipeline/audit';
import { activeTable, appealsTable, otherText, problemsText, requestBody, requestHeader } from '../helpers/report-html';
import { reportText } from '../helpers/report-text';
import { brokenRelations, mulberry32, randomFilled, type Filled } from '../helpers/template-data';

type Rows = ReturnType<typeof activeTable>;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A report page whose tables were pasted into paragraphs: a row per <p>, cells split by tabs. */
function pastedPage(f: Filled): string {
  const p = (rows: Rows) => rows.map((r) => `<p>${r.map((c) => esc(c.text)).join('\t')}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${f.organ}${f.year}年政府信息公开工作年度报告</title></head><body><div class="TRS_Editor">
<p>${f.organ}${f.year}年政府信息公开工作年度报告</p>
<p>一、总体情况</p><p>${f.year}年，${f.organ}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。</p>
<p>二、主动公开政府信息情况</p>${p(activeTable(f))}
<p>三、收到和处理政府信息公开申请情况</p>${p([...requestHeader(), ...requestBody(f)])}
<p>四、政府信息公开行政复议、行政诉讼情况</p>${p(appealsTable(f))}
<p>五、存在的主要问题及改进情况</p><p>${problemsText(f, '公开内容还不够全面，下一步将加强培训。')}</p>
<p>六、其他需要报告的事项</p><p>${otherText(f)}</p><p>${f.organ}</p><p>${f.year + 1}年1月20日</p></div></body></html>`;
}

/** A copy of a page: every cell on its own line, a blank line between cells. */
function spacedText(f: Filled): string {
  return reportText(f)
    .split('\n')
    .flatMap((line) => (line.includes('\t') ? line.split('\t').flatMap((c) => [c, '']) : [line]))
    .join('\n');
}

const relations = (r: ReturnType<typeof auditText>['result']) =>
  r.findings.filter((x) => /^(row-total|column-total|balance|appeal-total|stock)/.test(x.rule)).flatMap((x) => (x.covers.length ? x.covers : [x.id])).sort();
const oracle = (f: Filled) => brokenRelations(f).map((b) => { const [t, r, c] = b.cell.split('/'); return `${b.family}:${t}:${r}:${c}`; }).sort();

describe.each([
  ['rows pasted into paragraphs with tabs', (f: Filled) => auditHtml(pastedPage(f), 'pasted').result],
  ['one cell per line with blank lines between', (f: Filled) => auditText(spacedText(f), 'spaced').result],
] as const)('%s', (_, audit) => {
  it.each(['2019', '2021'] as const)('a consistent %s report reads clean, its three tables found', (version) => {
    for (const seed of [3, 4, 5]) {
      const r = audit(randomFilled(mulberry32(seed), version, '测试街道'));
      expect(r.tables.map((t) => t.found)).toEqual([true, true, true]);
      expect(r.template).toBe(version);
      expect(r.findings.map((x) => x.id)).toEqual([]);
    }
  });

  it('blank cells stand in their columns, and a changed cell breaks exactly its relations', () => {
    const f = randomFilled(mulberry32(8), '2021', '测试街道');
    // two cells that hold 0, printed blank: one in 表三, one in 表四
    const zero = (prefix: string) => [...f.values].find(([k, v]) => k.startsWith(prefix) && v === 0 && !k.endsWith('total'))![0];
    const blank = [zero('requests/result.withheld'), zero('appeals/')];
    f.raw = new Map(blank.map((k) => [k, '']));
    f.values.set('requests/result.partial/business', f.values.get('requests/result.partial/business')! + 3);
    const r = audit(f);
    expect(relations(r)).toEqual(oracle(f));
    const blanks = r.findings.filter((x) => x.rule === 'blank-cell').flatMap((x) => x.related.map((c) => `${x.table}/${c.row}/${c.col}`));
    expect(blanks.sort()).toEqual(blank.sort());
  });
});

/** As crawlers and `textContent` leave a page: a row per line, the cells of a row run together. */
const ranTogether = (text: string) => text.split('\n').map((l) => l.replace(/\t/g, '')).join('\n');

/** The text of a fixture page the same way: its cells' text joined, a line per row and paragraph. */
function pageRanTogether(name: string): string {
  const doc = parseFullHtml(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8'));
  for (const c of Array.from(doc.querySelectorAll('td,th'))) c.textContent = (c.textContent ?? '').replace(/\s+/g, '');
  for (const e of Array.from(doc.querySelectorAll('tr,p,h1,h2,h3,div'))) e.insertAdjacentText('afterend', '\n');
  return (doc.body.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n');
}

const cellsOf = (a: ReturnType<typeof auditText>) => {
  const out = new Map<string, number | null>();
  for (const t of ['active', 'requests', 'appeals'] as const) for (const c of a.model!.mapping.tables[t].cells.values()) out.set(`${t}/${c.row}/${c.col}`, c.blank ? null : c.value);
  return out;
};

describe('cells that ran together', () => {
  it('a published report (report-2021-cms) as crawlers leave it: 表三 and 表四 told apart exactly; the 表二 row no arithmetic decides is said, not guessed', () => {
    const text = pageRanTogether('report-2021-cms.html');
    expect(text).toContain('行政规范性文件02422');
    const a = auditText(text, 'crawled.txt');
    expect(a.result.isReport).toBe(true);
    expect(a.result.findings.map((f) => [f.id, f.severity, f.message])).toEqual([
      ['shape:run-together-undecided:active', 'warning', '表二有 1 行的单元格数字连在一起、无法确定如何分开，未核对：行政规范性文件「02422」（另有 1 行已分开）'],
      ['shape:run-together:requests', 'notice', '表三的单元格数字连在一起，已按列数和勾稽关系分开 25 行'],
      ['shape:run-together:appeals', 'notice', '表四的单元格数字连在一起，已按列数和勾稽关系分开 1 行'],
    ]);
    // every cell read is the cell the page printed; only the undecided row is absent
    const page = cellsOf(auditHtml(readFileSync(new URL('../fixtures/pages/report-2021-cms.html', import.meta.url), 'utf8'), 'page'));
    const read = cellsOf(a);
    const missing = [...page.keys()].filter((k) => !read.has(k));
    expect(missing).toEqual(['active/art20_1.normative/issued', 'active/art20_1.normative/repealed', 'active/art20_1.normative/in_force']);
    for (const [k, v] of read) expect([k, v]).toEqual([k, page.get(k)]);
  });

  it('a report with errors and blank cells (the sample): its errors still found; the row whose blanks vanished is said to be undecidable', () => {
    const a = auditText(pageRanTogether('sample-report.html'), 'sample.txt');
    const ids = a.result.findings.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['row-total:requests:new:total', 'row-total:requests:result.disclosed:total', 'shape:run-together-undecided:requests']));
    const undecided = a.result.findings.find((f) => f.id === 'shape:run-together-undecided:requests')!;
    expect(undecided.message).toContain('（七）总计「3」');
    // the sections, the dates and the organ are read as ever
    expect(a.result).toMatchObject({ organ: '上塘街道', year: 2020, datedOn: '2021-01-28' });
    expect(ids.filter((id) => id.startsWith('section'))).toEqual([]);
  });

  it.each(['2019', '2021'] as const)('random consistent %s reports: no cell read wrong, no error, 表三 and 表四 told apart', (version) => {
    let told = 0;
    let rows = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const f = randomFilled(mulberry32(seed), version, '测试街道');
      const a = auditText(ranTogether(reportText(f)), 'm.txt');
      expect(a.result.tables.map((t) => t.found)).toEqual([true, true, true]);
      for (const [k, v] of cellsOf(a)) expect([k, v]).toEqual([k, f.values.get(k)]);
      expect(a.result.findings.filter((x) => x.severity === 'error')).toEqual([]);
      for (const t of ['requests', 'appeals'] as const) {
        rows += a.model!.mapping.tables[t].rows.length;
        told += new Set([...a.model!.mapping.tables[t].cells.values()].map((c) => c.row)).size;
      }
    }
    // whatever is left undecided is said so; nearly every row is told apart
    expect(told / rows).toBeGreaterThan(0.95);
  });

  it('a changed cell: every relation flagged is one it breaks, or its rows are said to be undecidable, never a wrong reading', () => {
    let found = 0;
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const f = randomFilled(mulberry32(seed), '2021', '测试街道');
      const key = seed % 2 ? 'requests/result.withheld.2/research' : 'appeals/counts/review.upheld';
      f.values.set(key, f.values.get(key)! + 3);
      const r = auditText(ranTogether(reportText(f)), 'm.txt').result;
      const flagged = relations(r);
      for (const id of flagged) expect(oracle(f)).toContain(id);
      const undecided = r.findings.some((x) => x.rule === 'shape:run-together-undecided' && x.table === key.split('/')[0]);
      expect(flagged.length > 0 || undecided).toBe(true);
      if (flagged.length) found++;
    }
    // a changed 表三 cell breaks its row's total: the row is then undecided; 表四's single-digit row is read and flagged
    expect(found).toBeGreaterThan(0);
  });
});
