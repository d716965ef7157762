/**
 * Blank totals whose parts hold numbers, in every markup: each is a finding saying what the total should
 * hold (「空白（按 0 计），应为 10」), whatever else around it is blank; a relation whose printed cells already
 * disagree fails whatever else is blank; only what would be computed from nothing but blanks stays silent.
 * And tables drawn as one <p> per cell, in the ways CMS editors draw them, read as the tables they are.
 */
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { activeTable, appealsTable, MARKUPS, otherText, problemsText, renderReport, requestBody, requestHeader } from '../helpers/report-html';
import { mulberry32, randomFilled, type Filled } from '../helpers/template-data';

const COLS = ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total'];

/** A 2021 report whose 表三 is blank but for the cells named. */
function sparse(cells: Record<string, number | string>): Filled {
  const f = randomFilled(mulberry32(3), '2021', '测试局');
  f.raw = new Map();
  for (const k of f.values.keys()) if (k.startsWith('requests/')) f.raw.set(k, '');
  for (const [k, v] of Object.entries(cells)) {
    if (typeof v === 'number') {
      f.raw.delete(`requests/${k}`);
      f.values.set(`requests/${k}`, v);
    } else f.raw.set(`requests/${k}`, v);
  }
  return f;
}

const serious = (html: string) => {
  const r = auditHtml(html, 'p').result;
  // the engine's own stages never fail on a report (a stage's exception is caught and said in `error`)
  expect(r.error).toBeNull();
  return r.findings.filter((f) => f.severity !== 'notice').map((f) => [f.id, f.message, [...f.covers].sort()]);
};

describe.each(MARKUPS)('blank totals in %s markup', (markup) => {
  const audit = (f: Filled) => serious(renderReport(f, markup, mulberry32(1)));

  it('上年结转: 法律服务机构 10, 总计 “/”', () => {
    expect(audit(sparse({ 'carried_in/legal_service': 10, 'carried_in/total': '/', 'carried_out/legal_service': 10, 'carried_out/total': 10 }))).toEqual([
      ['row-total:requests:carried_in:total', '上年结转申请·总计：空白（按 0 计），应为 10（涉及行合计与勾稽关系）', ['balance:requests:result.total:total', 'row-total:requests:carried_in:total']],
    ]);
  });

  it('（三）6: 其他 10, 总计 “—”', () => {
    expect(audit(sparse({ 'new/other_org': 10, 'new/total': 10, 'result.withheld.6/other_org': 10, 'result.withheld.6/total': '—', 'result.total/other_org': 10, 'result.total/total': 10 }))).toEqual([
      ['row-total:requests:result.withheld.6:total', '不予公开·属于四类过程性信息·总计：空白（按 0 计），应为 10（涉及行合计与列合计）', ['column-total:requests:result.total:total', 'row-total:requests:result.withheld.6:total']],
    ]);
  });

  it('（七）总计 printed blank, or 0, under result rows that hold numbers', () => {
    const parts = { 'new/natural': 10, 'new/total': 10, 'result.disclosed/natural': 10, 'result.disclosed/total': 10 };
    const blank = audit(sparse(parts));
    expect(blank.map((x) => x[0])).toEqual(['column-total:requests:result.total:*']);
    expect(blank[0]![1]).toBe('表三「办理结果总计」行有 2 格空白（按 0 计），按各列已填数字应为：自然人 10、总计 10');
    expect(blank[0]![2]).toEqual(['balance:requests:result.total:natural', 'balance:requests:result.total:total', 'column-total:requests:result.total:natural', 'column-total:requests:result.total:total']);
    expect(audit(sparse({ ...parts, 'result.total/natural': 0, 'result.total/total': 0 })).map((x) => x[0])).toEqual([
      'column-total:requests:result.total:natural',
      'column-total:requests:result.total:total',
    ]);
  });

  it('the balance 0 + 10 ≠ 0 + 0 fails beside blank cells', () => {
    const f = sparse({ 'new/natural': 0, 'new/total': 0, 'carried_in/natural': 10, 'carried_in/total': 10, 'result.total/natural': 0, 'result.total/total': 0, 'carried_out/natural': 0, 'carried_out/total': 0 });
    expect(audit(f).map((x) => x[0])).toEqual(['balance:requests:result.total:natural', 'balance:requests:result.total:total']);
  });

  it('nothing from blanks alone: a blank total over blank parts says nothing', () => {
    expect(audit(sparse({}))).toEqual([]);
  });
});

describe('tables drawn one <p> per cell, as CMS editors draw them', () => {
  type Rows = ReturnType<typeof activeTable>;
  const page = (f: Filled, row: (cells: string[]) => string) => {
    const rows = (rs: Rows) => rs.map((r) => row(r.map((c) => c.text))).join('\n');
    return `<html><head><title>测试街道${f.year}年政府信息公开工作年度报告</title></head><body><div class="TRS_Editor"><p>测试街道${f.year}年政府信息公开工作年度报告</p>
<p>一、总体情况</p><p>${f.year}年，测试街道扎实推进政府信息公开工作。</p><p>二、主动公开政府信息情况</p>${rows(activeTable(f))}
<p>三、收到和处理政府信息公开申请情况</p>${rows([...requestHeader(), ...requestBody(f)])}
<p>四、政府信息公开行政复议、行政诉讼情况</p>${rows(appealsTable(f))}
<p>五、存在的主要问题及改进情况</p><p>${problemsText(f, '公开内容还不够全面，下一步将加强培训。')}</p><p>六、其他需要报告的事项</p><p>${otherText(f)}</p><p>测试街道</p><p>${f.year + 1}年1月20日</p></div></body></html>`;
  };
  const cell = (t: string) => t || '&nbsp;';
  it.each([
    ['a <div> per row, a <p> per cell', (cs: string[]) => `<div>${cs.map((c) => `<p>${cell(c)}</p>`).join('')}</div>`],
    ['a <p> per row, cells ending in <br>', (cs: string[]) => `<p>${cs.map((c) => `${cell(c)}<br>`).join('')}</p>`],
    ['a <p> per cell, centred, no row at all', (cs: string[]) => cs.map((c) => `<p style="text-align:center">${cell(c)}</p>`).join('')],
  ])('%s: a consistent report reads clean; a changed cell gives what the real table gives', (_, row) => {
    for (const version of ['2019', '2021'] as const) {
      const f = randomFilled(mulberry32(8), version, '测试街道');
      expect(serious(page(f, row))).toEqual([]);
      f.values.set('requests/result.partial/natural', f.values.get('requests/result.partial/natural')! + 2);
      const table = serious(renderReport(f, 'cms', mulberry32(8)));
      expect(table.length).toBe(1);
      expect(table[0]![2]).toContain('row-total:requests:result.partial:total');
      expect(serious(page(f, row))).toEqual(table);
    }
  });
});
