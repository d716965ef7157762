/**
 * Values the organ's level makes unlikely (lib/rules/plausibility-limits.ts), at the edge of each limit; money in
 * the unit it was printed in; a unit slip told from a value too large even in yuan; negative and fractional counts.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const street = (version: '2019' | '2021' = '2019') => reportText(randomFilled(mulberry32(5), version, '测试街道'));
const said = (text: string) => auditText(text, 'test').result.findings.filter((f) => f.rule.startsWith('plausibility')).map((f) => [f.id, f.message]);

describe('a street office’s limits', () => {
  it('licences up to 20000 pass, one more is flagged', () => {
    expect(said(street().replace('行政许可\t0\t7\t9', '行政许可\t0\t7\t20000'))).toEqual([]);
    expect(said(street().replace('行政许可\t0\t7\t9', '行政许可\t0\t7\t20001'))).toEqual([
      ['plausibility:active:art20_5.license:decisions', '行政许可·处理决定数量 填报 20001，远超乡镇（街道）机关的常见规模（约 20000 以内），请核实'],
    ]);
  });
  it('administrative reviews over 200', () => {
    const text = street().replace('4\t3\t0\t0\t7\t6\t0\t0\t3\t9', '300\t3\t0\t0\t303\t6\t0\t0\t3\t9');
    expect(said(text)).toEqual([['plausibility:appeals:counts:review.total', '案件数·行政复议·总计 填报 303，远超乡镇（街道）机关的常见规模（约 200 以内），请核实']]);
  });
  it('fees in 万元: up to 500 pass; above, a slip of 元 when the yuan reading fits, else a value too large, in its unit', () => {
    const fees = (v: string) => said(street('2021').replace('行政事业性收费\t330.28', `行政事业性收费\t${v}`));
    expect(fees('500')).toEqual([]);
    expect(fees('501')).toEqual([
      ['plausibility:active:art20_8.fees:amount_wan', '行政事业性收费·本年收费金额（万元） 填报 501 万元，对乡镇（街道）机关明显过大，疑将“元”填作“万元”（应为 0.0501 万元）'],
    ]);
    expect(fees('5000000')).toEqual([
      ['plausibility:active:art20_8.fees:amount_wan', '行政事业性收费·本年收费金额（万元） 填报 5000000 万元，对乡镇（街道）机关明显过大，疑将“元”填作“万元”（应为 500 万元）'],
    ]);
    expect(fees('5000001')).toEqual([
      ['plausibility:active:art20_8.fees:amount_wan', '行政事业性收费·本年收费金额（万元） 填报 5000001 万元，远超乡镇（街道）机关的常见规模（约 500 万元 以内），请核实'],
    ]);
  });
  it('procurement in the unit printed: 万元 may be a slip of 元; 元 is weighed in 万元', () => {
    const proc = (v: string) => said(street().replace('政府集中采购\t7\t0元', `政府集中采购\t7\t${v}`));
    const slip = auditText(street().replace('政府集中采购\t7\t0元', '政府集中采购\t7\t60000万元'), 'test').result.findings;
    expect(slip.map((f) => [f.id, f.rule, f.message, f.expected, f.repair])).toEqual([[
      'plausibility:active:art20_9.procurement:amount', 'plausibility:unit',
      '政府集中采购·采购总金额 填报 60000 万元，对乡镇（街道）机关明显过大，疑将“元”填作“万元”（应为 6 万元）', 6,
      { kind: 'unique', cell: { row: 'art20_9.procurement', col: 'amount' }, to: 6, fixes: [], changes: [{ row: 'art20_9.procurement', col: 'amount', from: 60000, to: 6 }] },
    ]]);
    expect(proc('50000000元')).toEqual([]);
    expect(proc('600000000元')).toEqual([
      ['plausibility:active:art20_9.procurement:amount', '政府集中采购·采购总金额 填报 600000000 元，远超乡镇（街道）机关的常见规模（约 5000 万元 以内），请核实'],
    ]);
  });
});

describe('counts that cannot be', () => {
  it('a negative count (the change column aside), a fraction, and 规章 from a street office', () => {
    const text = street().replace('规章\t0\t0\t0', '规章\t1\t1\t1').replace('行政处罚\t0\t9\t29', '行政处罚\t-1\t-9\t2.5');
    expect(said(text)).toEqual([
      ['plausibility:active:art20_6.penalty:prev_items', '行政处罚·上一年项目数量 填报负数 -1，件数不能为负'],
      ['plausibility:active:art20_6.penalty:decisions', '行政处罚·处理决定数量 填报小数 2.5，件数应为整数'],
      ['plausibility:active:art20_1.rules:new_made', '乡镇（街道）机关没有规章制定权，却填报规章 1 件'],
    ]);
  });
});
