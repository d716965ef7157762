/** The rules beyond the arithmetic: narrative, plausibility, deadline; organ levels. */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { organLevel, isGovernment } from '../../lib/page/organ-level';
import { organFromTitle } from '../../lib/page/metadata';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled, type Filled } from '../helpers/template-data';

const base = (version: '2019' | '2021' = '2019', organ = '测试街道'): Filled => randomFilled(mulberry32(5), version, organ);
const findings = (text: string, options = {}) => auditText(text, 'test', options).result.findings.filter((f) => f.severity !== 'notice');
const ids = (text: string, options = {}) => findings(text, options).map((f) => f.id);

describe('organ level', () => {
  it.each([
    ['上塘街道', 'township'], ['八泉街道办事处', 'township'], ['某某镇人民政府', 'township'], ['某某乡', 'township'],
    ['某某区应急管理局', 'county'], ['某某县人民政府', 'county'], ['某某市市场监督管理局', 'municipal'],
    ['某某市人民政府办公室', 'municipal'], ['某某省教育厅', 'provincial'], ['国家市场监督管理总局', 'national'], ['生态环境部', 'national'],
  ])('%s is %s', (organ, level) => expect(organLevel(organ)).toBe(level));
  it('a government’s own report', () => {
    expect(isGovernment('某某县人民政府')).toBe(true);
    expect(isGovernment('某某县人民政府办公室')).toBe(false);
  });
  it('a name that is only a place is that government’s own report; a zone’s 片区管理局 is township-level (real: 三明市, 平潭)', () => {
    for (const g of ['三明市', '平潭综合实验区', '某某县', '某某区', '某某自治州']) expect(isGovernment(g), g).toBe(true);
    for (const d of ['三明市审计局', '平潭综合实验区国有资产管理局', '平潭综合实验区君山片区管理局', '某某工业园区', '某某社区', '上塘街道']) expect(isGovernment(d), d).toBe(false);
    expect(organLevel('平潭综合实验区君山片区管理局')).toBe('township');
    expect(organLevel('平潭综合实验区海坛片区管委会')).toBe('township');
  });
  it('a crawler’s header gives the title’s value, never its label; 某局关于…报告 names 某局', () => {
    expect(organFromTitle('标题: 莆田市审计局2020年政府信息公开工作年度报告')).toBe('莆田市审计局');
    expect(organFromTitle('标题：平潭综合实验区海坛片区管理局 关于2021年度政府信息公开工作年度报告')).toBe('平潭综合实验区海坛片区管理局');
    expect(organFromTitle('三明市2023年政府信息公开工作年度报告')).toBe('三明市');
  });
  it('a crawl that starts with the document’s title drops its channel and site (real: 平潭, scraped)', () => {
    const r = auditText(['平潭综合实验区2024年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会', '来源：平潭综合实验区管委会办公室', '一、总体情况', '正文。'].join('\n')).result;
    expect([r.title, r.organ]).toEqual(['平潭综合实验区2024年度政府信息公开工作年度报告', '平潭综合实验区']);
    expect(auditText('某某区人民政府2023年政府信息公开工作年度报告 - 某某区人民政府门户网站\n一、总体情况').result.title).toBe('某某区人民政府2023年政府信息公开工作年度报告');
  });
});

describe('narrative', () => {
  it('a sentence contradicting a cell is flagged at the cell, quoting the sentence', () => {
    const f = base();
    const n = f.values.get('requests/new/total')!;
    const [x] = findings(reportText(f, { overview: `2020年共收到政府信息公开申请${n + 3}件。` }));
    // the table's arithmetic holds: what the text says is told, and what the table prints; no 应为
    expect(x).toMatchObject({ id: 'narrative:requests:new:total', rule: 'narrative:requests-received', severity: 'warning', expected: null, actual: n });
    expect(x!.where).toBe(`2020年共收到政府信息公开申请${n + 3}件。`);
    expect(x!.message).toBe(`正文称收到信息公开申请 ${n + 3}，表三「本年新收申请·总计」为 ${n}；表格算术自洽，请核对正文或表格`);
  });

  it('agreeing sentences, and a count that says it includes the carry-over, are fine', () => {
    const f = base();
    const n = f.values.get('requests/new/total')!;
    const c = f.values.get('requests/carried_in/total')!;
    const rv = f.values.get('appeals/counts/review.total')!;
    const text = `共收到政府信息公开申请${n}件。含上年结转，共受理政府信息公开申请${n + c}件。发生行政复议${rv}起。`;
    expect(ids(reportText(f, { overview: text }))).toEqual([]);
  });

  it('numbers in unrelated sentences are never paired', () => {
    const f = base();
    const text = '全年共收到政府信息公开申请。办理完毕99件信访件。';
    expect(ids(reportText(f, { overview: text }))).toEqual([]);
  });

  it('lawsuits are both lawsuit groups together', () => {
    const f = base();
    const sum = f.values.get('appeals/counts/suit_direct.total')! + f.values.get('appeals/counts/suit_after_review.total')!;
    expect(ids(reportText(f, { overview: `涉及政府信息公开的行政诉讼${sum}件。` }))).toEqual([]);
    expect(ids(reportText(f, { overview: `涉及政府信息公开的行政诉讼${sum + 1}件。` }))).toEqual(['narrative:appeals:counts:suit_direct.total']);
  });

  it('procurement amounts compare across units', () => {
    const f = base();
    f.values.set('active/art20_9.procurement/amount', 8788600);
    f.values.set('active/art20_9.procurement/count', 52);
    const ok = '公开政府集中采购项目52个，累计878.86万元。';
    expect(ids(reportText(f, { overview: ok }))).toEqual([]);
    const wrong = '公开政府集中采购项目52个，累计900万元。';
    const [x] = findings(reportText(f, { overview: wrong }));
    expect(x).toMatchObject({ id: 'narrative:active:art20_9.procurement:amount', expected: null, actual: 8788600, args: expect.objectContaining({ said: 900, tableWan: 878.86 }) });
    expect(x!.message).toBe('正文称政府集中采购金额 900 万元，表二填报 8788600元（按元计为 878.86 万元）');
  });

  it('a stated sum whose parts do not add up, and a wrong percentage', () => {
    const f = base();
    expect(ids(reportText(f, { overview: '我们共走访企业10个，其中制造业6个、服务业5个。' }))).toEqual(['narrative:text-sum:我们共走访企业10个，其中制造业6个、服务业5个。']);
    const [p] = findings(reportText(f, { overview: '我们共走访企业20个，其中制造业15个，占80%。' }));
    expect(p).toMatchObject({ rule: 'narrative:percent', expected: 75, actual: 80, where: '我们共走访企业20个，其中制造业15个，占80%。' });
    expect(ids(reportText(f, { overview: '我们共走访企业20个，其中制造业15个，占75%。' }))).toEqual([]);
  });
});

describe('plausibility', () => {
  it('yuan written in a 万元 column for a street office', () => {
    const f = base('2021');
    f.values.set('active/art20_8.fees/amount_wan', 39800);
    const [x] = findings(reportText(f));
    expect(x).toMatchObject({ id: 'plausibility:active:art20_8.fees:amount_wan', rule: 'plausibility:unit', culprit: { row: 'art20_8.fees', col: 'amount_wan' }, suggested: 3.98 });
    // the same fees are plausible for a city bureau
    expect(ids(reportText({ ...f, organ: '某某市财政局' }))).toEqual([]);
  });

  it('a street office with a ministry’s number of requests', () => {
    const f = base();
    const add = 5000;
    for (const r of ['new', 'result.disclosed']) {
      f.values.set(`requests/${r}/natural`, f.values.get(`requests/${r}/natural`)! + add);
      f.values.set(`requests/${r}/total`, f.values.get(`requests/${r}/total`)! + add);
    }
    for (const c of ['natural', 'total']) f.values.set(`requests/result.total/${c}`, f.values.get(`requests/result.total/${c}`)! + add);
    expect(ids(reportText(f))).toEqual(['plausibility:requests:new:total']);
  });

  it('a city government’s own report adds up its departments: its consolidated 行政处罚 is judged by the government range, a bureau’s by the department range, and the finding names the range', () => {
    const f = base('2021', '某某市人民政府');
    f.values.set('active/art20_6.penalty/decisions', 3_985_758);
    expect(ids(reportText(f))).toEqual([]);
    // a title that names only the place is the government's own report too
    expect(ids(reportText(f, { title: `某某市${f.year}年政府信息公开工作年度报告` }))).toEqual([]);
    const bureau = findings(reportText({ ...f, organ: '某某市交通运输局' }));
    expect(bureau.map((x) => [x.id, x.message])).toEqual([
      ['plausibility:active:art20_6.penalty:decisions', '行政处罚·处理决定数量 填报 3985758，远超地市级机关的常见规模（约 1000000 以内），请核实'],
    ]);
    f.values.set('active/art20_6.penalty/decisions', 12_000_000);
    expect(findings(reportText(f)).map((x) => x.message)).toEqual(['行政处罚·处理决定数量 填报 12000000，远超地市级人民政府本级（汇总各部门）报告的常见规模（约 10000000 以内），请核实']);
  });

  it('a township government reports for itself: the department range, not ten times it', () => {
    const f = base('2021', '某某镇人民政府');
    const add = 5000;
    for (const r of ['new', 'result.disclosed']) {
      f.values.set(`requests/${r}/natural`, f.values.get(`requests/${r}/natural`)! + add);
      f.values.set(`requests/${r}/total`, f.values.get(`requests/${r}/total`)! + add);
    }
    for (const c of ['natural', 'total']) f.values.set(`requests/result.total/${c}`, f.values.get(`requests/result.total/${c}`)! + add);
    expect(findings(reportText(f)).map((x) => [x.id, x.message])).toEqual([
      ['plausibility:requests:new:total', '本年新收申请·总计 填报 5101，远超乡镇（街道）机关的常见规模（约 2000 以内），请核实'],
    ]);
  });

  it('the level of an organ named 市民族与宗教事务局 is the city’s (市民 there is no 市民)', () => {
    expect(organLevel('莆田市民族与宗教事务局')).toBe('municipal');
    expect(organLevel('某某市市民服务中心')).toBe('municipal');
  });

  it('rules from a township, negative and fractional counts', () => {
    const f = base();
    f.values.set('active/art20_1.rules/new_made', 2);
    f.values.set('active/art20_1.rules/new_published', 2);
    f.values.set('active/art20_1.rules/total_published', 2);
    f.values.set('active/art20_6.penalty/decisions', -4);
    f.values.set('active/art20_5.license/decisions', 2.5);
    expect(findings(reportText(f)).map((x) => x.rule).sort()).toEqual(['plausibility:fraction', 'plausibility:negative', 'plausibility:rules-power']);
  });
});

describe('deadline', () => {
  it('a street office signing after 31 January; the default can be changed', () => {
    const f = base();
    const text = reportText(f, { signed: '2021年2月4日' });
    const [x] = findings(text);
    expect(x).toMatchObject({ id: 'deadline:late', rule: 'deadline:late', where: '2021年2月4日' });
    expect(ids(text, { deadlines: { township: '03-31' } })).toEqual([]);
  });

  it('a county government’s own report has until 31 March; its departments until 31 January', () => {
    expect(ids(reportText(base('2019', '某某县人民政府'), { signed: '2021年3月20日' }))).toEqual([]);
    expect(ids(reportText(base('2019', '某某县教育局'), { signed: '2021年3月20日' }))).toEqual(['deadline:late']);
  });

  it('every common date form', () => {
    for (const signed of ['2021年2月4日', '2021-02-04', '二〇二一年二月四日', '2021.2.4']) {
      expect(ids(reportText(base(), { signed }))).toEqual(['deadline:late']);
    }
  });

  it('a report dated inside its own year cannot cover it', () => {
    expect(ids(reportText(base(), { signed: '2020年12月20日' }))).toEqual(['deadline:early']);
  });

  it('a statistics period that is not the report year', () => {
    const f = base();
    const text = reportText(f, { overview: '本报告中所列数据的统计期限自2020年1月1日起至2020年11月30日止。' });
    expect(ids(text)).toEqual(['deadline:period']);
    expect(ids(reportText(f, { overview: '本报告所列数据统计期限自2020年1月1日至2020年12月31日。' }))).toEqual([]);
  });
});
