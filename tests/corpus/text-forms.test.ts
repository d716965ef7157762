/**
 * Tables that survive only as text, in the forms real sites and copies produce:
 * rows pasted from Word into paragraphs with tabs between the cells (empty cells
 * between tabs), and a copy of a web page with one cell per line and a blank line
 * between cells. Both read as the tables they were, blanks in their columns.
 */
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';
import { activeTable, appealsTable, requestBody, requestHeader } from '../helpers/report-html';
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
<p>五、存在的主要问题及改进情况</p><p>公开内容还不够全面，下一步将加强培训。</p>
<p>六、其他需要报告的事项</p><p>无。</p><p>${f.organ}</p><p>${f.year + 1}年1月20日</p></div></body></html>`;
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
