/**
 * Sums and shares a sentence states by itself: when its parts or its share disagree with its own counts, at the
 * edges of each reading (a share rounded to its printed places, a floor 达 and a ceiling 近, a list said whole).
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const said = (overview: string) =>
  auditText(reportText(randomFilled(mulberry32(5), '2019', '测试街道'), { overview }), 'test').result.findings.map((f) => [f.id, f.rule, f.message]);

describe('a stated sum', () => {
  it('parts over the total are wrong; parts short of it only when the list says it is whole (分别, 其他)', () => {
    expect(said('我们共走访企业10个，其中制造业6个、服务业5个。')).toEqual([
      ['narrative:text-sum:我们共走访企业10个，其中制造业6个、服务业5个。', 'narrative:text-sum', '正文所列分项 6+5 合计 11，与所述总数 10 不符'],
    ]);
    expect(said('我们共走访企业10个，其中制造业6个、服务业3个。')).toEqual([]);
    expect(said('我们共走访企业10个，分别为制造业6个、服务业3个。')).toEqual([
      ['narrative:text-sum:我们共走访企业10个，分别为制造业6个、服务业3个。', 'narrative:text-sum', '正文所列分项 6+3 合计 9，与所述总数 10 不符'],
    ]);
    expect(said('我们共走访企业10个，其中制造业6个、其他3个。')).toEqual([
      ['narrative:text-sum:我们共走访企业10个，其中制造业6个、其他3个。', 'narrative:text-sum', '正文所列分项 6+3 合计 9，与所述总数 10 不符'],
    ]);
  });
});

describe('a stated share', () => {
  it('is right within half of its last printed place, that edge included', () => {
    // 1/8 is 12.5%: 12% and 13% are both it to a whole percent
    expect(said('我们共走访企业8个，其中制造业1个，占13%。')).toEqual([]);
    expect(said('我们共走访企业8个，其中制造业1个，占12%。')).toEqual([]);
    expect(said('我们共走访企业8个，其中制造业1个，占14%。')).toEqual([
      ['narrative:percent:我们共走访企业8个，其中制造业1个，占14%。:1', 'narrative:percent', '正文称 1/8 占 14%，按数计算应为 12.5%'],
    ]);
    expect(said('我们共走访企业3个，其中制造业1个，占33.3%。')).toEqual([]);
    expect(said('我们共走访企业3个，其中制造业1个，占33.4%。')).toEqual([
      ['narrative:percent:我们共走访企业3个，其中制造业1个，占33.4…:1', 'narrative:percent', '正文称 1/3 占 33.4%，按数计算应为 33.3%'],
    ]);
  });
  it('达 is a floor and 近 a ceiling: each is wrong only on its far side', () => {
    expect(said('我们共走访企业20个，其中制造业15个，占比达70%。')).toEqual([]);
    expect(said('我们共走访企业20个，其中制造业15个，占比达80%。')).toEqual([
      ['narrative:percent:我们共走访企业20个，其中制造业15个，占比达…:15', 'narrative:percent', '正文称 15/20 占 80%，按数计算应为 75%'],
    ]);
    expect(said('我们共走访企业20个，其中制造业15个，占比近80%。')).toEqual([]);
    expect(said('我们共走访企业20个，其中制造业15个，占比近70%。')).toEqual([
      ['narrative:percent:我们共走访企业20个，其中制造业15个，占比近…:15', 'narrative:percent', '正文称 15/20 占 70%，按数计算应为 75%'],
    ]);
  });
});
