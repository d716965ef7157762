/** The sentences a report writes, read for numbers; and what must not be read. */
import { describe, expect, it } from 'vitest';
import { claimText, findClaims, findParagraphPercents, findPercents, findSum, shareFits } from '../../lib/text/claims';

describe('findClaims', () => {
  it.each([
    ['本年度共接到依申请公开2，内容涉及拆迁协议，均已按时回复。', 'requests-received', 2],
    ['2021年共收到政府信息公开申请15件。', 'requests-received', 15],
    ['全年共受理信息公开申请０条。', 'requests-received', 0],
    ['本年度新收政府信息公开申请数量为 36 件', 'requests-received', 36],
    ['全年共收到政府信息公开申请两件。', 'requests-received', 2],
    ['全年未收到政府信息公开申请。', 'requests-received', 0],
    ['上年结转政府信息公开申请3件。', 'requests-carried-in', 3],
    ['结转下年度继续办理2件。', 'requests-carried-out', 2],
    ['已办结政府信息公开申请12件。', 'requests-answered', 12],
    ['发生政府信息公开行政复议1起。', 'reviews', 1],
    ['全年未发生因政府信息公开引起的行政复议、行政诉讼。', 'reviews', 0],
    ['全年未发生因政府信息公开引起的行政复议、行政诉讼。', 'lawsuits', 0],
    ['涉及政府信息公开的行政诉讼案件2件。', 'lawsuits', 2],
    ['2020年街道公开政府集中采购项目52个，累计878.86万元。', 'procurement-count', 52],
    ['全年制发行政规范性文件3件。', 'normative-issued', 3],
    ['全年未出台规范性文件，故无政策解读。', 'normative-issued', 0],
    ['作出行政处罚决定483件。', 'penalties', 483],
    ['办理行政许可事项1200件。', 'licences', 1200],
  ])('%s → %s %d', (sentence, kind, value) => {
    expect(findClaims(sentence)).toContainEqual(expect.objectContaining({ kind, value }));
  });

  it('reads an amount with its unit', () => {
    expect(findClaims('公开政府集中采购项目20个，累计51.95662万元。')).toContainEqual({ kind: 'procurement-amount', value: 51.95662, unit: '万元' });
    expect(findClaims('全年政府采购金额2213552元。')).toContainEqual({ kind: 'procurement-amount', value: 2213552, unit: '元' });
  });

  it('行政复议案件 is no deputies’ 议案: a sentence of review and lawsuit cases is read (real: 平潭综合实验区 2023)', () => {
    expect(findClaims('因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。')).toEqual([
      { kind: 'reviews', value: 2 },
      { kind: 'lawsuits', value: 7 },
    ]);
    expect(findClaims('全年共办理人大代表议案、政协委员提案3件，行政复议2件。')).toEqual([]);
  });

  it.each([
    '今年，共受理656件信访案件，黄石市12345公共服务热线平台信访615件，湖北省阳光信访平台信访41件，办结回复656件。',
    '2020年街道信息公开坚持以科学发展观为统领，主动公开政府信息40条，街道动态160余条。',
    '全年累计推送微信微博信息500余条，辐射群众超80000人次。',
    '接到群众来电咨询政府信息公开申请事宜20次。',
    '按照《条例》第二十条第（一）项，公开规章目录。',
    // a set phrase is no count (real: 平潭综合实验区 2021), and a zero for one kind of applicant is no zero for all (real: 莆田市林业局 2023)
    '坚持第一时间登记受理、第一时间转送承办单位和第一时间回复申请的“三个一”工作机制',
    '未收到法人或其他组织办理政府信息公开申请。',
    '2021年，八泉街道办事处政府信息公开工作紧紧围绕中央、省、市、区关于2021年政府信息公开工作年度报告的安排部署。',
  ])('reads nothing from %s', (sentence) => {
    expect(findClaims(sentence)).toEqual([]);
  });

  it('公开申请 without 信息 is a request received (real: 平潭综合实验区管委会办公室 2025)', () => {
    expect(findClaims('2025年，实验区管委会（办公室）共受理公开申请34件，均在法定期限内予以办理。')).toContainEqual({ kind: 'requests-received', value: 34 });
  });

  it('不予公开 among the kinds of information made (主动公开 / 依申请公开 / 不予公开) counts information, not requests refused (real: 平潭综合实验区经济发展局 2024)', () => {
    expect(findClaims('2024年，我局共制发政府信息349条，其中，主动公开政府信息124条、依申请公开173条、不予公开52条。')).toEqual([]);
    expect(findClaims('其中，主动公开政府信息117条（涵盖规划计划类1条）、依申请公开274条、不予公开96条')).toEqual([]);
    // two kinds counted together, in 份 (real: 平潭综合实验区综合执法与应急管理局 2020, 2023)
    expect(findClaims('共制作政府信息（文件）617份，其中主动公开138份、依申请公开及不予公开431份')).toEqual([]);
    // the requests' own results still read
    expect(findClaims('共办理政府信息公开申请10件，其中予以公开6件、不予公开4件。')).toContainEqual({ kind: 'withheld', value: 4 });
    expect(findClaims('依申请公开信息中，不予公开35件。')).toContainEqual({ kind: 'withheld', value: 35 });
  });
});

describe('findSum and findPercents', () => {
  it('a total and the parts listed after 其中', () => {
    expect(findSum('共收到申请10件，其中予以公开6件、部分公开3件。')).toEqual({ total: 10, parts: [6, 3], unit: '件', catchAll: false });
    expect(findSum('共收到申请10件，分别为予以公开6件、不予公开5件。')).toEqual({ total: 10, parts: [6, 5], unit: '件', catchAll: false });
  });
  it('a total the list follows without 共, and 公共 is no 共 (real: 莆田市海洋与渔业局 2024)', () => {
    expect(findSum('全年通过网站主动公开各类政府信息33条，其中发展规划3条、组织机构设置17条、法律法规和资金下达1条、公共事件应急管理3条、主动公开其他信息10条、监督检查情况3条，全文电子化率100%。')).toEqual({
      total: 33, parts: [3, 17, 1, 3, 10, 3], unit: '条', catchAll: false,
    });
  });
  it('a list ending with its catch-all 其他… must make up the total (real: 君山片区管理局 2022)', () => {
    const s = '全年主动公开信息数156条，其中机关职能类信息12条，行政许可类信息0条，财政预决算类信息2条；突发公共事件应急预案类信息47条；其他应主动公开的政府信息45条。';
    expect(findSum(s)).toEqual({ total: 156, parts: [12, 0, 2, 47, 45], unit: '条', catchAll: true });
    expect(findSum('共收到申请10件，其中予以公开6件、部分公开3件、其他处理1件。')?.catchAll).toBe(true);
  });
  it('of a total said with 共 and a count the list follows, the one printed first', () => {
    // 共 first: its list would have to follow it at once, and does not
    expect(findSum('共收到申请10件，依法受理申请8件，其中予以公开6件、部分公开2件。')).toBeNull();
    // the count first: the total is the one its list follows, not what 累计 says later (where the list ends is not asked here)
    expect(findSum('主动公开信息33条，其中规划3条、机构30条，累计发布40条。')?.total).toBe(33);
  });

  it('a list of 主动公开, 依申请公开 and 不予公开, those three parts and no more, claims to be whole', () => {
    expect(findSum('共有信息100条，其中主动公开60条、依申请公开30条、不予公开10条。')?.catchAll).toBe(true);
    expect(findSum('共有信息100条，其中主动公开60条、依申请公开30条、部分公开10条。')?.catchAll).toBe(false);
    expect(findSum('共有信息100条，其中主动公开60条、予以公开30条、不予公开10条。')?.catchAll).toBe(false);
    expect(findSum('共有信息100条，其中公开60条、依申请公开30条、不予公开10条。')?.catchAll).toBe(false);
    expect(findSum('共有信息100条，其中主动公开50条、依申请公开30条、不予公开10条、转办10条。')?.catchAll).toBe(false);
    // two of the three counted together, in 份 (real: 平潭综合实验区综合执法与应急管理局 2020: 138 + 431 ≠ 617)
    expect(findSum('共制作政府信息（文件）617份，其中主动公开138份、依申请公开及不予公开431份；')).toEqual({ total: 617, parts: [138, 431], unit: '份', catchAll: true });
    expect(findSum('共有信息100条，其中主动公开60条、依申请公开40条。')?.catchAll).toBe(false);
    expect(findSum('共制作617份文件，其中主动公开138份、依申请公开及不予公开431份')?.total).toBe(617);
    // a part's count printed without its unit after 数 (real: 平潭综合实验区社会事业局 2022)
    const s = '全年印发公文类政府信息共510条，其中主动公开信息数169，依申请公开信息数317条，不予公开24条；全年通过政府门户网站主动公开政策5条，其他应主动公开的政府信息2条。';
    expect(findSum(s)).toEqual({ total: 510, parts: [169, 317, 24], unit: '条', catchAll: true });
    expect(findClaims(s)).toEqual([]);
  });

  it('what brackets hold breaks an item down: not parts of the list (real: 平潭综合实验区经济发展局 2020)', () => {
    const s = '全年共制发政府信息487条，其中，主动公开政府信息117条（涵盖政策及规范性文件类10条、规划计划类1条、其他应主动公开的政府信息106条）、依申请公开274条、不予公开96条，占比高达80.29%。';
    expect(findSum(s)).toEqual({ total: 487, parts: [117, 274, 96], unit: '条', catchAll: true });
    expect(findSum('共有信息10条，其中主动公开6条(含解读2条)、依申请公开4条。')).toEqual({ total: 10, parts: [6, 4], unit: '条', catchAll: false });
  });

  it('a catch-all item makes the list whole, a 等 after it too (real: 平潭综合实验区财政金融局 2023, labelled so by hand)', () => {
    const s = '在主动公开的107条政府信息中，全文电子化的主动公开信息数共107条，其中:减税降费22条，财政预算、决算报告共7条；其他文件共54条等。';
    expect(findSum(s)).toEqual({ total: 107, parts: [22, 7, 54], unit: '条', catchAll: true });
  });

  it('a count of information its kinds follow at once, with no 其中, is a sum where the list ends with 其他 (real: 平潭综合实验区行政审批局 2022, labelled so by hand)', () => {
    const s = '2022年，主动公开政府信息364条，人事信息17条，国民经济和社会发展规划类信息1条，重大建设项目类信息308条，公共服务类信息8条，其他应主动公开的政府信息19条。';
    expect(findSum(s)).toEqual({ total: 364, parts: [17, 1, 308, 8, 19], unit: '条', catchAll: true });
    // the count before its noun (real: 平潭综合实验区行政审批局 2021), and a lead-in of other words (涵盖 …, 公开类别主要涉及 …)
    expect(findSum('今年我局公开278条政务信息，机构职能类信息2条，行政许可类信息3条，重大建设项目类信息252条，其他应主动公开的政府信息21条')).toEqual({ total: 278, parts: [2, 3, 252, 21], unit: '条', catchAll: true });
    expect(findSum('2023年，主动公开政府信息128条，涵盖政策及规范性文件类6条、重大建设项目信息类24条、科教文体卫生类8条、其他应主动公开的政府信息90条')).toEqual({ total: 128, parts: [6, 24, 8, 90], unit: '条', catchAll: true });
  });

  it('a bare list is no sum without its catch-all, with two kinds only, as the three kinds all information falls into, or after a kind', () => {
    expect(findSum('主动公开政府信息364条，人事信息17条，规划类信息1条，公共服务类信息8条。')).toBeNull();
    expect(findSum('主动公开政府信息364条，人事信息17条，其他信息19条。')).toBeNull();
    expect(findSum('制发政府信息364条，主动公开17条，依申请公开1条，其他不予公开308条。')).toBeNull();
    // a kind of information (…类信息N条) heads no list, and a sentence with a 其中 of its own lists after it
    expect(findSum('机构职能类信息2条，行政许可类信息3条，重大建设项目类信息252条，其他应主动公开的政府信息21条')).toBeNull();
    // (real: 平潭综合实验区社会事业局 2024, whose 99 the parts make up: 5+11+74+9)
    expect(findSum('全年通过政府门户网站主动公开99条政策，其中，政策、规范性文件类信息5条，民政扶贫救灾社会保障就业类信息11条，科教卫健类信息74条，其他类信息9条')).toBeNull();
    // a sentence that is itself a part of a list (其中…), or whose count of information follows a total (共…) of its own
    expect(findSum('其中主动公开政府信息60条，人事信息17条，规划类信息1条，其他应主动公开的政府信息19条')).toBeNull();
    expect(findSum('共发布信息200条，主动公开政府信息150条，人事信息17条，规划类信息1条，其他应主动公开的政府信息19条')).toBeNull();
    // a count of something else (申请, 政策) is no count of information
    expect(findSum('收到申请364件，予以公开17件，部分公开1件，不予公开308件，其他处理8件。')).toBeNull();
  });

  it('a list starts after its lead-in: a count before 其中 is none of its parts', () => {
    expect(findSum('共收到申请10件，另3件其中予以公开6件、部分公开4件。')).toEqual({ total: 10, parts: [6, 4], unit: '件', catchAll: false });
  });

  it('a list ends at 办结 with or without a comma before it', () => {
    expect(findSum('共收到申请10件，其中予以公开6件、部分公开4件办结10件。')).toEqual({ total: 10, parts: [6, 4], unit: '件', catchAll: false });
  });

  it('no list without 其中/分别/包括, and a list ends where a new statement begins', () => {
    expect(findSum('今年，共受理656件信访案件，热线平台信访615件，阳光信访平台信访41件，办结回复656件。')).toBeNull();
    expect(findSum('共收到申请10件，其中予以公开6件，办结10件。')).toBeNull();
  });
  it('percentages with their counts', () => {
    expect(findPercents('共收到申请20件，其中予以公开15件，占75%。')).toEqual([{ part: 15, total: 20, percent: 75, decimals: 0 }]);
    expect(findPercents('共收到申请3件，其中予以公开2件，占比66.7%。')).toEqual([{ part: 2, total: 3, percent: 66.7, decimals: 1 }]);
    expect(findPercents('主动公开信息76条，百分比100%。')).toEqual([]);
    // the percent sign as some pages print it: full-width, small (both folded to %), and none at all
    expect(findPercents('共收到申请20件，其中予以公开15件，占75％。')).toEqual([{ part: 15, total: 20, percent: 75, decimals: 0 }]);
    expect(findPercents('共收到申请20件，其中予以公开15件，占75﹪。')).toEqual([{ part: 15, total: 20, percent: 75, decimals: 0 }]);
    expect(findPercents('共收到申请20件，其中予以公开15件，占75。')).toEqual([]);
  });
  it('shares only after a total that is not 0; 以上 after the sign makes a floor', () => {
    expect(findPercents('共收到申请0件，其中予以公开0件，占0%。')).toEqual([]);
    expect(findPercents('予以公开15件，占75%，共收到申请20件。')).toEqual([]);
    expect(findPercents('共收到申请20件，其中予以公开15件，占75%以上。')).toEqual([{ part: 15, total: 20, percent: 75, decimals: 0, bound: 'floor' }]);
  });

  it('a paragraph’s base: one count, not a span of months, no share above it, not 0; 以上 makes a floor', () => {
    expect(findParagraphPercents('近3个月梳理58个事项，其中46项即办，占比79.3%。')).toEqual([{ part: 46, total: 58, percent: 79.3, decimals: 1 }]);
    // a month named later in the paragraph does not make 58个 a span
    expect(findParagraphPercents('梳理58个事项，其中46项即办，占比79.3%，截至12月底。')).toEqual([{ part: 46, total: 58, percent: 79.3, decimals: 1 }]);
    expect(findParagraphPercents('梳理58个事项，其中60项即办，占比79.3%。')).toEqual([]);
    expect(findParagraphPercents('梳理58个事项，其中58项即办，占比100%。')).toEqual([{ part: 58, total: 58, percent: 100, decimals: 0 }]);
    expect(findParagraphPercents('梳理0个事项，其中0项即办，占比0%。')).toEqual([]);
    expect(findParagraphPercents('梳理58个事项，其中46项即办，占比79.3%以上。')).toEqual([{ part: 46, total: 58, percent: 79.3, decimals: 1, bound: 'floor' }]);
  });

  it('a share whose base an earlier sentence of the paragraph states; 达 makes it a floor (real: 莆田市海洋与渔业局 2022)', () => {
    const p = '对市局58个办事事项清单全部重新梳理优化，目前已有56项为五星级“一趟不用跑”事项，占比达96%。即办事项46项，占比76.6%；';
    expect(findParagraphPercents(p)).toEqual([
      { part: 56, total: 58, percent: 96, decimals: 0, bound: 'floor' },
      { part: 46, total: 58, percent: 76.6, decimals: 1 },
    ]);
    // two candidate bases, or a 共 total the sentence rule reads: nothing here
    expect(findParagraphPercents('梳理58个事项和12个窗口，其中46项即办，占比79.3%。')).toEqual([]);
    expect(findParagraphPercents('共梳理58个事项，其中46项即办，占比79.3%。')).toEqual([]);
    expect(findParagraphPercents(p.replaceAll('%', '％'))).toEqual(findParagraphPercents(p));
    expect(findParagraphPercents(p.replaceAll('%', '﹪'))).toEqual(findParagraphPercents(p));
  });
});

describe('claimText and the year a count is not', () => {
  it('numerals of up to three characters before a unit become digits; what reads as no number stays', () => {
    expect(claimText('收到 申请　十二 件，办结两件')).toBe('收到申请12件,办结2件');
    expect(claimText('二二件')).toBe('二二件');
    expect(claimText('“三个一”工作机制')).toBe('"三个一"工作机制');
  });

  it('a number from 1900 to 2100 right before 年 is a year, not a count: that pattern reads nothing', () => {
    expect(findClaims('本机关新收政府信息公开申请2021年度共计5件')).toEqual([]);
    expect(findClaims('新收信息公开申请1900年')).toEqual([]);
    expect(findClaims('新收信息公开申请2100年')).toEqual([]);
    expect(findClaims('收到依申请公开2021年')).toEqual([]);
  });

  it('digits too many to make a number are no count', () => {
    expect(findClaims(`新收信息公开申请${'9'.repeat(400)}件`)).toEqual([]);
  });

  it('outside those years, or with 年 only later, it is a count, with no unit but an amount’s', () => {
    for (const [s, value] of [['新收信息公开申请1899年', 1899], ['新收信息公开申请2101年', 2101], ['新收信息公开申请2021件', 2021], ['新收信息公开申请2021，较上年增加', 2021]] as const) {
      const claims = findClaims(s);
      expect(claims).toEqual([{ kind: 'requests-received', value }]);
      expect(Object.keys(claims[0]!)).toEqual(['kind', 'value']);
    }
  });
});

describe('findSum’s whole lists and a paragraph’s shares, at their edges', () => {
  it('a list is whole by its last item’s own words, not by 其他 earlier in it', () => {
    expect(findSum('主动公开信息共10件，其中规划3件、其他5件、计划2件')).toEqual({ total: 10, parts: [3, 5, 2], unit: '件', catchAll: false });
    expect(findSum('主动公开信息共10件，其中规划5件、计划3件、其他2件')).toEqual({ total: 10, parts: [5, 3, 2], unit: '件', catchAll: true });
  });

  it('the three kinds all information falls into make a list whole only where they are its parts, not after its end', () => {
    expect(findSum('共10件，其中主动公开5件、依申请公开3件、规划2件；不予公开1件')).toEqual({ total: 10, parts: [5, 3, 2], unit: '件', catchAll: false });
    expect(findSum('共10件，其中主动公开5件、依申请公开3件、不予公开2件')).toEqual({ total: 10, parts: [5, 3, 2], unit: '件', catchAll: true });
  });

  it('a paragraph with one share above its base says nothing, though the others are below it', () => {
    expect(findParagraphPercents('梳理58个事项。其中即办事项56项，占比96.6%；承诺事项60项，占比103.4%。')).toEqual([]);
    expect(findParagraphPercents('梳理58个事项。其中即办事项56项，占比96.6%；承诺事项2项，占比3.4%。')).toHaveLength(2);
  });
});

// real (Pingtan 财政金融局 2019, 交通与建设局 2021; Putian 海洋与渔业局 2023, the sixth batch of tests/fixtures/real/): false
// warnings the screening found
describe('where a list of parts ends, and what its shares are of', () => {
  it('a part without its unit at the sentence’s end (不予公开信息数79。) is a part', () => {
    const text = '2019年制作、获取政府信息总数330条，其中主动公开政府信息90条，作为依申请公开信息数161条，不予公开信息数79。';
    expect(findSum(text)).toEqual({ total: 330, parts: [90, 161, 79], unit: '条', catchAll: true });
    expect(findSum(text.replace(/。$/, ''))?.parts).toEqual([90, 161, 79]);
    // a number after 数 inside a word stays no part
    expect(findSum('共10件，其中主动公开5件、依申请公开5件，数100万')?.parts).toEqual([5, 5]);
  });

  it('a list ends at its 等, and a running total (截止…累计) after it is no part', () => {
    const text = '今年我局主动公开各类政府信息34条，包括发展规划4条、组织机构设置12条、公共事件应急管理2条、监督检查情况3条、主动公开其他信息10条、规范性文件3条等，截止2023年底，累计主动公开政府信息960条，全文电子化率100%';
    expect(findSum(text)).toEqual({ total: 34, parts: [4, 12, 2, 3, 10, 3], unit: '条', catchAll: false });
    expect(findSum('主动公开信息34条，包括规划4条、计划30条等，网站发布960条')?.parts).toEqual([4, 30]);
    expect(findSum('主动公开信息34条，包括规划4条、计划30条，累计公开960条')?.parts).toEqual([4, 30]);
    expect(findSum('主动公开信息34条，包括规划4条、计划30条，截至年底公开960条')?.parts).toEqual([4, 30]);
    // 等 inside an item's words (…人事信息等其他类信息315条) is no end
    expect(findSum('主动公开政府信息318条，其中：机构职能类1条，规划计划类2条，统计信息、资金信息、人事信息等其他类信息315条')?.parts).toEqual([1, 2, 315]);
  });

  it('shares of a part the list names, not of the total: the total’s own list ends there, and the shares are of that part', () => {
    const text = '在省网绑定并发布的事项共有89项，其中行政许可57项，实现“一趟不用跑”的有45项，占比78.9%；实现“全程网办”的有41项，占比71.9%；即办件有36项，占比63.2%';
    expect(findSum(text)).toBeNull();
    expect(findPercents('在省网绑定并发布的事项共有89项，其中行政许可57项，实现“一趟不用跑”的有45项，占比78.9%')).toEqual([{ part: 45, total: 57, percent: 78.9, decimals: 1 }]);
    // a share that fits neither is of the total, and wrong
    expect(findPercents('事项共有89项，其中行政许可57项，实现网办的有45项，占比70.9%')).toEqual([{ part: 45, total: 89, percent: 70.9, decimals: 1 }]);
    // a share of the total stays so, and a list whose shares are of its total is read whole
    expect(findPercents('事项共有89项，其中行政许可57项，网办的有45项，占比50.6%')[0]!.total).toBe(89);
    expect(findSum('事项共有90项，其中许可45项，占比50%；处罚45项，占比50%')).toEqual({ total: 90, parts: [45, 45], unit: '项', catchAll: false });
    // a count after the share, or below its part, is no base; a floor (达 70%) is no base's fit; a share that fits the total keeps it
    expect(findPercents('事项共有89项，其中网办的有45项，占比78.9%；许可57项')[0]!.total).toBe(89);
    expect(findPercents('事项共有89项，其中许可30项，网办的有45项，占比150%')[0]!.total).toBe(89);
    expect(findPercents('事项共有89项，其中许可57项，网办的有45项，占比达70%')[0]!.total).toBe(89);
    expect(findPercents('事项共有100项，其中线上101项，网办的有50项，占比50%')[0]!.total).toBe(100);
    // a floor (高达 80.29%) fits too many bases to tell one: the list stays whole
    const floor = '全年共制发政府信息487条，其中主动公开政府信息117条、依申请公开274条、不予公开96条，主动公开及依申请公开政府信息占比高达80.29%';
    expect(findSum(floor)?.parts).toEqual([117, 274, 96]);
  });

  it('shareFits: to the decimals printed, a floor reached, a ceiling not passed', () => {
    expect(shareFits({ part: 45, total: 57, percent: 78.9, decimals: 1 })).toBe(true);
    expect(shareFits({ part: 45, total: 57, percent: 79, decimals: 0 })).toBe(true);
    expect(shareFits({ part: 45, total: 57, percent: 78.8, decimals: 1 })).toBe(false);
    expect(shareFits({ part: 45, total: 57, percent: 78, decimals: 0, bound: 'floor' })).toBe(true);
    expect(shareFits({ part: 45, total: 57, percent: 80, decimals: 0, bound: 'floor' })).toBe(false);
    expect(shareFits({ part: 45, total: 57, percent: 80, decimals: 0, bound: 'ceiling' })).toBe(true);
    expect(shareFits({ part: 45, total: 57, percent: 78, decimals: 0, bound: 'ceiling' })).toBe(false);
  });
});

describe('不予公开 used loosely for a reason of 无法提供', () => {
  it('is no claim of 不予公开 where its reason is that the organ does not hold the information', () => {
    // real: 莆田市统计局 2020 (its 表三 counts the four under 无法提供)
    const text = '我局按规定进行受理并答复，其中“属于已主动公开范围信息数”2件,非我局职能不予公开3件，无相关统计数据不予公开1件。';
    expect(findClaims(text).filter((c) => c.kind === 'withheld')).toEqual([]);
    for (const reason of ['不属于本机关', '本机关不掌握相关信息', '没有现成信息', '申请的信息不存在', '非本单位职责']) {
      expect(findClaims(`共办理政府信息公开申请10件，其中${reason}不予公开4件。`).filter((c) => c.kind === 'withheld'), reason).toEqual([]);
    }
  });

  it('is a claim where the reason is 不予公开’s own, or none is given', () => {
    expect(findClaims('共办理政府信息公开申请10件，其中涉及国家秘密不予公开4件。')).toContainEqual({ kind: 'withheld', value: 4 });
    expect(findClaims('共办理政府信息公开申请10件，其中非常规申请6件、不予公开4件。')).toContainEqual({ kind: 'withheld', value: 4 });
  });
});

describe('a list said to be of a total (在主动公开的90条政府信息中，…)', () => {
  it('is read without 其中, a count that restates the total (全文电子化…共90条) none of its parts', () => {
    // real: 平潭综合实验区财政金融局 2019 — 1+10+52+5+25 = 93, the last item the rest (其他)
    const text = '2019年，在主动公开的90条政府信息中，全文电子化的主动公开信息数共90条，机构设置、主要职能、办事程序类信息共1条；地方性法规、政府规章和规范性文件类信息10条；财政资金管理使用情况等信息52条；财政预决算报告信息5条；工作进展动态和其他应主动公开的政府信息25条。';
    expect(findSum(text)).toEqual({ total: 90, parts: [1, 10, 52, 5, 25], unit: '条', catchAll: true });
    expect(findSum('在收到的20件申请中，予以公开15件，不予公开5件')).toEqual({ total: 20, parts: [15, 5], unit: '件', catchAll: false });
    // the list ends where its parts make up the total (…；网站发布34条 is another statement)
    expect(findSum('在主动公开的30条信息中，规划类10条，其他类20条；网站发布34条')?.parts).toEqual([10, 20]);
    expect(findSum('在主动公开的30条信息中，全文电子化共30条，规划类10条，其他类20条；网站发布34条')?.parts).toEqual([10, 20]);
    // a clause that runs on (在…申请中予以公开…) is no list's head; a 共 total's part equal to it stays a part
    expect(findSum('在收到的20件申请中予以公开15件、不予公开5件')).toBeNull();
    expect(findSum('共办理申请10件，其中网上10件、予以公开6件、不予公开4件')?.parts).toEqual([10, 6, 4]);
  });

  it('is no total where 在…中 names no count, or a 共 total stands first', () => {
    expect(findSum('在2023年工作中，共办理申请10件，其中予以公开6件、不予公开4件')).toEqual({ total: 10, parts: [6, 4], unit: '件', catchAll: false });
    expect(findSum('在日常工作中，公开信息30条，规划类10条')).toBeNull();
    expect(findSum('共办理申请12件，其中在网上受理的10件中，予以公开6件、不予公开4件')?.total).toBe(12);
  });
});

describe('the requests handled (办理…申请N件)', () => {
  it('is 办理结果’s total, said as the requests answered', () => {
    // real: 平潭综合实验区旅游与文化体育局 2025
    expect(findClaims('全年办理政府信息公开申请1件，均在法定期限内答复。')).toContainEqual({ kind: 'requests-answered', value: 1 });
    expect(findClaims('共办理了信息公开申请12件')).toContainEqual({ kind: 'requests-answered', value: 12 });
  });

  it('is not the handling of something else', () => {
    expect(findClaims('全年办理行政许可申请30件').filter((c) => c.kind === 'requests-answered')).toEqual([]);
    expect(findClaims('办理人大建议和政协提案申请5件').filter((c) => c.kind === 'requests-answered')).toEqual([]);
  });
});

describe('a result’s answers are not the requests answered', () => {
  it('答复 after a result’s words in its clause is none (给予同意公开答复 1 件，不予公开答复3件)', () => {
    // real: 平潭综合实验区市场监督管理局 2025
    const text = '2025年，共受理政府信息公开申请21件，经分类处置后，给予同意公开答复 1 件，不予公开答复3件，区分处理后公开11件，因无法提供相关信息答复2件，其他处理2件。';
    expect(findClaims(text).filter((c) => c.kind === 'requests-answered')).toEqual([]);
    for (const w of ['已告知申请人答复', '说明理由后答复', '经处理后答复']) {
      expect(findClaims(`共受理申请10件，${w}4件。`).filter((c) => c.kind === 'requests-answered'), w).toEqual([]);
    }
  });

  it('答复 of all requests, or of 依申请公开 requests, still is', () => {
    expect(findClaims('全年共答复政府信息公开申请20件。')).toContainEqual({ kind: 'requests-answered', value: 20 });
    expect(findClaims('今年依申请公开答复申请12件。')).toContainEqual({ kind: 'requests-answered', value: 12 });
  });
});

describe('a time limit and one instance’s cases are no counts (real: 上海市 2020)', () => {
  const real = '依托政务公开工作平台，对全市依申请件进行全量全流程管理,严格平台使用规范，各单位线下渠道收到的政府信息公开申请要求在2个工作日内录入办理平台，确保依申请件“应登尽登”。';
  it('reads no requests received from a number of days', () => {
    expect(findClaims(real)).toEqual([]);
    for (const d of ['2个工作日', '15个自然日', '3日', '5天', '24小时', '1个月', '2周', '1星期', '10工作日'])
      expect(findClaims(`收到的信息公开申请须在${d}内答复`), d).toEqual([]);
  });
  it('still reads a count of requests, in 个 too, and one that a time limit follows', () => {
    expect(findClaims('共收到政府信息公开申请5件，均在20个工作日内答复。')).toContainEqual({ kind: 'requests-received', value: 5 });
    expect(findClaims('收到政府信息公开申请2个，日均办理用时3天')).toContainEqual({ kind: 'requests-received', value: 2 });
    expect(findClaims('新收信息公开申请7件，工作日均有人值守')).toContainEqual({ kind: 'requests-received', value: 7 });
  });
  it('reads no lawsuits from the cases of one instance', () => {
    const text = '信息公开类行政诉讼立案731件，其中，未经复议直接起诉442件，复议后起诉289件。一审行政诉讼案件687件，结果纠正23件，纠错率3.14%。';
    const [first, second] = text.split('。');
    expect(findClaims(first!)).toContainEqual({ kind: 'lawsuits', value: 731 });
    expect(findClaims(second!).filter((c) => c.kind === 'lawsuits')).toEqual([]);
    for (const w of ['二审', '再审', '终审']) expect(findClaims(`${w}行政诉讼案件5件`).filter((c) => c.kind === 'lawsuits'), w).toEqual([]);
    expect(findClaims('被提起行政诉讼2件')).toContainEqual({ kind: 'lawsuits', value: 2 });
    expect(findClaims('应诉行政诉讼案件3件')).toContainEqual({ kind: 'lawsuits', value: 3 });
  });
});
