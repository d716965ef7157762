/**
 * The organ read from the report's own sentences (lib/page/metadata.ts, organFromText), where no title, metadata or
 * signature names it: the subject of a clause about its work, never a body the clause acts upon.
 */
import { describe, expect, it } from 'vitest';
import { organFromText } from '../../lib/page/metadata';

const blocks = (...lines: string[]) => lines.map((text, i) => ({ kind: 'text' as const, text, src: { line: i + 1 } }));

describe('organFromText', () => {
  it('reads no organ from a body the clause acts upon (real: 上海市 2020 and 上海市人民政府办公厅 2019 exported by Writer/Web)', () => {
    expect(organFromText(blocks('及时约谈考核排名落后单位，要求对国务院办公厅政务公开工作评估以及本市年度考核评估中发现的问题限时整改。'))).toBeNull();
    expect(organFromText(blocks('2019年，针对国务院办公厅政务公开第三方评估中发现的问题，逐项整改。'))).toBeNull();
    for (const w of ['组织', '配合', '协助', '会同', '联合', '通过', '依托', '结合', '围绕'])
      expect(organFromText(blocks(`，${w}市财政局政务公开工作开展检查。`)), w).toBeNull();
  });

  it('still reads the subject of the report’s own sentences, places that begin with those characters among them', () => {
    expect(organFromText(blocks('2023年，某某区管委会坚持以人民为中心。', '某某区管委会高度重视政务公开工作。'))).toBe('某某区管委会');
    expect(organFromText(blocks('2022年，通州区人民政府高度重视政府信息公开工作。'))).toBe('通州区人民政府');
    expect(organFromText(blocks('2022年，会昌县人民政府认真贯彻《条例》。'))).toBe('会昌县人民政府');
    expect(organFromText(blocks('2022年，围场满族蒙古族自治县人民政府坚持公开为常态。'))).toBe('围场满族蒙古族自治县人民政府');
  });
});
