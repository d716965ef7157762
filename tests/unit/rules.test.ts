/** Each rule on a small report where exactly its relation is broken. */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { CODES, RULES } from '../../lib/rules';
import { FAMILIES } from '../../lib/result/schema';
import { orgSubtotalText, reportText } from '../helpers/report-text';
import { mulberry32, randomFilled, type Filled } from '../helpers/template-data';
import { resultLeafRows } from '../../lib/template/layout';

const base = (version: '2019' | '2021' = '2019', seed = 5): Filled => randomFilled(mulberry32(seed), version, '测试街道');
const run = (text: string) => auditText(text, 'test').result;
const ids = (text: string) => run(text).findings.map((f) => f.id);
const bump = (f: Filled, key: string, by: number) => f.values.set(key, f.values.get(key)! + by);

describe('rule registry', () => {
  it('every rule has an id, a known family, and its codes each with a severity and both descriptions', () => {
    const seen = new Set<string>();
    for (const r of RULES) {
      expect(seen.has(r.id), r.id).toBe(false);
      seen.add(r.id);
      expect(FAMILIES).toContain(r.family);
      expect(Object.keys(r.codes).length, r.id).toBeGreaterThan(0);
      for (const [code, c] of Object.entries(r.codes)) {
        expect(code.split(':')[0], code).toBe(r.family);
        expect(['error', 'warning', 'notice']).toContain(c.severity);
        expect(c.zh.length, code).toBeGreaterThan(5);
        expect(c.en.length, code).toBeGreaterThan(5);
      }
    }
    expect(CODES.size).toBe(RULES.reduce((n, r) => n + Object.keys(r.codes).length, 0));
  });

  it('a consistent report gives nothing', () => {
    expect(ids(reportText(base()))).toEqual([]);
    expect(ids(reportText(base('2021')))).toEqual([]);
  });
});

describe('row-total', () => {
  it('flags the row total with the six applicant cells as related; the balance it breaks too is the same finding', () => {
    const f = base();
    bump(f, 'requests/new/total', 3);
    const r = run(reportText(f));
    expect(r.findings.map((y) => y.id)).toEqual(['row-total:requests:new:total']);
    const x = r.findings[0]!;
    expect(x.severity).toBe('error');
    expect(x.actual).toBe(x.expected! + 3);
    expect(x.covers).toEqual(['row-total:requests:new:total', 'balance:requests:result.total:total']);
    expect(x.related).toEqual([
      ...['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org'].map((col) => ({ row: 'new', col })),
      { row: 'result.total', col: 'total' }, { row: 'carried_in', col: 'total' }, { row: 'carried_out', col: 'total' },
    ]);
    expect(x.message).toBe(`本年新收申请·总计：填报 ${x.actual}，应为 ${x.expected}（涉及行合计与勾稽关系）`);
  });

  it('a relation broken alone keeps its own message; when the data cannot tell the cell, it says so', () => {
    const f = base();
    bump(f, 'appeals/counts/suit_direct.total', 2);
    const [x, ...rest] = run(reportText(f)).findings;
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ id: 'appeal-total:appeals:counts:suit_direct.total', covers: [], culprit: null });
    expect(x!.message).toBe(`行政诉讼（未经复议直接起诉）·总计：总计填报 ${x!.actual}，结果维持、结果纠正、其他结果、尚未审结合计为 ${x!.expected}`);
    expect(x!.repair?.kind).toBe('ambiguous');
  });
});

describe('column-total', () => {
  it('a result item that is off breaks its row and （七）总计 of its column: one finding on the item', () => {
    const f = base();
    bump(f, 'requests/result.withheld.3/business', 1);
    const [x, ...rest] = run(reportText(f)).findings;
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ id: 'row-total:requests:result.withheld.3:business', covers: ['row-total:requests:result.withheld.3:total', 'column-total:requests:result.total:business'] });
  });

  it('nothing is computed from blanks: a total whose parts are all blank is said so, never “应为 0”', () => {
    const f = base();
    // the column's parts are blank while its total says 7; the balance holds with 7
    for (const row of ['result.total', 'new']) {
      f.values.set(`requests/${row}/natural`, f.values.get(`requests/${row}/natural`)! + 7);
      f.values.set(`requests/${row}/total`, f.values.get(`requests/${row}/total`)! + 7);
    }
    f.raw = new Map(resultLeafRows('2019').map((row) => [`requests/${row}/natural`, '']));
    const r = run(reportText(f));
    const x = r.findings.find((y) => y.id === 'column-total:requests:result.total:natural')!;
    expect(x).toMatchObject({ rule: 'column-total:parts-blank', severity: 'warning', expected: null });
    expect(x.message).toBe(`办理结果总计·自然人：填报 ${x.actual}，但参与列合计的各项均为空白，无法核对`);
    expect(r.findings.some((y) => y.expected === 0)).toBe(false);
  });
});

describe('subtotal', () => {
  it('checks a group line the report adds, and uses it for the column total', () => {
    const f = base();
    const text = reportText(f).replace('（三）不予公开\t1.属于国家秘密', '（三）不予公开\t9\t0\t0\t0\t0\t0\t9\n\t1.属于国家秘密');
    const r = run(text);
    expect(r.findings.map((x) => x.rule)).toContain('shape:subtotal-row');
    const sub = r.findings.find((x) => x.id === 'subtotal:requests:result.withheld:natural')!;
    const items = [1, 2, 3, 4, 5, 6, 7, 8].reduce((s, i) => s + f.values.get(`requests/result.withheld.${i}/natural`)!, 0);
    expect([sub.expected, sub.actual]).toEqual([items, 9]);
    expect(sub.related).toHaveLength(8);
  });

  it('checks a 法人或其他组织 subtotal column the report adds', () => {
    const text = orgSubtotalText();
    const r = run(text);
    expect(r.findings.map((x) => x.id)).toContain('subtotal:requests:new:org_subtotal');
    expect(r.findings.map((x) => x.rule)).toContain('shape:subtotal-column');
    expect(r.findings.find((x) => x.id === 'subtotal:requests:new:org_subtotal')).toMatchObject({ expected: 2, actual: 3 });
    // the subtotal column is not an applicant column: the row total still holds

    expect(r.findings.map((x) => x.id)).not.toContain('row-total:requests:new:total');
  });
});

describe('balance', () => {
  it('flags （七）总计 with the four cells of 一+二=三+四 as related', () => {
    const f = base();
    bump(f, 'requests/carried_out/natural', 2);
    bump(f, 'requests/carried_out/total', 2);
    const r = run(reportText(f));
    expect(r.findings.map((x) => x.id)).toEqual(['balance:requests:result.total:natural', 'balance:requests:result.total:total']);
    const x = r.findings[0]!;
    expect(x.related.map((c) => c.row)).toEqual(['new', 'carried_in', 'result.total', 'carried_out']);
    expect(x.expected).toBe(x.actual! - 2);
  });
});

describe('appeal-total', () => {
  it('flags the group total', () => {
    const f = base();
    bump(f, 'appeals/counts/suit_direct.pending', 1);
    const r = run(reportText(f));
    expect(r.findings.map((x) => x.id)).toEqual(['appeal-total:appeals:counts:suit_direct.total']);
    expect(r.findings[0]!.related.map((c) => c.col)).toEqual(['suit_direct.upheld', 'suit_direct.corrected', 'suit_direct.other', 'suit_direct.pending']);
  });
});

describe('stock', () => {
  it('flags 对外公开总数量 below 本年新公开数量 (2019)', () => {
    const f = base();
    f.values.set('active/art20_1.normative/new_published', 5);
    f.values.set('active/art20_1.normative/new_made', 5);
    f.values.set('active/art20_1.normative/total_published', 2);
    expect(run(reportText(f)).findings.map((x) => [x.id, x.expected, x.actual])).toEqual([['stock:active:art20_1.normative:total_published', 5, 2]]);
  });

  it('warns when 上一年项目数量 + 本年增/减 is negative', () => {
    const f = base();
    f.values.set('active/art20_6.penalty/prev_items', 1);
    f.values.set('active/art20_6.penalty/delta', -3);
    const r = run(reportText(f));
    expect(r.findings.map((x) => [x.id, x.rule, x.severity, x.actual])).toEqual([['stock:active:art20_6.penalty:delta', 'stock:items', 'warning', -2]]);
  });
});

describe('shape', () => {
  it('a missing row', () => {
    const text = reportText(base()).replace(/^.*3\.危及.*\n/m, '');
    expect(ids(text)).toEqual(['shape:requests:result.withheld.3:*']);
  });

  it('a row with a value too many, and one with a value too few', () => {
    let text = reportText(base());
    text = text.replace(/^(一、本年新收政府信息公开申请数量(?:\t\d+){7})$/m, '$1\t5');
    text = text.replace(/^(二、上年结转政府信息公开申请数量(?:\t\d+){6})\t\d+$/m, '$1');
    const r = run(text);
    const shape = r.findings.filter((x) => x.rule.startsWith('shape'));
    expect(shape.map((x) => [x.rule, x.id, x.expected, x.actual])).toEqual([
      ['shape:extra-values', 'shape:requests:new:*', 7, 8],
      ['shape:missing-values', 'shape:requests:carried_in:*', 7, 6],
    ]);
  });

  it('a missing table', () => {
    const text = reportText(base()).replace(/行政复议\t行政诉讼[\s\S]*?\n\n/, '\n');
    expect(ids(text)).toEqual(['shape:appeals:*:*']);
  });

  it('an appeals header with no data row', () => {
    const text = reportText(base()).replace(/\n(?:\d+\t){14}\d+\n/, '\n');
    expect(ids(text)).toEqual(['shape:appeals:counts:*']);
  });
});

describe('template-version', () => {
  it('warns when a 2021 report uses the 2019 template', () => {
    const f = base('2019');
    f.year = 2021;
    const r = run(reportText(f));
    expect(r.findings.map((x) => [x.id, x.severity, x.message])).toEqual([
      ['template-version:year:active:year', 'warning', '表格采用 2019 年版模板，但 2021 年度报告应采用 2021 年版'],
    ]);
  });

  it('warns when the tables mix both templates', () => {
    const text = reportText(base('2019')).replace('本年新制作数量\t本年新公开数量\t对外公开总数量', '本年制发件数\t本年废止件数\t现行有效件数').replace('\t处理决定数量', '\t本年处理决定数量');
    expect(ids(text)).toContain('template-version:mixed:active:mixed');
  });

  it('tables that mix both, in a year that takes one of them: said once, as mixed (real: 平潭综合实验区社会事业局 2021)', () => {
    const f = base('2019');
    f.year = 2021;
    const text = reportText(f).replace('本年新制作数量\t本年新公开数量\t对外公开总数量', '本年制发件数\t本年废止件数\t现行有效件数').replace('\t处理决定数量', '\t本年处理决定数量');
    expect(ids(text).filter((id) => id.startsWith('template-version'))).toEqual(['template-version:mixed:active:mixed']);
  });
});

describe('section', () => {
  it('a missing section', () => {
    const text = reportText(base()).replace('五、存在的主要问题及改进情况\n', '');
    expect(ids(text)).toEqual(['section:missing:5']);
  });

  it('sections out of order', () => {
    const text = reportText(base()).replace('五、存在的主要问题及改进情况\n公开内容还不够全面，下一步将加强培训。\n\n六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n无。\n\n五、存在的主要问题及改进情况\n公开内容还不够全面。');
    // the numbers printed still match the sections, so only the order is wrong
    expect(ids(text)).toEqual(['section:order:5']);
  });

  it('a duplicated section', () => {
    const text = reportText(base()).replace('六、其他需要报告的事项', '五、存在的主要问题及改进情况\n再述问题。\n六、其他需要报告的事项');
    expect(ids(text)).toContain('section:duplicate:5');
  });

  it('a section numbered wrongly, and numbering that restarts', () => {
    const text = reportText(base()).replace('四、政府信息公开行政复议', '三、政府信息公开行政复议').replace('一、总体情况\n', '一、总体情况\n一、工作完成情况\n');
    expect(ids(text)).toEqual(['section:numbering:一、工作完成情况', 'section:numbering:三、政府信息公开行政复议、行政诉讼情况']);
  });

  it('a missing title, and a title without a year', () => {
    expect(run(reportText(base(), { title: null })).findings.map((x) => [x.id, x.severity])).toEqual([['shape:title-missing', 'notice']]);
    expect(ids(reportText(base(), { title: '测试街道政府信息公开工作年度报告' }))).toEqual(['shape:title-year']);
  });

  it('a site’s frame printed above the report: its column (公开年报) is no title, the report’s own is, fifty lines on', () => {
    // the site's columns, and a list of its reports each with its date (links, not this report's title)
    const frame = [...Array.from({ length: 25 }, (_, i) => ['政府信息', i === 5 ? '公开年报' : `栏目${i}`]).flat(), '测试街道2019年政府信息公开工作年度报告2020-01-20'].join('\n');
    const text = reportText(base(), { title: '测试街道2020年政府信息公开工作年度报告' });
    const framed = auditText(`${frame}\n${text}`, 'test').result;
    expect([framed.title, framed.findings.map((f) => f.id)]).toEqual(['测试街道2020年政府信息公开工作年度报告', []]);
    // a report whose own title has no year still says so, the column above it notwithstanding
    const yearless = auditText(`${frame}\n${reportText(base(), { title: '测试街道政府信息公开工作年度报告' })}`, 'test').result;
    expect([yearless.title, yearless.findings.map((f) => f.id)]).toEqual(['测试街道政府信息公开工作年度报告', ['shape:title-year']]);
  });

  it('table 三 rows that begin with 一、二、三、四 are not headings', () => {
    expect(ids(reportText(base()))).toEqual([]);
  });
});

describe('blank-cell', () => {
  it('notes blanks, dashes, slashes and 无 and counts them as 0', () => {
    const cols = ['natural', 'business', 'research', 'public_interest'];
    const zeroRow = (f: Filled) => [...f.values.keys()].map((k) => k.split('/')[1]!).find((r) => r.startsWith('result.') && r !== 'result.total' && ['total', ...cols].every((c) => f.values.get(`requests/${r}/${c}`) === 0));
    // the first seed whose report has a result row of zeros
    let seed = 1;
    while (!zeroRow(base('2019', seed))) seed++;
    const f = base('2019', seed);
    const row = zeroRow(f)!;
    f.raw = new Map(cols.map((c, i) => [`requests/${row}/${c}`, ['—', '/', '无', ''][i]!]));
    const r = run(reportText(f));
    const blanks = r.findings.filter((x) => x.rule === 'blank-cell');
    expect(blanks.map((x) => [x.id, x.severity, x.related, x.covers])).toEqual([
      ['blank-cell:requests:*:*', 'notice', cols.map((col) => ({ row, col })), cols.map((c) => `blank-cell:requests:${row}:${c}`)],
    ]);
    expect(blanks[0]!.message).toBe('表三有 4 个单元格未填数字（空白、“—”或“无”，按 0 计）');
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('mapping variants', () => {
  it('rows keep their keys when the group label lines are missing', () => {
    const text = reportText(base()).replace(/^第二十条第（[五六]）项.*\n/gm, '');
    expect(ids(text)).toEqual([]);
  });

  it('a table whose labels are there but whose values cannot be read is said so', () => {
    const text = reportText(base()).replace(/三、收到和处理[\s\S]*?四、政府信息公开行政复议/, (t) => t.replace(/\t\d+/g, '\t见附件'));
    const r = run(text);
    expect(r.findings.map((x) => x.id)).toContain('shape:requests:*:*');
    expect(r.findings.find((x) => x.id === 'shape:requests:*:*')!.rule).toBe('shape:unmapped-table');
  });
});

describe('section completeness', () => {
  it('a report that is only tables is flagged for every section', () => {
    const text = reportText(base()).split('\n').filter((l) => l.includes('\t') || !l.trim() || /年度报告$/.test(l)).join('\n');
    expect(ids(text).filter((i) => i.startsWith('section'))).toEqual([1, 2, 3, 4, 5, 6].map((n) => `section:missing:${n}`));
  });

  it('a report that is only prose is flagged for its missing tables', () => {
    const text = reportText(base()).split('\n').filter((l) => !l.includes('\t')).join('\n');
    const r = run(text);
    expect(r.isReport).toBe(true);
    expect(r.findings.filter((x) => x.rule === 'shape:missing-table').map((x) => x.table)).toEqual(['active', 'requests', 'appeals']);
  });

  it('a report that omits 五 and 六', () => {
    const text = reportText(base()).replace(/五、存在的主要问题及改进情况[\s\S]*$/, '');
    expect(ids(text)).toEqual(['section:missing:5', 'section:missing:6']);
  });
});
