/** Right-to-left overrides and other bidirectional controls never reach organ names, titles or export file names. */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { fileName } from '../../components/download';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

describe('bidirectional controls', () => {
  it('are dropped from the title and organ a report names itself with', () => {
    const f = randomFilled(mulberry32(3), '2021', '示例街道办事处');
    const text = reportText(f).replace('示例街道办事处', '示例\u202e街道办事处\u202c').replace(/^(.*年度报告)/, '\u2067$1\u2069');
    const r = auditText(text, 'rlo.txt').result;
    expect(r.organ).toBe('示例街道办事处');
    expect(JSON.stringify([r.title, r.organ, r.findings.map((x) => x.message)])).not.toMatch(BIDI);
  });

  it('are dropped from an export’s file name', () => {
    expect(fileName('示例\u202egpj.exe\u202c街道', 'csv', new Date(Date.UTC(2026, 0, 2)))).toBe('nianbao-audit-示例gpj.exe街道-20260102.csv');
  });
});
