/**
 * The section checks' words (lib/rules/section-content.ts) on a small report: what counts as a word on
 * 信息处理费, on 整改, on measures and as 「无」, as real reports put them; and the sections' bounds
 * (lib/template/section-text.ts) — read only where the headings leave no doubt.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { headingTail, withoutClosing } from '../../lib/template/section-text';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const FIVE = '五、存在的主要问题及改进情况\n公开内容还不够全面，下一步将加强培训。上年度问题已整改到位。';
const SIX = '六、其他需要报告的事项\n本年度未收取信息处理费。';
/** A consistent 2021-template report (year 2023) with sections 五 and 六 as given. */
function report(five: string | null, six: string | null, version: '2019' | '2021' = '2021'): string {
  const text = reportText(randomFilled(mulberry32(5), version, '测试街道'));
  if (version === '2019') return text;
  expect(text).toContain(FIVE);
  expect(text).toContain(SIX);
  return text.replace(FIVE, five ?? FIVE).replace(SIX, six ?? SIX);
}
const codes = (text: string) => auditText(text, 'test').result.findings.map((f) => f.id);
const content = (text: string) => codes(text).filter((c) => c.startsWith('section-content'));

describe('信息处理费 (2021 template)', () => {
  it.each([
    ['按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生信息公开处理费。'],
    ['（二）收取信息处理费情况\n2023年，我局共收到20份依申请公开，未收取任何费用。'],
    ['（一）信息公开处理费收取情况：\n无。'],
    ['2023年我局无收取信息费。'],
    ['2023年我局未收取政府信息公开处理费，无其他需要报告的事项。'],
    ['本年度未产生政府信息公开信息处理费用。'],
    ['本年度收取信息处理费0.02万元。'],
  ])('六 says it: %s', (said) => {
    expect(content(report(null, `六、其他需要报告的事项\n${said}`))).toEqual([]);
  });

  it.each([
    ['无。'],
    ['无其他需要报告的事项。'],
    // the fee named only as a rule to follow
    ['认真贯彻落实《政府信息公开信息处理费管理办法》相关要求。'],
    // another fee altogether
    ['及时做好污水处理费征收管理等审计情况公开。'],
    // 表三's row label, left in the text by a page that lost its table
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ])('六 is silent: %s', (silent) => {
    expect(content(report(null, `六、其他需要报告的事项\n${silent}`))).toEqual(['section-content:no-fees']);
  });

  it('said anywhere in the report counts (一、总体情况 here)', () => {
    const text = report(null, '六、其他需要报告的事项\n无。').replace('扎实推进政府信息公开工作。', '扎实推进政府信息公开工作。全年未收取信息处理费。');
    expect(content(text)).toEqual([]);
  });

  it('the 2019 template does not ask', () => {
    expect(report(null, null, '2019')).toContain('六、其他需要报告的事项\n无。');
    expect(content(report(null, null, '2019'))).toEqual([]);
  });
});

describe('上年度问题整改 (2021 template)', () => {
  it.each([
    ['去年报告所列问题均已解决，下一步将加强培训。'],
    ['针对2022年存在的问题，下一步将加强培训。'],
    ['公开内容还不够全面，下一步将加强培训，推进问题整改。'],
  ])('五 speaks of it: %s', (said) => {
    expect(content(report(`五、存在的主要问题及改进情况\n公开内容还不够全面。${said}`, null))).toEqual([]);
  });

  it('五 silent, but 一 tells of problems rectified: no finding', () => {
    const text = report('五、存在的主要问题及改进情况\n公开内容还不够全面，下一步将加强培训。', null).replace('扎实推进政府信息公开工作。', '扎实推进政府信息公开工作。对检查发现的问题及时整改。');
    expect(content(text)).toEqual([]);
  });

  it('no word of it anywhere: a notice', () => {
    const text = auditText(report('五、存在的主要问题及改进情况\n公开内容还不够全面，下一步将加强培训。', null), 'test').result;
    expect(text.findings.map((f) => [f.id, f.severity])).toEqual([['section-content:no-rectification', 'notice']]);
    expect(text.verdict).toBe('pass');
  });
});

describe('measures', () => {
  it.each([
    ['公开内容还不够全面，有待进一步加强。'],
    ['工作人员业务水平有待提升，政务公开制度不够完善。'],
    ['政策解读形式单一，部分栏目更新不及时。'],
  ])('problems only: %s', (problems) => {
    expect(content(report(`五、存在的主要问题及改进情况\n${problems}上年度问题已整改到位。`, null))).toEqual([]);
    // 整改到位 is a thing done; without it, the problems stand alone
    expect(content(report(`五、存在的主要问题及改进情况\n${problems}`, null))).toEqual(['section-content:no-measures', 'section-content:no-rectification']);
  });

  it.each([
    ['公开内容还不够全面。下一步将加强培训。'],
    ['公开内容还不够全面。我局将完善审核流程。'],
    ['公开内容还不够全面，对此我局严格落实发布审核制度。'],
  ])('a measure: %s', (text) => {
    expect(content(report(`五、存在的主要问题及改进情况\n${text}`, null))).toEqual(['section-content:no-rectification']);
  });
});

describe('「无」', () => {
  it.each([['无'], ['无。'], ['暂无。'], ['本年度无。'], ['2023年度无。'], ['没有。']])('%s', (none) => {
    expect(content(report(`五、存在的主要问题及改进情况\n${none}`, null))).toEqual(['section-content:five-none']);
  });
  it('not 「无」: a sentence that begins with it', () => {
    expect(content(report('五、存在的主要问题及改进情况\n无重大问题，但公开内容还不够全面，下一步将加强培训。上年度问题已整改到位。', null))).toEqual([]);
  });
  it('the next heading broken after its number (六、 / 其他需要报告的事项) is no part of 五', () => {
    expect(content(report('五、存在的主要问题及改进情况\n无。\n六、', '其他需要报告的事项\n本年度未收取信息处理费。'))).toEqual(['section-content:five-none']);
  });
});

describe('bounds in doubt: nothing read', () => {
  it('六 before 五', () => {
    const text = report('六、其他需要报告的事项\n无。', '五、存在的主要问题及改进情况\n无。');
    expect(codes(text)).toEqual(['section:order:5']);
  });
  it('no 五 heading: 五 is not read, 六 is', () => {
    const text = report('存在问题：无。', '六、其他需要报告的事项\n无。');
    expect(codes(text)).toEqual(['section:missing:5', 'section-content:no-fees']);
  });
  it('no 六 heading: nothing said of 六; 五 runs to the end, so 「无」 followed by more text is not 「无」 alone', () => {
    expect(codes(report('五、存在的主要问题及改进情况\n无。', '其他：无。'))).toEqual(['section:missing:6', 'section-content:no-rectification']);
    // followed only by the signature and the date, it is
    expect(codes(report('五、存在的主要问题及改进情况\n无。', ''))).toEqual(['section:missing:6', 'section-content:five-none']);
  });
});

describe('reading a section', () => {
  const h = (text: string, section = 5) => ({ printed: 5, section, text, block: { kind: 'text' as const, text, src: {} }, index: 0 });
  it('what a heading prints after its title', () => {
    expect(headingTail(h('五、存在的主要问题及改进情况：无。'))).toBe('无。');
    expect(headingTail(h('五、存在的主要问题及改进情况'))).toBe('');
    expect(headingTail(h('五、存在的主要问题及下一步工作计划'))).toBe('');
    expect(headingTail(h('六、其他需要报告的事项 无', 6))).toBe('无');
  });
  it('the signature, the date and the site’s buttons are no part of the last section', () => {
    expect(withoutClosing(['无', '莆田市民族与宗教局事务局', '20', '21', '年', '1月', '7', '日'])).toEqual(['无']);
    expect(withoutClosing(['暂无。', '平潭综合实验区交通与建设局 2021年1月26日 （联系人：林耀，联系方式：0591-23163387） 附件下载'])).toEqual(['暂无。']);
    expect(withoutClosing(['本年度未收取信息处理费。', '莆田市审计局', '2025年1月2日', '（此件主动公开）', '翻译', '搜索', '复制'])).toEqual(['本年度未收取信息处理费。']);
  });
});
