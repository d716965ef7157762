/**
 * Telling the six section headings among a report's lines (lib/template/sections.ts): each wording of each section,
 * numbered or bare, and what looks like a heading but is not (a table row, a numbered sentence, a fragment of a
 * sentence broken over lines, a table caption repeating the heading above it).
 */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../lib/model';
import { findHeadings, isSectionHeading } from '../../lib/template/sections';

const lines = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }));
/** Each heading found: [printed number, section, its line's index]. */
const found = (...texts: string[]) => findHeadings(lines(...texts)).map((h) => [h.printed, h.section, h.index]);
const sectionOf = (text: string) => findHeadings(lines(text))[0]?.section ?? null;

describe('each section in each of its wordings', () => {
  it.each([
    ['一、总体情况', 1], ['一、概述', 1], ['一、基本情况', 1], ['一、总体概况', 1],
    ['二、主动公开政府信息情况', 2],
    ['三、收到和处理政府信息公开申请情况', 3], ['三、依申请公开情况', 3], ['三、政府信息公开申请办理情况', 3],
    ['四、政府信息公开行政复议、行政诉讼情况', 4], ['四、行政复议情况', 4], ['四、行政诉讼情况', 4],
    ['五、存在的主要问题及改进情况', 5], ['五、存在主要问题', 5], ['五、工作改进情况', 5], ['五、改进措施', 5], ['五、问题及改进', 5],
    ['六、其他需要报告的事项', 6], ['六、其他事项', 6], ['六、其他需报告的事项', 6], ['六、其他应说明的事项', 6],
    ['六、其他需说明的事项', 6], ['六、其他说明事项', 6], ['六、其他需要说明的事项', 6],
  ])('%s is section %i', (text, section) => {
    expect(sectionOf(text)).toBe(section);
    expect(isSectionHeading(text)).toBe(true);
  });

  it('pieces of 表三’s 三、本年度办理结果 set down its column are no heading (三、本年度 法提供, 三、 （四）)', () => {
    expect(found('三、本年度 法提供')).toEqual([]);
    expect(found('三、本年度')).toEqual([]);
    expect(found('三、 （四）')).toEqual([]);
    expect(found('三、(四)无法')).toEqual([]);
    // a heading that goes on after them stays one
    expect(found('三、本年度收到和处理政府信息公开申请情况')).toEqual([[3, 3, 0]]);
    expect(found('三、（一）收到和处理政府信息公开申请情况')).toEqual([[3, 3, 0]]);
  });

  it('a numbered line naming none of them is a heading of no section; the number is read whatever its separator', () => {
    expect(found('七、附件')).toEqual([[7, null, 0]]);
    expect(isSectionHeading('七、附件')).toBe(false);
    expect(found('一.总体情况', '二，主动公开政府信息情况', '三,依申请公开情况', ' 四 、 行政复议情况', '十一、其他事项')).toEqual([
      [1, 1, 0], [2, 2, 1], [3, 3, 2], [4, 4, 3], [11, 6, 4],
    ]);
  });

  it('a template title with up to three characters taken out, a space in each place: its section (pdftotext moved 行 away)', () => {
    expect(found('四、政府信息公开 政复议、 政诉讼情况')).toEqual([[4, 4, 0]]);
    expect(isSectionHeading('四、政府信息公开 政复议、 政诉讼情况')).toBe(true);
    // a piece of a title, four gaps, or words that are no title: no section
    expect(found('四、政府信息公开 政复议')).toEqual([[4, null, 0]]);
    expect(found('四、政 信息公开 政复议、 政诉讼情况')).toEqual([[4, 4, 0]]);
    expect(found('四、政 信息 开 政复议、 政诉讼情况')).toEqual([[4, null, 0]]);
    expect(found('四、政府信息公开 工作 情况')).toEqual([[4, null, 0]]);
  });

  it('a note in brackets after the title is not part of it; a title over 40 characters names no section', () => {
    expect(found('三、收到和处理政府信息公开申请情况（单位：件）')).toEqual([[3, 3, 0]]);
    // the 2021 template's own note would make the title too long to be one
    const noted = '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
    expect(found(noted)).toEqual([[3, 3, 0]]);
    expect(isSectionHeading(noted)).toBe(true);
    // a note that names another section's words is not read as that section
    expect(found('三、收到和处理政府信息公开申请情况(不含主动公开)')).toEqual([[3, 3, 0]]);
    expect(isSectionHeading('四、工作情况（含主动公开）')).toBe(false);
    const long = `二、主动公开政府信息情况${'并'.repeat(31)}`;
    expect(long.length - 2).toBe(41);
    expect(found(long)).toEqual([[2, null, 0]]);
    expect(found(long.slice(0, -1))).toEqual([[2, 2, 0]]);
  });
});

describe('what is no heading', () => {
  it('a numeral and a comma before words that name no section: a sentence folded there, not a heading', () => {
    // catdoc folds a paragraph at a fixed width: …政策解读形式还比较单 / 一，图表、音视频等解读方式运用不多；三是工作人员
    expect(found('一，图表、音视频等解读方式运用不多；三是工作人员')).toEqual([]);
    expect(found('二,是工作人员业务水平有待提升')).toEqual([]);
    // with 、 or a section's title after the comma it is one
    expect(found('一、图表、音视频等解读方式运用不多')).toEqual([[1, null, 0]]);
    expect(found('二，主动公开政府信息情况')).toEqual([[2, 2, 0]]);
  });

  it('表三’s numbered row labels', () => {
    for (const t of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '四、结转下年度继续办理']) {
      expect(found(t)).toEqual([]);
      expect(isSectionHeading(t)).toBe(false);
    }
  });

  it('a line over 60 characters', () => {
    const t = `一、总体情况${'况'.repeat(55)}`;
    expect(t.length).toBe(61);
    expect(found(t)).toEqual([]);
    expect(isSectionHeading(t)).toBe(false);
    // 60: a heading still, its title too long to name a section
    expect(found(t.slice(0, 60))).toEqual([[1, null, 0]]);
    expect(isSectionHeading(t.slice(0, 60))).toBe(true);
  });

  it('a numbered sentence longer than 25 characters ending in 。 or ；; a shorter one is still a heading', () => {
    const sentence = `一、主动公开${'政'.repeat(21)}。`;
    expect(sentence.length - 2).toBe(26);
    expect(found(sentence)).toEqual([]);
    expect(found(sentence.replace('。', '；'))).toEqual([]);
    expect(found(sentence.slice(0, -2) + '。')).toEqual([[1, 2, 0]]);
    expect(found(sentence.slice(0, -1))).toEqual([[1, 2, 0]]);
  });

  it('a bare title is a heading only on a line of its own, the sentence not going on below it within three lines', () => {
    expect(found('总体情况')).toEqual([[null, 1, 0]]);
    expect(found('主动公开情况', '', '', '')).toEqual([[null, 2, 0]]);
    expect(found('本报告由', '总体情况', '、主动公开…')).toEqual([]);
    for (const p of ['，', ',', '。', '；', ';', '：', ':', '）', ')']) expect(found('总体情况', `${p}续`)).toEqual([]);
    expect(found('总体情况', '', '', '，续')).toEqual([]);
    expect(found('总体情况', '  ，续')).toEqual([]);
    expect(found('总体情况', '', '', '', '，续')).toEqual([[null, 1, 0]]);
  });

  it('each bare wording, with its spaces, colon and full stop dropped', () => {
    expect(found('依申请公开情况', '行政复议和行政诉讼情况', '存在的主要问题及改进措施', '其他事项')).toEqual([
      [null, 3, 0], [null, 4, 1], [null, 5, 2], [null, 6, 3],
    ]);
    expect(found('总 体 情 况：')).toEqual([[null, 1, 0]]);
    expect(found('总体情况。')).toEqual([[null, 1, 0]]);
    expect(isSectionHeading('总体情况：')).toBe(true);
    expect(isSectionHeading('总体情况说明')).toBe(false);
  });

  it('a table’s caption repeating the heading just above it (within two lines, or blank lines between) is no second section', () => {
    expect(found('二、主动公开政府信息情况', '主动公开政府信息情况')).toEqual([[2, 2, 0]]);
    expect(found('二、主动公开政府信息情况', '正文', '主动公开政府信息情况')).toEqual([[2, 2, 0]]);
    // further on, a bare title is no section beside a numbered heading of it (below); two bare titles are two
    expect(found('二、主动公开政府信息情况', '正文', '正文', '主动公开政府信息情况')).toEqual([[2, 2, 0]]);
    expect(found('主动公开政府信息情况', '正文', '正文', '主动公开政府信息情况')).toEqual([[null, 2, 0], [null, 2, 3]]);
    expect(found('主动公开政府信息情况', '主动公开政府信息情况')).toEqual([[null, 2, 0]]);
    expect(found('一、总体情况', '主动公开政府信息情况')).toEqual([[1, 1, 0], [null, 2, 1]]);
    expect(found('正文', '二、主动公开政府信息情况', '正文', '主动公开政府信息情况')).toEqual([[2, 2, 1]]);
    // further down with nothing but blank lines between (a Markdown heading's underline left blank, a scraper's empty lines)
    expect(found('二、主动公开政府信息情况', '', '', ' ', '主动公开政府信息情况')).toEqual([[2, 2, 0]]);
    expect(found('主动公开政府信息情况', '', '', '正文', '主动公开政府信息情况')).toEqual([[null, 2, 0], [null, 2, 4]]);
    expect(found('主动公开政府信息情况', '', '', ' ', '主动公开政府信息情况')).toEqual([[null, 2, 0]]);
  });
});

describe('a numeral opening a line that goes on with the sentence before', () => {
  const BEFORE = '政务公开第三方评估发现问题和2023年度全省政务公开第三方评估发现问题自查整改，举一反';
  it('is no heading after a line of twenty characters or more stopped mid-sentence, blank lines between or not', () => {
    expect(found(BEFORE, '三、认真开展自查整改，提高政府信息公开水平。')).toEqual([]);
    expect(found(BEFORE, '', '', '三、认真开展自查整改，提高政府信息公开水平。')).toEqual([]);
  });
  it('is one after a line that ends a sentence or a clause, a short line, a line three blank lines back, or where the template’s title follows', () => {
    for (const end of ['。', '；', '！', '？', '：']) expect(found(`${BEFORE}${end}`, '三、认真开展自查整改').map((h) => h[0]), end).toEqual([3]);
    expect(found('举一反三举一反三举一反三举一反三举一反', '三、认真开展自查整改').map((h) => h[0])).toEqual([3]);
    expect(found('举一反三举一反三举一反三举一反三举一反三', '三、认真开展自查整改')).toEqual([]);
    expect(found(BEFORE, '', '', '', '三、认真开展自查整改').map((h) => h[0])).toEqual([3]);
    expect(found(BEFORE, '三、收到和处理政府信息公开申请情况')).toEqual([[3, 3, 1]]);
  });
});

describe('isSectionHeading remembers what it told', () => {
  it('answers the same after its memory is full and cleared', () => {
    for (let i = 0; i < 4_100; i++) isSectionHeading(`第${i}行`);
    expect(isSectionHeading('一、总体情况')).toBe(true);
    expect(isSectionHeading('一、本年新收政府信息公开申请数量')).toBe(false);
    expect(isSectionHeading('')).toBe(false);
  });
});

describe('a heading that another heading of the same section, numbered as the template numbers it, stands beside', () => {
  it('a bare title is no section where the report prints a numbered heading for it (a sub-heading broken a word a line; real: 莆田市民族与宗教事务局 2019)', () => {
    // （一） / 主动公开 / 及 / 依申请公开情况 inside 总体情况: its last line reads as section 3's bare title
    const report = ['一、总体情况', '（一）', '主动公开', '及', '依申请公开情况', '正文。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    expect(found(...report)).toEqual([[1, 1, 0], [2, 2, 6], [3, 3, 7]]);
    // without the numbered heading, the bare title is the section
    expect(found(...report.slice(0, 7))).toEqual([[1, 1, 0], [null, 3, 4], [2, 2, 6]]);
  });

  it('a numbered heading whose words name a section another heading names under its own number is no heading (real: 莆田市水利局 2025)', () => {
    // 一、政府信息主动公开工作 where 一、总体情况 stands: section 1 retitled, not section 2 twice
    expect(found('一、政府信息主动公开工作', '正文。', '二、主动公开政府信息情况', '三、依申请公开情况')).toEqual([[2, 2, 2], [3, 3, 3]]);
    // alone, or beside a heading of that section numbered otherwise, it stays (misnumbered: the numbering rule says so)
    expect(found('一、政府信息主动公开工作', '正文。', '三、依申请公开情况')).toEqual([[1, 2, 0], [3, 3, 2]]);
    expect(found('一、政府信息主动公开工作', '三、主动公开政府信息情况')).toEqual([[1, 2, 0], [3, 2, 1]]);
  });
});

describe('a numeral right before the template’s own title, its 、 lost', () => {
  it('is that section’s heading (real: 金井片区管理局 2020, 一总体情况); before other words, or inside a word, it is none', () => {
    expect(found('一总体情况', '正文。', '二、主动公开政府信息情况')).toEqual([[1, 1, 0], [2, 2, 2]]);
    expect(isSectionHeading('五存在的主要问题及改进情况')).toBe(true);
    expect(found('一总结经验', '二主动公开')).toEqual([]);
    expect(isSectionHeading('七总体情况')).toBe(false);
  });
});
