/** A GBK page that declares no charset (neither header nor meta) is read as GBK: it is not UTF-8, and Chinese sites mean GB18030. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import { decode } from '../../lib/text/decode';
import { gbk } from '../helpers/gbk';

describe('GBK without a declared charset', () => {
  const html = readFileSync(new URL('../fixtures/pages/report-2021-cms.html', import.meta.url), 'utf8').replace(/<meta[^>]*charset[^>]*>/i, '');

  it('has no charset left to go by', () => {
    expect(html).not.toMatch(/charset/i);
  });

  it('decodes as GBK, and the page audits as its UTF-8 twin does', async () => {
    const bytes = gbk(html);
    expect(decode(bytes)).toBe(html);
    const r = (await auditFile(bytes, 'gbk.html', null, {}, null, 'html')).result;
    expect(r).toMatchObject({ isReport: true, organ: '八泉街道', verdict: 'pass' });
  });
});
