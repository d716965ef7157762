/**
 * PDF text layers carry CJK radical code points for common characters (Chromium's print and office suites put
 * 南⻔街道, ⻘⼭区⼈⺠政府 there): read as the ideographs they stand for, so that titles, organs, history and
 * filters carry 南门街道 and 青山区人民政府, and no radical code point reaches a result.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { unifyRadicals } from '../../lib/text/normalize';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/;

describe('radical code points', () => {
  it('are the ideographs they stand for', () => {
    expect(unifyRadicals('南⻔街道')).toBe('南门街道');
    expect(unifyRadicals('⻘⼭区⼈⺠政府')).toBe('青山区人民政府');
    expect(unifyRadicals('⻓⻋⻅⻉⻢⻥⻦⻛⻚⻜⻝⻄⻆⻩⻨⻬⻮⻰⻙⻐⻈⺟⻳')).toBe('长车见贝马鱼鸟风页飞食西角黄麦齐齿龙韦钅讠母龟');
    expect(unifyRadicals('本年新收')).toBe('本年新收');
  });

  it.each([
    ['⻘⼭区⼈⺠政府', '青山区人民政府'],
    ['南⻔街道办事处', '南门街道办事处'],
  ])('a report whose text layer prints %s reads as %s everywhere, with no radical left in its result', (printed, organ) => {
    const f = randomFilled(mulberry32(9), '2021', organ);
    const text = reportText(f, { title: `${printed}${f.year}年政府信息公开工作年度报告`, overview: `${f.year}年，${printed}认真贯彻落实《条例》，共收到政府信息公开申请${f.values.get('requests/new/total')! + 1}件。` });
    const r = auditText(text, 'pdf-text.txt').result;
    expect(r.organ).toBe(organ);
    expect(r.title).toBe(`${organ}${f.year}年政府信息公开工作年度报告`);
    expect(r.findings.map((x) => x.rule)).toContain('narrative:requests-received');
    expect(JSON.stringify(r)).not.toMatch(RADICAL);
  });
});

describe('every radical a CJK font shares with an ideograph', () => {
  it('reads as the ideograph (the pairs Noto Sans CJK SC draws with one glyph)', async () => {
    const { RADICAL_OF } = await import('../tools/documents/radicals');
    const { cleanText } = await import('../../lib/text/normalize');
    const wrong = [...RADICAL_OF].filter(([ideograph, radical]) => cleanText(radical) !== ideograph).map(([i, r]) => `${r}→${cleanText(r)} (${i})`);
    expect(wrong).toEqual([]);
  });
});
