/** A report flattened onto one long line (a crawler's textContent) cut back into its lines. */
import { describe, expect, it } from 'vitest';
import { joinFlatParagraphs, joinIndentedRuns, unflatten, unflattenLine } from '../../lib/grid/flattened';
import type { Block } from '../../lib/model';

// real: 平潭综合实验区 2020 (the archive's page.txt, cells run together)
const PROSE = '全年我区政府信息公开单位共公布政府信息2602条(其中机构职能类信息82条，政策、规范性文件类信息80条)。联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话/传真：0591-23165370。';
const TABLES =
  '二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章007规范性文件7777166第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可396442278' +
  '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' +
  '一、本年新收政府信息公开申请数量200 000121三、本年度办理结果（一）予以公开6000017（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000' +
  '（七）总计20 0 00 0 121四、结转下年度继续办理 0 0 00 00 0 四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持总计000000000000000 ' +
  '五、存在的主要问题及改进情况（一）存在的主要问题:基层政务公开标准化规范化水平有待进一步提升。';

describe('unflattenLine', () => {
  it('leaves a short line alone', () => {
    expect(unflattenLine('一、总体情况')).toEqual(['一、总体情况']);
  });
  it('cuts prose at its sentences only: numbers with their units stay in their sentence', () => {
    const lines = unflattenLine(PROSE + PROSE.replace(/2602/, '2603').repeat(4));
    expect(lines.slice(0, 2)).toEqual([
      '全年我区政府信息公开单位共公布政府信息2602条(其中机构职能类信息82条，政策、规范性文件类信息80条)。',
      '联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话/传真：0591-23165370。',
    ]);
  });
  it('cuts the tables into headings, header words and one line per template row', () => {
    expect(unflattenLine(PROSE + TABLES)).toEqual([
      '全年我区政府信息公开单位共公布政府信息2602条(其中机构职能类信息82条，政策、规范性文件类信息80条)。',
      '联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话/传真：0591-23165370。',
      '二、主动公开政府信息情况',
      '第二十条第（一）项信息内容',
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
      '规章007',
      '规范性文件7777166',
      '第二十条第（五）项信息内容',
      '上一年项目数量',
      '本年增/减',
      '处理决定数量',
      '行政许可396442278',
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
      '一、本年新收政府信息公开申请数量200 000121',
      '三、本年度办理结果',
      '（一）予以公开6000017',
      '（三）不予公开',
      '1.属于国家秘密0000000',
      '2.其他法律行政法规禁止公开0000000',
      '（七）总计20 0 00 0 121',
      '四、结转下年度继续办理 0 0 00 00 0',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议行政诉讼结果维持总计000000000000000',
      '五、存在的主要问题及改进情况',
      '（一）存在的主要问题:基层政务公开标准化规范化水平有待进一步提升。',
    ]);
  });
  it('cuts before the headings real reports print otherwise: 五、政府信息公开存在的问题…, 六、需要说明的其他事项…, 五、信息处理费…, and a heading whose 、 was lost (一总体情况)', () => {
    const long = '甲'.repeat(400);
    // real: 平潭综合实验区农业农村局 2020 (表四's zeros run into 五's heading), 苏平片区管理局 2024, 金井片区管理局 2020
    const cut = (text: string) => unflattenLine(`${long}。${text}`).slice(1);
    expect(cut('总计 0 00 0 0五、政府信息公开存在的问题及改进措施（一）主要问题。')).toEqual(['总计 0 00 0 0', '五、政府信息公开存在的问题及改进措施', '（一）主要问题。']);
    expect(cut('总计 000000000000000五、信息处理费收取情况通知收取件数')).toEqual(['总计 000000000000000', '五、信息处理费收取情况', '通知收取件数']);
    expect(cut('本年度无。六、需要说明的其他事项与附表 本年度无其他事项需说明。')).toEqual(['本年度无。', '六、需要说明的其他事项与附表 本年度无其他事项', '需说明。']);
    expect(cut('一总体情况2020年，我局政府信息公开工作坚持…')).toEqual(['一总体情况', '2020年，我局政府信息公开工作坚持…']);
    expect(cut('（电话：23156157）一总体情况2020年，我局…')).toEqual(['（电话：23156157）', '一总体情况', '2020年，我局…']);
    // a table's digits, then a numbered heading of the report's own words (real: 君山片区管理局 2025)
    expect(cut('总计100010000000000 五、当前存在的突出问题过去一年中…')).toEqual(['总计100010000000000', '五、当前存在的突出问题过去一年中…']);
    // but not before 表三's own numbered rows
    expect(cut('其他一、本年新收政府信息公开申请数量3000003二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开1000001')).toEqual([
      '其他',
      '一、本年新收政府信息公开申请数量3000003',
      '二、上年结转政府信息公开申请数量0000000',
      '三、本年度办理结果',
      '（一）予以公开1000001',
    ]);
    // nor inside a row at 本年增/减's sign (0+11, 16减12): one row each
    expect(cut('规章000规范性文件222233行政许可0+11其他对外管理服务事项000行政事业性收费16减12第二十条')).toEqual([
      '规章000', '规范性文件222233', '行政许可0+11', '其他对外管理服务事项000', '行政事业性收费16减12', '第二十条',
    ]);
    // a numeral inside a word before the title is no heading (统一总体情况)
    expect(cut('统一总体情况部署。')).toEqual(['统一总体情况部署。']);
  });

  it('a line of 400 characters is left whole; one of 401 is cut', () => {
    const sentence = (n: number) => `本机关全年公开信息${'甲'.repeat(n - 10)}。`;
    const at = sentence(200) + sentence(200);
    expect(at).toHaveLength(400);
    expect(unflattenLine(at)).toEqual([at]);
    expect(unflattenLine(sentence(201) + sentence(200))).toEqual([sentence(201), sentence(200)]);
  });
  it('prose with its numbers is no table: three runs of digits before words are needed to cut a sentence', () => {
    const filler = `${'正文'.repeat(200)}。`;
    // 12宗 and 3起 carry their units, as 12条 does
    const counted = '本机关全年受理申请12宗，答复8宗，行政复议3起。';
    expect(unflattenLine(counted + filler)).toEqual([counted, filler]);
    const two = '依托12345热线、110联动平台答复群众咨询。';
    expect(unflattenLine(two + filler)).toEqual([two, filler]);
    const three = '依托12345热线、110联动平台、12315平台答复群众咨询。';
    expect(unflattenLine(three + filler)).toEqual(['依托12345', '热线、110', '联动平台、12315', '平台答复群众咨询。', filler]);
  });
  it('headings that follow one another each stand alone, with no empty line between them', () => {
    const filler = `${'正文'.repeat(200)}。`;
    expect(unflattenLine(`${filler}三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 `)).toEqual([
      filler,
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(unflattenLine(`${filler}三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况五、存在的主要问题及改进情况（一）问题。`)).toEqual([
      filler,
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '（一）问题。',
    ]);
  });
});

describe('unflatten', () => {
  const text = (t: string, line: number): Block => ({ kind: 'text', text: t, src: { line } });
  it('gives back the same blocks when no text block is over 400 characters', () => {
    const blocks: Block[] = [text('甲'.repeat(400), 1), { kind: 'table', layout: 'html', rows: [], size: { rows: 0, cols: 0 }, src: { line: 2 } }];
    expect(unflatten(blocks)).toBe(blocks);
  });
  it('cuts each long text block into lines that keep its source, and leaves the others as they were', () => {
    const table: Block = { kind: 'table', layout: 'html', rows: [], size: { rows: 0, cols: 0 }, src: { line: 1 } };
    const short = text('一、总体情况', 2);
    const first = `本机关${'甲'.repeat(200)}。`;
    const second = `本机关${'乙'.repeat(200)}。`;
    const out = unflatten([table, short, text(first + second, 3), text('甲'.repeat(400), 4)]);
    expect(out[0]).toBe(table);
    expect(out[1]).toBe(short);
    expect(out.slice(2).map((b) => (b.kind === 'text' ? [b.text, b.src.line] : null))).toEqual([[first, 3], [second, 3], ['甲'.repeat(400), 4]]);
  });
});

describe('joinFlatParagraphs (html-to-text’s default: a table flattened into its paragraph, broken where a cell had <br>)', () => {
  const NB = '\u00a0\u00a0';
  const lines = (texts: string[]): Block[] => texts.map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }));
  const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'text' ? [b.text, b.src.line] : null));
  const PARA = [
    `申请人情况 自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他 一、本年新收政府`,
    `信息公开申请数量 29${NB}11${NB}25${NB}41${NB}14${NB}6${NB}126${NB} 二、上年结转政府`,
    `信息公开申请数量 3${NB}31${NB}3${NB}4${NB}36${NB}20${NB}97${NB} 三、本年度办理结果(一)予以公开 4${NB}6${NB}0${NB}0${NB}0${NB}0${NB}10${NB} (二)部分公开(`,
    `区分处理的，只计这一情形，不计其他情形) 0${NB}0${NB}0${NB}0${NB}0${NB}0${NB}0`,
  ];

  it('three rows’ values followed by a label: the paragraph joined and cut into rows, each keeping its first line', () => {
    const out = texts(joinFlatParagraphs(lines(['三、收到和处理政府信息公开申请情况', '', ...PARA, '', '四、政府信息公开行政复议、行政诉讼情况'])));
    const rows = out.map((x) => x![0] as string);
    // the label broken at the cell's <br> whole again, its row's values after it (the header before it is cut by the reader of rows run together)
    expect(rows.filter((r) => r.endsWith(`一、本年新收政府信息公开申请数量 29${NB}11${NB}25${NB}41${NB}14${NB}6${NB}126`))).toHaveLength(1);
    expect(rows).toContain(`二、上年结转政府信息公开申请数量 3${NB}31${NB}3${NB}4${NB}36${NB}20${NB}97`);
    expect(rows.some((r) => r.startsWith('(二)部分公开(区分处理的'))).toBe(true);
    expect(out.filter((x) => (x![0] as string).includes('信息公开申请数量')).map((x) => x![1])).toEqual([3, 3]);
    expect(out[0]).toEqual(['三、收到和处理政府信息公开申请情况', 1]);
    expect(out[out.length - 1]).toEqual(['四、政府信息公开行政复议、行政诉讼情况', 8]);
  });

  it('two such places, or numbers with their unit two spaces on (12  件), leave the same blocks', () => {
    const two = lines([PARA[0]!, PARA[1]!, `信息公开申请数量 3${NB}31${NB} 二、其他`]);
    expect(joinFlatParagraphs(two)).toBe(two);
    const prose = lines([`全年收到申请 12${NB}件，办结 10${NB}件，`, `转办 3${NB}件，其余 2${NB}件。`]);
    expect(joinFlatParagraphs(prose)).toBe(prose);
  });

  it('表二 run together on one short line (two of its groups’ headings, digits right before labels): cut into rows', () => {
    const line = '主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数 规章2015 行政规范性文件0120 第二十条第（五）项 信息内容本年处理决定数量 行政许可0 第二十条第（六）项 信息内容本年处理决定数量 行政处罚0 行政强制33';
    const out = texts(joinFlatParagraphs(lines(['', line, '']))).map((x) => x![0]);
    expect(out).toEqual(['', '主动公开政府信息情况', '第二十条第（一）项信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章2015', '行政规范性文件0120', '第二十条第（五）项 信息内容', '本年处理决定数量', '行政许可0', '第二十条第（六）项 信息内容', '本年处理决定数量', '行政处罚0', '行政强制33', '']);
    // one heading, or a paragraph of several lines (a table kept a row a line), is left as it is
    const one = lines([line.replace(/第二十条第（[五六]）项/g, '')]);
    expect(joinFlatParagraphs(one)).toBe(one);
    const prose = lines(['按照《条例》第二十条和第二十条第（九）项的规定，主动公开政府集中采购项目和金额等信息。']);
    expect(joinFlatParagraphs(prose)).toBe(prose);
    const rows = lines(['第二十条第（一）项', '规章2015', '行政规范性文件0120', '第二十条第（五）项', '行政许可0']);
    expect(joinFlatParagraphs(rows)).toBe(rows);
  });

  it('a table kept a row a line (values then the line’s end) has none: the same blocks', () => {
    const rows = lines(['一、本年新收政府信息公开申请数量   29   11   25   41   14   6   126', '二、上年结转政府信息公开申请数量   3   31   3   4   36   20   97', '（一）予以公开   4   6   0   0   0   0   10', '（七）总计   4   6   0   0   0   0   10']);
    expect(joinFlatParagraphs(rows)).toBe(rows);
    // one space after a number is no cell's edge (a print's running head: 1:08 PM)
    const heads = lines(Array(3).fill('12/3/26, 1:08 PM 2023年示例市青山区民政局政府信息公开工作年度报告 1 页'));
    expect(joinFlatParagraphs(heads)).toBe(heads);
  });
});

describe('joinIndentedRuns (a page’s textContent: a flattened line broken where the markup broke a cell, the rest indented)', () => {
  const IN = ' \u00a0 \u00a0 \u00a0 \u00a0';
  const lines = (texts: string[]): Block[] => texts.map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }));
  const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'text' ? [b.text, b.src.line] : null));
  // real: 平潭综合实验区 2024, the page's body.textContent (tests/fixtures/crawled/121_pingtan-syq-2024.tc.txt)
  const HEAD = `${PROSE}${TABLES.slice(0, 300)}三、本年度办`;

  it('joins the indented lines onto the flattened line before them, the first line’s source kept', () => {
    const out = texts(joinIndentedRuns(lines(['标题', HEAD, `${IN}理结果`, `${IN}（一）予以公开710000071`, '', `${IN}附件下载`])));
    expect(out).toEqual([['标题', 1], [`${HEAD}理结果（一）予以公开710000071`, 2], ['', 5], [`${IN}附件下载`, 6]]);
  });

  it('keeps digits either side of a break apart: two cells’ values never run into one number', () => {
    const out = texts(joinIndentedRuns(lines([`${HEAD}（七）总计21`, `${IN}7`, `${IN}10000218`])));
    expect(out).toEqual([[`${HEAD}（七）总计21 7 10000218`, 1]]);
    expect(texts(joinIndentedRuns(lines([`${HEAD}申请`, `${IN}1000001`])))[0]![0]).toBe(`${HEAD}申请1000001`);
  });

  it('leaves lines after a short line, after prose without a table, and lines not indented, as they are', () => {
    const short = lines(['当前位置：首页', `${IN}平潭综合实验区2024年度政府信息公开工作年度报告`]);
    expect(joinIndentedRuns(short)).toBe(short);
    const table = lines(['规章000行政规范性文件62第二十条行政许可4', `${IN}行政处罚1100`]);
    expect(joinIndentedRuns(table)).toBe(table);
    const prose = lines([PROSE.repeat(4), `${IN}联系电话：0591-23165370`]);
    expect(joinIndentedRuns(prose)).toBe(prose);
    const blank = lines([HEAD, ` \u00a0 `, `${IN}理结果`]);
    expect(joinIndentedRuns(blank)).toBe(blank);
    const flush = lines([HEAD, '理结果', '\u3000\u3000五、存在的主要问题']);
    expect(joinIndentedRuns(flush)).toBe(flush);
  });
});

describe('unflattenLine: a table’s last digits, then the report’s own words about it', () => {
  // real: 平潭综合实验区市场监督管理局 2025 (its tables each followed by a paragraph, run together by textContent)
  const FEES = '第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费02025年，我局严格按照《条例》规定的主动公开范围，多渠道主动公开政府信息395条。';
  const CARRIED = '（七）总计190000019四、结转下年度继续办理20000022025年，我局共收到公民、法人及其他组织提出的政府信息公开申请21件。';
  const APPEALS = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计10000100000000000我局严格规范政府信息公开流程，有效防范了相关法律风险。';

  it('cuts before a sentence opening on its year, and after a row of ten digits or more', () => {
    const lines = unflattenLine(`${PROSE}${FEES}${CARRIED}${APPEALS}`, 0);
    expect(lines.some((l) => l.endsWith('行政事业性收费0'))).toBe(true);
    expect(lines).toContain('2025年，我局严格按照《条例》规定的主动公开范围，多渠道主动公开政府信息395条。');
    expect(lines.some((l) => l.endsWith('四、结转下年度继续办理2000002'))).toBe(true);
    expect(lines).toContain('2025年，我局共收到公民、法人及其他组织提出的政府信息公开申请21件。');
    // within 表二 run together, the cut leaves its rows as they are cut
    const active = unflattenLine(`二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规范性文件1173第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚187行政强制42${FEES}`, 0);
    expect(active).toContain('行政事业性收费0');
    expect(active).toContain('行政强制42');
    expect(lines.some((l) => l.endsWith('审结总计10000100000000000'))).toBe(true);
    expect(lines).toContain('我局严格规范政府信息公开流程，有效防范了相关法律风险。');
  });

  it('leaves a year in a sentence, a year after words, and an amount with its unit as they are', () => {
    const prose = '全年公开信息2602条，较2024年，增长12%；采购金额4838518699元，主动公开政府信息计划于2025年度，逐步推进。';
    expect(unflattenLine(prose.repeat(8)).every((l) => l === prose)).toBe(true);
    // nine digits then words: a count of prose is no row of ten digits
    expect(unflattenLine(`${'以编号123456789为准办理。'.repeat(30)}`).every((l) => l === '以编号123456789为准办理。')).toBe(true);
  });
});
