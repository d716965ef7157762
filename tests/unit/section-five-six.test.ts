/**
 * What sections 五 and 六 must say (lib/rules/section-content.ts), pinned with each finding's words and place: a
 * section left empty or 「无」 (unless a table in it holds its text), which template's asks apply when the year
 * and the layout disagree, last year's rectification said elsewhere in the report, fees said without the fee's name.
 */
import { describe, expect, it } from 'vitest';
import type { Version } from '../../lib/model';
import { auditText } from '../../lib/pipeline/audit';
import { sectionContent } from '../../lib/rules/section-content';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

/** A report of `version` for `year`, section 五 reading `five` and 六 reading `six` (each as the helper's when not given). */
function report(o: { version?: Version; year?: number; five?: string; six?: string; overview?: string; title?: string | null }) {
  const f = randomFilled(mulberry32(5), o.version ?? '2021', '测试街道');
  if (o.year !== undefined) f.year = o.year;
  return reportText(f, { overview: o.overview, title: o.title, five: o.five, six: o.six });
}

const drafts = (text: string) =>
  sectionContent.check(auditText(text, 'test').model!).map((d) => ({ rule: d.rule, msg: d.msg, args: d.args, where: d.where }));
const rules = (text: string) => sectionContent.check(auditText(text, 'test').model!).map((d) => d.rule);

describe('section 五 with nothing to read', () => {
  it('empty, or punctuation and dashes only: said empty, at its heading', () => {
    for (const five of ['', '——', '。']) {
      expect(drafts(report({ five }))).toEqual([
        { rule: 'section-content:five-empty', msg: 'f_sc_five_empty', args: { section: 5 }, where: '五、存在的主要问题及改进情况' },
      ]);
    }
  });

  it('「无」 alone: said, with what it reads', () => {
    expect(drafts(report({ five: '本年度无。' }))).toEqual([
      { rule: 'section-content:five-none', msg: 'f_sc_five_none', args: { section: 5, text: '本年度无。' }, where: '本年度无。' },
    ]);
  });

  it('a table printed in the section’s lines is its text: neither is said', () => {
    const table = '问题\t改进措施\n公开内容不够全面\t加强培训';
    expect(rules(report({ version: '2019', five: `无。\n${table}` }))).toEqual([]);
    expect(rules(report({ version: '2019', five: table }))).toEqual([]);
  });
});

describe('which template’s asks apply', () => {
  it('the report year decides, whatever the layout; without a year, the layout', () => {
    const none = '公开内容还不够全面。下一步将加强培训。';
    // 2021 on: rectification and fees asked, even of a report printed in the 2019 layout
    expect(rules(report({ version: '2019', year: 2021, five: none, six: '无。' }))).toEqual(['section-content:no-rectification', 'section-content:no-fees']);
    // 2020, printed in the 2021 layout: neither
    expect(rules(report({ version: '2021', year: 2020, five: none, six: '无。' }))).toEqual([]);
    // no year anywhere: the layout's template
    const noYear = (version: Version) => {
      const text = report({ version, five: none, six: '无。', title: null, overview: '本机关认真推进政府信息公开工作。' }).replace(/\n\d{4}年1月20日$/, '\n');
      expect(auditText(text, 'test').model!.year.year).toBeNull();
      return text;
    };
    expect(rules(noYear('2021'))).toEqual(['section-content:no-rectification', 'section-content:no-fees']);
    expect(rules(noYear('2019'))).toEqual([]);
  });
});

describe('last year’s problems, rectified', () => {
  const five = '公开内容还不够全面。下一步将加强培训。';
  it('said in section 五, or in a sentence elsewhere naming problems and 整改, or last year’s problems resolved', () => {
    expect(drafts(report({ year: 2022, five }))).toEqual([
      { rule: 'section-content:no-rectification', msg: 'f_sc_no_rectification', args: { section: 5 }, where: five },
    ]);
    expect(rules(report({ year: 2022, five: `${five}2021年问题已解决。` }))).toEqual([]);
    expect(rules(report({ year: 2022, five: `${five}2020年问题已解决。` }))).toEqual(['section-content:no-rectification']);
    expect(rules(report({ five, overview: '针对检查发现的问题，逐项整改到位。' }))).toEqual([]);
    expect(rules(report({ five, overview: '上年度评估指出的不足已全部解决。' }))).toEqual([]);
  });

  it('not a sentence of requests carried in from last year, nor one of last year without what became of it', () => {
    const five = '公开内容还不够全面。下一步将加强培训。';
    expect(rules(report({ five, overview: '上年结转申请中的问题均已解决。' }))).toEqual(['section-content:no-rectification']);
    expect(rules(report({ five, overview: '上年度评估指出了一些不足。' }))).toEqual(['section-content:no-rectification']);
  });
});

describe('problems without measures', () => {
  it('said, quoting section 五 with its lines apart', () => {
    const where = '公开内容还不够全面。 解读形式比较单一。';
    expect(drafts(report({ year: 2022, five: '公开内容还不够全面。\n解读形式比较单一。' }))).toEqual([
      { rule: 'section-content:no-measures', msg: 'f_sc_no_measures', args: { section: 5 }, where },
      { rule: 'section-content:no-rectification', msg: 'f_sc_no_rectification', args: { section: 5 }, where },
    ]);
  });
});

describe('fees, said without the fee’s own name', () => {
  it.each(['本年度未收费。', '本年度未收取任何费用。', '本年度没有收取费用。'])('%s says it', (six) => {
    expect(rules(report({ six }))).toEqual([]);
  });

  it.each([
    '按照《政府信息公开信息处理费收费管理办法》执行。',
    '按照〈政府信息公开信息处理费收费管理办法〉执行。',
    '按照<政府信息公开信息处理费收费管理办法>执行。',
  ])('a title naming the fee and its charging, %s, says nothing of what was charged', (six) => {
    expect(drafts(report({ six }))).toEqual([{ rule: 'section-content:no-fees', msg: 'f_sc_no_fees', args: { section: 6 }, where: six }]);
  });

  it('the finding quotes section 六 with its lines apart', () => {
    expect(drafts(report({ six: '无。\n其他事项无。' }))).toEqual([
      { rule: 'section-content:no-fees', msg: 'f_sc_no_fees', args: { section: 6 }, where: '无。 其他事项无。' },
    ]);
  });
});
