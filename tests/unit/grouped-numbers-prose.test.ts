/**
 * A city's report writes its large counts grouped by thousands in its prose (累计接收政府信息公开申请 29,130件): read
 * as 29, its claims were weighed against the table's 29130 (a false warning on 上海市 2020, 906, so written). The ASCII
 * comma between groups of three digits is part of the number; the Chinese comma (，) still parts a list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { claimText, findClaims, findSum } from '../../lib/text/claims';
import { groupProseNumbers, transformed } from '../helpers/table-transforms';

const P906 = readFileSync(new URL('../fixtures/real/jiangsu-shanghai/906_shanghai-city-2020.html', import.meta.url), 'utf8');
const said = (html: string) => auditHtml(html, 'p.html').result.findings.filter((f) => f.severity !== 'notice').map((f) => `${f.id}: ${f.message}`);

describe('numbers grouped by thousands in the prose', () => {
  it('906 with its prose’s counts grouped says what the page says', () => {
    const grouped = transformed(P906, groupProseNumbers);
    expect(grouped).toContain('累计接收政府信息公开申请 29,130件');
    expect(said(grouped)).toEqual(said(P906));
  });

  it('claimText: the groups joined; a Chinese comma, a decimal point, a longer group or a list’s commas left', () => {
    expect(claimText('累计接收政府信息公开申请 29,130件')).toBe('累计接收政府信息公开申请29130件');
    expect(claimText('处理决定12,854,581件')).toBe('处理决定12854581件');
    expect(claimText('申请５,２２６件')).toBe('申请5226件');
    expect(claimText('收到申请5，其中226件')).toBe('收到申请5,其中226件');
    expect(claimText('第1,2,3项')).toBe('第1,2,3项');
    expect(claimText('共1,2345件')).toBe('共1,2345件');
    expect(claimText('占比1.234,5')).toBe('占比1.234,5');
  });

  it('claims and sums read the grouped numbers whole', () => {
    const s = '全年共受理政府信息公开申请1,234件，其中予以公开1,000件、部分公开200件、不予公开34件。';
    expect(findClaims(s)).toEqual([
      { kind: 'requests-received', value: 1234 },
      { kind: 'disclosed', value: 1000 },
      { kind: 'withheld', value: 34 },
    ]);
    expect(findSum(s)).toEqual({ total: 1234, parts: [1000, 200, 34], unit: '件', catchAll: false });
  });
});
