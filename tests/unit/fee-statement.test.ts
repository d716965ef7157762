/**
 * Whether a 2021-template report says what it charged in 信息处理费 (lib/rules/section-content.ts): each way real
 * reports say it, and what is not a statement of it (a law's title naming the fee, 「无」 alone).
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const noFees = (six: string) => {
  const text = reportText(randomFilled(mulberry32(5), '2021', '测试街道'), { six });
  return auditText(text, 'test').result.findings.some((f) => f.rule === 'section-content:no-fees');
};

describe('a statement of the fees charged', () => {
  it.each([
    '本年度信息处理费收取0.5万元。',
    '本年度信息处理费为12元。',
    '本年度信息 处理费 收取 0 元。',
    '本年度没有产生任何信息处理费。',
    '本年度不收取相关的信息处理费。',
    // no charge said of the disclosure work itself (real: 沭阳县发展和改革局 2023)
    '2023年度，县发展和改革局政府信息公开未发生收费情况。',
    '本年度依申请公开工作无收费。',
  ])('%s says it', (six) => expect(noFees(six)).toBe(false));

  it.each([
    '依据《政府信息公开信息处理费管理办法》执行。',
    '本机关依照〈政府信息公开信息处理费管理办法〉执行。',
    '本年度无。',
    // a charge not made, said of something else
    '本年度行政事业性收费未发生变化。',
    '本单位未发生收费项目变更。',
    '政府信息公开工作未发生变化，收费标准另行公布。',
    // table 三's row label, printed in the prose
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  ])('%s does not', (six) => expect(noFees(six)).toBe(true));
});
