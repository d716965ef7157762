/**
 * A report's title wrapped mid-word onto a short line of its own, as a PDF's text gives it (…工作年度报 / 告,
 * tests/fixtures/real/office-text/): read whole, with its organ and year; a line that names a report already, or a
 * next line too long to be the title's end, is left as it was (lib/page/metadata.ts findTitle).
 */
import { describe, expect, it } from 'vitest';
import type { PageMeta, TextBlock } from '../../lib/model';
import { findTitle } from '../../lib/page/metadata';

const lines = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }));
const META = {} as PageMeta;
const title = (...texts: string[]) => findTitle(lines(...texts), [], META)?.value ?? null;

describe('a title wrapped mid-word', () => {
  it('joins its short last line', () => {
    expect(title('莆田市林业局 2024 年政府信息公开工作年度报', '告', '发布时间：2025-01-14')).toBe('莆田市林业局 2024 年政府信息公开工作年度报告');
    expect(title('莆田市城市管理局 2023 年度政府信息公开工作', '年度报告', '正文。')).toBe('莆田市城市管理局 2023 年度政府信息公开工作年度报告');
    // six characters at most
    expect(title('某某局2023年政府信息公开工作年度', '报告（送审稿）')).toBeNull();
    expect(title('某某局2023年政府信息公开工作年度', '报告（送审）')).toBe('某某局2023年政府信息公开工作年度报告（送审）');
  });

  it('leaves a line that names a report as it is, and joins nothing that would not name one', () => {
    expect(title('某某局2023年政府信息公开工作年度报告', '（全文）')).toBe('某某局2023年政府信息公开工作年度报告');
    expect(title('某某局2023年工作总结', '告')).toBeNull();
    expect(title('某某局2023年年报', '目录')).toBe('某某局2023年年报');
    // a short line is no title's start: a site's columns (政府信息 / 公开年报) stay apart, the second a bare 年报
    expect(title('政府信息', '公开年报')).toBe('公开年报');
    expect(title('某某局2024年政府信息', '公开年报')).toBe('某某局2024年政府信息公开年报');
    expect(title('某局2024年政府信息', '公开年报')).toBe('公开年报');
  });
});

describe('a title run together with its breadcrumb and date line (a page’s textContent of markup without line breaks)', () => {
  it('is the year’s title and the organ right before it, after the breadcrumb’s last word', () => {
    expect(title('当前位置：首页 > 政务公开 > 政府信息公开年报澄月街道2020年政府信息公开工作年度报告发布时间：2021-02-05 来源：澄月街道')).toBe('澄月街道2020年政府信息公开工作年度报告');
    expect(title('首页 信息公开江州市住房和城乡建设局2022年政府信息公开工作年度报告')).toBe('江州市住房和城乡建设局2022年政府信息公开工作年度报告');
    expect(title('当前位置：首页 > 政务公开 > 政府信息公开年报2023年政府信息公开工作年度报告发布时间：2024-03-10 ')).toBe('2023年政府信息公开工作年度报告');
    expect(title('首页>>专栏2020年上塘街道政府信息公开工作年度报告日期：2021-01-20')).toBe('2020年上塘街道政府信息公开工作年度报告');
  });

  it('is no title where what stands before the year is no organ: a sentence, a pronoun, a long run', () => {
    expect(title('现将本机关2020年政府信息公开工作年度报告公布如下')).toBeNull();
    expect(title('按照要求，我局2020年政府信息公开工作年度报告发布时间：2021-01-20')).toBeNull();
    expect(title('首页 > 本局2020年政府信息公开工作年度报告发布时间：2021-01-20')).toBeNull();
    expect(title('审定后，某某局2020年政府信息公开工作年度报告发布时间：2021-01-20')).toBeNull();
    expect(title(`首页 > ${'很长的名称'.repeat(7)}局2020年政府信息公开工作年度报告 2021-01-20`)).toBeNull();
  });

  it('gives way to the page’s own title where the page has one (a line with markup before the year stays junk)', () => {
    const line = '<img src=x onerror="x()">2020年上塘街道政府信息公开工作年度报告';
    const meta = { titles: ['2020年上塘街道政府信息公开工作年度报告_政府信息公开年报'] } as unknown as PageMeta;
    expect(findTitle(lines(line), [], meta)).toEqual({ value: '2020年上塘街道政府信息公开工作年度报告', src: null });
    expect(findTitle(lines(line), [], META)?.src).toEqual({ line: 1 });
  });

  it('counts lines with text, not blank ones, in the lines it reads before the first section', () => {
    const blanks = Array(300).fill(' \t ');
    const heading = [{ index: 305, level: 1, text: '一、总体情况' }] as unknown as Parameters<typeof findTitle>[1];
    expect(findTitle(lines(...blanks, '首页', '某某局2023年政府信息公开工作年度报告', '来源：某某局', '', '一、总体情况'), heading, META)?.value).toBe('某某局2023年政府信息公开工作年度报告');
    const menus = Array.from({ length: 130 }, (_, i) => `栏目${i}`);
    expect(findTitle(lines(...menus, '某某局2023年政府信息公开工作年度报告', '一、总体情况'), [{ index: 131 }] as unknown as Parameters<typeof findTitle>[1], META)).toBeNull();
  });
});

describe('a title in a page’s information table, a row a line (索引号 文号 发布机构 生成日期 标题 … 有效性)', () => {
  it('is the value after 标题, up to the next field’s name', () => {
    expect(title('标题\t莆田市海洋与渔业局2025年政府信息公开工作年度报告\t有效性\t有效')).toBe('莆田市海洋与渔业局2025年政府信息公开工作年度报告');
    expect(title('索 引 号 文号 发布机构 生成日期 标题 莆田市海洋与渔业局2025年政府信息公开工作年度报告 有效性 有效')).toBe('莆田市海洋与渔业局2025年政府信息公开工作年度报告');
    expect(title('标题 某某局2023年政府信息公开工作年度报告')).toBe('某某局2023年政府信息公开工作年度报告');
    expect(title('名 称 某某局2023年政府信息公开工作年度报告 发布日期 2024-01-20')).toBe('某某局2023年政府信息公开工作年度报告');
    expect(title('文章标题 某某局2023年政府信息公开工作年度报告 文号：某政〔2024〕1号')).toBe('某某局2023年政府信息公开工作年度报告');
    // its cells run together (real: 432's page minified, then html-to-text, Resiliparse or textContent): up to the next field
    expect(title('索 引 号文号发布机构生成日期标题莆田市海洋与渔业局2025年政府信息公开工作年度报告有效性有效')).toBe('莆田市海洋与渔业局2025年政府信息公开工作年度报告');
    expect(title('标题莆田市海洋与渔业局2025年政府信息公开工作年度报告发布日期2025-01-20')).toBe('莆田市海洋与渔业局2025年政府信息公开工作年度报告');
  });

  it('leaves a line whose value names no report as it is', () => {
    expect(title('标题 关于开展政务公开培训的通知 有效性 有效')).toBeNull();
    expect(title('标题 通知 发布日期 某局2023年年度报告')).toBe('标题 通知 发布日期 某局2023年年度报告');
    // a field's name is set apart from its value: 名称 inside a line's words is none
    expect(title('某地名称2023年政府信息公开工作年度报告')).toBe('某地名称2023年政府信息公开工作年度报告');
    // nor 标题 inside a title with no field after it
    expect(title('某某局标题2023年政府信息公开工作年度报告')).toBe('某某局标题2023年政府信息公开工作年度报告');
  });
});
