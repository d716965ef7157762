/**
 * What each arithmetic and shape rule says, word for word: the figures in its message are the printed and the
 * needed ones, from the cells the relation reads (rules.test.ts pins which findings; this pins their words).
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { SEVERITY_RANK, worse } from '../../lib/rules/severity';
import { orgSubtotalText, reportText } from '../helpers/report-text';
import { mulberry32, randomFilled, type Filled } from '../helpers/template-data';

const base = (): Filled => randomFilled(mulberry32(5), '2019', '测试街道');
const said = (text: string) => auditText(text, 'test').result.findings.map((f) => [f.id, f.message]);
const bump = (f: Filled, key: string, by: number) => f.values.set(key, f.values.get(key)! + by);

describe('the arithmetic rules’ words', () => {
  it('balance: 一 and 二 added, 四 taken away, what 三 needs and what it printed', () => {
    const f = base();
    bump(f, 'requests/carried_out/natural', 2);
    bump(f, 'requests/carried_out/total', 2);
    expect(said(reportText(f))).toEqual([
      ['balance:requests:result.total:natural', '自然人列：本年新收 17 加上年结转 9，减结转下年度 2，办理结果总计应为 24，填报 26'],
      ['balance:requests:result.total:total', '总计列：本年新收 128 加上年结转 55，减结转下年度 2，办理结果总计应为 181，填报 183'],
    ]);
  });
  it('appeal-total, row-total and column-total', () => {
    const f = base();
    bump(f, 'appeals/counts/suit_direct.pending', 1);
    expect(said(reportText(f))).toEqual([['appeal-total:appeals:counts:suit_direct.total', '行政诉讼（未经复议直接起诉）·总计：总计填报 9，结果维持、结果纠正、其他结果、尚未审结合计为 10']]);
    const g = base();
    bump(g, 'requests/new/total', 1);
    expect(said(reportText(g))).toEqual([['row-total:requests:new:total', '本年新收申请·总计：填报 129，应为 128（涉及行合计与勾稽关系）']]);
    const h = base();
    bump(h, 'requests/result.disclosed/natural', 1);
    expect(said(reportText(h))).toEqual([['row-total:requests:result.disclosed:natural', '予以公开·自然人：填报 4，应为 3（涉及行合计与列合计）']]);
  });
  it('subtotal: a group line says 小计 and what its items add up to; the column total then reads the line', () => {
    const text = reportText(base()).replace('（三）不予公开\t1.属于国家秘密', '（三）不予公开\t9\t0\t0\t0\t0\t0\t9\n\t1.属于国家秘密');
    const out = said(text);
    expect(out).toContainEqual(['subtotal:requests:result.withheld:natural', '不予公开·自然人：小计填报 9，所含各项合计为 12']);
    expect(out).toContainEqual(['column-total:requests:result.total:natural', '自然人列：办理结果总计填报 26，各项办理结果合计为 23']);
    expect(out.at(-1)).toEqual(['shape:requests:result.withheld:*', '表三增加了模板没有的小计行「不予公开」，已核对其小计']);
  });
  it('subtotal: a 法人或其他组织 小计 column says what the organisations add up to', () => {
    const text = orgSubtotalText();
    expect(said(text)).toContainEqual(['subtotal:requests:new:org_subtotal', '本年新收申请：法人或其他组织小计填报 3，各类组织合计为 2']);
  });
});

describe('the section and title rules’ words', () => {
  it('a heading numbered against the template, and one that starts the numbering again', () => {
    const text = reportText(base()).replace('四、政府信息公开行政复议', '三、政府信息公开行政复议').replace('一、总体情况\n', '一、总体情况\n一、工作完成情况\n');
    expect(said(text)).toEqual([
      ['section:numbering:一、工作完成情况', '「一、工作完成情况」序号一与前面的标题重复，编号重新开始'],
      ['section:numbering:三、政府信息公开行政复议、行政诉讼情况', '「三、政府信息公开行政复议、行政诉讼情况」序号为三，按模板应为四'],
    ]);
  });
  it('a section out of order, one missing, and one printed twice or three times: one finding each, saying how often', () => {
    const t = reportText(base());
    const six = '六、其他需要报告的事项';
    const five = t.slice(t.indexOf('五、存在的主要问题及改进情况'), t.indexOf(six));
    expect(said(t.replace(five, '').replace(six, `${six}\n无。\n${five}`))).toEqual([['section:order:5', '第5部分「存在的主要问题及改进情况」出现在第6部分之后，顺序错误']]);
    expect(said(t.replace(five, ''))).toEqual([['section:missing:5', '缺少第5部分「存在的主要问题及改进情况」']]);
    expect(said(t.replace(six, `${six}\n无。\n${six}`))).toEqual([['section:duplicate:6', '第6部分「其他需要报告的事项」出现了两次']]);
    expect(said(t.replace(six, `${six}\n无。\n${six}\n无。\n${six}\n无。\n${six}`))).toEqual([['section:duplicate:6', '第6部分「其他需要报告的事项」出现了4次']]);
    const rules = auditText(t.replace(five, '').replace(six, `${six}\n${six}\n无。\n${five}`), 'test').result.findings.map((f) => f.rule);
    expect(rules).toEqual(['section:duplicate', 'section:order']);
  });
  it('a heading the template does not have, numbered on after the last, is no restart', () => {
    expect(said(`${reportText(base())}\n七、其他说明\n本机关无其他需要报告的事项。\n`)).toEqual([]);
  });
  it('a missing title is its own code; a year of two digits is no year', () => {
    const gone = auditText(reportText(base(), { title: '' }), 'test').result.findings;
    expect(gone.map((f) => [f.id, f.rule, f.message])).toEqual([['shape:title-missing', 'shape:title-missing', '报告没有标题']]);
    expect(said(reportText(base(), { title: '测试街道20年政府信息公开工作年度报告' }))).toEqual([['shape:title-year', '标题「测试街道20年政府信息公开工作年度报告」未注明报告年度']]);
    expect(said(reportText(base(), { title: '测试街道二〇年政府信息公开工作年度报告' }))).toEqual([['shape:title-year', '标题「测试街道二〇年政府信息公开工作年度报告」未注明报告年度']]);
  });
  it('a title without its year is said with the title; a year in Chinese numerals is one, with 〇 or the circle typists use for it', () => {
    expect(said(reportText(base(), { title: '测试街道政府信息公开工作年度报告' }))).toEqual([['shape:title-year', '标题「测试街道政府信息公开工作年度报告」未注明报告年度']]);
    expect(said(reportText(base(), { title: '测试街道二〇二〇年政府信息公开工作年度报告' }))).toEqual([]);
    expect(said(reportText(base(), { title: '测试街道二○二○年政府信息公开工作年度报告' }))).toEqual([]);
    expect(said(reportText(base(), { title: '测试街道二◯二◯年政府信息公开工作年度报告' }))).toEqual([]);
    expect(said(reportText(base(), { title: '测试街道2020 年政府信息公开工作年度报告' }))).toEqual([]);
  });
});

describe('the shape rules’ words', () => {
  it('a merged group, a missing row, a missing table, a header without data, a table whose values cannot be read', () => {
    const f = randomFilled(mulberry32(5), '2021', '测试街道');
    const lines = reportText(f).split('\n');
    const at = lines.findIndex((l) => l.startsWith('（六）其他处理'));
    const sum = (c: string) => [1, 2, 3].reduce((s, k) => s + f.values.get(`requests/result.other.${k}/${c}`)!, 0);
    const one = `（六）其他处理\t${['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total'].map(sum).join('\t')}`;
    const merged = [...lines.slice(0, at), one, ...lines.slice(at + 3)].join('\n');
    expect(said(merged)).toEqual([['shape:requests:result.other:*', '表三「其他处理」只填了一行，模板将其分为 3 项，各项无法核对']]);
    const t = reportText(base());
    expect(said(t.replace(/^.*3\.危及.*\n/m, ''))).toEqual([['shape:requests:result.withheld.3:*', '表三缺少「不予公开·危及“三安全一稳定”」行']]);
    expect(said(t.replace(/行政复议\t行政诉讼[\s\S]*?\n\n/, '\n'))).toEqual([['shape:appeals:*:*', '未找到表四']]);
    expect(said(t.replace(/\n(?:\d+\t){14}\d+\n/, '\n'))).toEqual([['shape:appeals:counts:*', '表四只有表头，没有数据行']]);
    const unread = t.replace(/三、收到和处理[\s\S]*?四、政府信息公开行政复议/, (x) => x.replace(/\t\d+/g, '\t见附件'));
    expect(said(unread)).toEqual([['shape:requests:*:*', '表三有表头，但读不出任何数据行（数值无法识别或不在模板位置）']]);
  });
});

describe('the shape of the rows’ values, in words', () => {
  it('a value too many (naming it), one too few, a row of table 4 printed twice, a table whose columns are doubled', () => {
    let t = reportText(base());
    t = t.replace(/^(一、本年新收政府信息公开申请数量(?:\t\d+){7})$/m, '$1\t5').replace(/^(二、上年结转政府信息公开申请数量(?:\t\d+){6})\t\d+$/m, '$1');
    expect(said(t)).toEqual([
      ['shape:requests:new:*', '表三·本年新收申请：有 8 个数值，模板只有 7 列（多出的数值：5）'],
      ['shape:requests:carried_in:*', '表三·上年结转申请：只有 6 个数值，模板有 7 列'],
    ]);
    // marked on the first value too many, with its row beside it
    expect(auditText(t, 'test').sources.get('shape:requests:new:*')).toEqual({ cell: { line: 30 }, related: [{ line: 30 }], parts: [] });
    const twice = reportText(base()).replace(/^((?:\d+\t){14}\d+)$/m, '$1\t$1');
    expect(said(twice)).toEqual([['shape:appeals:counts:*', '表四·案件数：有 30 个数值，模板只有 15 列（多出的数值：4、3、0、0、7、6、0、0、3、9、0、0、0、3、3）']]);
    const requests = /三、收到和处理[\s\S]*?四、政府信息公开行政复议/;
    const doubled = reportText(base()).replace(requests, (x) => x.replace(/^(.+?)((?:\t\d+){7})$/gm, '$1$2$2'));
    expect(said(doubled)).toEqual([['shape:requests:*:*', '表三：23 行各有 14 个数值，模板只有 7 列（列被重复，两半数值相同），按前 7 列核对']]);
  });
  it('a table whose last two columns the page cut, header and rows alike: named, for review', () => {
    const cut = reportText(randomFilled(mulberry32(5), '2021', '测试街道')).replace(/三、收到和处理[\s\S]*?四、政府信息公开行政复议/, (x) =>
      x.replace(/^(.+?)((?:\t\d+){5})(?:\t\d+){2}$/gm, '$1$2').replace('\t总计\n', '\n').replace('\t其他\n', '\n'));
    const found = auditText(cut, 'test').result.findings;
    expect(found.map((f) => [f.id, f.rule, f.needsReview, f.message])).toEqual([
      ['shape:requests:*:other_org', 'shape:cut-columns', true, '表三缺少“其他”“总计”两列，无法核对（表格宽于页面，25 行都只印出前面的列）'],
    ]);
  });
});

describe('the template version’s words', () => {
  it('tables mixing both templates name two columns of each; a 2020 report on the 2021 template is told its own', () => {
    const mixed = reportText(base()).replace('本年新制作数量\t本年新公开数量\t对外公开总数量', '本年制发件数\t本年废止件数\t现行有效件数').replace('\t处理决定数量', '\t本年处理决定数量');
    expect(said(mixed).filter(([id]) => id!.startsWith('template-version'))).toEqual([
      ['template-version:mixed:active:mixed', '表格混用了 2019 年版与 2021 年版模板的栏目（上一年项目数量、本年增/减、本年制发件数、本年废止件数）'],
    ]);
    const early = randomFilled(mulberry32(5), '2021', '测试街道');
    early.year = 2020;
    expect(said(reportText(early))).toEqual([['template-version:year:active:year', '表格采用 2021 年版模板，但 2020 年度报告应采用 2019 年版']]);
  });
});

describe('severity order', () => {
  it('errors first, then warnings, then notices; worse() takes the worse of two whichever comes first', () => {
    expect(SEVERITY_RANK).toEqual({ error: 0, warning: 1, notice: 2 });
    expect(worse('notice', 'error')).toBe('error');
    expect(worse('error', 'notice')).toBe('error');
    expect(worse('warning', 'notice')).toBe('warning');
    expect(worse('notice', 'warning')).toBe('warning');
    expect(worse('notice', 'notice')).toBe('notice');
  });
});
