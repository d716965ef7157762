/** A report flattened onto one long line (a crawler's textContent) cut back into its lines. */
import { describe, expect, it } from 'vitest';
import { unflatten, unflattenLine } from '../../lib/grid/flattened';
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
