/**
 * The copied-prose rule (lib/rules/copied-text.ts), asked directly on a model and a history made by hand: a report
 * too short to compare is said so only where its previous year's report exists (not the page's own record); prose
 * shared with another organ counts only from a report of the same year; the other report named by its title, or its
 * organ and year.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, ReportModel } from '../../lib/model';
import { copiedText } from '../../lib/rules/copied-text';
import { ownSentences } from '../../lib/text/fingerprint';

const ORGAN = '示例市示例局';
const PAGE = 'https://www.example.gov.cn/xxgk/2022.html';
const LINES = [
  '本机关围绕政务公开标准化规范化建设持续推进各项工作并取得成效。',
  '我们进一步完善了政府信息公开指南和目录并及时更新维护。',
  '全年通过门户网站集中发布涉及民生的重点领域信息。',
  '认真做好依申请公开工作严格按照法定时限予以答复。',
  '加强政策解读工作采用图文和视频等形式解读重要政策文件。',
  '组织开展政务公开专题培训提升工作人员业务能力和水平。',
  '健全信息发布保密审查机制确保发布内容准确规范安全。',
  '积极回应社会关切及时回复群众留言咨询并做好记录。',
  '推进基层政务公开标准目录落地落实并定期检查更新情况。',
  '下一步将继续深化政务公开工作更好地服务人民群众需要。',
];

function model(lines: string[], history: HistoryEntry[]): ReportModel {
  const own = ownSentences(lines, ORGAN).map((s) => s.h);
  return {
    source: PAGE,
    organ: ORGAN,
    year: { year: 2022 },
    prose: lines.map((text) => ({ kind: 'text', text, src: {} })),
    options: {
      history: {
        ofOrgan: (k: string) => history.filter((e) => e.organKey === k),
        sharing: (hashes: number[], except: string) => history.filter((e) => e.source !== except).map((entry) => ({ entry, shared: hashes.filter((h) => own.includes(h)) })),
        isCommon: () => false,
        copyThreshold: 0.5,
      },
    },
  } as unknown as ReportModel;
}

const entry = (year: number, o: Partial<HistoryEntry> = {}): HistoryEntry => ({
  source: `https://www.example.gov.cn/xxgk/${year}.html`,
  title: null,
  organ: ORGAN,
  organKey: ORGAN,
  year,
  template: '2021',
  figures: {},
  sentences: [],
  ...o,
});

describe('copiedText', () => {
  it('the report has enough sentences of its own to compare', () => {
    expect(ownSentences(LINES, ORGAN).length).toBeGreaterThanOrEqual(8);
    expect(ownSentences(LINES.slice(0, 3), ORGAN).length).toBeLessThan(8);
  });

  it('too few sentences: said only where last year’s report is another record than the page itself', () => {
    const short = LINES.slice(0, 3);
    expect(copiedText.check(model(short, []))).toEqual([]);
    expect(copiedText.check(model(short, [entry(2021, { source: PAGE })]))).toEqual([]);
    expect(copiedText.check(model(short, [entry(2021)])).map((d) => [d.rule, d.args])).toEqual([['copied-text:too-little', { own: 3, min: 8 }]]);
  });

  it('another organ’s prose counts only from a report of the same year, named by its organ and year where it has no title', () => {
    const other = { organ: '示例市另一局', organKey: '示例市另一局', source: 'https://www.example.gov.cn/other.html' };
    expect(copiedText.check(model(LINES, [entry(2021, other)]))).toEqual([]);
    const d = copiedText.check(model(LINES, [entry(2022, other)]));
    expect(d.map((x) => [x.rule, x.args?.other, x.args?.otherYear])).toEqual([['copied-text:other-organ', '示例市另一局 2022', 2022]]);
  });

  it('the organ’s own prose counts only from its previous year', () => {
    expect(copiedText.check(model(LINES, [entry(2020, { source: 'https://www.example.gov.cn/2020.html' })]))).toEqual([]);
    expect(copiedText.check(model(LINES, [entry(2021)])).map((x) => x.rule)).toEqual(['copied-text:previous-year']);
  });
});
